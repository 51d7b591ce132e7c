package tsfront

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/analyzers/internal/urlparts"
	"github.com/kobolint/kobolint/internal/ir"
)

// Requests finds the requests of a file. R is the front-end's own
// account of a request call (which argument holds the URL, what base the
// client adds); its zero value means "no request".
type Requests[R comparable] struct {
	// Raw classifies a call, as far as the wrappers found so far tell.
	Raw func(call *sitter.Node) R
	// URL is the URL the request rc asks for, with e's parameters bound.
	URL func(rc R, e *urlparts.Env, depth int) []ir.Part

	classified urlparts.Settled[R]
}

// Classify says whether call sends a request: its R, or the zero R. Once
// the wrappers are all known (FindWrappers), answers are cached.
func (r *Requests[R]) Classify(call *sitter.Node) R { return r.classified.Get(call, r.Raw) }

// FindWrappers records b.Wrappers: the local functions that pass a
// parameter on to the URL of a request, and then those that pass one on
// to those (see urlparts.FindWrappers).
func (r *Requests[R]) FindWrappers(b *Base) {
	var none R
	urlparts.FindWrappers(b.Wrappers, urlparts.WrapperSearch{
		Calls: b.Calls,
		URL: func(call *sitter.Node) []ir.Part {
			if rc := r.Raw(call); rc != none {
				return r.URL(rc, nil, 0)
			}
			return nil
		},
		Up:         b.Up,
		IsFunction: b.Lang.IsFunction,
		Params:     b.Lang.Params,
	})
	r.classified.Settle()
}

// WrapperURL is the URL the wrapper w requests when its URL parameter
// holds arg (the call-site substitution); arg itself past MaxEval, in a
// recursion, or when the call inside is no request.
func (r *Requests[R]) WrapperURL(b *Base, w *urlparts.Wrapper, arg []ir.Part, depth int) []ir.Part {
	if depth > MaxEval {
		return arg
	}
	var none R
	return w.Expand(b.Expanding, arg, func(inner *sitter.Node, e *urlparts.Env) ([]ir.Part, bool) {
		rc := r.Classify(inner)
		if rc == none {
			return nil, false
		}
		return r.URL(rc, e, depth+1), true
	})
}
