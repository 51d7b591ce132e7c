package shell

import (
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// argMode says what kind of text an argument is, which decides how much
// of it is a URL candidate.
type argMode uint8

const (
	// argPlain: any argument. A word holding whitespace cannot be a URL as
	// a whole (a JSON body, code for python -c, "--user a:b"): its
	// URL-looking tokens (a scheme, or an /api path) are the candidates.
	argPlain argMode = iota
	// argProse: a message printed by echo, printf or a logging function.
	// With whitespace in it, only tokens with a scheme count: a relative
	// path in a sentence ("fetched /api/v1/data/42 into out.json") is not
	// a request.
	argProse
	// argFile: a file operand (cp, mkdir, tar, jq's input, curl -o): a
	// path, never a URL unless it spells a scheme.
	argFile
)

// fileCommands take file operands.
var fileCommands = set(`cp mv rm mkdir rmdir ls touch chmod chown chgrp ln tar zip unzip gzip gunzip
	bzip2 xz find rsync du stat file basename dirname realpath readlink cd pushd popd source .
	install mktemp sha256sum sha1sum md5sum wc head tail sort uniq diff cmp split cat tee`)

// proseCommands print messages.
var proseCommands = set("echo printf logger notify-send")

// fileTests are the test operators whose operand is a file.
var fileTests = set("-a -b -c -d -e -f -g -h -k -p -r -s -t -u -w -x -G -L -N -O -S")

// emitArg emits the URL candidates of one argument; it returns the ID of
// the last URL emitted, or -1.
func (a *analyzer) emitArg(parts []ir.Part, role ir.Role, call, varName string, mode argMode) int {
	if mode != argFile && !hasSpace(parts) {
		return a.emit(parts, role, call, varName)
	}
	id := -1
	for _, tok := range urlTokens(parts, false) {
		if mode != argPlain && !strings.Contains(litText(tok), "://") {
			continue
		}
		id = a.emit(tok, role, call, varName)
	}
	return id
}

// hasSpace: some literal text of parts holds whitespace.
func hasSpace(parts []ir.Part) bool {
	for _, p := range parts {
		if p.Kind == ir.Lit && strings.ContainsAny(p.Text, " \t\n") {
			return true
		}
	}
	return false
}
