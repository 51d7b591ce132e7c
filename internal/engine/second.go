package engine

// The second chance: files that the prefilter dropped because they
// mention nothing Kobo's, read again when they use a name that a Kobo
// file of their repository defines.

import (
	"sort"
	"strings"

	"github.com/kobolint/kobolint/internal/lang"
)

const (
	// maxSecondChance bounds the dropped files of one repository kept for
	// the second chance; a larger repository gets none (reading it twice
	// would cost more than the scan).
	maxSecondChance = 4000
	// secondChanceRounds bounds the rounds: a client module found in the
	// first, a report calling it in the second, its caller in the third.
	secondChanceRounds = 3
	// minToken is the shortest name worth looking for.
	minToken = 4
)

// droppedFile is a file the prefilter dropped.
type droppedFile struct {
	path, display string
	l             *lang.Language
	fc            *fileCtx
}

// koboTokens are the names, as other files spell them, of the definitions
// made in files that talk to Kobo (or were read for using such a name):
// SETTINGS of SETTINGS.root, Client of Client.forms(), ROOT.
func koboTokens(defs map[string][]defSite, koboPaths map[string]bool) [][]byte {
	seen := map[string]bool{}
	for name, ds := range defs {
		t := leadingName(name)
		if len(t) < minToken || seen[t] {
			continue
		}
		for _, d := range ds {
			if koboPaths[d.path] {
				seen[t] = true
				break
			}
		}
	}
	names := make([]string, 0, len(seen))
	for t := range seen {
		names = append(names, t)
	}
	sort.Strings(names)
	out := make([][]byte, len(names))
	for i, t := range names {
		out[i] = []byte(t)
	}
	return out
}

// leadingName is the first identifier of a definition's name ("SETTINGS"
// of "SETTINGS.root", "Client" of "Client.forms()", "api_get" of the
// prefix "api_get#0" a wrapper puts before its argument, "titles" of the
// response "titles@0" its callers pass it), or "" for a
// name that is not an identifier path (a view's "view/a/b").
func leadingName(name string) string {
	end := len(name)
	for i, r := range name {
		if r == '.' || r == '(' || r == '[' || r == '$' || r == '#' || r == '@' {
			end = i
			break
		}
		if !nameRune(r) || r == ':' {
			return ""
		}
	}
	return strings.TrimSpace(name[:end])
}

// promoteUsers counts as Kobo's the files read in the first pass that
// talk to Kobo only through a name a Kobo file defines (main.js calling
// formList of a module whose import path happened to pass the
// prefilter): what they define in turn (what they pass on as arguments,
// ir.ParamDef) is then looked for in the dropped files, as it is for a
// file read in the second chance.
func promoteUsers(waiting []*pending, worlds map[string]map[string][]defSite, koboPaths map[string]bool) {
	sets := map[string]map[string]bool{}
	for _, pw := range waiting {
		if koboPaths[pw.irPath] || len(pw.names) == 0 {
			continue
		}
		set, ok := sets[pw.fc.world]
		if !ok {
			set = map[string]bool{}
			for _, t := range koboTokens(worlds[pw.fc.world], koboPaths) {
				set[string(t)] = true
			}
			sets[pw.fc.world] = set
		}
		for _, n := range pw.names {
			if set[leadingName(n)] {
				koboPaths[pw.irPath] = true
				break
			}
		}
	}
}
