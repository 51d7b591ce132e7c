// Package names tells the front-ends what the names of a program
// (identifiers, import paths, keys, command names) say about it: a name
// that mentions Kobo makes the file Kobo client code (ir.File.KoboHint).
// The words are the table's (rules/table.yaml, name_words.kobo_prefix).
package names

import (
	"strings"
	"sync"

	"github.com/kobolint/kobolint/rules"
)

var table = sync.OnceValue(rules.MustLoad)

// SaysKobo reports a name that mentions Kobo: a kobo_prefix word of the
// table anywhere in it, in any case (koboClient, KOBO_URL, pykobo).
func SaysKobo(name string) bool {
	lower := strings.ToLower(name)
	for _, w := range table().NameWords["kobo_prefix"] {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// SaysKoboBytes is SaysKobo of a name given as bytes of the source.
func SaysKoboBytes(name []byte) bool { return SaysKobo(string(name)) }

// PageItems is the field of a v2 page object that holds the page's items
// (the table's paginated list shape): what a front-end appends to a
// decode of a v1 list, and what a read of an already paged response names.
func PageItems() string { return pageItems() }

var pageItems = sync.OnceValue(func() string {
	if sh := table().PaginatedShape(); sh != nil && sh.V2 != nil {
		return *sh.V2
	}
	return ""
})

// DistinctiveField reports a v1 response field name that the table marks
// distinctive: rare enough in other code that a read of it in a file that
// talks to Kobo is taken for a read of a Kobo response.
func DistinctiveField(name string) bool { return distinctive()[name] }

var distinctive = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range table().Fields {
		if f.Distinctive {
			m[f.Name] = true
		}
	}
	return m
})

// NamesOtherService reports text that holds the host of another service
// with /api/v1 paths shaped like KoboCAT's (api.ona.io).
func NamesOtherService(text string) bool {
	lower := strings.ToLower(text)
	for _, h := range table().OtherServices {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// HTTPMethod reports an HTTP request method as a client spells it for the
// request line: GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS (upper case
// only; callers that accept any case upper-case first).
func HTTPMethod(m string) bool {
	switch m {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}

// AnyCaseMethod returns the HTTP request method m names in any case
// (get, Post), upper-cased; false when it names none.
func AnyCaseMethod(m string) (string, bool) {
	m = strings.ToUpper(m)
	return m, HTTPMethod(m)
}
