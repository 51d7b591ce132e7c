package fixsyntax

import (
	"sort"
	"strings"
	"testing"

	"github.com/kobolint/kobolint/internal/ir"
)

// fetchOf locates a Python-like fetch statement `NAME = CALL(URL...)...`
// in src by its pieces' text: stmt is the statement, value its right
// side, url the URL argument and query an argument to leave out.
func fetchOf(t *testing.T, src, stmt, name, value, url, query string) *ir.Fetch {
	t.Helper()
	at := func(s string, from int) ir.Span {
		i := strings.Index(src[from:], s)
		if i < 0 {
			t.Fatalf("%q not in source", s)
		}
		return ir.Span{Start: from + i, End: from + i + len(s)}
	}
	st := at(stmt, 0)
	f := &ir.Fetch{Stmt: st, Name: at(name, st.Start), Value: at(value, st.Start), URL: at(url, st.Start)}
	f.Target = f.Name
	if query != "" {
		f.Query = []ir.Span{at(query, st.Start)}
	}
	return f
}

func apply(src string, es []ir.Edit) string {
	sort.Slice(es, func(i, j int) bool { return es[i].Start > es[j].Start })
	for _, e := range es {
		src = src[:e.Start] + e.NewText + src[e.End:]
	}
	return src
}

func TestPythonFollowNext(t *testing.T) {
	src := "def f():\n\tforms_page = 1\n\tforms = s.get(u, params=p, timeout=9).json()  # all\n\treturn forms\n"
	f := fetchOf(t, src, "forms = s.get(u, params=p, timeout=9).json()", "forms", "s.get(u, params=p, timeout=9).json()", "u", ", params=p")
	es, why := Python{}.FollowNext([]byte(src), &ir.Decode{Fetch: f}, "items", "more")
	if why != "" {
		t.Fatal(why)
	}
	want := "def f():\n\tforms_page = 1\n" +
		"\tforms_page2 = s.get(u, params=p, timeout=9).json()  # all\n" +
		"\tforms = forms_page2[\"items\"]\n" +
		"\twhile forms_page2[\"more\"]:\n" +
		"\t\tforms_page2 = s.get(forms_page2[\"more\"], timeout=9).json()\n" +
		"\t\tforms += forms_page2[\"items\"]\n" +
		"\treturn forms\n"
	if got := apply(src, es); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFollowNextRefuses(t *testing.T) {
	for _, src := range []string{
		"x = 1; forms = s.get(u).json()\n",           // another statement before it
		"forms = s.get(u).json(); print(forms)\n",    // and after it
		"forms = s.get(u,  # headers\n  h).json()\n", // a comment inside
	} {
		_, stmt, _ := strings.Cut(src, "; ")
		if !strings.HasPrefix(src, "x = ") {
			stmt = src
		}
		stmt, _, _ = strings.Cut(stmt, ".json()")
		stmt += ".json()"
		f := fetchOf(t, src, stmt, "forms", stmt[len("forms = "):], "u", "")
		if es, why := (Python{}).FollowNext([]byte(src), &ir.Decode{Fetch: f}, "items", "more"); len(es) > 0 || why == "" {
			t.Errorf("%q: a loop was written: %v", src, es)
		}
	}
}

func TestFreshName(t *testing.T) {
	src := []byte("a_page = 1; a_page2 = x.a_page3")
	if got := freshName(src, "a_page"); got != "a_page3" {
		t.Errorf("freshName = %s, want a_page3 (x.a_page3 is another word: an attribute, or one R name)", got)
	}
	if got := freshName([]byte("big_page_x = 1"), "big_page"); got != "big_page" {
		t.Errorf("freshName = %s, want big_page (only whole words count)", got)
	}
}
