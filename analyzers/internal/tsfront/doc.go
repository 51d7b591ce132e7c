// Package tsfront is the per-file state and the value-flow driver that
// the tree-sitter front-ends of general-purpose languages (JavaScript and
// TypeScript, C#, PHP) share: parsing and the tree index, the IR under
// construction, the calls of the file, the wrapper search, the memoised,
// depth-bounded evaluation of expressions into URL parts, and the walks
// every such language needs with only a step of its own (a member chain
// to its receiver, a name to the expression defining its value).
//
// A front-end embeds Base in its analyzer and hands it the few things
// that are its own syntax (Lang): how a value is unwrapped, how an
// unresolved value is named, how one node is evaluated, what opens a
// function and what its parameters are.
package tsfront
