// Package tsnode holds the tree-sitter node navigation the front-ends built
// on smacker/go-tree-sitter share: clamped source text, nil-tolerant child
// access, a cached parent/children index, and wrapper stripping driven by a
// per-language table of node kinds. It knows syntax only through the kinds
// a front-end hands it.
package tsnode
