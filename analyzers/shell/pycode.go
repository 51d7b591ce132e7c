package shell

import (
	"regexp"
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"

	"github.com/kobolint/kobolint/internal/lazyre"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/kobolint/kobolint/internal/ir"
)

// pythons run their -c argument (or a heredoc) as Python.
var pythons = set("python python3 python2 pypy pypy3")

// pySubscriptRe and pyGetRe find reads of a constant key in Python code:
// x['name'], x["name"], x.get('name') (a list literal ['a'] is no read:
// the receiver must end in a name or a bracket). Group 1 is the receiver,
// 3 the name.
var (
	pySubscriptRe = lazyre.New(`([\w.\]\)\[]*[\w\]\)])\[\s*(['"])([A-Za-z_]\w*)['"]\s*\]`)
	pyGetRe       = lazyre.New(`([\w.\]\)\[]*[\w\]\)])\.get\(\s*(['"])([A-Za-z_]\w*)['"]`)
)

// pythonFieldReads emits the constant-key reads of a Python snippet run by
// the script: `curl ... | python3 -c "import json,sys;
// print(json.load(sys.stdin)['title'])"` reads the curl's response.
func (w *walker) pythonFieldReads(parts []ir.Part, origin []int) {
	if len(origin) == 0 {
		origin = []int{ir.OriginFile}
	}
	text, offs := flatText(parts, "\x00")
	for _, re := range []*regexp.Regexp{pySubscriptRe(), pyGetRe()} {
		kind := ir.FieldSubscript
		if re == pyGetRe() {
			kind = ir.FieldGet
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, 200) {
			recv := text[m[2]:m[3]]
			if strings.HasPrefix(recv, "os.environ") || recv == "environ" {
				continue // an environment variable, not a response field
			}
			w.a.fieldAt(text[m[6]:m[7]], m[6], m[7], offs, kind, origin, recv, false)
		}
	}
}

// pyLoadRe finds Python code decoding its standard input:
// json.load(sys.stdin), json.loads(sys.stdin.read()).
var pyLoadRe = lazyre.New(`json\.loads?\(\s*sys\.stdin(?:\.read\(\s*\))?\s*\)`)

// pyListRe: the code uses a decoded value as a list.
var pyListRe = lazyre.New(`\bfor\s+\w+\s+in\b|\blen\(|\[\s*-?\d+\s*\]`)

// pythonDecode records the decode of stdin's response by a `python -c`
// snippet (`curl ... | python3 -c "import json,sys; print(len(json.load(sys.stdin)))"`):
// after the decode, ['results'] reads a v2 page's items (with the quote
// the shell string around the code leaves free).
func (w *walker) pythonDecode(parts []ir.Part, stdin []int, node *sitter.Node) {
	ids := w.a.writesOut(stdin)
	if len(ids) == 0 {
		return
	}
	text, offs := flatText(parts, "\x00")
	loc := pyLoadRe().FindStringIndex(text)
	if loc == nil || offs[loc[0]] < 0 || offs[loc[1]-1] != offs[loc[0]]+loc[1]-1-loc[0] {
		return
	}
	results := `["` + names.PageItems() + `"]`
	if node == nil || node.Type() != "raw_string" {
		results = `['` + names.PageItems() + `']`
	}
	w.a.f.Decodes = append(w.a.f.Decodes, ir.Decode{
		Span:    ir.Span{Start: offs[loc[0]], End: offs[loc[1]-1] + 1},
		Origin:  ids,
		Results: results,
		AsList:  pyListRe().MatchString(text),
	})
}

// pythonCommand handles `python3 -c CODE`: the code's URL tokens are
// emitted and its constant-key reads read stdin's response.
func (w *walker) pythonCommand(base string, args []arg, stdin []int) bool {
	for i := 0; i+1 < len(args); i++ {
		if optText(args[i]) != "-c" {
			continue
		}
		code := args[i+1].v.parts
		w.a.emitArg(code, ir.RoleArg, base, "", argPlain)
		w.pythonFieldReads(code, stdin)
		if !hasDerived(stdin) {
			w.pythonDecode(code, stdin, args[i+1].node)
		}
		for j, a := range args {
			if j != i+1 {
				w.a.emitArg(a.v.parts, ir.RoleArg, base, "", argPlain)
			}
		}
		return true
	}
	return false
}
