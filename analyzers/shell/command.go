package shell

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// arg is one evaluated command argument. node is nil for words spliced in
// from an array.
type arg struct {
	v    value
	node *sitter.Node
}

// optText is the literal start of an argument ("" when it starts with a
// variable): what option parsing looks at.
func optText(a arg) string {
	var b strings.Builder
	for _, p := range a.v.parts {
		if p.Kind != ir.Lit {
			break
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// shells run their -c argument or a heredoc as shell code.
var shells = map[string]bool{"sh": true, "bash": true, "zsh": true, "ksh": true, "dash": true, "ash": true, "ssh": true}

// command walks a simple command; extra are redirections written around it
// (a redirected_statement).
func (w *walker) command(n *sitter.Node, stdin []int, extra []*sitter.Node) []int {
	var nameNode *sitter.Node
	var argNodes []*sitter.Node
	reds := append([]*sitter.Node(nil), extra...)
	for _, k := range kids(n) {
		switch {
		case k.field == "name":
			nameNode = k.n
		case k.field == "argument":
			argNodes = append(argNodes, k.n)
		case k.typ == "variable_assignment":
			w.assign(k.n, true) // `X=1 cmd`: set for cmd only, no definition
		case k.typ == "comment":
			w.comment(k.n)
		case k.field == "redirect" || k.typ == "herestring_redirect" || k.typ == "file_redirect" || k.typ == "heredoc_redirect":
			reds = append(reds, k.n)
		case k.n.IsNamed() && wordish[k.typ]:
			argNodes = append(argNodes, k.n)
		}
	}
	name := ""
	if nameNode != nil {
		var nv value
		for _, k := range kids(nameNode) {
			if k.n.IsNamed() {
				kv := w.word(k.n)
				nv.parts = append(nv.parts, kv.parts...)
			}
		}
		if len(nv.parts) > 0 && !hasHole(nv.parts) {
			name = litText(nv.parts)
		} else {
			name = w.text(nameNode)
		}
	}
	for _, red := range reds {
		argNodes = append(argNodes, extraDestinations(red)...)
	}
	args := w.evalArgs(argNodes)
	// A shell prompt copied from documentation: `$ curl ...` parses as an
	// expansion of a variable called curl, `% curl ...` as a command "%".
	if p := strings.TrimSpace(strings.TrimPrefix(name, "$")); strings.HasPrefix(name, "$ ") || strings.HasPrefix(name, "$\t") {
		name = p
	} else if (name == "$" || name == "%") && len(args) > 0 && !hasHole(args[0].v.parts) {
		name, args = optText(args[0]), args[1:]
	}
	base := path.Base(name)
	// Prefix commands run the real command: sudo curl, env X=1 curl.
	for i := 0; i < 4; i++ {
		nb, rest, ok := unwrapPrefix(base, args)
		if !ok {
			break
		}
		base, args = nb, rest
	}
	w.a.hint(base)
	r := w.redirections(reds, base)
	if r.stdinSet {
		stdin = r.stdin
	}
	out := w.run(base, args, stdin)
	return w.finishRedirections(r, out)
}

// evalArgs evaluates argument words, splicing known arrays ("${OR[@]}").
func (w *walker) evalArgs(nodes []*sitter.Node) []arg {
	var args []arg
	for _, an := range nodes {
		v := w.word(an)
		if v.elems != nil {
			for _, el := range v.elems {
				args = append(args, arg{v: value{parts: el, origin: v.origin}})
			}
			continue
		}
		args = append(args, arg{v: v, node: an})
	}
	return args
}

func hasHole(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Hole {
			return true
		}
	}
	return false
}

// prefixOpts are, per prefix command, its options that take a value.
var prefixOpts = map[string]string{
	"sudo": "ugCDhprtU", "command": "", "exec": "a", "nohup": "", "time": "fo",
	"nice": "n", "env": "uSC", "timeout": "sk", "xargs": "IdEnLPsa", "stdbuf": "ioe",
	"watch": "nd", "doas": "uC",
}

// unwrapPrefix turns `sudo -u me curl URL` into curl and its arguments.
func unwrapPrefix(base string, args []arg) (string, []arg, bool) {
	opts, ok := prefixOpts[base]
	if !ok {
		return "", nil, false
	}
	i := 0
	for i < len(args) {
		t := optText(args[i])
		if base == "env" && strings.Contains(t, "=") && !strings.HasPrefix(t, "-") {
			i++
			continue
		}
		if len(t) < 2 || t[0] != '-' {
			break
		}
		if t == "--" {
			i++
			break
		}
		if t[1] != '-' && strings.IndexByte(opts, t[len(t)-1]) >= 0 && len(t) == 2 {
			i++ // the option's value
		}
		i++
	}
	if base == "timeout" && i < len(args) {
		i++ // the duration
	}
	if i >= len(args) {
		return "", nil, false
	}
	t := optText(args[i])
	if t == "" || hasHole(args[i].v.parts) {
		return "", nil, false
	}
	return path.Base(t), args[i+1:], true
}

// run dispatches on the command name and returns the origin of its output.
func (w *walker) run(base string, args []arg, stdin []int) []int {
	switch {
	case httpTools[base] != nil:
		return w.httpCommand(base, args)
	case jqTools[base]:
		return w.jqCommand(base, args, stdin)
	case base == "read":
		w.readCommand(args, stdin)
		return nil
	case base == "mapfile" || base == "readarray":
		w.mapfile(args, stdin)
		return nil
	case base == "echo":
		return w.echo(args)
	case base == "printf":
		return w.printf(args)
	case base == "cat" || base == "tee":
		return w.catTee(base, args, stdin)
	case base == ":" || base == "true":
		return nil // `: "${X:=default}"` only assigns
	case shells[base]:
		if w.shellC(args) {
			return stdin
		}
	case pythons[base]:
		if w.pythonCommand(base, args, stdin) {
			return stdin
		}
	case w.a.wrappers[base]:
		return w.wrapperCall(base, args)
	}
	mode := argPlain
	switch {
	case fileCommands[base]:
		mode = argFile
	case proseCommands[base] || w.a.funcs[base]:
		mode = argProse
	}
	out := stdin
	for _, a := range args {
		w.a.emitArg(a.v.parts, ir.RoleArg, base, "", mode)
		out = union(out, a.v.origin)
		if o, ok := w.a.files[fileKey(a.v.parts)]; ok {
			out = union(out, o)
		}
	}
	return out
}

// shellC parses the code of `sh -c '...'` as shell. It reports whether it
// found such an argument.
func (w *walker) shellC(args []arg) bool {
	for i := 0; i+1 < len(args); i++ {
		t := optText(args[i])
		if len(t) < 2 || t[0] != '-' || t[1] == '-' || strings.IndexByte(t, 'c') < 0 {
			continue
		}
		code := args[i+1].node
		if code == nil {
			return false
		}
		s, e := w.rng(code)
		switch code.Type() {
		case "raw_string", "string":
			if e-s >= 2 {
				w.subParse(s+1, e-1)
				for _, a := range args[:i+1] {
					w.a.emitArg(a.v.parts, ir.RoleArg, "sh", "", argPlain)
				}
				return true
			}
		}
		return false
	}
	return false
}

// subParse analyses w.src[s:e] as shell code of its own (a heredoc fed to
// sh, a `bash -c` string), sharing the variables.
func (w *walker) subParse(s, e int) {
	if w.depth+20 > maxDepth || s >= e || e > len(w.src) {
		return
	}
	tree, buf, err := parseFixed(w.src[s:e])
	if err != nil {
		return
	}
	defer tree.Close()
	sub := &walker{a: w.a, src: buf, base: w.base + s, fn: w.fn, depth: w.depth + 20}
	sub.stmt(tree.RootNode(), nil)
}

// echo prints its arguments; a single argument is remembered as the value
// of an enclosing $(echo ...).
func (w *walker) echo(args []arg) []int {
	var out []int
	var words []arg
	for _, a := range args {
		if t := optText(a); len(words) == 0 && len(t) > 1 && t[0] == '-' && strings.Trim(t[1:], "neE") == "" {
			continue
		}
		words = append(words, a)
	}
	for _, a := range words {
		w.a.emitArg(a.v.parts, ir.RoleArg, "echo", "", argProse)
		out = union(out, a.v.origin)
	}
	if len(words) == 1 {
		w.printed = words[0].v.parts
	}
	return out
}

// catTee: cat prints its files (or stdin); tee copies stdin to its files.
func (w *walker) catTee(base string, args []arg, stdin []int) []int {
	var out []int
	files := 0
	for _, a := range args {
		if t := optText(a); len(t) > 1 && t[0] == '-' {
			continue
		}
		w.a.emitArg(a.v.parts, ir.RoleArg, base, "", argFile)
		key := fileKey(a.v.parts)
		files++
		if base == "tee" {
			if len(stdin) > 0 {
				w.a.files[key] = union(w.a.files[key], stdin)
			}
			continue
		}
		out = union(out, w.a.files[key])
	}
	if base == "tee" || files == 0 {
		return stdin
	}
	return out
}

// readCommand gives the variables read from stdin its origin.
func (w *walker) readCommand(args []arg, stdin []int) {
	for i := 0; i < len(args); i++ {
		t := optText(args[i])
		if len(t) > 1 && t[0] == '-' {
			last := t[len(t)-1]
			if strings.IndexByte("pdnNtui", last) >= 0 {
				i++
			} else if last == 'a' && i+1 < len(args) {
				i++
				if name := optText(args[i]); name != "" {
					w.a.vars[name] = &variable{origin: stdin}
				}
			}
			continue
		}
		if t == "" || hasHole(args[i].v.parts) {
			continue
		}
		w.a.hint(t)
		w.a.vars[t] = &variable{origin: stdin}
	}
}

// mapfile reads stdin lines into an array (MAPFILE when unnamed).
func (w *walker) mapfile(args []arg, stdin []int) {
	name := "MAPFILE"
	for i := 0; i < len(args); i++ {
		t := optText(args[i])
		if len(t) > 1 && t[0] == '-' {
			if strings.IndexByte("dnOsuCc", t[len(t)-1]) >= 0 && len(t) == 2 {
				i++
			}
			continue
		}
		if t != "" && !hasHole(args[i].v.parts) {
			name = t
		}
	}
	w.a.hint(name)
	w.a.vars[name] = &variable{origin: stdin}
}
