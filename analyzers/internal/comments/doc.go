// Package comments reads what the front-ends find in comments: the
// kobolint:ignore directives (every front-end), and the URL-looking words
// of a comment (the tree-sitter front-ends, Blade templates and the
// literals scanner). It works on bytes and knows no syntax beyond comment
// markers.
package comments
