package python

import (
	"math"
	"strconv"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// key names a URL expression by its byte span. Spans do not change between
// the analysis passes (URL IDs would), so origins are kept as keys until the
// file is finished and then turned into URL IDs.
type key int64

func spanKey(n *node) key { return key(int64(n.start)<<32 | int64(n.end)) }

// Symbolic origins, only found in function summaries: "the URL this call
// hands to the wrapper" and "whatever the caller passed as parameter i".
const (
	keyCallURL key = -2
	keyParam0  key = -1000 // keyParam0 - i is parameter i
	// keyLocal is the origin of what is read from a local file (open(),
	// pd.read_csv("x.csv")): ir.OriginLocal in the IR.
	keyLocal key = -3
)

// Keys from keyParamIn0 up stand for what callers in other modules pass to
// a parameter of a public function (ir.ParamIn): far below every other
// key, which spanKey-based keys never reach.
const keyParamIn0 key = math.MinInt64

// isParamIn tells a key of ir.ParamIn.
func isParamIn(k key) bool { return k < keyParamIn0+1<<20 }

// knownOrigin reports an origin that says where a value comes from in this
// file: a value only passed in by other modules' callers (ir.ParamIn) is
// still an unknown object here (a session, a model), not known data.
func knownOrigin(origin []key) bool {
	for _, k := range origin {
		if !isParamIn(k) {
			return true
		}
	}
	return false
}

// maxParams bounds the parameters a symbolic key can name.
const maxParams = 256

func paramKey(i int) key { return keyParam0 - key(i) }

// isParamKey tells a parameter's symbolic key from the other negative keys
// (those of calls of imported functions are far below).
func isParamKey(k key) bool { return k <= keyParam0 && k > keyParam0-maxParams }

// symbolic reports whether an origin list holds a key that only means
// something at a call site ("the URL of this call", "parameter i").
func symbolic(origin []key) bool {
	for _, k := range origin {
		if k == keyCallURL || isParamKey(k) {
			return true
		}
	}
	return false
}

// paramMark marks a hole standing for parameter i of the function whose
// summary is being computed; call sites replace it by the argument's parts.
// It lives in Part.Foreign because that field is never set by this
// front-end otherwise, and no marked part ever leaves the package.
const paramMark = "\x00param:"

// localMark marks a hole naming a variable local to a function: seen from
// a call site, such a hole is better named after the call itself.
const localMark = "\x00local"

func paramHole(name string, i int) ir.Part {
	return ir.Part{Kind: ir.Hole, Name: name, Foreign: paramMark + strconv.Itoa(i)}
}

// splatHole stands for the *args parameter i joined by sep
// ("/".join(parts), "/".join([base, *parts])): call sites put there their
// extra positional arguments, joined by sep.
func splatHole(name string, i int, sep string) ir.Part {
	return ir.Part{Kind: ir.Hole, Name: name, Foreign: paramMark + strconv.Itoa(i) + "*" + sep}
}

func paramIndex(p ir.Part) (int, bool) {
	if p.Kind != ir.Hole || !strings.HasPrefix(p.Foreign, paramMark) {
		return 0, false
	}
	num, _, _ := strings.Cut(p.Foreign[len(paramMark):], "*")
	i, err := strconv.Atoi(num)
	return i, err == nil
}

// splatSep is the separator of a splatHole.
func splatSep(p ir.Part) (string, bool) {
	if _, ok := paramIndex(p); !ok {
		return "", false
	}
	_, sep, ok := strings.Cut(p.Foreign[len(paramMark):], "*")
	return sep, ok
}

type valKind uint8

const (
	kPlain    valKind = iota
	kResponse         // an HTTP response object (its attributes are not JSON fields)
	kSession          // requests.Session(), httpx.Client(): has .get/.post
	kConfig           // a configparser object
	kSection          // one section of a configparser object
	kEnv              // os.environ
	kModule           // an imported module
	kFunc             // a function defined in this file
	kClass            // a class defined in this file
	kInstance         // an instance of such a class (self, cls, Foo())
	kPath             // a pathlib path
	kDict             // a dict literal the code builds (its keys are its own)
	kArgs             // the result of argparse's parse_args()
	kBody             // the raw body of a response (r.text, r.content, resp.read())
	kFrame            // a pandas DataFrame: x["f"] reads a column
	kDoc              // a configuration document read from a file (yaml, json, toml)
	kFile             // a file opened for reading: what is read is local
	kConn             // an http.client connection to a host (base: scheme and host)
	kForeign          // an instance of a class another module defines (name: the class)
	kTemplate         // a template loaded by name (name: the view), rendered by .render()
)

// value is what the analysis knows about an expression.
type value struct {
	// parts is the string the value holds (literals and holes). For a value
	// that is not known to be a string it is a single hole naming it.
	parts []ir.Part
	// str is true when the value is known to be a string built by the code.
	str bool
	// ref is true when the string comes only from a name (a variable, a
	// parameter default): such a use is emitted only where it matters (call
	// arguments), the definition having been emitted already.
	ref bool
	// global is true when some hole names something outside the function
	// (a module-level or imported name that the repository pass may resolve).
	global bool
	origin []key
	kind   valKind
	fn     *funcInfo
	cls    *classInfo
	mod    string    // canonical module path for kModule
	base   []ir.Part // base_url of a session
	name   string    // section name for kSection, view for kTemplate
	// emitted is the key of the URL emitted for this very expression, if any.
	emitted key
	// generic marks the result of a call the analysis does not know: it
	// carries the origins of the call's arguments and receiver.
	generic bool
	// keys are the constant keys of a dict literal the code builds; they
	// are reported (FieldKey) where the dict is sent (request body,
	// json.dumps), not where it is built.
	keys []*node
	// entries are the values of a dict literal's constant keys, or the
	// attributes of one instance (a NamedTuple, a dataclass, a client
	// whose __init__ stores its arguments).
	entries map[string]*value
	// elems are the elements of a tuple or list literal (a function
	// returning several values, unpacked by the caller).
	elems []*value
	// alt marks a value chosen among alternatives, one of which the
	// analysis does not know (x or "default", a if c else "b"): it stands
	// for a URL, but is no key a dict is known to be read by.
	alt bool
	// agreed marks what call sites passed for a parameter when every one
	// passed the same text (parts).
	agreed bool
	// dec are the places where this very value was decoded from a
	// response body (the keys of the decoding expressions): using the
	// value as a list marks them (ir.Decode.AsList). Inside a function
	// being summarised, paramKey(i) stands for "what the caller passed".
	dec []key
	// rest: the value is what a call passes to a *args parameter, its
	// elems the extra positional arguments.
	rest bool
	// names are the string literals of a list or tuple literal made of
	// constant strings only (COLS = ["formid", "title"]): where it selects
	// columns of a response (df[COLS]), each is a field read, reported
	// where it is written.
	names []*node
}

func unknown(name string) *value {
	return &value{parts: []ir.Part{{Kind: ir.Hole, Name: name}}}
}

// withOrigin returns a plain data value carrying the given origins.
func data(name string, origin []key) *value {
	v := unknown(name)
	v.origin = origin
	return v
}

// copyVal returns a copy whose slices may be appended to safely.
func (v *value) copyVal() *value {
	c := *v
	c.parts = append([]ir.Part(nil), v.parts...)
	c.origin = append([]key(nil), v.origin...)
	c.dec = append([]key(nil), v.dec...)
	c.emitted = 0
	return &c
}

// union merges origin lists without duplicates.
func union(lists ...[]key) []key {
	var out []key
	for _, l := range lists {
	next:
		for _, k := range l {
			for _, o := range out {
				if o == k {
					continue next
				}
			}
			out = append(out, k)
		}
	}
	return out
}

// via returns parts with Via set to name where no inner variable set it.
func via(parts []ir.Part, name string) []ir.Part {
	out := make([]ir.Part, len(parts))
	for i, p := range parts {
		if p.Via == "" && (p.Kind == ir.Lit || p.Name != name) {
			p.Via = name
		}
		out[i] = p
	}
	return out
}

// scope holds the variables of a module, function, lambda or comprehension.
type scope struct {
	vars   map[string]*value
	parent *scope
	fn     *funcInfo  // the function whose body this is, if any
	cls    *classInfo // set for a class body
	params map[string]bool
}

func newScope(parent *scope, fn *funcInfo) *scope {
	return &scope{vars: map[string]*value{}, parent: parent, fn: fn}
}

func (s *scope) lookup(name string) (*value, *scope) {
	for c := s; c != nil; c = c.parent {
		if v, ok := c.vars[name]; ok {
			return v, c
		}
	}
	return nil, nil
}

// param is one formal parameter.
type param struct {
	name   string
	def    *node // default value, if any
	star   int   // 0 plain, 1 *args, 2 **kwargs
	kwOnly bool
}

// funcInfo is a function of this file and what its body is known to do,
// learned while the body is walked with symbolic parameters.
type funcInfo struct {
	name     string
	def      *node
	params   []param
	cls      *classInfo // set for methods
	static   bool       // staticmethod: no self parameter
	property bool       // @property: reading the attribute calls it
	// tmpl is the URL of a request made in the body that a parameter flows
	// into (a wrapper such as _get(url) or kobo_get(path)); tmplKey is that
	// URL's key in the body.
	tmpl    []ir.Part
	tmplKey key
	// method is the HTTP method of that request ("" unknown); methodParam
	// is the parameter that gives it (requests.request(method, url)), or -1.
	method      string
	methodParam int
	// inner are the other string expressions of the body that a parameter
	// flows into (a request body's "source": "{}assets/{}/".format(host,
	// uid)): rebuilt at each call site whose arguments bring text.
	inner []innerURL
	// decodes are the decodes of the body whose response is only known at
	// a call site (the response of the wrapper's request, a parameter).
	decodes map[key]*symDecode
	// listParams are the parameters the body uses as lists.
	listParams map[int]bool
	// selfAttrs are what a method (__init__) stores in self.name, built
	// from its parameters: an instance's own attributes at each call.
	selfAttrs map[string]*value
	// ret is what the function returns or yields, with parameter holes and
	// symbolic origins.
	ret *value
	// defaults are the parameters' default values (nil where none).
	defaults []*value
	// args collects what call sites pass, for each parameter (origins and
	// kinds), in this walk; prevArgs is the previous walk's.
	args, prevArgs []*value
	// calls counts the calls of the function walked concretely, rebuilt
	// those that rebuilt its request URL with their own text; prevCalls
	// and prevRebuilt are the previous walk's counts.
	calls, rebuilt, prevCalls, prevRebuilt int
}

// sitesReport tells whether the call sites of the file report what the
// body does with a response they give it: the body itself then does not
// (an edit there and one at a call would apply twice).
func (f *funcInfo) sitesReport() bool { return f != nil && f.prevCalls > 0 }

// sitesRequest tells whether every call site rebuilt the request URL:
// the body's own URL is then a template whose uses are those calls.
func (f *funcInfo) sitesRequest() bool {
	return f != nil && f.prevCalls > 0 && f.prevRebuilt == f.prevCalls
}

// innerURL is a string of a function body built from parameters.
type innerURL struct {
	at    key
	parts []ir.Part
	u     use
}

// symDecode is a decode in a function body of a response known only at a
// call site: its origin is symbolic.
type symDecode struct {
	span    ir.Span
	results string
	origin  []key
	list    bool
}

func (f *funcInfo) paramIndex(name string) int {
	for i, p := range f.params {
		if p.name == name {
			return i
		}
	}
	return -1
}

// classInfo is a class of this file: its attributes (class body
// assignments and self.x = ... in any method) and its methods.
type classInfo struct {
	name string
	// attrs are set in this walk, prev in the previous one: a method may
	// read an attribute that a later method sets.
	attrs, prev map[string]*value
	methods     map[string]*funcInfo
	bases       []string
	// fields are the names the class body declares with an annotation
	// (url: str), in order.
	fields []string
}
