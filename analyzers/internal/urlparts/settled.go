package urlparts

import sitter "github.com/smacker/go-tree-sitter"

// Settled caches per-node answers that change while the wrapper search
// runs (whether a call is a request depends on the wrappers found so far):
// before Settle each Get computes afresh, afterwards each answer is kept.
// The zero value is ready to use.
type Settled[V any] struct {
	settled bool
	m       map[*sitter.Node]V
}

// Get returns compute(n), from the cache once settled.
func (c *Settled[V]) Get(n *sitter.Node, compute func(*sitter.Node) V) V {
	if !c.settled {
		return compute(n)
	}
	if v, ok := c.m[n]; ok {
		return v
	}
	v := compute(n)
	if c.m == nil {
		c.m = map[*sitter.Node]V{}
	}
	c.m[n] = v
	return v
}

// Settle starts caching.
func (c *Settled[V]) Settle() { c.settled = true }
