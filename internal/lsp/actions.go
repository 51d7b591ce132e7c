package lsp

import (
	"fmt"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/kobolint/kobolint/internal/engine"
	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/fixrun"
	"github.com/kobolint/kobolint/internal/ruledoc"
	"github.com/kobolint/kobolint/internal/textpos"
)

// checkBuffer runs the engine on one file with its buffer's text (the
// file need not exist yet), and keeps the findings its settings select.
func checkBuffer(path string, text []byte, opts engine.Options) ([]finding.Finding, error) {
	res, err := engine.CheckBuffer(path, text, opts)
	if err != nil {
		return nil, err
	}
	return inView(res, engine.DisplayPath(path), res.Findings), nil
}

// inView keeps a file's findings that its settings (config select and
// ignore) keep.
func inView(res *engine.Result, display string, fs []finding.Finding) []finding.Finding {
	var out []finding.Finding
	for i := range fs {
		if fs[i].Path == display && res.Selected(&fs[i]) {
			out = append(out, fs[i])
		}
	}
	return out
}

func lspRange(l *textpos.Lines, line, col, endLine, endCol int) protocol.Range {
	pos := func(line, col int) protocol.Position {
		return protocol.Position{Line: protocol.UInteger(max(line-1, 0)), Character: protocol.UInteger(max(l.UTF16Col(line, col)-1, 0))}
	}
	return protocol.Range{Start: pos(line, col), End: pos(endLine, endCol)}
}

func diagnostic(c *checked, f finding.Finding) protocol.Diagnostic {
	sev := protocol.DiagnosticSeverityError
	switch f.Severity {
	case finding.Warning:
		sev = protocol.DiagnosticSeverityWarning
	case finding.Info:
		sev = protocol.DiagnosticSeverityInformation
	}
	source := "kobolint"
	msg := f.Message
	if len(f.Fix.Edits) == 0 && f.Fix.Reason != "" {
		msg += " (no automatic fix: " + f.Fix.Reason + ")"
	}
	return protocol.Diagnostic{
		Range:           lspRange(c.lines, f.Line, f.Column, f.EndLine, f.EndColumn),
		Severity:        &sev,
		Code:            &protocol.IntegerOrString{Value: f.Rule},
		CodeDescription: &protocol.CodeDescription{HRef: ruledoc.URL(f.Rule)},
		Source:          &source,
		Message:         msg,
	}
}

func diagnostics(c *checked) []protocol.Diagnostic {
	out := []protocol.Diagnostic{}
	for _, f := range c.findings {
		out = append(out, diagnostic(c, f))
	}
	return out
}

// overlaps reports whether two LSP ranges share a position (touching
// counts: a cursor at either end of a finding is on it).
func overlaps(a, b protocol.Range) bool {
	before := func(x, y protocol.Position) bool {
		return x.Line < y.Line || (x.Line == y.Line && x.Character < y.Character)
	}
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func wants(only []protocol.CodeActionKind, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

// codeAction offers one quick fix per finding with edits under the range
// (unsafe ones say so in their title and are never preferred), and a
// "fix all safe" source action for the whole buffer.
func (s *Server) codeAction(p *protocol.CodeActionParams) (any, error) {
	d, c, err := s.current(p.TextDocument.URI)
	if err != nil || c == nil {
		return []protocol.CodeAction{}, err
	}
	actions := []protocol.CodeAction{}
	quick := protocol.CodeActionKindQuickFix
	safeFixes := 0
	for _, f := range c.findings {
		if len(f.Fix.Edits) == 0 {
			continue
		}
		if f.Fix.Safety == "safe" {
			safeFixes++
		}
		diag := diagnostic(c, f)
		if !overlaps(diag.Range, p.Range) || !wants(p.Context.Only, quick) {
			continue
		}
		var edits []protocol.TextEdit
		for _, e := range f.Fix.Edits {
			edits = append(edits, protocol.TextEdit{Range: lspRange(c.lines, e.StartLine, e.StartColumn, e.EndLine, e.EndColumn), NewText: e.NewText})
		}
		preferred := f.Fix.Safety == "safe"
		actions = append(actions, protocol.CodeAction{
			Title: fixTitle(f), Kind: &quick, Diagnostics: []protocol.Diagnostic{diag}, IsPreferred: &preferred,
			Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{d.uri: edits}},
		})
	}
	if safeFixes > 0 && wants(p.Context.Only, FixAllKind) {
		edit, err := s.fixAllSafe(d, c)
		if err != nil {
			return actions, err
		}
		if edit != nil {
			kind := FixAllKind
			actions = append(actions, protocol.CodeAction{Title: "kobolint: fix all safe v1 API uses", Kind: &kind, Edit: edit})
		}
	}
	return actions, nil
}

func fixTitle(f finding.Finding) string {
	what := "rewrite to the v2 API"
	if f.V2 != nil && *f.V2 != "" {
		what = "use " + *f.V2
	}
	t := fmt.Sprintf("kobolint %s: %s", f.Rule, what)
	if f.Fix.Safety != "safe" {
		t += " (unsafe"
		if f.Fix.Reason != "" {
			t += ": " + shortReason(f.Fix.Reason)
		} else {
			t += ": review the change"
		}
		t += ")"
	}
	return t
}

// shortReason keeps a menu entry short: the reason's first sentence, at
// most 100 characters (the hover and the diagnostic keep all of it).
func shortReason(r string) string {
	if i := strings.Index(r, ". "); i >= 0 {
		r = r[:i]
	}
	r = strings.TrimSuffix(r, ".")
	if runes := []rune(r); len(runes) > 100 {
		r = string(runes[:99]) + "…"
	}
	return r
}

// fixAllSafe applies the buffer's safe fixes to a fixpoint, as `kobolint
// check --fix` would, and returns the result as one edit of the whole
// buffer (nil when nothing changes).
func (s *Server) fixAllSafe(d *document, c *checked) (*protocol.WorkspaceEdit, error) {
	s.mu.Lock()
	opts := s.opts
	s.mu.Unlock()
	display := engine.DisplayPath(d.path)
	opts.NoSources = false // the fixers start from the buffer's content
	res, err := engine.CheckBuffer(d.path, c.text, opts)
	if err != nil {
		return nil, err
	}
	// later rounds judge the fixed buffer as that path, as stdin mode does
	opts.Overlay = map[string][]byte{display: c.text}
	filter := func(fs []finding.Finding) []finding.Finding { return inView(res, display, fs) }
	out, err := fixrun.Run(res, []string{d.path}, opts, false, filter)
	if err != nil {
		return nil, err
	}
	for _, ch := range out.Changes {
		if ch.Path != display {
			continue
		}
		whole := protocol.Range{End: protocol.Position{Line: protocol.UInteger(c.lines.Count())}}
		return &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{
			d.uri: {{Range: whole, NewText: string(ch.New)}},
		}}, nil
	}
	return nil, nil
}

// hover shows the finding under the cursor and its rule's page, the text
// `kobolint explain` prints.
func (s *Server) hover(p *protocol.HoverParams) (*protocol.Hover, error) {
	_, c, err := s.current(p.TextDocument.URI)
	if err != nil || c == nil {
		return nil, err
	}
	at := protocol.Range{Start: p.Position, End: p.Position}
	s.mu.Lock()
	table := s.table
	s.mu.Unlock()
	for _, f := range c.findings {
		diag := diagnostic(c, f)
		if !overlaps(diag.Range, at) {
			continue
		}
		text := fmt.Sprintf("**%s** %s\n\n---\n\n", f.Rule, f.Message)
		if r, ok := ruledoc.Lookup(table, f.Rule); ok {
			if page, err := ruledoc.Page(table, r); err == nil {
				text += page
			}
		}
		rng := diag.Range
		return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown, Value: text}, Range: &rng}, nil
	}
	return nil, nil
}
