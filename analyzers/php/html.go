package php

import (
	sitter "github.com/smacker/go-tree-sitter"

	textfe "github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// inlineHTML reads the text outside the PHP tags (a page template) as
// HTML, the way the text front-end reads .html files: links are
// documentation, <script> blocks are JavaScript.
func (a *analyzer) inlineHTML(root *sitter.Node) {
	page := make([]byte, len(a.Src))
	blank(page, a.Src)
	found := false
	a.Nav.Walk(root, func(n *sitter.Node) {
		if n.Type() != "text" {
			return
		}
		s, e := int(n.StartByte()), min(int(n.EndByte()), len(a.Src))
		for i := s; i < e; i++ {
			page[i] = a.Src[i]
			if a.Src[i] > ' ' {
				found = true
			}
		}
	})
	if found {
		mergeHTML(a.IR, a.Path, page)
	}
}

// blank fills dst with spaces where src has other bytes than line breaks,
// so that offsets and lines stay those of src.
func blank(dst, src []byte) {
	for i, c := range src {
		if c == '\n' || c == '\r' {
			dst[i] = c
		} else {
			dst[i] = ' '
		}
	}
}

// mergeHTML analyses page (the file's own bytes where it is HTML, blanks
// elsewhere) as an HTML page and adds what it finds to f.
func mergeHTML(f *ir.File, path string, page []byte) {
	hf, err := textfe.Analyze(path+".html", page)
	if err != nil || hf == nil {
		return
	}
	hf.Defs = nil
	remap.Merge(f, hf, false)
}
