package shell

import (
	"testing"
)

// FuzzAnalyze: no input makes the front-end panic, and every span it
// reports lies inside the input (raw ones spelling it).
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
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, cron bool) {
		path := "x.sh"
		if cron {
			path = "crontab"
		}
		file, err := Analyze(path, []byte(src))
		if err != nil {
			return
		}
		if msg := checkSpans(file, []byte(src)); msg != "" {
			t.Fatal(msg)
		}
		for _, s := range file.Suppressions {
			if s.Line < 1 {
				t.Fatalf("suppression line %d", s.Line)
			}
		}
	})
}
