package python

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kobolint/kobolint/analyzers/internal/irtest"
)

// FuzzAnalyze: any input is analysed without error or panic, and every span
// lies inside the input (raw parts and reads match their source). The
// fixtures are seeds too.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"import requests\nr = requests.get(\"https://kc.kobotoolbox.org/api/v1/data\")\nprint(r.json()[0][\"title\"])\n",
		"x = f\"{a!r:>{w}}/api/{b['c']}\" 'y' \"%s/%(k)s\" % (1,)\n",
		"def f(u='https://h/x'):\n    return requests.get(u + '/y').json()\nfor z in f(): z.title\n",
		"class C:\n    B = 'a/b'\n    def m(self): self.x = self.B.replace('/b', '/c')\n",
		"# kobolint:ignore[KB1]\n\"\"\"doc https://h/api/v1\"\"\"\n",
		"\xef\xbb\xbf\x00\xff'\\x4",
	}
	files, _ := filepath.Glob("../../testdata/python/*.py")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	irtest.FuzzTarget{Analyze: Analyze, Paths: []string{"fuzz.py"}, NoErrors: true}.Fuzz(f, seeds...)
}
