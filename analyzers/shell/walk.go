package shell

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// stmt walks a statement. stdin is the origin of what the statement reads
// on its standard input; the result is the origin of what it prints.
func (w *walker) stmt(n *sitter.Node, stdin []int) []int {
	if n == nil {
		return nil
	}
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		return nil
	}
	switch n.Type() {
	case "comment":
		w.comment(n)
		return nil
	case "command":
		return w.command(n, stdin, nil)
	case "pipeline":
		cur := stdin
		before := len(w.a.f.Decodes)
		w.lastHTTP = httpUse{}
		for _, k := range kids(n) {
			switch {
			case k.typ == "comment":
				// `curl ... | # note` then the next stage on the next line
				w.comment(k.n)
			case k.n.IsNamed():
				cur = w.stmt(k.n, cur)
			}
		}
		w.pipeFetch(n, before)
		return cur
	case "list":
		var out []int
		for _, k := range kids(n) {
			if k.n.IsNamed() {
				out = union(out, w.stmt(k.n, stdin))
			}
		}
		return out
	case "redirected_statement":
		return w.redirected(n, stdin)
	case "variable_assignment":
		w.assign(n, false)
		return nil
	case "declaration_command":
		w.declaration(n)
		return nil
	case "unset_command":
		for _, k := range kids(n) {
			if k.typ == "variable_name" || k.typ == "word" {
				delete(w.a.vars, w.text(k.n))
			}
		}
		return nil
	case "for_statement":
		return w.forLoop(n, stdin)
	case "while_statement":
		var out []int
		for _, k := range kids(n) {
			if k.n.IsNamed() {
				out = union(out, w.stmt(k.n, stdin))
			}
		}
		return out
	case "function_definition":
		return w.function(n)
	case "heredoc_body", "heredoc_start", "heredoc_end", "heredoc_redirect",
		"herestring_redirect", "file_redirect":
		return nil
	}
	return w.generic(n, stdin)
}

// generic walks a node the analysis has no special rule for: its words are
// URL candidates of unknown role, its other children statements.
func (w *walker) generic(n *sitter.Node, stdin []int) []int {
	var out []int
	mode := argPlain
	for _, k := range kids(n) {
		switch {
		case k.typ == "test_operator":
			// [ -f "$DIR/exports/x.csv" ]: the operand is a file
			if fileTests[w.text(k.n)] {
				mode = argFile
			}
		case !k.n.IsNamed():
		case k.typ == "comment":
			w.comment(k.n)
		case wordish[k.typ]:
			v := w.word(k.n)
			w.a.emitArg(v.parts, ir.RoleUnknown, "", "", mode)
			mode = argPlain
		default:
			out = union(out, w.stmt(k.n, stdin))
		}
	}
	return out
}

// redirected handles `stmt <in >out`, heredocs and herestrings around any
// statement.
func (w *walker) redirected(n *sitter.Node, stdin []int) []int {
	var body *sitter.Node
	var reds []*sitter.Node
	for _, k := range kids(n) {
		switch {
		case k.field == "body":
			body = k.n
		case k.n.IsNamed() && k.typ != "comment":
			reds = append(reds, k.n)
		case k.typ == "comment":
			w.comment(k.n)
		}
	}
	if body != nil && body.Type() == "command" {
		return w.command(body, stdin, reds)
	}
	for _, red := range reds {
		for _, x := range extraDestinations(red) {
			v := w.word(x)
			w.a.emitArg(v.parts, ir.RoleArg, "", "", argPlain)
		}
	}
	r := w.redirections(reds, "")
	if r.stdinSet {
		stdin = r.stdin
	}
	out := w.stmt(body, stdin)
	return w.finishRedirections(r, out)
}

// redirs is what the redirections of one statement do.
type redirs struct {
	stdin    []int
	stdinSet bool
	// outKeys are files the statement's output goes to.
	outKeys []string
	toFile  bool
	// after are statements nested in a heredoc redirect (`cat <<EOF | sh`)
	// that consume the statement's output.
	after []*sitter.Node
}

// redirections evaluates redirect nodes before the statement runs.
// receiver is the command a heredoc is fed to.
func (w *walker) redirections(reds []*sitter.Node, receiver string) redirs {
	var r redirs
	for _, red := range reds {
		switch red.Type() {
		case "herestring_redirect":
			var v value
			for _, k := range kids(red) {
				if k.n.IsNamed() && wordish[k.typ] {
					kv := w.word(k.n)
					v.parts = append(v.parts, kv.parts...)
					v.origin = union(v.origin, kv.origin)
				}
			}
			w.a.emitArg(capParts(v.parts), ir.RoleArg, receiver, "", argPlain)
			r.stdin, r.stdinSet = v.origin, true
		case "file_redirect":
			w.fileRedirect(red, &r)
		case "heredoc_redirect":
			r.stdin, r.stdinSet = nil, true
			w.heredoc(red, receiver, &r)
		default:
			w.generic(red, nil)
		}
	}
	return r
}

// fileRedirect handles `< f`, `> f`, `>> f`, `2> f`, `&> f`.
func (w *walker) fileRedirect(red *sitter.Node, r *redirs) {
	op, fd := "", ""
	var dest value
	seen := false
	for _, k := range kids(red) {
		switch {
		case k.typ == "file_descriptor":
			fd = w.text(k.n)
		case !k.n.IsNamed() && op == "":
			op = k.typ
		case !seen && (k.field == "destination" || wordish[k.typ]):
			dest = w.word(k.n)
			seen = true
		}
	}
	key := fileKey(dest.parts)
	switch op {
	case "<":
		if fd == "" || fd == "0" {
			// `done < <(curl ...)` reads the substitution's output.
			r.stdin, r.stdinSet = union(w.a.files[key], dest.origin), true
		}
	case ">", ">>", ">|", "&>", "&>>":
		if fd == "" || fd == "1" || op[0] == '&' {
			r.toFile = true
			if key != "" && key != "/dev/null" {
				r.outKeys = append(r.outKeys, key)
			}
		}
	}
}

// finishRedirections records where the output went and returns what is
// still printed.
func (w *walker) finishRedirections(r redirs, out []int) []int {
	for _, k := range r.outKeys {
		if len(out) > 0 {
			w.a.files[k] = union(w.a.files[k], out)
		}
	}
	if r.toFile {
		out = nil
	}
	for _, n := range r.after {
		out = w.stmt(n, out)
	}
	return out
}

// assign handles NAME=value, NAME+=value and NAME=(array).
func (w *walker) assign(n *sitter.Node, local bool) {
	var name string
	elem := false
	op := "="
	var val *sitter.Node
	for _, k := range kids(n) {
		switch {
		case k.field == "name" && k.typ == "subscript":
			elem = true
			if nm := k.n.ChildByFieldName("name"); nm != nil {
				name = w.text(nm)
			}
		case k.field == "name":
			name = w.text(k.n)
		case k.field == "value":
			val = k.n
		case !k.n.IsNamed() && (k.typ == "=" || k.typ == "+="):
			op = k.typ
		}
	}
	if name == "" {
		return
	}
	w.a.hint(name)
	if val == nil {
		if !elem {
			w.a.vars[name] = &variable{parts: []ir.Part{}}
		}
		return
	}
	if val.Type() == "array" {
		var elems [][]ir.Part
		var origin []int
		for _, k := range kids(val) {
			if k.n.IsNamed() && wordish[k.typ] {
				v := w.word(k.n)
				w.a.emitArg(v.parts, ir.RoleAssign, "", name, argPlain)
				elems = append(elems, v.parts)
				origin = union(origin, v.origin)
			}
		}
		if old := w.a.vars[name]; op == "+=" && old != nil {
			elems = append(append([][]ir.Part(nil), old.elems...), elems...)
		}
		if len(elems) > maxParts {
			elems = elems[:maxParts]
		}
		v := &variable{elems: elems, origin: origin}
		if len(elems) > 0 {
			v.parts = elems[0]
		}
		w.a.vars[name] = v
		return
	}
	v := w.word(val)
	parts := v.parts
	if old := w.a.vars[name]; op == "+=" && old != nil && old.parts != nil && !elem {
		parts = capParts(append(append([]ir.Part(nil), old.parts...), parts...))
		v.origin = union(old.origin, v.origin)
	}
	w.a.emitArg(parts, ir.RoleAssign, "", name, argPlain)
	if elem {
		return
	}
	if parts == nil {
		parts = []ir.Part{}
	}
	w.a.vars[name] = &variable{parts: parts, origin: v.origin}
	if w.fn == "" && !local && ir.HasLit(parts) {
		w.a.f.Defs = append(w.a.f.Defs, ir.Def{Name: name, Parts: parts})
	}
}

// declaration handles export/readonly/local/declare/typeset.
func (w *walker) declaration(n *sitter.Node) {
	local := false
	for _, k := range kids(n) {
		switch {
		case !k.n.IsNamed():
			if k.typ == "local" || (w.fn != "" && (k.typ == "declare" || k.typ == "typeset")) {
				local = true
			}
		case k.typ == "variable_assignment":
			w.assign(k.n, local)
		case k.typ == "variable_name":
			w.a.hint(w.text(k.n))
		case k.typ == "comment":
			w.comment(k.n)
		case wordish[k.typ]:
			w.word(k.n) // flags; walked for substitutions
		}
	}
}

// forLoop: `for v in words; do ...; done`. The loop variable holds the
// value of a single word, and the origin of all of them (`for id in
// $(curl ... | jq ...)`).
func (w *walker) forLoop(n *sitter.Node, stdin []int) []int {
	name := ""
	var vals []value
	var body []*sitter.Node
	for _, k := range kids(n) {
		switch {
		case k.field == "variable":
			name = w.text(k.n)
		case k.field == "value":
			v := w.word(k.n)
			w.a.emitArg(v.parts, ir.RoleUnknown, "", "", argPlain)
			vals = append(vals, v)
		case k.typ == "comment":
			w.comment(k.n)
		case k.n.IsNamed():
			body = append(body, k.n)
		}
	}
	if name != "" {
		w.a.hint(name)
		v := &variable{}
		for _, x := range vals {
			v.origin = union(v.origin, x.origin)
		}
		if len(vals) == 1 && ir.HasLit(vals[0].parts) {
			v.parts = vals[0].parts
		}
		w.a.vars[name] = v
	}
	var out []int
	for _, b := range body {
		out = union(out, w.stmt(b, stdin))
	}
	return out
}

// function walks a function body where it is defined.
func (w *walker) function(n *sitter.Node) []int {
	name := ""
	if nm := n.ChildByFieldName("name"); nm != nil {
		name = w.text(nm)
		w.a.hint(name)
	}
	saved := w.fn
	w.fn = name
	if w.fn == "" {
		w.fn = "?"
	}
	for _, k := range kids(n) {
		if k.field == "body" {
			if out := w.stmt(k.n, nil); name != "" && hasDerived(out) {
				w.a.fnDerived[name] = true
			}
		} else if k.typ == "comment" {
			w.comment(k.n)
		}
	}
	w.fn = saved
	return nil
}

// extraDestinations works around a tree-sitter-bash misparse: in
// `cmd >out a b` the words after the file name are taken as more
// destinations of the redirect, where they are arguments of cmd.
func extraDestinations(red *sitter.Node) []*sitter.Node {
	if red.Type() != "file_redirect" {
		return nil
	}
	var out []*sitter.Node
	first := true
	for _, k := range kids(red) {
		if k.field == "destination" {
			if !first {
				out = append(out, k.n)
			}
			first = false
		}
	}
	return out
}
