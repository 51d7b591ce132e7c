// Package testrunner checks the fixtures under testdata/: every fixture
// carries its expectations inline, in the style of analysistest's
// `// want "regexp"` comments, and one runner serves every language.
//
// A line holding `want "re1" "re2"` (inside a comment of the file's own
// syntax) expects exactly that many non-info findings on that line, each
// matched by one regexp against "<RULE> <category> <v1>"; each regexp names
// the rule code it expects (`want "KB403 field title"`). Every other line
// must produce no finding. Files without comments (JSON, notebooks) keep
// their expectations in a sidecar "<file>.want" with lines `LINE "re" ...`.
package testrunner

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

var (
	wantRE   = regexp.MustCompile(`\bwant((?:\s+"(?:[^"\\]|\\.)*")+)`)
	quotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	ruleCode = regexp.MustCompile(`KB[0-9]{3}`)
)

// Expectations maps a 1-based line to the regexps expected there.
type Expectations map[int][]*regexp.Regexp

// ParseWants reads the expectations of the fixture at path: those of its
// sidecar path.want when there is one, else those inline in the file.
func ParseWants(path string) (Expectations, error) {
	if side, err := os.ReadFile(path + ".want"); err == nil {
		return parseSidecar(path+".want", side)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	exp := Expectations{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		m := wantRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		res, err := compileAll(m[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		exp[line] = res
	}
	return exp, sc.Err()
}

func parseSidecar(path string, data []byte) (Expectations, error) {
	exp := Expectations{}
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		num, rest, _ := strings.Cut(l, " ")
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: expected: LINE \"regexp\" [\"regexp\" ...]", path, i+1)
		}
		res, err := compileAll(rest)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		exp[n] = append(exp[n], res...)
	}
	return exp, nil
}

func compileAll(s string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, q := range quotedRE.FindAllString(s, -1) {
		u, err := strconv.Unquote(q)
		if err != nil {
			return nil, err
		}
		if !ruleCode.MatchString(u) {
			// a category alone would pass with any rule of it
			return nil, fmt.Errorf("expectation %s names no rule code (KBnnn)", q)
		}
		re, err := regexp.Compile(u)
		if err != nil {
			return nil, err
		}
		out = append(out, re)
	}
	return out, nil
}

// Match pairs expectations with findings (given as line -> descriptions)
// and returns one message per mismatch.
func Match(exp Expectations, got map[int][]string) []string {
	var errs []string
	for line, res := range exp {
		descs := append([]string(nil), got[line]...)
		for _, re := range res {
			found := -1
			for i, d := range descs {
				if re.MatchString(d) {
					found = i
					break
				}
			}
			if found < 0 {
				errs = append(errs, fmt.Sprintf("line %d: no finding matches %q (got %q)", line, re, got[line]))
				continue
			}
			descs = append(descs[:found], descs[found+1:]...)
		}
		for _, d := range descs {
			errs = append(errs, fmt.Sprintf("line %d: unexpected finding %q", line, d))
		}
	}
	for line, descs := range got {
		if _, ok := exp[line]; ok {
			continue
		}
		for _, d := range descs {
			errs = append(errs, fmt.Sprintf("line %d: unexpected finding %q", line, d))
		}
	}
	return errs
}
