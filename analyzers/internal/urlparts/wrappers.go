package urlparts

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// Wrapper is a local function one of whose parameters (Param, at position
// Index) reaches the URL of the call Inner inside it: a request, or a call
// of another wrapper.
type Wrapper struct {
	Fn    *sitter.Node
	Param string
	Index int
	Inner *sitter.Node
}

// WrapperSearch says what FindWrappers needs of a front-end.
type WrapperSearch struct {
	Calls      []*sitter.Node                       // the calls of the file, in source order
	URL        func(call *sitter.Node) []ir.Part    // the URL call requests; nil when it is no request (yet)
	Up         func(n *sitter.Node) *sitter.Node    // parent of n
	IsFunction func(n *sitter.Node) bool            // n defines a function or method
	Params     func(fn *sitter.Node) map[string]int // fn's plain parameters by position
}

// maxWrapperRounds bounds the wrapper-of-wrapper chains followed.
const maxWrapperRounds = 6

// FindWrappers records in found every function around a request call one
// of whose parameters appears as a hole in the call's URL. It repeats until
// no new wrapper appears (at most maxWrapperRounds), since s.URL sees the
// wrappers found so far: wrappers of wrappers are found too.
func FindWrappers(found map[*sitter.Node]*Wrapper, s WrapperSearch) {
	for round := 0; round < maxWrapperRounds; round++ {
		changed := false
		for _, call := range s.Calls {
			holes := map[string]bool{}
			for _, p := range s.URL(call) {
				if p.Kind == ir.Hole {
					holes[p.Name] = true
				}
			}
			if len(holes) == 0 {
				continue
			}
			for n := s.Up(call); n != nil; n = s.Up(n) {
				if !s.IsFunction(n) || found[n] != nil {
					continue
				}
				// Several parameters may reach the URL (path and token);
				// the first one is the URL in every wrapper seen so far.
				best, bestIdx := "", -1
				for name, idx := range s.Params(n) {
					if holes[name] && (bestIdx < 0 || idx < bestIdx) {
						best, bestIdx = name, idx
					}
				}
				if bestIdx >= 0 {
					found[n] = &Wrapper{Fn: n, Param: best, Index: bestIdx, Inner: call}
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
}

// Expand is the URL w requests when its URL parameter holds arg: what
// request makes of w.Inner with Param bound to arg. It is arg itself when
// w is being expanded already (recursion; g holds the wrappers under way)
// or request finds no request in w.Inner (ok false).
func (w *Wrapper) Expand(g Guard, arg []ir.Part, request func(inner *sitter.Node, e *Env) ([]ir.Part, bool)) []ir.Part {
	if g[w.Fn] {
		return arg
	}
	g[w.Fn] = true
	defer delete(g, w.Fn)
	if p, ok := request(w.Inner, &Env{Vars: map[string][]ir.Part{w.Param: arg}}); ok {
		return p
	}
	return arg
}
