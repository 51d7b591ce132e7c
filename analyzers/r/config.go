package r

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Configuration read by key: cfg <- yaml::read_yaml("config.yml") then
// cfg$kobo$root is the value of the key path kobo.root, which the
// configuration file's front-end offers under that name. The value is a
// hole named after the key path; the configuration itself is local data
// (its keys are not response fields).

// configReaders read a configuration file into a list.
var configReaders = map[string]bool{
	"read_yaml": true, "yaml.load_file": true, "read.config": true, "read.ini": true,
	"parseTOML": true, "read_toml": true, "parse_toml": true,
}

// configRead handles a call that reads a configuration: the readers above,
// config::get(value), and jsonlite's readers given a file of the disk.
func (a *analyzer) configRead(short string, n *CallNode, vals []value) (value, bool) {
	path := ""
	switch {
	case configReaders[short]:
	case short == "get" && strings.HasPrefix(a.spelledCallee(n), "config::"):
		// config.yml's top-level keys name configurations; config::get()
		// reads the active one, "default" unless config= says otherwise
		path = "default"
		k := 0
		for _, arg := range n.Args {
			s, ok := arg.Value.(*StrNode)
			switch {
			case arg.Name == "config" || arg.Name == "" && k == 1:
				if !ok {
					return a.configValue("", n), true
				}
				path = s.Text + strings.TrimPrefix(path, "default")
			case arg.Name == "value" || arg.Name == "" && k == 0:
				if !ok {
					return a.configValue("", n), true
				}
				path += "." + s.Text
			}
			if arg.Name == "" {
				k++
			}
		}
	case short == "read_json" || short == "fromJSON" || short == "read_json_file":
		if len(vals) == 0 || !localPath(vals[0].parts) || n.Args[0].Name != "" && n.Args[0].Name != "txt" && n.Args[0].Name != "path" {
			return value{}, false
		}
	default:
		return value{}, false
	}
	return a.configValue(path, n), true
}

// configValue is the value read from a configuration at key path (""
// for the whole of it); n is the expression, for the hole's place.
func (a *analyzer) configValue(path string, n Node) value {
	name := path
	if name == "" {
		name = a.spelled(n)
	}
	h := hole(name)
	h.named = path != ""
	s, e := n.span()
	h.Span = ir.Span{Start: s, End: e}
	return value{parts: []piece{h}, cfg: true, keyPath: path, local: true, origin: []int{ir.OriginLocal}}
}

// spelledCallee is the callee of n as spelled (config::get).
func (a *analyzer) spelledCallee(n *CallNode) string {
	s, _ := a.callee(n.Fn)
	return s
}

// keyed returns the value of reading key from recv when recv is read by
// key path (a configuration, or a global another file defines), and ok.
func (a *analyzer) keyed(recv value, key string, n Node) (value, bool) {
	if recv.keyPath == "" && !recv.cfg || key == "" {
		return value{}, false
	}
	path := key
	if recv.keyPath != "" {
		path = recv.keyPath + "." + key
	}
	if recv.cfg {
		return a.configValue(path, n), true
	}
	h := hole(path)
	h.named = true
	s, e := n.span()
	h.Span = ir.Span{Start: s, End: e}
	return value{parts: []piece{h}, keyPath: path, origin: recv.origin}, true
}
