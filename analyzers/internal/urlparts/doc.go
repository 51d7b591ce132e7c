// Package urlparts holds the helpers the tree-sitter front-ends share when
// they evaluate an expression to URL parts (ir.Part lists): parameter
// environments, holes, the memo of evaluations, joining with separators,
// and cutting or rewriting literal parts while keeping spans exact. What
// an expression means stays in each front-end.
package urlparts
