package rmd

import (
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// params reads the `params:` of the YAML front matter src[a:e] and returns
// them as R names (params$server) bound to string parts with their spans in
// the document, so that R code reading params$server is resolved.
func params(src []byte, a, e int) map[string][]ir.Part {
	if a >= e {
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src[a:e], &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil
	}
	lines := remap.NewLines(src[a:e])
	out := map[string][]ir.Part{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "params" || root.Content[i+1].Kind != yaml.MappingNode {
			continue
		}
		ps := root.Content[i+1]
		for j := 0; j+1 < len(ps.Content); j += 2 {
			key, val := ps.Content[j].Value, ps.Content[j+1]
			if val.Kind == yaml.MappingNode {
				// name: {label: ..., value: ...}
				var v *yaml.Node
				for k := 0; k+1 < len(val.Content); k += 2 {
					if val.Content[k].Value == "value" {
						v = val.Content[k+1]
					}
				}
				if v == nil {
					continue
				}
				val = v
			}
			if val.Kind != yaml.ScalarNode || val.Tag == "!!null" {
				continue
			}
			out["params$"+key] = []ir.Part{scalarPart(src, a, lines, val)}
		}
	}
	return out
}

// scalarPart locates a YAML scalar in the document. yaml.v3 gives a line
// and a column counted in characters; quoted scalars start one past it.
func scalarPart(src []byte, base int, lines *remap.Lines, n *yaml.Node) ir.Part {
	p := ir.Part{Kind: ir.Lit, Text: n.Value}
	if n.Line < 1 || n.Line > lines.Count() {
		return p
	}
	off := base + lines.Start(n.Line)
	for c := 1; c < n.Column && off < len(src) && src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(src[off:])
		off += size
	}
	if n.Style == yaml.DoubleQuotedStyle || n.Style == yaml.SingleQuotedStyle {
		off++
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return p
	}
	end := off + len(n.Value)
	if off >= 0 && end <= len(src) {
		p.Span = ir.Span{Start: off, End: end}
		p.Raw = string(src[off:end]) == n.Value
		if !p.Raw {
			// Escapes or folding: the text is not the source; keep the
			// position of the value's first line only.
			e := off
			for e < len(src) && src[e] != '\n' {
				e++
			}
			p.Span = ir.Span{Start: off, End: e}
		}
	}
	return p
}
