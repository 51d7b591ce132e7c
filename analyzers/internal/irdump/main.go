// Command irdump prints the IR a front-end makes of files, for developing
// front-ends: go run ./analyzers/internal/irdump [-as NAME] FILE...
// The front-end is chosen the way kobolint chooses it (internal/lang);
// -as analyses the files as if they were called NAME (to try a .ts
// fixture as .js, say). It replaces the per-package dump tests that were
// gated on environment variables (SHOW_FILE, R_DUMP, RMD_DUMP).
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	_ "github.com/kobolint/kobolint/analyzers/registry"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/internal/lang"
)

func main() {
	as := flag.String("as", "", "analyse the files under this name")
	flag.Parse()
	status := 0
	for _, path := range flag.Args() {
		if err := dump(path, *as); err != nil {
			fmt.Fprintln(os.Stderr, "irdump:", err)
			status = 1
		}
	}
	os.Exit(status)
}

func dump(path, as string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	name := path
	if as != "" {
		name = as
	}
	l := lang.Detect(name, src[:min(len(src), 512)])
	if l == nil {
		return fmt.Errorf("%s: no front-end for this file", name)
	}
	f, err := l.Analyze(name, src)
	if err != nil {
		return err
	}
	fmt.Print(format(f, src))
	return nil
}

var roles = []string{"unk", "REQ", "assign", "setting", "doc", "arg", "result"}

func roleName(r ir.Role) string {
	if int(r) < len(roles) {
		return roles[r]
	}
	return fmt.Sprintf("role%d", r)
}

// format renders the IR one line per URL, field read, definition and
// suppression, with 1-based lines.
func format(f *ir.File, src []byte) string {
	var starts []int
	for i := range src {
		if i == 0 || src[i-1] == '\n' {
			starts = append(starts, i)
		}
	}
	line := func(off int) int { return sort.SearchInts(starts, off+1) }
	var b strings.Builder
	fmt.Fprintf(&b, "== %s lang=%s hint=%v warnings=%d\n", f.Path, f.Lang, f.KoboHint, len(f.Warnings))
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "  W %s\n", w)
	}
	for _, u := range f.URLs {
		var ps []string
		l, own := 0, 0
		for _, p := range u.Parts {
			if p.Kind != ir.Lit {
				ps = append(ps, "{"+p.Name+"}")
				continue
			}
			if (l == 0 || own == 0 && p.Via == "") && p.Span.Valid() {
				l = line(p.Span.Start)
				if p.Via == "" {
					own = l
				}
			}
			s := fmt.Sprintf("%q", p.Text)
			if p.Via != "" {
				s += "@" + p.Via
			}
			if !p.Raw {
				s += "~"
			}
			if p.Segment {
				s += "^"
			}
			ps = append(ps, s)
		}
		c := ""
		if u.Comment {
			c = " #"
		}
		if u.Method != "" {
			c += " " + u.Method
		}
		fmt.Fprintf(&b, "  U%d L%d %s var=%s call=%s%s: %s\n", u.ID, l, roleName(u.Role), u.Var, u.Call, c, strings.Join(ps, " + "))
	}
	for _, fr := range f.Fields {
		t := ""
		if fr.Type != "" {
			t = " type=" + fr.Type
		}
		fmt.Fprintf(&b, "  F L%d %s kind=%d origin=%v recv=%s raw=%v%s\n", line(fr.Span.Start), fr.Name, fr.Kind, fr.Origin, fr.Receiver, fr.Raw, t)
	}
	for _, d := range f.Decodes {
		fmt.Fprintf(&b, "  X L%d %q origin=%v results=%q before=%v list=%v\n", line(d.Span.Start), src[d.Span.Start:min(d.Span.End, len(src))], d.Origin, d.Results, d.Before, d.AsList)
	}
	for _, d := range f.Defs {
		var ps []string
		for _, p := range d.Parts {
			if p.Kind != ir.Lit {
				ps = append(ps, "{"+p.Name+"}")
			} else {
				ps = append(ps, fmt.Sprintf("%q", p.Text))
			}
		}
		fmt.Fprintf(&b, "  D %s = %s\n", d.Name, strings.Join(ps, " + "))
	}
	for _, s := range f.Suppressions {
		fmt.Fprintf(&b, "  S L%d %v\n", s.Line, s.Rules)
	}
	return b.String()
}
