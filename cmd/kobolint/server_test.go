package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/kobolint/kobolint/internal/testenv"
	"github.com/sourcegraph/jsonrpc2"
)

// stdio joins a subprocess's pipes into the stream an LSP client talks on.
type stdio struct {
	io.ReadCloser
	io.WriteCloser
}

func (s stdio) Close() error {
	err := s.WriteCloser.Close()
	if e := s.ReadCloser.Close(); err == nil {
		err = e
	}
	return err
}

type lspDiag struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
	Severity int    `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
}

type publish struct {
	URI         string    `json:"uri"`
	Diagnostics []lspDiag `json:"diagnostics"`
}

// The buffer the editor holds, not the file on disk: v1 calls, one after
// an emoji (columns are UTF-16 units), one on a self-hosted KoboCAT host
// that only the workspace's .kobolint.yml names.
const serverBuffer = `import requests
me = requests.get("https://kc.kobotoolbox.org/api/v1/user").json()
r = requests.get("https://kc.kobotoolbox.org/api/v1/forms")
for f in r.json():
    print(f["title"])
print("😀", requests.get("https://data.myngo.org/api/v1/user").json())
`

// TestLanguageServer drives `kobolint server` as an editor does, through
// a real subprocess: initialize, didOpen, diagnostics, codeAction, hover,
// didChange, shutdown and exit.
func TestLanguageServer(t *testing.T) {
	testenv.Slow(t, "builds the binary and runs the server")
	bin := binary(t)
	ws := t.TempDir()
	testenv.WriteFiles(t, ws, ".kobolint.yml", "hosts:\n  kobocat: {data.myngo.org: kobo.myngo.org}\n")
	testenv.WriteFiles(t, ws, "pull.py", "print('saved version: no v1 call')\n")
	fileURI := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(ws, "pull.py"))}).String()

	cmd := exec.Command(bin, "server", "--debounce", "50ms")
	cmd.Dir = t.TempDir() // the workspace comes from initialize, not the directory
	var stderrBuf bytes.Buffer
	cmd.Stderr = &stderrBuf
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		select {
		case err := <-done:
			_ = err // waited for below, or the test already failed
		default:
			_ = cmd.Process.Kill()
		}
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	diags := make(chan publish, 16)
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
			var p publish
			if err := json.Unmarshal(*req.Params, &p); err == nil {
				diags <- p
			}
		}
		return nil, nil
	})
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stdio{out, in}, jsonrpc2.VSCodeObjectCodec{}), handler)
	call := func(method string, params, result any) {
		t.Helper()
		if err := conn.Call(ctx, method, params, result); err != nil {
			t.Fatalf("%s: %v\nserver stderr:\n%s", method, err, stderrBuf.String())
		}
	}
	notify := func(method string, params any) {
		t.Helper()
		if err := conn.Notify(ctx, method, params); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}
	next := func() publish {
		t.Helper()
		select {
		case p := <-diags:
			return p
		case <-ctx.Done():
			t.Fatalf("no diagnostics published\nserver stderr:\n%s", stderrBuf.String())
		}
		return publish{}
	}

	var init struct {
		Capabilities struct {
			CodeActionProvider struct {
				CodeActionKinds []string `json:"codeActionKinds"`
			} `json:"codeActionProvider"`
			HoverProvider bool `json:"hoverProvider"`
		} `json:"capabilities"`
		ServerInfo struct{ Name string } `json:"serverInfo"`
	}
	call("initialize", map[string]any{"processId": nil, "rootUri": (&url.URL{Scheme: "file", Path: filepath.ToSlash(ws)}).String(), "capabilities": map[string]any{}}, &init)
	if init.ServerInfo.Name != "kobolint" || !init.Capabilities.HoverProvider ||
		strings.Join(init.Capabilities.CodeActionProvider.CodeActionKinds, ",") != "quickfix,source.fixAll.kobolint" {
		t.Errorf("initialize result %+v", init)
	}
	notify("initialized", map[string]any{})
	notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": fileURI, "languageId": "python", "version": 1, "text": serverBuffer}})

	p := next()
	if p.URI != fileURI {
		t.Fatalf("diagnostics for %s", p.URI)
	}
	byCode := map[string][]lspDiag{}
	for _, d := range p.Diagnostics {
		byCode[d.Code] = append(byCode[d.Code], d)
	}
	if len(p.Diagnostics) != 8 || len(byCode["KB230"]) != 2 || len(byCode["KB104"]) != 1 || len(byCode["KB501"]) != 1 {
		t.Fatalf("diagnostics of the buffer: %+v", p.Diagnostics)
	}
	host := byCode["KB104"][0] // the configured host, after the emoji
	line := strings.Split(serverBuffer, "\n")[5]
	before, _, _ := strings.Cut(line, "data.myngo.org")
	wantCol := len(utf16.Encode([]rune(before))) // 0-based, in UTF-16 units: the emoji counts 2
	if host.Range.Start.Line != 5 || host.Range.Start.Character != wantCol || host.Severity != 1 {
		t.Errorf("configured host diagnostic %+v; want line 5 character %d", host, wantCol)
	}

	type action struct {
		Title       string `json:"title"`
		Kind        string `json:"kind"`
		IsPreferred bool   `json:"isPreferred"`
		Edit        struct {
			Changes map[string][]struct {
				NewText string `json:"newText"`
			} `json:"changes"`
		} `json:"edit"`
	}
	codeActions := func(line int) []action {
		var acts []action
		call("textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": fileURI},
			"range":        map[string]any{"start": map[string]any{"line": line, "character": 0}, "end": map[string]any{"line": line, "character": 200}},
			"context":      map[string]any{"diagnostics": []any{}},
		}, &acts)
		return acts
	}
	// line 2 (0-based 1): two safe fixes and the source action
	acts := codeActions(1)
	var titles []string
	var fixAll *action
	for i, a := range acts {
		titles = append(titles, a.Title)
		if a.Kind == "source.fixAll.kobolint" {
			fixAll = &acts[i]
		} else if a.Kind != "quickfix" || !a.IsPreferred || strings.Contains(a.Title, "unsafe") {
			t.Errorf("safe quick fix %+v", a)
		}
	}
	if len(acts) != 3 || fixAll == nil {
		t.Fatalf("code actions on line 2: %q", titles)
	}
	fixed := fixAll.Edit.Changes[fileURI]
	if len(fixed) != 1 || !strings.Contains(fixed[0].NewText, "https://kf.kobotoolbox.org/me/") ||
		!strings.Contains(fixed[0].NewText, "https://kobo.myngo.org/me/") || !strings.Contains(fixed[0].NewText, "kc.kobotoolbox.org/api/v1/forms") {
		t.Errorf("fix all safe gave %+v", fixed)
	}
	// line 3: the form list's rewrite is unsafe, and says so
	for _, a := range codeActions(2) {
		if a.Kind == "quickfix" && (a.IsPreferred || !strings.Contains(a.Title, "(unsafe")) {
			t.Errorf("unsafe quick fix not labelled: %+v", a)
		}
	}

	var hover struct {
		Contents struct {
			Kind  string `json:"kind"`
			Value string `json:"value"`
		} `json:"contents"`
	}
	call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": fileURI},
		"position": map[string]any{"line": 1, "character": 50}}, &hover)
	if hover.Contents.Kind != "markdown" || !strings.Contains(hover.Contents.Value, "# KB230: ") || !strings.Contains(hover.Contents.Value, "## Why") {
		t.Errorf("hover %+v", hover)
	}

	// a buffer whose file is not saved yet is checked all the same
	newURI := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(ws, "new.sh"))}).String()
	notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": newURI, "languageId": "shellscript", "version": 1, "text": "curl \"https://kc.kobotoolbox.org/api/v1/user\"\n"}})
	if p := next(); p.URI != newURI || len(p.Diagnostics) != 2 {
		t.Errorf("unsaved buffer: %+v", p)
	}

	// edits: only the last text is checked, after the debounce
	notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": fileURI, "version": 2},
		"contentChanges": []any{map[string]any{"text": serverBuffer + "x = 1\n"}}})
	notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": fileURI, "version": 3},
		"contentChanges": []any{map[string]any{"text": "import requests\nrequests.get(\"https://kf.kobotoolbox.org/api/v2/assets/\")\n"}}})
	if p := next(); len(p.Diagnostics) != 0 {
		t.Errorf("after the edit to v2 code: %+v", p.Diagnostics)
	}

	call("shutdown", nil, nil)
	notify("exit", nil)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exit: %v\nstderr:\n%s", err, stderrBuf.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not exit")
	}
	_ = conn.Close()
}
