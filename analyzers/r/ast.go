package r

// The syntax tree is deliberately small: it keeps what the analysis needs
// (calls, assignments, functions, `$`/`[[`, pipes, loops) and the byte spans
// of names and string contents.

// Node is an expression of the tree.
type Node interface {
	span() (start, end int)
}

type pos struct{ S, E int }

func (p pos) span() (int, int) { return p.S, p.E }

type (
	// IdentNode is a name; keywords (TRUE, NULL, break, ...) are names too,
	// with Keyword set. Quoted marks a `backtick` name.
	IdentNode struct {
		pos
		Name    string
		NS, NE  int // span of the name itself (inside backticks)
		Quoted  bool
		Keyword bool
	}
	// StrNode is a string literal: Text decoded, CS..CE its content span.
	StrNode struct {
		pos
		Text   string
		CS, CE int
		Raw    bool
	}
	NumNode struct {
		pos
		Text string
	}
	// NsNode is pkg::name or pkg:::name.
	NsNode struct {
		pos
		Pkg, Name string
	}
	CallNode struct {
		pos
		Fn   Node
		Args []Arg
	}
	// IndexNode is x[...] or x[[...]] (Double).
	IndexNode struct {
		pos
		OpS    int // offset of the [ or [[
		X      Node
		Args   []Arg
		Double bool
	}
	// DollarNode is x$name or x@name.
	DollarNode struct {
		pos
		OpS    int // offset of the $ or @
		X      Node
		Name   string
		NS, NE int
		At     bool
		Raw    bool // the source at NS..NE is exactly Name
	}
	BinNode struct {
		pos
		Op   string
		L, R Node
	}
	UnNode struct {
		pos
		Op string
		X  Node
	}
	// AssignNode is normalised: x <- v, v -> x, x = v, x <<- v, v ->> x.
	AssignNode struct {
		pos
		Op            string
		Target, Value Node
		Global        bool // <<- or ->>
	}
	FuncNode struct {
		pos
		Params []Param
		Body   Node
	}
	IfNode struct {
		pos
		Cond, Then, Else Node
	}
	ForNode struct {
		pos
		Var       *IdentNode
		Seq, Body Node
	}
	WhileNode struct {
		pos
		Cond, Body Node
	}
	RepeatNode struct {
		pos
		Body Node
	}
	BlockNode struct {
		pos
		Stmts []Node
	}
	ParenNode struct {
		pos
		X Node
	}
	// BadNode stands for tokens the parser skipped.
	BadNode struct{ pos }
)

// Arg is one argument of a call or index; Value is nil for an empty
// argument (x[, "id"]).
type Arg struct {
	Name   string
	NS, NE int
	Value  Node
}

// Param is one formal parameter of a function.
type Param struct {
	Name    string
	NS, NE  int
	Default Node
}

// walk calls f on n and every node below it, depth first, until f returns
// false for a node (its children are then skipped).
func walk(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	switch x := n.(type) {
	case *CallNode:
		walk(x.Fn, f)
		for _, a := range x.Args {
			walk(a.Value, f)
		}
	case *IndexNode:
		walk(x.X, f)
		for _, a := range x.Args {
			walk(a.Value, f)
		}
	case *DollarNode:
		walk(x.X, f)
	case *BinNode:
		walk(x.L, f)
		walk(x.R, f)
	case *UnNode:
		walk(x.X, f)
	case *AssignNode:
		walk(x.Target, f)
		walk(x.Value, f)
	case *FuncNode:
		for _, p := range x.Params {
			walk(p.Default, f)
		}
		walk(x.Body, f)
	case *IfNode:
		walk(x.Cond, f)
		walk(x.Then, f)
		walk(x.Else, f)
	case *ForNode:
		walk(x.Seq, f)
		walk(x.Body, f)
	case *WhileNode:
		walk(x.Cond, f)
		walk(x.Body, f)
	case *RepeatNode:
		walk(x.Body, f)
	case *BlockNode:
		for _, s := range x.Stmts {
			walk(s, f)
		}
	case *ParenNode:
		walk(x.X, f)
	}
}
