package golang

import (
	"strings"

	"github.com/kobolint/kobolint/analyzers/internal/names"
	"github.com/kobolint/kobolint/internal/ir"
)

// methodOf reads an HTTP method from a value: a literal ("POST"), a
// constant such as http.MethodPost or resty.MethodGet (by its name), or a
// parameter of the function being walked (param > 0, 1-based).
func methodOf(v *value) (method string, param int) {
	if v == nil || len(v.segs) != 1 {
		return "", 0
	}
	s := v.segs[0]
	text := s.Text
	if s.Kind != ir.Lit {
		if s.param > 0 {
			return "", s.param
		}
		var ok bool
		name := s.Name[strings.LastIndexByte(s.Name, '.')+1:]
		if text, ok = strings.CutPrefix(name, "Method"); !ok {
			return "", 0
		}
	}
	if m, ok := names.AnyCaseMethod(text); ok {
		return m, 0
	}
	return "", 0
}

// requestMethod is the HTTP method of a call that sends a request (see
// requestArg), from its name or from its method argument; argVals holds
// the arguments evaluated so far (those before the URL).
func requestMethod(c callee, argVals []*value) (string, int) {
	arg := func(i int) *value {
		if i < len(argVals) {
			return argVals[i]
		}
		return nil
	}
	switch {
	case c.pkg == "net/http" && c.name == "NewRequest":
		return methodOf(arg(0))
	case c.pkg == "net/http" && c.name == "NewRequestWithContext":
		return methodOf(arg(1))
	case c.name == "Execute":
		return methodOf(arg(0))
	case c.name == "PostForm":
		return "POST", 0
	}
	if m, ok := names.AnyCaseMethod(c.name); ok {
		return m, 0
	}
	return "", 0
}

// wrapperMethod is the method of the requests local wrappers make with
// argument i as (part of) their URL, when they agree; "" otherwise.
func wrapperMethod(fis []*funcInfo, i int, argVals []*value) string {
	out := ""
	for _, fi := range fis {
		for _, t := range fi.reqs {
			uses := false
			for _, s := range t.segs {
				uses = uses || s.param == i+1
			}
			if !uses {
				continue
			}
			m := t.method
			if t.mparam > 0 {
				m = ""
				if j := t.mparam - 1; j < len(argVals) && argVals[j] != nil {
					m, _ = methodOf(argVals[j])
				}
			}
			switch {
			case m == "":
				return ""
			case out == "":
				out = m
			case out != m:
				return ""
			}
		}
	}
	return out
}
