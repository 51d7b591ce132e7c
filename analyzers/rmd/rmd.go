package rmd

import (
	"bytes"
	"fmt"

	rfe "github.com/kobolint/kobolint/analyzers/r"
	"github.com/kobolint/kobolint/analyzers/text"
	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// Name, Exts are the registration of this front-end.
const Name = "rmd"

// Exts are the file endings of R Markdown and Quarto documents.
var Exts = []string{".rmd", ".qmd", ".rmarkdown"}

// Analyze reads an R Markdown or Quarto document (see doc.go).
func Analyze(path string, src []byte) (f *ir.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("rmd analyzer: internal error: %v", r)
		}
	}()
	fmA, fmE, fmNext := frontMatterEnd(src)
	chunks, inl := findChunks(src, fmNext)
	lines := remap.NewLines(src)

	// R: every R chunk and inline expression, analysed as one program on a
	// copy of the document where everything else is blank.
	rsrc := blankCopy(src)
	for _, c := range chunks {
		if c.engine == "r" {
			copy(rsrc[c.bodyStart:c.bodyEnd], src[c.bodyStart:c.bodyEnd])
		}
	}
	for _, in := range inl {
		copy(rsrc[in.codeStart:in.codeEnd], src[in.codeStart:in.codeEnd])
		// A separator, so two inline expressions of a line stay apart.
		rsrc[in.end-1] = ';'
	}
	f, err = rfe.AnalyzeWith(path, rsrc, rfe.Options{Lang: Name, Globals: params(src, fmA, fmE), Locals: []string{"params"}})
	if err != nil {
		return nil, err
	}
	f.Path, f.Lang = path, Name
	// A string left open at the end of a chunk runs over blanked prose:
	// its text is then not the document's.
	unraw(f, src)

	// Python and shell chunks: with their front-ends when they are linked
	// into the text package, otherwise scanned for URLs.
	for _, lang := range []string{"python", "shell"} {
		var b remap.Builder
		for _, c := range chunks {
			if c.engine == lang {
				appendChunk(&b, src, c)
			}
		}
		if b.Len() == 0 {
			continue
		}
		g, _ := text.Code(lang, path, lines, b.Text(), b.Map(), ir.RoleUnknown)
		remap.Merge(f, g, false)
	}

	// Prose, front matter and displayed (not run) code blocks: Markdown.
	md := append([]byte(nil), src...)
	for _, c := range chunks {
		blank(md, c.start, c.end)
	}
	for _, in := range inl {
		blank(md, in.start, in.end)
	}
	remap.Merge(f, text.Derived("markdown", path, lines, md, remap.Identity(0, len(md))), false)
	f.Path, f.Lang = path, Name
	return f, nil
}

// blankCopy returns src with every byte but newlines turned into a space.
func blankCopy(src []byte) []byte {
	out := bytes.Repeat([]byte{' '}, len(src))
	for i, c := range src {
		if c == '\n' {
			out[i] = '\n'
		}
	}
	return out
}

func blank(b []byte, s, e int) {
	for i := s; i < e && i < len(b); i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}

// appendChunk copies a chunk body, without the indentation of its fence,
// ending it with a newline.
func appendChunk(b *remap.Builder, src []byte, c chunk) {
	for off := c.bodyStart; off < c.bodyEnd; {
		end, next := lineAt(src, off)
		if next > c.bodyEnd {
			next = c.bodyEnd
		}
		s := off
		for k := 0; k < c.indent && s < end && (src[s] == ' ' || src[s] == '\t'); k++ {
			s++
		}
		b.Copy(s, src[s:next])
		off = next
	}
	if t := b.Text(); len(t) > 0 && t[len(t)-1] != '\n' {
		b.Virtual(c.bodyEnd, []byte{'\n'})
	}
}

// unraw clears Raw where the document does not say what the R analysis
// read on its blanked copy.
func unraw(f *ir.File, src []byte) {
	same := func(sp ir.Span, text string) bool {
		return sp.Start >= 0 && sp.End <= len(src) && sp.Start <= sp.End && string(src[sp.Start:sp.End]) == text
	}
	for i := range f.URLs {
		for j := range f.URLs[i].Parts {
			p := &f.URLs[i].Parts[j]
			if p.Raw && !same(p.Span, p.Text) {
				p.Raw = false
			}
		}
	}
	for i := range f.Fields {
		fr := &f.Fields[i]
		if fr.Raw && !same(fr.Span, fr.Name) {
			fr.Raw = false
		}
	}
}
