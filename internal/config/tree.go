package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
	"gopkg.in/yaml.v3"
)

// The two syntaxes of a config (YAML in .kobolint.yml, TOML in
// pyproject.toml) are read into one small tree that keeps the line of
// every key and value, so that one validator can name the file, line and
// key of a mistake in the words of the config, not of Go or of a parser.

type nodeKind uint8

const (
	scalarNode nodeKind = iota
	listNode
	mapNode
)

// node is a value of the config with the line it is on.
type node struct {
	kind nodeKind
	line int
	// text and typ describe a scalar: typ is "string", "bool", "integer",
	// "number", "null" or "date".
	text, typ string
	items     []*node // list
	keys      []*node // map keys (scalars), in file order
	vals      []*node // map values, parallel to keys
}

// what names a node's kind for messages ("a list", "a string").
func (n *node) what() string {
	switch n.kind {
	case listNode:
		return "a list"
	case mapNode:
		return "a table of keys"
	}
	switch n.typ {
	case "null":
		return "nothing"
	case "integer", "number":
		return "a number (" + n.text + ")"
	case "bool":
		return n.text
	}
	return fmt.Sprintf("%q", n.text)
}

// fromYAML converts a decoded YAML document.
func fromYAML(y *yaml.Node) (*node, error) {
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return &node{kind: mapNode, line: 1}, nil
		}
		return fromYAML(y.Content[0])
	case yaml.AliasNode:
		if y.Alias == nil {
			return nil, &Error{Line: y.Line, Msg: "an alias (*" + y.Value + ") to nothing"}
		}
		return fromYAML(y.Alias)
	case yaml.SequenceNode:
		n := &node{kind: listNode, line: y.Line}
		for _, c := range y.Content {
			v, err := fromYAML(c)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, v)
		}
		return n, nil
	case yaml.MappingNode:
		n := &node{kind: mapNode, line: y.Line}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, err := fromYAML(y.Content[i])
			if err != nil {
				return nil, err
			}
			if k.kind != scalarNode {
				return nil, &Error{Line: y.Content[i].Line, Msg: "a key must be a plain word"}
			}
			v, err := fromYAML(y.Content[i+1])
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, v)
		}
		return n, nil
	}
	typ := "string"
	switch y.ShortTag() {
	case "!!bool":
		typ = "bool"
	case "!!int":
		typ = "integer"
	case "!!float":
		typ = "number"
	case "!!null":
		typ = "null"
	case "!!timestamp":
		typ = "date"
	}
	return &node{kind: scalarNode, line: y.Line, text: y.Value, typ: typ}, nil
}

// yamlError rewords a YAML syntax error: "yaml: line 3: did not find
// expected key" becomes line 3, "did not find expected key".
func yamlError(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			if _, e := fmt.Sscanf(rest[:i], "%d", &line); e == nil {
				msg = rest[i+2:]
			}
		}
	}
	return &Error{Line: line, Msg: "not valid YAML: " + msg}
}

// fromPyproject reads the [tool.kobolint] table of a pyproject.toml, or
// returns nil when there is none.
func fromPyproject(data []byte) (*node, error) {
	var p unstable.Parser
	p.Reset(data)
	root := &node{kind: mapNode, line: 1}
	var table *node // the table of the current [header], when inside tool.kobolint
	var tablePath []string
	found := false
	lineOf := func(n *unstable.Node) int {
		if n == nil || n.Raw.Length == 0 && n.Raw.Offset == 0 {
			return 0
		}
		return p.Shape(n.Raw).Start.Line
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			path, line := keyPath(e.Key(), lineOf)
			table, tablePath = nil, nil
			rel, ok := underKobolint(path)
			if !ok {
				continue
			}
			found = true
			if e.Kind == unstable.ArrayTable {
				return nil, &Error{Line: line, Key: strings.Join(rel, "."), Msg: "[[...]] lists of tables are not a kobolint setting"}
			}
			t, err := tableAt(root, rel, line)
			if err != nil {
				return nil, err
			}
			table, tablePath = t, rel
		case unstable.KeyValue:
			path, line := keyPath(e.Key(), lineOf)
			target := table
			if target == nil {
				// a dotted key at the top: tool.kobolint.exclude = [...]
				rel, ok := underKobolint(path)
				if !ok || len(rel) == 0 {
					continue
				}
				found = true
				target, path = root, rel
			}
			v, err := tomlValue(e.Value(), line, lineOf)
			if err != nil {
				return nil, err
			}
			if err := setPath(target, path, v, line, tablePath); err != nil {
				return nil, err
			}
		}
	}
	if err := p.Error(); err != nil {
		var perr *unstable.ParserError
		line := 0
		if errors.As(err, &perr) && perr.Highlight != nil {
			line = p.Shape(p.Range(perr.Highlight)).Start.Line
		}
		return nil, &Error{Line: line, Msg: "not valid TOML: " + err.Error()}
	}
	if !found {
		return nil, nil
	}
	return root, nil
}

// underKobolint returns the part of a TOML key path below tool.kobolint.
func underKobolint(path []string) ([]string, bool) {
	if len(path) >= 2 && path[0] == "tool" && path[1] == "kobolint" {
		return path[2:], true
	}
	return nil, false
}

func keyPath(it unstable.Iterator, lineOf func(*unstable.Node) int) ([]string, int) {
	var path []string
	line := 0
	for it.Next() {
		k := it.Node()
		path = append(path, string(k.Data))
		if line == 0 {
			line = lineOf(k)
		}
	}
	return path, line
}

// tableAt returns the map node at path under root, creating maps on the
// way.
func tableAt(root *node, path []string, line int) (*node, error) {
	cur := root
	for i, k := range path {
		var next *node
		for j, key := range cur.keys {
			if key.text == k {
				next = cur.vals[j]
			}
		}
		if next == nil {
			next = &node{kind: mapNode, line: line}
			cur.keys = append(cur.keys, &node{kind: scalarNode, line: line, text: k, typ: "string"})
			cur.vals = append(cur.vals, next)
		}
		if next.kind != mapNode {
			return nil, &Error{Line: line, Key: strings.Join(path[:i+1], "."), Msg: "is already set to " + next.what()}
		}
		cur = next
	}
	return cur, nil
}

// setPath sets a dotted key (relative to the table t, itself at
// tablePath) to v.
func setPath(t *node, path []string, v *node, line int, tablePath []string) error {
	parent, err := tableAt(t, path[:len(path)-1], line)
	if err != nil {
		return err
	}
	last := path[len(path)-1]
	for _, k := range parent.keys {
		if k.text == last {
			full := append(append([]string{}, tablePath...), path...)
			return &Error{Line: line, Key: strings.Join(full, "."), Msg: "is set twice"}
		}
	}
	parent.keys = append(parent.keys, &node{kind: scalarNode, line: line, text: last, typ: "string"})
	parent.vals = append(parent.vals, v)
	return nil
}

// tomlValue converts a TOML value; line is the key's, for values that
// carry none.
func tomlValue(v *unstable.Node, line int, lineOf func(*unstable.Node) int) (*node, error) {
	if l := lineOf(v); l > 0 {
		line = l
	}
	switch v.Kind {
	case unstable.Array:
		n := &node{kind: listNode, line: line}
		it := v.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			item, err := tomlValue(c, line, lineOf)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, item)
		}
		return n, nil
	case unstable.InlineTable:
		n := &node{kind: mapNode, line: line}
		it := v.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			path, kl := keyPath(kv.Key(), lineOf)
			if kl == 0 {
				kl = line
			}
			item, err := tomlValue(kv.Value(), kl, lineOf)
			if err != nil {
				return nil, err
			}
			if err := setPath(n, path, item, kl, nil); err != nil {
				return nil, err
			}
		}
		return n, nil
	case unstable.String:
		return &node{kind: scalarNode, line: line, text: string(v.Data), typ: "string"}, nil
	case unstable.Bool:
		return &node{kind: scalarNode, line: line, text: string(v.Data), typ: "bool"}, nil
	case unstable.Integer:
		return &node{kind: scalarNode, line: line, text: strings.ReplaceAll(string(v.Data), "_", ""), typ: "integer"}, nil
	case unstable.Float:
		return &node{kind: scalarNode, line: line, text: string(v.Data), typ: "number"}, nil
	}
	return &node{kind: scalarNode, line: line, text: string(v.Data), typ: "date"}, nil
}
