// Package strlit splits the text of a string literal into ir.Lit parts for
// the tree-sitter front-ends: runs without escapes keep exact spans (raw,
// so fixes can edit them), each escape becomes its own non-raw part. Which
// byte sequences are escapes, and what they mean, stays with each
// front-end (passed as an Escape function); the pieces they share (the
// one-letter C escapes, hex code points) are here.
package strlit
