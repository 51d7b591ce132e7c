package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"

	"github.com/kobolint/kobolint/internal/ir"
)

// Library calls whose meaning the analysis follows beyond HTTP requests:
// JSON decoding, configuration documents, http.client connections, data
// frames, template rendering and value conversions.

// jsonLoaders decode JSON text or a file object.
var jsonLoaders = map[string]bool{
	"json.load": true, "json.loads": true, "simplejson.load": true, "simplejson.loads": true,
	"ujson.load": true, "ujson.loads": true, "orjson.loads": true, "rapidjson.loads": true,
}

// docLoaders read a configuration document (always a local file).
var docLoaders = map[string]bool{
	"yaml.safe_load": true, "yaml.load": true, "yaml.full_load": true, "yaml.unsafe_load": true,
	"ruamel.yaml.safe_load": true, "toml.load": true, "toml.loads": true, "tomllib.load": true,
	"tomllib.loads": true, "tomli.load": true, "tomli.loads": true, "tomlkit.load": true,
	"tomlkit.loads": true, "tomlkit.parse": true, "json5.load": true, "json5.loads": true,
	"hjson.load": true, "hjson.loads": true, "commentjson.load": true, "commentjson.loads": true,
	"dotenv.dotenv_values": true, "dotenv.main.dotenv_values": true,
}

// connCtors open a connection to one host; request(method, path) then
// sends a request to a path on it.
var connCtors = map[string]string{
	"http.client.HTTPSConnection": "https://", "http.client.HTTPConnection": "http://",
	"httplib.HTTPSConnection": "https://", "httplib.HTTPConnection": "http://",
	"urllib3.HTTPSConnectionPool": "https://", "urllib3.HTTPConnectionPool": "http://",
	"urllib3.connectionpool.HTTPSConnectionPool": "https://",
	"urllib3.connectionpool.HTTPConnectionPool":  "http://",
}

// renderers hand their arguments to a template or to the program's own
// HTTP response: whatever is read there is not seen here.
var renderers = map[string]bool{
	"render": true, "render_to_response": true, "render_to_string": true, "TemplateResponse": true,
	"render_template": true, "render_template_string": true, "jsonify": true, "JsonResponse": true,
	"TemplateResponse.__init__": true, "stream_template": true,
}

// frameCtors make a pandas data frame.
var frameCtors = map[string]bool{
	"pandas.DataFrame": true, "pandas.json_normalize": true, "pandas.io.json.json_normalize": true,
	"pandas.DataFrame.from_records": true, "pandas.DataFrame.from_dict": true, "pandas.concat": true,
	"pandas.merge": true, "pandas.read_csv": true, "pandas.read_excel": true, "pandas.read_json": true,
	"pandas.read_table": true, "pandas.read_parquet": true, "pandas.read_pickle": true,
	"pandas.read_feather": true, "pandas.read_stata": true, "pandas.read_spss": true,
	"pandas.read_sql": true, "pandas.read_sql_query": true, "pandas.read_html": true, "pandas.read_xml": true,
}

// localReaders read a local file into a data frame.
var localReaders = map[string]bool{
	"pandas.read_excel": true, "pandas.read_parquet": true, "pandas.read_pickle": true,
	"pandas.read_feather": true, "pandas.read_stata": true, "pandas.read_spss": true,
	"pandas.read_sql": true, "pandas.read_sql_query": true, "openpyxl.load_workbook": true,
	"xlrd.open_workbook": true, "csv.DictReader": true, "csv.reader": true,
}

// frameMethods return a data frame again.
var frameMethods = map[string]bool{
	"head": true, "tail": true, "merge": true, "drop": true, "query": true, "sort_values": true,
	"fillna": true, "reset_index": true, "set_index": true, "copy": true, "dropna": true,
	"assign": true, "filter": true, "drop_duplicates": true, "astype": true, "join": true,
	"sample": true, "groupby": true, "pivot_table": true, "melt": true, "explode": true,
	"transpose": true, "replace": true, "where": true, "mask": true, "sort_index": true,
	"reindex": true, "infer_objects": true, "convert_dtypes": true, "select_dtypes": true,
}

// frameAttrs are attributes of a data frame that are not its columns.
var frameAttrs = map[string]bool{
	"loc": true, "iloc": true, "at": true, "iat": true, "columns": true, "index": true,
	"shape": true, "values": true, "T": true, "dtypes": true, "empty": true, "size": true,
	"ndim": true, "str": true, "dt": true, "cat": true, "plot": true, "style": true,
	"attrs": true, "axes": true, "flags": true,
}

// convTypes are the conversions that state a value's type.
var convTypes = map[string]string{
	"int": "int", "float": "float", "bool": "bool", "str": "string",
	"pandas.to_numeric": "float", "numpy.int64": "int", "numpy.float64": "float",
	"decimal.Decimal": "float",
}

// library handles the calls above; nil when c is none of them.
func (a *analyzer) library(c *callSite) *value {
	switch {
	case jsonLoaders[c.canon] && len(c.args) > 0:
		c.done[c.args[0]] = true
		av := a.eval(c.args[0], use{kind: useArg, call: c.callee})
		switch {
		case av.kind == kResponse || av.kind == kBody:
			res := &value{parts: hole(a.spelled(c.n)), origin: av.origin}
			res.dec = a.decodeHere(c.n, av.origin, subscript(names.PageItems()))
			return res
		case av.kind == kFile || onlyLocal(av.origin) || av.str:
			// a settings file (or a literal): read by key
			return &value{kind: kDoc, parts: hole(a.spelled(c.n)), origin: []key{keyLocal}}
		}
		return &value{parts: hole(a.spelled(c.n)), origin: av.origin, generic: true}
	case docLoaders[c.canon]:
		return &value{kind: kDoc, parts: hole(a.spelled(c.n)), origin: []key{keyLocal}, generic: true}
	case connCtors[c.canon] != "" && len(c.args) > 0:
		c.done[c.args[0]] = true
		hv := a.eval(c.args[0], use{kind: usePart})
		if !strings.Contains(litText(hv.parts), "://") {
			hv.parts = ir.Join([]ir.Part{{Kind: ir.Lit, Text: connCtors[c.canon]}}, hv.parts)
		}
		// the host is a definition: its uses are the requests below
		a.sink(c.args[0], &value{parts: hv.parts, str: true, global: hv.global}, use{kind: useAssign, name: "host"})
		return &value{kind: kConn, parts: hole(a.spelled(c.n)), base: hv.parts}
	case c.rv.kind == kConn && (c.method == "request" || c.method == "putrequest" || c.method == "urlopen") && len(c.args) > 1:
		return a.connRequest(c)
	case renderers[c.callee] || renderers[c.canon] || renderers[lastSegment(c.canon)] && c.canon != "":
		a.escape(c)
		return nil
	case templateLoaders[lastSegment(c.callee)] && len(c.args) == 1:
		// loader.get_template("x.html"), env.get_template("x.html")
		if view, ok := a.constString(c.args[0]); ok {
			c.done[c.args[0]] = true
			return &value{kind: kTemplate, name: view, parts: hole(a.spelled(c.n))}
		}
	case c.rv.kind == kTemplate && (c.method == "render" || c.method == "stream" || c.method == "generate"):
		a.renderTemplate(c, c.rv.name)
		return &value{parts: hole(a.spelled(c.n)), generic: true}
	case localReaders[c.canon]:
		for _, k := range c.args {
			c.done[k] = true
			a.eval(k, use{kind: useArg, call: c.callee})
		}
		v := &value{parts: hole(a.spelled(c.n)), origin: []key{keyLocal}}
		if frameCtors[c.canon] {
			v.kind = kFrame
		}
		return v
	}
	return nil
}

func lastSegment(s string) string { return s[strings.LastIndexByte(s, '.')+1:] }

// onlyLocal: every origin is a local file.
func onlyLocal(origin []key) bool {
	for _, k := range origin {
		if k != keyLocal {
			return false
		}
	}
	return len(origin) > 0
}

// connRequest is conn.request("POST", "/api/v1/submissions", body): a
// request to the connection's host.
func (a *analyzer) connRequest(c *callSite) *value {
	c.done[c.args[0]], c.done[c.args[1]] = true, true
	method, _ := a.methodArg(c.args[0])
	pv := a.eval(c.args[1], use{kind: usePart})
	uv := &value{parts: capParts(ir.Join(c.rv.base, pv.parts)), str: true, global: c.rv.global || pv.global}
	a.sink(c.args[1], uv, use{kind: useRequest, call: c.callee, method: method})
	c.body = true
	if uv.emitted != 0 {
		c.sentTo = []key{uv.emitted}
		if v := a.peek(c.recv); v != nil && !a.symbolic {
			v.origin = []key{uv.emitted}
		}
	}
	if c.method == "urlopen" {
		return &value{kind: kResponse, parts: hole(a.spelled(c.n)), origin: c.sentTo}
	}
	return unknown(a.spelled(c.n))
}

// escape notes that the arguments of a render call go where the analysis
// cannot follow them (a template reads their fields): the decodes of
// their responses get no automatic edit.
func (a *analyzer) escape(c *callSite) {
	var mark func(v *value, depth int)
	mark = func(v *value, depth int) {
		if v == nil || depth > 4 {
			return
		}
		for _, k := range v.origin {
			if a.final && !a.symbolic {
				if a.escaped == nil {
					a.escaped = map[key]bool{}
				}
				a.escaped[k] = true
			}
		}
		for _, e := range v.entries {
			mark(e, depth+1)
		}
		for _, e := range v.elems {
			mark(e, depth+1)
		}
	}
	args := make([]*value, len(c.args))
	for i, k := range c.args {
		c.done[k] = true
		args[i] = a.eval(k, use{kind: useArg, call: c.callee})
		mark(args[i], 0)
	}
	kwargs := map[string]*value{}
	for _, k := range c.kwargs {
		c.done[k] = true
		name := a.text(k.child("name"))
		kwargs[name] = a.eval(k.child("value"), use{kind: useArg, call: c.callee, name: name})
		mark(kwargs[name], 0)
	}
	a.renderView(c, args, kwargs)
}

// noteConversion remembers that the argument of int(...), float(...)
// is converted on the spot: a field read there has that type.
func (a *analyzer) noteConversion(c *callSite) {
	t := convTypes[c.canon]
	if t == "" || len(c.args) != 1 {
		return
	}
	a.convert(c.args[0], t)
}

func (a *analyzer) convert(n *node, t string) {
	for n != nil && n.kind == "parenthesized_expression" {
		n = n.firstNamed()
	}
	if n == nil || t == "" {
		return
	}
	if a.conv == nil {
		a.conv = map[ir.Span]string{}
	}
	a.conv[ir.Span{Start: n.start, End: n.end}] = t
}

// typeName reads the type given to astype: int, "int64", float, str.
func (a *analyzer) typeName(n *node) string {
	t := a.text(n)
	if s, ok := a.constString(n); ok {
		t = s
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "np."), "numpy.")
	switch {
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "Int"), strings.HasPrefix(t, "uint"):
		return "int"
	case strings.HasPrefix(t, "float"), strings.HasPrefix(t, "Float"):
		return "float"
	case t == "str", t == "string", t == "object":
		return "string"
	case t == "bool", t == "boolean":
		return "bool"
	}
	return ""
}

// docKey is what a configuration document holds under key: a part of it,
// named by its dotted key path (kobo.api_root), as the configuration
// file's own front-end names its settings.
func docKey(doc *value, k string) *value {
	name := k
	if doc.name != "" {
		name = doc.name + "." + k
	}
	return &value{kind: kDoc, name: name, parts: hole(name), str: true, global: true, origin: doc.origin}
}
