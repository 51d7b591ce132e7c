package r

import (
	"bytes"
	"fmt"
)

// The parser is a Pratt parser over the significant tokens. It follows R's
// precedence table (?Syntax) and R's rule that a newline ends an expression
// at top level and in braces but not inside parentheses or brackets, and
// that a line ending in a binary operator continues. It never fails: a
// token it cannot use is skipped with a warning, so that one odd line does
// not hide the rest of the file.

const maxDepth = 400

type parser struct {
	src      []byte
	toks     []Token // significant tokens and newlines
	i        int
	nlStack  []bool // true where a newline ends an expression
	depth    int
	warnings []string
}

// Parse returns the top-level expressions of src, the comment tokens and
// the warnings met.
func Parse(src []byte) (stmts []Node, comments []Token, warnings []string) {
	return parseTokens(src, Lex(src))
}

func parseTokens(src []byte, all []Token) (stmts []Node, comments []Token, warnings []string) {
	p := &parser{src: src, nlStack: []bool{true}}
	for _, t := range all {
		switch t.Kind {
		case Space, Error:
		case Comment:
			comments = append(comments, t)
		default:
			p.toks = append(p.toks, t)
		}
	}
	stmts = p.stmtList("")
	return stmts, comments, p.warnings
}

func (p *parser) text(t Token) string { return string(p.src[t.Start:t.End]) }

func (p *parser) warn(t Token, msg string) {
	if len(p.warnings) < 50 && t.Start <= len(p.src) {
		line := bytes.Count(p.src[:t.Start], []byte{'\n'}) + 1
		p.warnings = append(p.warnings, fmt.Sprintf("r: line %d: %s", line, msg))
	}
}

func (p *parser) nlSensitive() bool { return p.nlStack[len(p.nlStack)-1] }
func (p *parser) push(nl bool)      { p.nlStack = append(p.nlStack, nl) }
func (p *parser) pop() {
	if len(p.nlStack) > 1 {
		p.nlStack = p.nlStack[:len(p.nlStack)-1]
	}
}

// peek returns the next token, skipping newlines where they do not matter.
func (p *parser) peek() (Token, bool) {
	j := p.i
	for j < len(p.toks) {
		if p.toks[j].Kind == Newline && !p.nlSensitive() {
			j++
			continue
		}
		return p.toks[j], true
	}
	return Token{}, false
}

// next consumes and returns the token peek would return.
func (p *parser) next() Token {
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		p.i++
		if t.Kind == Newline && !p.nlSensitive() {
			continue
		}
		return t
	}
	return Token{}
}

func (p *parser) skipNewlines() {
	for p.i < len(p.toks) && p.toks[p.i].Kind == Newline {
		p.i++
	}
}

func (p *parser) isOp(t Token, op string) bool {
	return t.Kind == Op && t.End-t.Start == len(op) && string(p.src[t.Start:t.End]) == op
}

func (p *parser) peekOp(op string) bool {
	t, ok := p.peek()
	return ok && p.isOp(t, op)
}

func (p *parser) peekIdentAfterNewlines(name string) bool {
	j := p.i
	for j < len(p.toks) && p.toks[j].Kind == Newline {
		j++
	}
	return j < len(p.toks) && p.toks[j].Kind == Ident && p.text(p.toks[j]) == name
}

// expect consumes op if it is next; otherwise it warns and leaves the
// stream alone.
func (p *parser) expect(op string) (Token, bool) {
	t, ok := p.peek()
	if ok && p.isOp(t, op) {
		return p.next(), true
	}
	if ok {
		p.warn(t, "expected "+op)
	}
	return t, false
}

// stmtList parses expressions up to the closing token (or the end).
func (p *parser) stmtList(closer string) []Node {
	var out []Node
	for {
		p.skipSeparators()
		t, ok := p.peek()
		if !ok {
			return out
		}
		if closer != "" && p.isOp(t, closer) {
			return out
		}
		if p.isOp(t, ")") || p.isOp(t, "]") || p.isOp(t, "]]") || (closer == "" && p.isOp(t, "}")) {
			p.warn(t, "unbalanced "+p.text(t))
			p.next()
			continue
		}
		before := p.i
		n := p.expr(0)
		if n != nil {
			out = append(out, n)
		}
		if p.i == before {
			p.next()
		}
		t, ok = p.peek()
		if ok && t.Kind != Newline && !p.isOp(t, ";") && (closer == "" || !p.isOp(t, closer)) {
			// Two expressions on one line: R would stop here; we go on.
			p.warn(t, "unexpected "+p.text(t))
		}
	}
}

func (p *parser) skipSeparators() {
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		if t.Kind == Newline || p.isOp(t, ";") {
			p.i++
			continue
		}
		return
	}
}

// binding powers; left-associative operators use rbp = lbp+1.
const (
	bpHelp    = 1
	bpEq      = 2
	bpLeft    = 3 // <- <<-
	bpRight   = 4 // -> ->>
	bpTilde   = 5
	bpOr      = 6
	bpAnd     = 7
	bpNot     = 8
	bpCmp     = 9
	bpAdd     = 10
	bpMul     = 11
	bpSpecial = 12 // %any% |>
	bpColon   = 13
	bpUnary   = 14
	bpPow     = 15
	bpPostfix = 16
)

// infix returns the binding powers of a binary operator token.
func (p *parser) infix(t Token) (lbp, rbp int, op string, ok bool) {
	if t.Kind != Op {
		return 0, 0, "", false
	}
	op = p.text(t)
	switch op {
	case "?":
		return bpHelp, bpHelp + 1, op, true
	case "=", ":=":
		return bpEq, bpEq, op, true
	case "<-", "<<-":
		return bpLeft, bpLeft, op, true
	case "->", "->>":
		return bpRight, bpRight + 1, op, true
	case "~":
		return bpTilde, bpTilde + 1, op, true
	case "||", "|":
		return bpOr, bpOr + 1, op, true
	case "&&", "&":
		return bpAnd, bpAnd + 1, op, true
	case "==", "!=", "<", ">", "<=", ">=":
		return bpCmp, bpCmp + 1, op, true
	case "+", "-":
		return bpAdd, bpAdd + 1, op, true
	case "*", "/":
		return bpMul, bpMul + 1, op, true
	case "|>":
		return bpSpecial, bpSpecial + 1, op, true
	case ":":
		return bpColon, bpColon + 1, op, true
	case "^", "**":
		return bpPow, bpPow, op, true
	}
	if len(op) >= 2 && op[0] == '%' && op[len(op)-1] == '%' {
		return bpSpecial, bpSpecial + 1, op, true
	}
	return 0, 0, "", false
}

func (p *parser) expr(minBP int) Node {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		t := p.next()
		p.warn(t, "expression nested too deeply")
		return &BadNode{pos{t.Start, t.End}}
	}
	left := p.prefix()
	if left == nil {
		return nil
	}
	for {
		t, ok := p.peek()
		if !ok || t.Kind == Newline {
			return left
		}
		if t.Kind == Op {
			switch p.text(t) {
			case "(", "[", "[[", "$", "@":
				if bpPostfix < minBP {
					return left
				}
				left = p.postfix(left)
				continue
			}
		}
		lbp, rbp, op, ok := p.infix(t)
		if !ok || lbp < minBP {
			return left
		}
		p.next()
		p.skipNewlines()
		right := p.expr(rbp)
		if right == nil {
			right = &BadNode{pos{t.End, t.End}}
		}
		s, _ := left.span()
		_, e := right.span()
		switch op {
		case "<-", "<<-", "=", ":=":
			left = &AssignNode{pos: pos{s, e}, Op: op, Target: left, Value: right, Global: op == "<<-"}
		case "->", "->>":
			left = &AssignNode{pos: pos{s, e}, Op: op, Target: right, Value: left, Global: op == "->>"}
		default:
			left = &BinNode{pos: pos{s, e}, Op: op, L: left, R: right}
		}
	}
}

func (p *parser) prefix() Node {
	t, ok := p.peek()
	if !ok {
		return nil
	}
	switch t.Kind {
	case Newline:
		return nil
	case String, RawString:
		p.next()
		cs, ce, text, raw := strContent(p.src, t)
		return &StrNode{pos: pos{t.Start, t.End}, Text: text, CS: cs, CE: ce, Raw: raw}
	case Number:
		p.next()
		return &NumNode{pos: pos{t.Start, t.End}, Text: p.text(t)}
	case Backtick:
		p.next()
		return p.maybeNs(p.nameNode(t))
	case Ident:
		return p.identPrefix()
	case Op:
		switch op := p.text(t); op {
		case "(":
			p.next()
			p.push(false)
			inner := p.expr(0)
			end, _ := p.expect(")")
			p.pop()
			if inner == nil {
				inner = &BadNode{pos{t.End, t.End}}
			}
			return &ParenNode{pos: pos{t.Start, end.End}, X: inner}
		case "{":
			p.next()
			p.push(true)
			stmts := p.stmtList("}")
			end, _ := p.expect("}")
			p.pop()
			e := end.End
			if e < t.End {
				e = len(p.src)
			}
			return &BlockNode{pos: pos{t.Start, e}, Stmts: stmts}
		case "-", "+":
			p.next()
			return p.unary(t, op, bpUnary)
		case "!":
			p.next()
			return p.unary(t, op, bpNot)
		case "~":
			p.next()
			return p.unary(t, op, bpTilde+1)
		case "?":
			p.next()
			return p.unary(t, op, bpHelp+1)
		case "\\":
			p.next()
			return p.function(t)
		}
	}
	p.next()
	p.warn(t, "unexpected "+p.text(t))
	return &BadNode{pos{t.Start, t.End}}
}

func (p *parser) unary(t Token, op string, bp int) Node {
	p.skipNewlines()
	x := p.expr(bp)
	if x == nil {
		return &BadNode{pos{t.Start, t.End}}
	}
	_, e := x.span()
	return &UnNode{pos: pos{t.Start, e}, Op: op, X: x}
}

// nameNode makes an IdentNode from an Ident or Backtick token.
func (p *parser) nameNode(t Token) *IdentNode {
	if t.Kind == Backtick {
		cs, ce, text, _ := strContent(p.src, t)
		return &IdentNode{pos: pos{t.Start, t.End}, Name: text, NS: cs, NE: ce, Quoted: true}
	}
	return &IdentNode{pos: pos{t.Start, t.End}, Name: p.text(t), NS: t.Start, NE: t.End}
}

var keywords = map[string]bool{
	"TRUE": true, "FALSE": true, "NULL": true, "NA": true, "Inf": true, "NaN": true,
	"NA_integer_": true, "NA_real_": true, "NA_character_": true, "NA_complex_": true,
	"break": true, "next": true, "T": false, "F": false,
}

func (p *parser) identPrefix() Node {
	t := p.next()
	switch p.text(t) {
	case "function":
		return p.function(t)
	case "if":
		return p.ifExpr(t)
	case "for":
		return p.forExpr(t)
	case "while":
		p.push(false)
		p.expect("(")
		cond := p.expr(0)
		p.expect(")")
		p.pop()
		body := p.body(t)
		_, e := body.span()
		return &WhileNode{pos: pos{t.Start, e}, Cond: cond, Body: body}
	case "repeat":
		body := p.body(t)
		_, e := body.span()
		return &RepeatNode{pos: pos{t.Start, e}, Body: body}
	}
	id := p.nameNode(t)
	id.Keyword = keywords[id.Name]
	return p.maybeNs(id)
}

// maybeNs turns pkg followed by :: or ::: into an NsNode.
func (p *parser) maybeNs(id *IdentNode) Node {
	t, ok := p.peek()
	if !ok || t.Kind != Op || (p.text(t) != "::" && p.text(t) != ":::") {
		return id
	}
	p.next()
	nt, ok := p.peek()
	if !ok || (nt.Kind != Ident && nt.Kind != Backtick && nt.Kind != String) {
		p.warn(t, "expected a name after "+p.text(t))
		return id
	}
	p.next()
	name := p.text(nt)
	if nt.Kind != Ident {
		_, _, name, _ = strContent(p.src, nt)
	}
	return &NsNode{pos: pos{id.S, nt.End}, Pkg: id.Name, Name: name}
}

// body parses the body of a function, loop or branch, which may start on
// the next line.
func (p *parser) body(t Token) Node {
	p.skipNewlines()
	b := p.expr(bpEq)
	if b == nil {
		return &BadNode{pos{t.End, t.End}}
	}
	return b
}

func (p *parser) function(t Token) Node {
	p.push(false)
	var params []Param
	if _, ok := p.expect("("); ok {
		for {
			nt, ok := p.peek()
			if !ok || p.isOp(nt, ")") {
				break
			}
			if p.isOp(nt, ",") {
				p.next()
				continue
			}
			if nt.Kind != Ident && nt.Kind != Backtick {
				p.warn(nt, "bad parameter "+p.text(nt))
				p.next()
				continue
			}
			p.next()
			id := p.nameNode(nt)
			prm := Param{Name: id.Name, NS: id.NS, NE: id.NE}
			if p.peekOp("=") {
				p.next()
				prm.Default = p.expr(bpEq + 1)
			}
			params = append(params, prm)
		}
		p.expect(")")
	}
	p.pop()
	body := p.body(t)
	_, e := body.span()
	return &FuncNode{pos: pos{t.Start, e}, Params: params, Body: body}
}

func (p *parser) ifExpr(t Token) Node {
	p.push(false)
	p.expect("(")
	cond := p.expr(0)
	p.expect(")")
	p.pop()
	then := p.body(t)
	n := &IfNode{Cond: cond, Then: then}
	_, e := then.span()
	// R accepts else on a later line inside braces; we accept it anywhere.
	if p.peekIdentAfterNewlines("else") {
		p.skipNewlines()
		et := p.next()
		n.Else = p.body(et)
		_, e = n.Else.span()
	}
	n.pos = pos{t.Start, e}
	return n
}

func (p *parser) forExpr(t Token) Node {
	p.push(false)
	p.expect("(")
	n := &ForNode{}
	if vt, ok := p.peek(); ok && (vt.Kind == Ident || vt.Kind == Backtick) {
		p.next()
		n.Var = p.nameNode(vt)
	}
	if it, ok := p.peek(); ok && it.Kind == Ident && p.text(it) == "in" {
		p.next()
	}
	n.Seq = p.expr(0)
	p.expect(")")
	p.pop()
	n.Body = p.body(t)
	_, e := n.Body.span()
	n.pos = pos{t.Start, e}
	return n
}

// postfix parses a call, an index or a $/@ access on left.
func (p *parser) postfix(left Node) Node {
	t := p.next()
	s, _ := left.span()
	switch op := p.text(t); op {
	case "(":
		args, end := p.args(")", "")
		return &CallNode{pos: pos{s, end}, Fn: left, Args: args}
	case "[":
		args, end := p.args("]", "")
		return &IndexNode{pos: pos{s, end}, OpS: t.Start, X: left, Args: args}
	case "[[":
		args, end := p.args("]]", "]")
		return &IndexNode{pos: pos{s, end}, OpS: t.Start, X: left, Args: args, Double: true}
	default: // $ @
		// R reads the name on the next line too (x$\n  get(...))
		p.skipNewlines()
		nt, ok := p.peek()
		if !ok || (nt.Kind != Ident && nt.Kind != Backtick && nt.Kind != String && nt.Kind != RawString) {
			p.warn(t, "expected a name after "+op)
			return left
		}
		p.next()
		d := &DollarNode{pos: pos{s, nt.End}, OpS: t.Start, X: left, At: op == "@"}
		if nt.Kind == Ident {
			d.Name, d.NS, d.NE, d.Raw = p.text(nt), nt.Start, nt.End, true
		} else {
			d.NS, d.NE, d.Name, d.Raw = strContent(p.src, nt)
		}
		return d
	}
}

// args parses call or index arguments up to closer. alt is a second closer
// that must appear twice (a `]]` the lexer split into `]` `]`).
func (p *parser) args(closer, alt string) ([]Arg, int) {
	p.push(false)
	defer p.pop()
	var args []Arg
	pending := true // an argument slot is open (after '(' or ',')
	for {
		t, ok := p.peek()
		if !ok {
			return args, len(p.src)
		}
		if p.isOp(t, closer) {
			p.next()
			if pending && len(args) > 0 {
				args = append(args, Arg{})
			}
			return args, t.End
		}
		if alt != "" && p.isOp(t, alt) {
			p.next()
			if nt, ok := p.peek(); ok && p.isOp(nt, alt) {
				p.next()
				return args, nt.End
			}
			return args, t.End
		}
		if p.isOp(t, ",") {
			p.next()
			if pending {
				args = append(args, Arg{})
			}
			pending = true
			continue
		}
		if p.isOp(t, ")") || p.isOp(t, "]") || p.isOp(t, "]]") || p.isOp(t, "}") {
			// A closer of an outer construct: the argument list is broken.
			p.warn(t, "unexpected "+p.text(t))
			return args, t.Start
		}
		if !pending {
			p.warn(t, "missing comma")
		}
		args = append(args, p.arg())
		pending = false
	}
}

func (p *parser) arg() Arg {
	var a Arg
	t, _ := p.peek()
	if t.Kind == Ident || t.Kind == Backtick || t.Kind == String || t.Kind == RawString {
		j := p.i
		for j < len(p.toks) && p.toks[j].Kind == Newline {
			j++
		}
		k := j + 1
		for k < len(p.toks) && p.toks[k].Kind == Newline {
			k++
		}
		if k < len(p.toks) && p.isOp(p.toks[k], "=") {
			p.next()
			p.next()
			if t.Kind == Ident {
				a.Name, a.NS, a.NE = p.text(t), t.Start, t.End
			} else {
				a.NS, a.NE, a.Name, _ = strContent(p.src, t)
			}
			if nt, ok := p.peek(); ok && (p.isOp(nt, ",") || p.isOp(nt, ")") || p.isOp(nt, "]") || p.isOp(nt, "]]")) {
				return a
			}
		}
	}
	before := p.i
	a.Value = p.expr(bpEq + 1)
	if p.i == before {
		bt := p.next()
		a.Value = &BadNode{pos{bt.Start, bt.End}}
	}
	return a
}
