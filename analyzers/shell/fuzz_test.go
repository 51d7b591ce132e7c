package shell

import (
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
	"github.com/kobolint/kobolint/internal/ir"
)

// FuzzAnalyze: no input makes the front-end panic, every span it reports
// lies inside the input (raw ones spelling it), and suppressions are on
// real lines; as a script and as a crontab.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"curl -s \"$KC/api/v1/forms\" | jq -r '.[] | .title'\n",
		"BASE=${KC:-https://kc.x}\ncat <<END | sh\ncurl \"$BASE/a\"\nEND\n",
		"a | b | c x\ncurl y || z\n",
		"x=(a \"${y[@]}\" $'\\t')\nprintf -v u '%s/%d' \"${x[0]}\" 1\n",
		"0 * * * * curl https://kc.x/api/v1/data % in\n",
		"\xEF\xBB\xBFecho \"a\\\"b\" `ls /x` $((1+2)) ${#x} ${x%%/*}\r\n",
		"jq '{a, \"b\": .c, (.d): \"\\(.e)\"}' <<<\"$(curl u)\"\n",
		"f() { curl \"$1\"; }; f /api/v1/x; bash -c 'curl https://a/b'\n",
		"\"unterminated ${ $( `",
		"g() { local p=\"$1\"; curl \"$B/$p\"; }\ng forms?x=1\ng 474\n",
		"curl u | python3 -c 'import sys,json; print(json.load(sys.stdin)[0][\"title\"], d.get(\"x\"))'\n",
		"$ curl -d '{\"a\": \"https://x/y z\"}' u\n% wget v\n",
		"K=https://kf.x\nKC=\"${K/kf./kc.}\" ${K//f/} ${K/#h/H} ${K/%x/y}\ncurl -sX POST -F a=@b \"$KC/api/v1/forms\" | jq length | jq .a\n",
		"k() { curl -X \"$1\" \"$B/$2\" | jq -r '.[].id'; }\nk GET forms\nk POST data\ncurl u -o f.json; jq 'map(.x)' f.json\n",
		"A=x/; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; A=\"$A$A\"; curl \"$A\"\n",
	}
	irtest.FuzzTarget{
		Analyze: Analyze,
		Paths:   []string{"x.sh", "crontab"},
		Check: func(t *testing.T, file *ir.File, _ []byte) {
			for _, s := range file.Suppressions {
				if s.Line < 1 {
					t.Fatalf("suppression line %d", s.Line)
				}
			}
		},
	}.Fuzz(f, seeds...)
}
