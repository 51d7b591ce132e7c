package python

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
)

// The library knowledge of the front-end: which calls read the
// environment, make HTTP requests or create HTTP clients. Names are
// canonical dotted paths (import aliases resolved).

var envGetters = map[string]bool{
	"os.getenv": true, "os.environ.get": true, "os.environ.setdefault": true,
	"os.getenvb": true, "decouple.config": true, "environ.get": true,
}

// bodyFuncs serialise their argument for sending.
var bodyFuncs = map[string]bool{"json.dumps": true, "json.dump": true, "urllib.parse.urlencode": true}

var configCtors = map[string]bool{
	"configparser.ConfigParser": true, "configparser.RawConfigParser": true,
	"configparser.SafeConfigParser": true, "ConfigParser.ConfigParser": true,
	"ConfigParser.SafeConfigParser": true, "ConfigParser.RawConfigParser": true,
}

var configGetters = map[string]bool{"get": true, "getint": true, "getfloat": true, "getboolean": true}

var sessionCtors = map[string]bool{
	"requests.Session": true, "requests.session": true, "requests.sessions.Session": true,
	"httpx.Client": true, "httpx.AsyncClient": true, "aiohttp.ClientSession": true,
	"urllib3.PoolManager": true, "requests_cache.CachedSession": true,
	"requests_oauthlib.OAuth2Session": true, "niquests.Session": true,
	// requests-toolbelt's session that joins every path to its base_url
	"requests_toolbelt.sessions.BaseUrlSession": true, "requests_toolbelt.BaseUrlSession": true,
}

var httpVerbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true,
	"head": true, "options": true, "request": true, "stream": true,
}

// listConsumers use an argument as a list (or any sequence): which
// positional argument (-1: all), or data= for the pandas constructors.
var listConsumers = map[string]int{
	"len": 0, "list": 0, "sorted": 0, "enumerate": 0, "reversed": 0, "tuple": 0,
	"min": 0, "max": 0, "sum": 0, "any": 0, "all": 0, "map": 1, "filter": 1, "zip": -1,
	"itertools.islice": 0, "itertools.chain": -1, "random.choice": 0, "random.sample": 0,
	"pandas.DataFrame": 0, "pandas.json_normalize": 0, "pandas.io.json.json_normalize": 0,
	"pandas.DataFrame.from_records": 0, "pandas.DataFrame.from_dict": 0,
	"polars.DataFrame": 0, "numpy.array": 0, "csv.DictWriter.writerows": 0,
}

type reqFunc struct{ idx, kind int }

var requestFuncs = map[string]reqFunc{}

func init() {
	for _, lib := range []string{"requests", "httpx", "grequests", "niquests", "requests.api"} {
		for _, v := range []string{"get", "post", "put", "patch", "delete", "head", "options"} {
			requestFuncs[lib+"."+v] = reqFunc{0, resResponse}
		}
		requestFuncs[lib+".request"] = reqFunc{1, resResponse}
	}
	requestFuncs["httpx.stream"] = reqFunc{1, resResponse}
	requestFuncs["aiohttp.request"] = reqFunc{1, resResponse}
	for _, f := range []string{
		"urllib.request.urlopen", "urllib.request.Request", "urllib.request.urlretrieve",
		"urllib2.urlopen", "urllib2.Request", "urllib.urlopen", "urllib.urlretrieve",
		"six.moves.urllib.request.urlopen", "wget.download",
	} {
		requestFuncs[f] = reqFunc{0, resResponse}
	}
	for _, f := range []string{"read_csv", "read_json", "read_excel", "read_table", "read_xml", "read_html"} {
		requestFuncs["pandas."+f] = reqFunc{0, resData}
	}
}

// canonical returns the dotted path a name or attribute chain stands for,
// with the first name resolved through the imports ("pd.read_csv" ->
// "pandas.read_csv"), or "" when it is not a plain chain or its root is a
// variable of the file.
func (a *analyzer) canonical(n *node) string {
	var segs []string
	for cur := n; ; {
		if cur == nil {
			return ""
		}
		switch cur.kind {
		case "identifier":
			segs = append(segs, a.text(cur))
		case "attribute":
			segs = append(segs, a.text(cur.child("attribute")))
			cur = cur.child("object")
			continue
		default:
			return ""
		}
		break
	}
	for i, j := 0, len(segs)-1; i < j; i, j = i+1, j-1 {
		segs[i], segs[j] = segs[j], segs[i]
	}
	first := segs[0]
	if v, _ := a.cur.lookup(first); v != nil && v.kind != kModule {
		return ""
	}
	if v := a.moduleFinal[first]; v != nil && v.kind != kModule {
		return ""
	}
	if m, ok := a.imports[first]; ok {
		segs[0] = m
	} else if first == "pd" {
		segs[0] = "pandas"
	}
	return strings.Join(segs, ".")
}

// importIsModule reports whether a local name was bound by `import x`
// (a module) rather than `from m import x` (any object).
func (a *analyzer) importIsModule(name string) bool {
	return a.moduleNames[name]
}

// collectImports reads every import of the file (also inside functions:
// the aliases rarely clash).
func (a *analyzer) collectImports(root *node) {
	a.moduleNames = map[string]bool{}
	stack := []*node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.kind {
		case "import_statement":
			for _, k := range n.kids {
				if k.field != "name" {
					continue
				}
				switch k.kind {
				case "dotted_name":
					full := a.text(k)
					first := full
					if i := strings.IndexByte(full, '.'); i >= 0 {
						first = full[:i]
					}
					a.imports[first] = first
					a.moduleNames[first] = true
				case "aliased_import":
					if nm, al := k.child("name"), k.child("alias"); nm != nil && al != nil {
						a.imports[a.text(al)] = dotted(a.text(nm))
						a.moduleNames[a.text(al)] = true
					}
				}
			}
			continue
		case "import_from_statement":
			mod := ""
			if m := n.child("module_name"); m != nil {
				mod = dotted(a.text(m))
			}
			for _, k := range n.kids {
				if k.field != "name" {
					continue
				}
				switch k.kind {
				case "dotted_name":
					nm := dotted(a.text(k))
					a.imports[nm] = join(mod, nm)
				case "aliased_import":
					if nm, al := k.child("name"), k.child("alias"); nm != nil && al != nil {
						a.imports[a.text(al)] = join(mod, dotted(a.text(nm)))
					}
				}
			}
			continue
		}
		for i := len(n.kids) - 1; i >= 0; i-- {
			stack = append(stack, n.kids[i])
		}
	}
}

func join(mod, name string) string {
	if mod == "" || strings.HasSuffix(mod, ".") {
		return mod + name
	}
	return mod + "." + name
}

// dotted removes spaces from a dotted name as written (`os . path`).
func dotted(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// koboHint reports whether an identifier or import path of the code (not
// a string or comment) names Kobo.
func koboHint(src []byte, root *node) bool {
	stack := []*node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.kind == "identifier" && n.end-n.start >= 4 && n.end <= len(src) {
			if names.SaysKoboBytes(src[n.start:n.end]) {
				return true
			}
			continue
		}
		stack = append(stack, n.kids...)
	}
	return false
}
