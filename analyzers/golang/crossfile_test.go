package golang

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

func TestOffersWrapperPrefixes(t *testing.T) {
	f := analyze(t, `package kobo

import (
	"net/http"
	"os"
)

type Client struct{ hc *http.Client }

func (c *Client) get(path string) (*http.Response, error) {
	return c.hc.Get("https://kc.example.org/api/v1/" + path)
}

func Fetch(id, path string) (*http.Response, error) {
	return http.Get(os.Getenv("KOBO_URL") + "/" + path)
}

func (c *Client) pick(v1 bool, path string) (*http.Response, error) {
	if v1 {
		return http.Get("https://kc.example.org/api/v1/" + path)
	}
	return http.Get("https://kf.example.org/api/v2/" + path)
}

func whole(u string) (*http.Response, error) { return http.Get(u) }
`)
	defs := irtest.Defs(f)
	for name, want := range map[string]string{
		"kobo.Client.get#0": "https://kc.example.org/api/v1/",
		"kobo.Fetch#1":      "{KOBO_URL}/",
	} {
		if defs[name] != want {
			t.Errorf("%s = %q, want %q (defs %v)", name, defs[name], want, defs)
		}
	}
	for _, name := range []string{"kobo.Client.pick#1", "kobo.whole#0"} {
		if _, ok := defs[name]; ok {
			t.Errorf("unexpected %s = %q", name, defs[name])
		}
	}
}

func TestCallsOtherFilesWrappers(t *testing.T) {
	f := analyze(t, `package report

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"example.org/survey/kobo"
)

func (r *Reporter) run(id int) {
	resp, _ := r.get("forms")
	var forms []map[string]any
	json.NewDecoder(resp.Body).Decode(&forms)
	r.get(fmt.Sprintf("data/%d", id))
	cl := kobo.NewClient()
	cl.Get("metadata")
	kobo.Fetch("/api/v1/user")
	var hc http.Client
	hc.Get("relative/path")
	strings.ToLower("forms")
	helper("assets/")
}
`)
	for _, want := range []string{
		"{report.Reporter.get#0}forms", "{report.Reporter.get#0}data/{id}",
		"{kobo.Client.Get#0}metadata", "{kobo.Fetch#0}/api/v1/user", "{report.helper#0}assets/",
	} {
		if u := irtest.URLWith(f, want, int(ir.RoleRequest)); u == nil {
			t.Errorf("no request %s", want)
		}
	}
	// the standard library is no other file
	for _, u := range f.URLs {
		if s := irtest.Flat(u.Parts); s == "{net/http.Client.Get#0}relative/path" || s == "{strings.ToLower#0}forms" || s == "{http.Client.Get#0}relative/path" {
			t.Errorf("unexpected %s", s)
		}
	}
	u := irtest.URLWith(f, "{report.Reporter.get#0}forms", int(ir.RoleRequest))
	if len(f.Decodes) == 0 || u == nil || !containsInt(f.Decodes[0].Origin, u.ID) {
		t.Errorf("the call's response is decoded: %+v", f.Decodes)
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
