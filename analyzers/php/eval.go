package php

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/tsfront"
	"github.com/kobolint/kobolint/analyzers/internal/tsnode"
	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// hole is an unresolved value, named as spelled.
func (a *analyzer) hole(n *sitter.Node) []ir.Part { return urlparts.Hole(n, a.holeName(n)) }

// holeName names an unresolved value: a variable or expression as
// spelled, a constant-key subscript chain by its dotted keys (as config
// files are read: $cfg['kobo']['url'] -> kobo.url).
func (a *analyzer) holeName(n *sitter.Node) string {
	if n.Type() == "subscript_expression" {
		if keys, root := a.keyPath(n); len(keys) > 0 && !superglobals[a.Text(root)] {
			return strings.Join(keys, ".")
		}
	}
	return a.Spelled(n)
}

// keyPath returns the constant string keys of a subscript chain, outermost
// last, and the value they index (nil keys when one is not constant).
func (a *analyzer) keyPath(n *sitter.Node) ([]string, *sitter.Node) {
	var keys []string
	for i := 0; n != nil && n.Type() == "subscript_expression" && i < 32; i++ {
		ks := a.Kids(n)
		if len(ks) != 2 {
			return nil, nil
		}
		k, ok := a.constString(ks[1])
		if !ok || k == "" {
			return nil, nil
		}
		keys = append([]string{k}, keys...)
		n = unwrap(ks[0])
	}
	return keys, n
}

func (a *analyzer) evalNode(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	switch n.Type() {
	case "string", "encapsed_string", "heredoc", "nowdoc":
		return a.stringParts(n, func(c *sitter.Node) []ir.Part {
			p, _ := a.Eval(c, e, depth+1)
			return p
		}), true
	case "binary_expression":
		left, right := field(n, "left"), field(n, "right")
		switch a.Operator(n) {
		case ".":
			return a.Concat(left, right, e, depth)
		case "??", "?:", "or", "||":
			return a.FirstSpelled(n, e, depth, left, right)
		}
		return a.hole(n), false
	case "conditional_expression":
		body := field(n, "body")
		if body == nil {
			body = field(n, "condition") // $a ?: $b
		}
		return a.FirstSpelled(n, e, depth, body, field(n, "alternative"))
	case "variable_name":
		return a.evalVar(n, e, depth)
	case "dynamic_variable_name":
		// "${name}" in a string is the variable $name
		if nm := a.firstOfType(n, "name"); nm != nil {
			return a.evalVarNamed("$"+a.Text(nm), n, e, depth)
		}
	case "name", "qualified_name":
		if bs := a.consts[lastName(a.Text(n))]; len(bs) > 0 {
			if b := pick(bs, n.StartByte()); b != nil && b.value != nil {
				if p, ok := a.evalGuarded(b.value, e, depth+1); ok {
					return urlparts.WithVia(p, a.Text(n)), true
				}
			}
		}
	case "member_access_expression", "nullsafe_member_access_expression":
		if p, ok := e.Get(a.Spelled(n)); ok {
			return p, ir.HasLit(p)
		}
		if a.isThis(receiver(n)) {
			if b := propValue(a.member(a.enclosingClass(n), propKey(a.memberName(n)))); b != nil {
				if p, ok := a.evalGuarded(b.value, nil, depth+1); ok || a.settingLookup(b.value) {
					return urlparts.WithVia(p, a.Spelled(n)), ok
				}
			}
		}
	case "scoped_property_access_expression":
		if vn := field(n, "name"); vn != nil {
			for _, c := range a.classNamed(a.scopeName(n), n) {
				if b := propValue(a.member(c, propKey(a.Text(vn)))); b != nil {
					if p, ok := a.evalGuarded(b.value, nil, depth+1); ok || a.settingLookup(b.value) {
						return urlparts.WithVia(p, a.Spelled(n)), ok
					}
				}
			}
		}
	case "class_constant_access_expression":
		ks := a.Kids(n)
		if len(ks) == 2 {
			for _, c := range a.classNamed(a.Text(ks[0]), n) {
				if b := propValue(a.member(c, constKey(a.Text(ks[1])))); b != nil {
					if p, ok := a.evalGuarded(b.value, nil, depth+1); ok {
						return urlparts.WithVia(p, a.Spelled(n)), true
					}
				}
			}
		}
	case "subscript_expression":
		return a.evalSubscript(n, e, depth)
	case "function_call_expression":
		return a.evalFuncCall(n, e, depth)
	case "member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression":
		return a.evalMethodCall(n, e, depth)
	case "object_creation_expression":
		// PSR-7 new Uri($s) keeps the string
		if t := a.firstOfType(n, "name"); t != nil && a.Text(t) == "Uri" || a.firstOfType(n, "qualified_name") != nil && lastName(a.Text(a.firstOfType(n, "qualified_name"))) == "Uri" {
			if args := a.args(n); len(args) == 1 {
				return a.Eval(args[0], e, depth+1)
			}
		}
	}
	return a.hole(n), false
}

// evalVar resolves a variable: a parameter bound at a call site, else
// its binding in effect where it is read.
func (a *analyzer) evalVar(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	return a.evalVarNamed(a.Text(n), n, e, depth)
}

func (a *analyzer) evalVarNamed(name string, at *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	if p, ok := e.Get(name); ok {
		return p, ir.HasLit(p)
	}
	b := pick(a.scopes.Lookup(name, at), at.StartByte())
	if p, ok := a.evalBinding(b, name, e, depth); ok || len(p) > 0 {
		return p, ok
	}
	return urlparts.Hole(at, name), false
}

// evalBinding evaluates what a binding gives its name.
func (a *analyzer) evalBinding(b *binding, name string, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	if b == nil || depth > tsfront.MaxEval {
		return nil, false
	}
	switch b.kind {
	case bindValue:
		if b.value == nil {
			return nil, false
		}
		p, ok := a.evalGuarded(b.value, e, depth+1)
		if ok || a.settingLookup(b.value) {
			// a configuration value is named by its key, not by the
			// variable that holds it
			return urlparts.WithVia(p, name), ok
		}
	case bindParam:
		// a default value: the URL when the caller passes none
		if b.value != nil && !a.paramHoles {
			if p, ok := a.evalGuarded(b.value, nil, depth+1); ok {
				return urlparts.WithVia(p, name), true
			}
		}
	case bindAppend:
		return a.Evaluating.Eval(b.decl, func() ([]ir.Part, bool) {
			prev, pok := a.evalBinding(pickBefore(a.scopes.Lookup(name, b.decl), b.pos-1), name, e, depth+1)
			if prev == nil {
				prev = urlparts.Hole(b.decl, name)
			}
			r, rok := a.Eval(b.value, e, depth+1)
			return ir.Join(prev, r), pok || rok
		}, func() ([]ir.Part, bool) { return nil, false })
	case bindUse:
		if at := a.Up(b.fn); at != nil {
			return a.evalBinding(pick(a.scopes.Lookup(name, at), b.fn.StartByte()), name, nil, depth+1)
		}
	case bindGlobal:
		if bs := a.scopes.Global.Binds[name]; len(bs) > 0 {
			return a.evalBinding(pick(bs, ^uint32(0)), name, nil, depth+1)
		}
	}
	return nil, false
}

// settingLookup reports config('k'), Config::get('k'), env('K') and
// getenv('K'): values named by their key.
func (a *analyzer) settingLookup(n *sitter.Node) bool {
	n = unwrap(n)
	if n == nil {
		return false
	}
	if _, ok := a.configKey(n); ok {
		return true
	}
	if n.Type() == "function_call_expression" {
		switch a.callName(n) {
		case "env", "getenv":
			return true
		}
	}
	return false
}

func (a *analyzer) evalGuarded(v *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	return a.Evaluating.Eval(v,
		func() ([]ir.Part, bool) { return a.Eval(v, e, depth) },
		func() ([]ir.Part, bool) { return a.hole(v), false })
}

// evalSubscript reads a constant key of an array the file builds
// ($settings['base'] with $settings = ['base' => '...']), an environment
// array ($_ENV['X'] is the hole X), else names the hole by its keys.
func (a *analyzer) evalSubscript(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	keys, root := a.keyPath(n)
	if len(keys) == 0 {
		return a.hole(n), false
	}
	if r := a.Text(root); r == "$_ENV" || r == "$_SERVER" || r == "$GLOBALS" {
		return urlparts.Hole(n, keys[len(keys)-1]), false
	}
	if v := a.arrayPath(root, keys); v != nil {
		if p, ok := a.evalGuarded(v, e, depth+1); ok {
			return urlparts.WithVia(p, a.Spelled(n)), true
		}
	}
	return a.hole(n), false
}

// arrayPath follows constant keys through array literals the value
// resolves to; nil when it cannot.
func (a *analyzer) arrayPath(v *sitter.Node, keys []string) *sitter.Node {
	for _, k := range keys {
		arr := a.resolveValue(v)
		if arr == nil || arr.Type() != "array_creation_expression" {
			return nil
		}
		v = a.arrayGet(arr, k)
		if v == nil {
			return nil
		}
	}
	return v
}

// arrayGet returns the value of a constant key in an array literal.
func (a *analyzer) arrayGet(arr *sitter.Node, key string) *sitter.Node {
	keys, values := a.elements(arr)
	var found *sitter.Node
	for i, k := range keys {
		if k == nil {
			continue
		}
		if s, ok := a.constString(k); ok && s == key || k.Type() == "name" && a.Text(k) == key {
			found = values[i] // the last one wins, as in PHP
		}
	}
	return found
}

// resolveValue follows variables, constants and properties to the
// expression they hold (nil when not known).
func (a *analyzer) resolveValue(n *sitter.Node) *sitter.Node { return a.Resolve(n, 0, a.valueStep) }

// valueStep is resolveValue's step (see tsfront.Base.Resolve): a value
// it cannot follow further is its own answer.
func (a *analyzer) valueStep(n *sitter.Node, _ int) (*sitter.Node, bool) {
	var next *sitter.Node
	switch n.Type() {
	case "variable_name":
		b := pick(a.scopes.Lookup(a.Text(n), n), n.StartByte())
		if b != nil && b.kind == bindUse && a.Up(b.fn) != nil {
			b = pick(a.scopes.Lookup(a.Text(n), a.Up(b.fn)), b.fn.StartByte())
		}
		if b == nil || b.kind != bindValue || b.value == nil {
			return n, false
		}
		next = b.value
	case "member_access_expression", "nullsafe_member_access_expression":
		if !a.isThis(receiver(n)) {
			return n, false
		}
		b := propValue(a.member(a.enclosingClass(n), propKey(a.memberName(n))))
		if b == nil {
			return n, false
		}
		next = b.value
	case "scoped_property_access_expression":
		vn := field(n, "name")
		if vn == nil {
			return n, false
		}
		for _, c := range a.classNamed(a.scopeName(n), n) {
			if b := propValue(a.member(c, propKey(a.Text(vn)))); b != nil {
				next = b.value
			}
		}
	case "class_constant_access_expression":
		ks := a.Kids(n)
		if len(ks) == 2 {
			for _, c := range a.classNamed(a.Text(ks[0]), n) {
				if b := propValue(a.member(c, constKey(a.Text(ks[1])))); b != nil {
					next = b.value
				}
			}
		}
	case "name":
		if b := pick(a.consts[a.Text(n)], n.StartByte()); b != nil {
			next = b.value
		}
	}
	if next == nil || next == n {
		return n, false
	}
	return next, true
}

// Functions that keep their first argument's text (as far as URLs go).
var keepFirst = map[string]bool{
	"trim": true, "rtrim": true, "ltrim": true, "strval": true, "untrailingslashit": true,
	"esc_url": true, "esc_url_raw": true, "html_entity_decode": true, "stripslashes": true,
}

// evalFuncCall understands string-building functions, environment and
// configuration lookups and local helpers.
func (a *analyzer) evalFuncCall(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	args := a.args(n)
	name := a.callName(n)
	switch {
	case name == "sprintf" || name == "vsprintf":
		if len(args) > 0 {
			return a.evalSprintf(args, name == "vsprintf", e, depth)
		}
	case name == "implode" || name == "join":
		if len(args) == 2 {
			sep, list := args[0], args[1]
			if _, ok := a.constString(sep); !ok {
				sep, list = list, sep // the legacy order implode($pieces, $glue)
			}
			s, _ := a.constString(sep)
			if arr := a.resolveValue(list); arr != nil && arr.Type() == "array_creation_expression" {
				_, values := a.elements(arr)
				var out []ir.Part
				for i, v := range values {
					p, _ := a.Eval(v, e, depth+1)
					if i == 0 {
						out = ir.Join(out, p)
						continue
					}
					out = urlparts.SepJoin(out, p, s, int(v.StartByte()))
				}
				return out, true
			}
		}
	case name == "str_replace" && len(args) >= 3:
		base, ok := a.Eval(args[2], e, depth+1)
		p := urlparts.ReplaceCall(base, args[:2], true, a.constString, tsnode.Span)
		return p, ok || ir.HasLit(p)
	case keepFirst[name] && len(args) > 0:
		// what the argument is, also a parameter of a wrapper (ltrim($path, '/'))
		p, ok := a.Eval(args[0], e, depth+1)
		if len(args) == 2 && name != "ltrim" {
			if chars, set := a.constString(args[1]); set && chars == "/" {
				p = ir.TrimSlash(p) // rtrim($base, '/') . '/forms'
			}
		}
		return p, ok
	case name == "env" || name == "getenv":
		if len(args) > 0 {
			if k, ok := a.constString(args[0]); ok && k != "" {
				if len(args) > 1 {
					if p, ok := a.Eval(args[1], e, depth+1); ok {
						return urlparts.WithVia(p, k), true
					}
				}
				return urlparts.Hole(n, k), false
			}
		}
	case name == "config":
		if k, ok := a.configKey(n); ok {
			if len(args) > 1 {
				if p, ok := a.Eval(args[1], e, depth+1); ok {
					return urlparts.WithVia(p, k), true
				}
			}
			return urlparts.Hole(n, k), false
		}
	}
	if fn := a.calleeFunction(n); fn != nil {
		return a.evalHelper(fn, args, e, depth, n)
	}
	return a.hole(n), false
}

// configKey returns the key of a configuration lookup: config('a.b'),
// Config::get('a.b'), config()->get('a.b'), config('a')['b'].
func (a *analyzer) configKey(n *sitter.Node) (string, bool) {
	var key *sitter.Node
	switch n.Type() {
	case "function_call_expression":
		if a.callName(n) == "config" {
			key = a.arg(n, 0, "key")
		}
	case "scoped_call_expression":
		if a.scopeName(n) == "Config" && a.methodName(n) == "get" {
			key = a.arg(n, 0, "key")
		}
	case "member_call_expression":
		if r := unwrap(receiver(n)); r != nil && r.Type() == "function_call_expression" && a.callName(r) == "config" && len(a.args(r)) == 0 && a.methodName(n) == "get" {
			key = a.arg(n, 0, "key")
		}
	}
	if key == nil {
		return "", false
	}
	k, ok := a.constString(key)
	return k, ok && k != ""
}

// evalMethodCall understands configuration lookups and local helper
// methods ($this->url('forms'), self::base()).
func (a *analyzer) evalMethodCall(n *sitter.Node, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	if k, ok := a.configKey(n); ok {
		if args := a.args(n); len(args) > 1 {
			if p, ok := a.Eval(args[1], e, depth+1); ok {
				return urlparts.WithVia(p, k), true
			}
		}
		return urlparts.Hole(n, k), false
	}
	if fn := a.calleeFunction(n); fn != nil {
		return a.evalHelper(fn, a.args(n), e, depth, n)
	}
	switch a.methodName(n) {
	case "__toString", "getUri", "toString":
		if p, ok := a.Eval(receiver(n), e, depth+1); ok {
			return p, true
		}
	}
	return a.hole(n), false
}

// evalHelper evaluates a call of a local function whose value is the one
// expression it returns.
func (a *analyzer) evalHelper(fn *sitter.Node, args []*sitter.Node, e *urlparts.Env, depth int, call *sitter.Node) ([]ir.Part, bool) {
	bind := func() *urlparts.Env { return a.CallEnv(fn, args, e, depth) }
	eval := func(ret *sitter.Node, ce *urlparts.Env) ([]ir.Part, bool) { return a.Eval(ret, ce, depth+1) }
	if p, ok := a.Evaluating.Helper(fn, a.singleReturn, bind, eval); ok {
		return p, true
	}
	return a.hole(call), false
}

// singleReturn is the expression a function returns when it has one
// return (or an arrow function's body).
func (a *analyzer) singleReturn(fn *sitter.Node) *sitter.Node {
	body := field(fn, "body")
	if body == nil {
		return nil
	}
	if fn.Type() == "arrow_function" {
		return body
	}
	return a.Nav.SingleReturn(body, isFunction)
}

// evalSprintf substitutes printf conversions (%s, %d, %1$s, %05.2f) with
// the parts of the arguments; %% is a percent sign.
func (a *analyzer) evalSprintf(args []*sitter.Node, vector bool, e *urlparts.Env, depth int) ([]ir.Part, bool) {
	fmtParts, ok := a.Eval(args[0], e, depth+1)
	if !ok {
		return a.hole(args[0]), false
	}
	values := args[1:]
	if vector {
		values = nil
		if len(args) > 1 {
			if arr := a.resolveValue(args[1]); arr != nil && arr.Type() == "array_creation_expression" {
				_, values = a.elements(arr)
			}
		}
	}
	next := 0
	return urlparts.Expand(fmtParts, "%", func(p ir.Part, i int) urlparts.Directive {
		text := p.Text
		j := i + 1
		if j < len(text) && text[j] == '%' {
			return urlparts.Directive{End: j + 1, Parts: []ir.Part{{Kind: ir.Lit, Text: "%", Span: urlparts.SpanAt(p, i, i+2)}}}
		}
		// %[argnum$][flags][width][.precision]specifier
		argnum := -1
		k := j
		for k < len(text) && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k < len(text) && text[k] == '$' && k > j {
			argnum = atoi(text[j:k]) - 1
			j = k + 1
		}
		for j < len(text) && strings.IndexByte("-+ 0'", text[j]) >= 0 {
			if text[j] == '\'' && j+1 < len(text) {
				j++
			}
			j++
		}
		for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.') {
			j++
		}
		if j >= len(text) || strings.IndexByte("bcdeEfFgGhHosuxX", text[j]) < 0 {
			return urlparts.Directive{End: i}
		}
		idx := argnum
		if idx < 0 {
			idx = next
			next++
		}
		if idx >= 0 && idx < len(values) {
			ap, _ := a.Eval(values[idx], e, depth+1)
			return urlparts.Directive{End: j + 1, Parts: ir.PlaceHoles(ap, tsnode.Span(values[idx]))}
		}
		return urlparts.Directive{End: j + 1, Parts: []ir.Part{{Kind: ir.Hole, Name: text[i : j+1]}}}
	}), true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
		if n > 1<<20 {
			return n
		}
	}
	return n
}
