package python

// Names a statement assigns, for the checks that a value still means at a
// later statement what it meant where it was computed.

// assignment is one binding of a name: its target, and for `name = value`
// the value and the statement.
type assignment struct {
	target, value, stmt *node
}

// eachAssigned calls fn for every name that code in scope (a module or a
// function, without the functions and classes defined inside it) binds:
// the target of `name = value` (value set, stmt the statement when the
// assignment is one), and, with value and stmt nil, names bound by
// augmented assignments, unpacking, for loops, `as` of with and except,
// and walrus.
func eachAssigned(scope *node, fn func(target, value, stmt *node)) {
	var visit func(n *node)
	visit = func(n *node) {
		switch n.kind {
		case "function_definition", "class_definition", "lambda":
			if n != scope {
				if name := n.child("name"); name != nil {
					fn(name, nil, nil)
				}
				return
			}
		case "assignment":
			left, right := n.child("left"), n.child("right")
			if left != nil && left.kind == "identifier" {
				var stmt *node
				if p := n.parent; p != nil && p.kind == "expression_statement" && len(p.namedKids()) == 1 {
					stmt = p
				}
				fn(left, right, stmt)
			} else {
				boundNames(left, fn)
			}
		case "augmented_assignment", "for_statement", "for_in_clause":
			boundNames(n.child("left"), fn)
		case "named_expression":
			boundNames(n.child("name"), fn)
		case "as_pattern":
			boundNames(n.child("alias"), fn)
		}
		for _, k := range n.kids {
			visit(k)
		}
	}
	visit(scope)
}

// boundNames calls fn for each identifier of an assignment target
// (a, (a, b), [a, *b], a.x and a[i] bind no name).
func boundNames(target *node, fn func(target, value, stmt *node)) {
	if target == nil {
		return
	}
	switch target.kind {
	case "identifier":
		fn(target, nil, nil)
	case "attribute", "subscript":
	default:
		for _, k := range target.namedKids() {
			boundNames(k, fn)
		}
	}
}

// walkNodes calls fn for n and every node below it.
func walkNodes(n *node, fn func(*node)) {
	if n == nil {
		return
	}
	fn(n)
	for _, k := range n.kids {
		walkNodes(k, fn)
	}
}

// contains reports whether inner lies inside outer.
func contains(outer, inner *node) bool {
	return outer.start <= inner.start && inner.end <= outer.end
}
