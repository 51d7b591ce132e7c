package notebook

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/fixsyntax"
	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/analyzers/text/jsonx"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// Name is the language name the front-end registers under.
const Name = "notebook"

// Exts are the file endings registered for notebooks.
var Exts = []string{".ipynb"}

// cell is one cell's decoded source and how it maps to the file.
type cell struct {
	kind string // code, markdown, raw
	text []byte
	m    *remap.Map
}

// programs collects the virtual programs built from code cells.
type programs struct {
	python, r, shell, other remap.Builder
	env                     remap.Builder // `%env NAME=value` lines
}

// Analyze reads a Jupyter notebook (nbformat 4, and the cells of nbformat
// 3 worksheets). It returns an error naming the place when the file is not
// valid JSON or not a notebook.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("notebook: internal error on %s: %v", path, r)
		}
	}()
	doc, err := jsonx.Parse(src, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	root := doc.Root
	if root.Kind != jsonx.Object {
		return nil, fmt.Errorf("%s: not a notebook: the top-level JSON value is not an object", path)
	}
	cells, err := readCells(src, root)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	lang := kernelLanguage(src, root)

	f = &ir.File{Path: path, Lang: Name, EditText: jsonx.Escape}
	lines := remap.NewLines(src)
	var p programs
	for _, c := range cells {
		switch c.kind {
		case "code":
			p.add(lang, c)
		case "markdown", "heading":
			remap.Merge(f, text.Derived("markdown", path, lines, c.text, c.m), false)
		}
	}
	// Python runs first: its top-level definitions are the variables that
	// `!` lines interpolate ({BASE} or $BASE).
	var pyDefs map[string][]ir.Part
	var codeLangs []string  // the programs that gave the engine anything
	fieldLang := []string{} // the language of each field read, in order
	run := func(lang string, b *remap.Builder, vars map[string][]ir.Part) {
		if b.Len() == 0 {
			return
		}
		g, _ := text.CodeWith(lang, path, lines, b.Text(), b.Map(), ir.RoleUnknown, vars)
		if lang == "python" && len(g.Defs) > 0 {
			pyDefs = map[string][]ir.Part{}
			for _, d := range g.Defs {
				pyDefs[d.Name] = d.Parts
			}
		}
		if len(g.URLs)+len(g.Fields)+len(g.Decodes) > 0 {
			codeLangs = append(codeLangs, lang)
		}
		for range g.Fields {
			fieldLang = append(fieldLang, lang)
		}
		remap.Merge(f, g, false)
	}
	run("python", &p.python, nil)
	run("r", &p.r, nil)
	run("shell", &p.shell, pyDefs)
	setLang(f, codeLangs, fieldLang)
	if p.other.Len() > 0 {
		remap.Merge(f, text.Derived("plain", path, lines, p.other.Text(), p.other.Map()), false)
	}
	if p.env.Len() > 0 {
		remap.Merge(f, text.Derived("env", path, lines, p.env.Text(), p.env.Map()), false)
	}
	return f, nil
}

// setLang names the language the engine writes its fixes in. A notebook
// whose code is in one language (an R kernel, a Python notebook without
// %%R cells or ! lines) is that language's file. A notebook mixing them
// stays a notebook, which the engine treats as Python: the accessors of
// the other languages' field reads are then withheld, so that no fix
// writes Python syntax (a .split(",") after f$tags) into an R or shell
// cell; their reads are still reported, and plain renames still made.
func setLang(f *ir.File, codeLangs, fieldLang []string) {
	f.Syntax, f.ObjectAttrs = fixsyntax.Python{}, false
	if len(codeLangs) == 1 {
		f.Lang = codeLangs[0]
		switch f.Lang {
		case "python":
			f.ObjectAttrs = true
		case "r":
			f.Syntax = fixsyntax.R{}
		case "shell":
			f.Syntax = fixsyntax.Shell{}
		}
		return
	}
	// Merge appended the reads of each program after the Markdown ones
	off := len(f.Fields) - len(fieldLang)
	for i, lang := range fieldLang {
		if lang != "python" && off+i >= 0 {
			fr := &f.Fields[off+i]
			fr.Access, fr.Expr = ir.Span{}, ir.Span{}
		}
	}
}

// readCells decodes every cell's source.
func readCells(src []byte, root *jsonx.Value) ([]cell, error) {
	var list []*jsonx.Value
	if cs := root.Get("cells"); cs != nil {
		if cs.Kind != jsonx.Array {
			return nil, fmt.Errorf("not a notebook: \"cells\" is not a list (offset %d)", cs.Start)
		}
		list = cs.Elems
	} else if ws := root.Get("worksheets"); ws != nil && ws.Kind == jsonx.Array {
		for _, w := range ws.Elems {
			if cs := w.Get("cells"); cs != nil && cs.Kind == jsonx.Array {
				list = append(list, cs.Elems...)
			}
		}
	} else {
		return nil, fmt.Errorf("not a notebook: no \"cells\" list")
	}
	var out []cell
	for _, c := range list {
		kind := c.Get("cell_type").Str(src)
		source := c.Get("source")
		if source == nil {
			source = c.Get("input") // nbformat 3 code cells
		}
		if source == nil {
			continue
		}
		var b remap.Builder
		switch source.Kind {
		case jsonx.String:
			jsonx.Decode(&b, src, source)
		case jsonx.Array:
			for _, s := range source.Elems {
				jsonx.Decode(&b, src, s)
			}
		default:
			continue
		}
		out = append(out, cell{kind: kind, text: b.Text(), m: b.Map()})
	}
	return out, nil
}

// kernelLanguage returns "python", "r", "shell" or another lower-case
// name from the notebook metadata; python when nothing says.
func kernelLanguage(src []byte, root *jsonx.Value) string {
	md := root.Get("metadata")
	names := []string{
		md.Get("kernelspec").Get("language").Str(src),
		md.Get("language_info").Get("name").Str(src),
		md.Get("kernelspec").Get("name").Str(src),
		md.Get("language").Str(src),
	}
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		switch {
		case n == "":
			continue
		case strings.HasPrefix(n, "python") || strings.HasPrefix(n, "ipython") || n == "pyspark":
			return "python"
		case n == "r" || n == "ir":
			return "r"
		case n == "bash" || n == "sh" || n == "shell" || n == "zsh":
			return "shell"
		default:
			return n
		}
	}
	return "python"
}

// add appends one code cell to the program of its language. In Python
// cells, `!cmd` lines and %%bash/%%sh cells are shell, %%R cells are R,
// `%env NAME=value` is a setting, and other magics are blanked out (same
// length, so positions stay put).
func (p *programs) add(lang string, c cell) {
	t := c.text
	switch lang {
	case "python":
	case "r":
		appendCell(&p.r, c, 0)
		return
	case "shell":
		appendCell(&p.shell, c, 0)
		return
	default:
		appendCell(&p.other, c, 0)
		return
	}
	first, rest := lineAt(t, 0)
	if bytes.HasPrefix(t, []byte("%%")) {
		magic := strings.Fields(string(t[2:first]))
		name := ""
		if len(magic) > 0 {
			name = magic[0]
		}
		if name == "script" && len(magic) > 1 {
			name = magic[1]
		}
		switch name {
		case "bash", "sh", "zsh", "shell":
			blank(&p.shell, c, 0, first)
			appendCell(&p.shell, c, rest)
			return
		case "R", "r":
			blank(&p.r, c, 0, first)
			appendCell(&p.r, c, rest)
			return
		case "capture", "time", "timeit", "prun", "debug", "cache", "memit", "skip":
			blank(&p.python, c, 0, first)
			appendPython(p, c, rest)
			return
		default:
			// %%html, %%javascript, %%writefile, %%sql...: not Python.
			blank(&p.other, c, 0, first)
			appendCell(&p.other, c, rest)
			return
		}
	}
	appendPython(p, c, 0)
}

// stmtMagics are line magics followed by a Python statement.
var stmtMagics = map[string]bool{"time": true, "timeit": true, "prun": true, "debug": true, "memit": true}

// appendPython appends Python lines from offset a of the cell, moving
// shell escapes and %env lines to their own programs.
func appendPython(p *programs, c cell, a int) {
	t := c.text
	for off := a; off < len(t); {
		end, next := lineAt(t, off)
		i := off
		for i < end && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		bang, assigned := escapeAssigned(t, i, end)
		switch {
		case i < end && t[i] == '!' || assigned:
			// The Python program keeps the line as blanks.
			if !assigned {
				bang = i
			}
			blank(&p.python, c, off, end)
			p.python.Append(t, c.m, end, next)
			appendShellEscape(&p.shell, c, bang+1, end)
			p.shell.Virtual(c.m.Offset(end), []byte{'\n'})
		case i < end && t[i] == '%':
			if rest, ok := strings.CutPrefix(string(t[i:end]), "%env "); ok && strings.Contains(rest, "=") {
				k := i + len("%env ")
				for k < end && t[k] == ' ' {
					k++
				}
				p.env.Append(t, c.m, k, end)
				p.env.Virtual(c.m.Offset(end), []byte{'\n'})
			}
			// %time stmt, %timeit stmt, %prun stmt run Python: only the
			// magic word goes.
			w := i + 1
			for w < end && (t[w] >= 'a' && t[w] <= 'z') {
				w++
			}
			if stmtMagics[string(t[i+1:w])] {
				blank(&p.python, c, off, w)
				p.python.Append(t, c.m, w, next)
				break
			}
			blank(&p.python, c, off, end)
			p.python.Append(t, c.m, end, next)
		default:
			p.python.Append(t, c.m, off, next)
		}
		off = next
	}
	endCell(&p.python, c)
}

// escapeAssigned finds IPython's `name = !command`, which runs the command
// in a shell and assigns its output lines to name, in t[i:end]: the offset
// of the "!".
func escapeAssigned(t []byte, i, end int) (int, bool) {
	k := i
	for k < end && (t[k] == '_' || t[k] >= 'a' && t[k] <= 'z' || t[k] >= 'A' && t[k] <= 'Z' || k > i && t[k] >= '0' && t[k] <= '9') {
		k++
	}
	if k == i {
		return 0, false
	}
	for k < end && t[k] == ' ' {
		k++
	}
	if k+1 >= end || t[k] != '=' || t[k+1] == '=' {
		return 0, false
	}
	for k++; k < end && t[k] == ' '; k++ {
	}
	if k+1 < end && t[k] == '!' && t[k+1] != '=' {
		return k, true
	}
	return 0, false
}

// appendShellEscape appends the command of a `!` line, turning IPython's
// {name} interpolation of Python values into ${name} for the shell.
func appendShellEscape(b *remap.Builder, c cell, a, e int) {
	t := c.text
	run := a
	for i := a; i < e; i++ {
		if t[i] != '{' || (i > a && t[i-1] == '$') {
			continue
		}
		k := i + 1
		for k < e && (t[k] == '_' || t[k] >= 'a' && t[k] <= 'z' || t[k] >= 'A' && t[k] <= 'Z' || k > i+1 && t[k] >= '0' && t[k] <= '9') {
			k++
		}
		if k == i+1 || k >= e || t[k] != '}' {
			continue
		}
		b.Append(t, c.m, run, i)
		s, en, _ := c.m.Span(i, k+1)
		b.Decoded(s, en-s, []byte("${"+string(t[i+1:k])+"}"))
		run = k + 1
		i = k
	}
	b.Append(t, c.m, run, e)
}

// appendCell appends the cell from offset a and ends it with a newline.
func appendCell(b *remap.Builder, c cell, a int) {
	b.Append(c.text, c.m, a, len(c.text))
	endCell(b, c)
}

// endCell makes sure the cell ends a line, so the next cell starts one.
func endCell(b *remap.Builder, c cell) {
	if t := b.Text(); len(t) > 0 && t[len(t)-1] != '\n' {
		b.Virtual(c.m.Offset(len(c.text)), []byte{'\n'})
	}
}

// blank appends spaces standing for the cell bytes [a, e).
func blank(b *remap.Builder, c cell, a, e int) {
	if a >= e {
		return
	}
	s, en, _ := c.m.Span(a, e)
	b.Decoded(s, en-s, bytes.Repeat([]byte{' '}, e-a))
}

// lineAt returns the end of the line starting at off (before "\r\n" or
// "\n") and where the next line starts.
func lineAt(t []byte, off int) (end, next int) {
	i := bytes.IndexByte(t[off:], '\n')
	if i < 0 {
		return len(t), len(t)
	}
	end, next = off+i, off+i+1
	if end > off && t[end-1] == '\r' {
		end--
	}
	return end, next
}
