// Package lsp is kobolint's language server (`kobolint server`): LSP over
// stdio through github.com/tliron/glsp. It checks each open buffer with the
// engine, through Options.Overlay so that unsaved text is what is checked,
// publishes diagnostics on open and (debounced) on change, offers a code
// action per fix (unsafe ones labelled) and a "fix all safe" source action,
// and shows a rule's page on hover. Settings come from the .kobolint.yml
// files of the workspace (per folder, read at every check), and the rest
// of the buffer's repository gives it its context, as `kobolint check
// FILE` run at the workspace root judges it.
package lsp

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"
	glspserver "github.com/tliron/glsp/server"

	"github.com/kobolint/kobolint/internal/config"
	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/textpos"
	"github.com/kobolint/kobolint/rules"
)

// FixAllKind is the code action kind of "fix all safe": under source.fixAll,
// so that editors running source.fixAll on save include it.
const FixAllKind = "source.fixAll.kobolint"

// Server holds the state of one editor session.
type Server struct {
	version  string
	debounce time.Duration
	// options builds the engine's options (settings and config lookup)
	// once the working directory is the workspace root.
	options func() (engine.Options, error)

	mu       sync.Mutex
	root     string // workspace root, the working directory of checks
	table    *rules.Table
	opts     engine.Options
	docs     map[protocol.DocumentUri]*document
	notify   glsp.NotifyFunc
	shutdown bool
}

// document is one open buffer and its last check.
type document struct {
	uri     protocol.DocumentUri
	path    string // absolute path of the file on disk
	text    []byte
	gen     int // bumped on every change: results of older text are dropped
	timer   *time.Timer
	checked *checked // of text at gen checkedGen
}

// checked is a buffer's findings with the text they were found in.
type checked struct {
	gen      int
	text     []byte
	lines    *textpos.Lines
	findings []finding.Finding
}

// New makes a server; debounce is the quiet time after a change before the
// buffer is checked again; options gives the engine's options as `kobolint
// check` would build them with no flags (the command line owns that code).
func New(version string, debounce time.Duration, options func() (engine.Options, error)) *Server {
	return &Server{version: version, debounce: debounce, options: options, docs: map[protocol.DocumentUri]*document{}}
}

// RunStdio serves one client on standard input and output until it exits.
// It reports whether the client asked for a shutdown before exiting (the
// exit status is then 0, else 1, as the protocol says).
func (s *Server) RunStdio() (cleanExit bool, err error) {
	h := protocol.Handler{
		Initialize:            s.initialize,
		Initialized:           func(*glsp.Context, *protocol.InitializedParams) error { return nil },
		Shutdown:              s.shutdownRequest,
		Exit:                  func(*glsp.Context) error { return nil },
		SetTrace:              func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		TextDocumentDidOpen:   s.didOpen,
		TextDocumentDidChange: s.didChange,
		TextDocumentDidSave:   s.didSave,
		TextDocumentDidClose:  s.didClose,
		TextDocumentCodeAction: func(ctx *glsp.Context, p *protocol.CodeActionParams) (any, error) {
			return s.codeAction(p)
		},
		TextDocumentHover: func(ctx *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
			return s.hover(p)
		},
	}
	srv := glspserver.NewServer(&h, "kobolint", false)
	if err := srv.RunStdio(); err != nil {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shutdown, nil
}

func (s *Server) initialize(ctx *glsp.Context, p *protocol.InitializeParams) (any, error) {
	root := ""
	switch {
	case len(p.WorkspaceFolders) > 0:
		root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootURI != nil:
		root = uriPath(*p.RootURI)
	case p.RootPath != nil:
		root = *p.RootPath
	}
	if root == "" {
		root, _ = os.Getwd()
	}
	// Checks run from the root, as `kobolint check` run there would: the
	// reported paths, .kobolint.yml and its relative paths (id_map) are
	// resolved from it.
	if err := os.Chdir(root); err != nil {
		return nil, fmt.Errorf("workspace root %s: %w", root, err)
	}
	table, err := rules.Load()
	if err != nil {
		return nil, err
	}
	opts, err := s.options()
	if err != nil {
		return nil, err
	}
	// the engine only reads buffers; fixes are computed apart (fixAllSafe)
	opts.NoSources = true
	// a buffer excluded by the workspace's config stays silent, as the
	// file does in a scan of the folder
	opts.ForceExclude = true
	s.mu.Lock()
	s.root, s.table, s.notify, s.opts = root, table, ctx.Notify, opts
	s.mu.Unlock()

	change := protocol.TextDocumentSyncKindFull
	open := true
	version := s.version
	return protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync: protocol.TextDocumentSyncOptions{OpenClose: &open, Change: &change,
				Save: &protocol.SaveOptions{}},
			CodeActionProvider: protocol.CodeActionOptions{
				CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix, FixAllKind},
			},
			HoverProvider: true,
		},
		ServerInfo: &protocol.InitializeResultServerInfo{Name: "kobolint", Version: &version},
	}, nil
}

func (s *Server) shutdownRequest(*glsp.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	for _, d := range s.docs {
		if d.timer != nil {
			d.timer.Stop()
		}
	}
	return nil
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	path := uriPath(p.TextDocument.URI)
	if path == "" {
		return nil // not a file (an untitled buffer): nothing to check
	}
	s.mu.Lock()
	d := &document{uri: p.TextDocument.URI, path: path, text: []byte(p.TextDocument.Text)}
	s.docs[d.uri] = d
	s.schedule(d, 0)
	s.mu.Unlock()
	return nil
}

func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			d.text = []byte(c.Text)
		case protocol.TextDocumentContentChangeEvent:
			// the server asks for whole documents; apply a ranged change
			// all the same rather than check stale text
			if c.Range != nil {
				d.text = applyChange(d.text, *c.Range, c.Text)
			}
		}
	}
	d.gen++
	s.schedule(d, s.debounce)
	return nil
}

// didSave checks the buffer again; saving a .kobolint.yml checks every
// buffer with its new settings (config files are read at each check).
func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	isConfig := filepath.Base(uriPath(p.TextDocument.URI)) == config.FileName
	s.mu.Lock()
	defer s.mu.Unlock()
	for uri, d := range s.docs {
		if isConfig || uri == p.TextDocument.URI {
			d.gen++
			s.schedule(d, 0)
		}
	}
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	if d != nil && d.timer != nil {
		d.timer.Stop()
	}
	notify := s.notify
	s.mu.Unlock()
	if d != nil && notify != nil {
		notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: d.uri, Diagnostics: []protocol.Diagnostic{}})
	}
	return nil
}

// schedule checks d after delay, replacing a pending check (s.mu held).
func (s *Server) schedule(d *document, delay time.Duration) {
	if d.timer != nil {
		d.timer.Stop()
	}
	gen := d.gen
	d.timer = time.AfterFunc(delay, func() { s.checkAndPublish(d, gen) })
}

// checkAndPublish checks generation gen of d and publishes its
// diagnostics, unless the buffer changed or closed meanwhile.
func (s *Server) checkAndPublish(d *document, gen int) {
	c, err := s.ensureChecked(d, gen)
	if err != nil {
		s.showError("kobolint: " + d.path + ": " + err.Error())
		return
	}
	if c == nil {
		return
	}
	s.mu.Lock()
	notify, live := s.notify, s.docs[d.uri] == d && d.gen == gen
	s.mu.Unlock()
	if !live || notify == nil {
		return
	}
	notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{
		URI: d.uri, Diagnostics: diagnostics(c),
	})
}

// ensureChecked returns the check of generation gen of d, running it if
// needed; nil when the buffer has moved on.
func (s *Server) ensureChecked(d *document, gen int) (*checked, error) {
	s.mu.Lock()
	if d.checked != nil && d.checked.gen == gen {
		c := d.checked
		s.mu.Unlock()
		return c, nil
	}
	if d.gen != gen {
		s.mu.Unlock()
		return nil, nil
	}
	text, opts := d.text, s.opts
	s.mu.Unlock()

	fs, err := checkBuffer(d.path, text, opts)
	if err != nil {
		return nil, err
	}
	c := &checked{gen: gen, text: text, lines: textpos.New(text), findings: fs}
	s.mu.Lock()
	if d.gen == gen {
		d.checked = c
	}
	s.mu.Unlock()
	return c, nil
}

// current returns the check of a buffer's current text, checking it now
// when a change is still waiting for its debounce: code actions and hovers
// must never use positions of older text.
func (s *Server) current(uri protocol.DocumentUri) (*document, *checked, error) {
	s.mu.Lock()
	d := s.docs[uri]
	var gen int
	if d != nil {
		gen = d.gen
	}
	s.mu.Unlock()
	if d == nil {
		return nil, nil, nil
	}
	c, err := s.ensureChecked(d, gen)
	return d, c, err
}

func (s *Server) showError(msg string) {
	s.mu.Lock()
	notify := s.notify
	s.mu.Unlock()
	if notify != nil {
		notify(protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: msg})
	} else {
		fmt.Fprintln(os.Stderr, msg)
	}
}

// applyChange replaces an LSP range (0-based lines, UTF-16 characters) of
// text.
func applyChange(text []byte, r protocol.Range, newText string) []byte {
	l := textpos.New(text)
	offset := func(p protocol.Position) int {
		line := int(p.Line) + 1
		return l.Offset(line, l.ByteCol(line, int(p.Character)+1))
	}
	start, end := offset(r.Start), offset(r.End)
	if end < start {
		start, end = end, start
	}
	out := make([]byte, 0, len(text)-(end-start)+len(newText))
	return append(append(append(out, text[:start]...), newText...), text[end:]...)
}

// uriPath is the local path of a file: URI, or "".
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.FromSlash(p)
}
