package engine

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/kobolint/kobolint/internal/finding"
	"github.com/kobolint/kobolint/internal/ir"
	"github.com/kobolint/kobolint/internal/lang"
	"github.com/kobolint/kobolint/rules"
)

// A file that its front-end cannot parse (a malformed notebook, a file cut
// short), that is too large to parse, or that holds binary bytes is not
// skipped: its text is scanned for what can be judged without a parser,
// hosts and endpoints, and the problem is reported beside the findings.
//
// Two scanners can do that (each language names its own in
// analyzers/registry): the string-literal lexer of analyzers/literals and
// the URL-token scan of analyzers/text. Measured on the fixtures and
// the shared corpus (195 files; the front-ends' own host and endpoint
// findings, by line, as the truth): the lexer alone finds 303 of 473 with
// 14 extra, the token scan 295 with 29 extra, and the lexer for languages
// whose URLs are string literals with the token scan for the others finds
// 332 with 22 extra (files cut at 60%: 194 of 274, 20 extra, against 177
// and 164). The token scan wins where URLs stand unquoted (shell words,
// config values, JSON-escaped notebook cells); the lexer wins in code,
// where it also keeps the names literals are assigned to and joins
// literals with + or interpolation.

// fallbackFile scans src (the content of display, of language l or nil)
// without its front-end, with the language's fallback scanner.
func fallbackFile(display string, l *lang.Language, src []byte) *ir.File {
	scan := lang.DefaultFallback
	if l != nil && l.Fallback != nil {
		scan = l.Fallback
	}
	f := &ir.File{Path: display}
	if scan != nil {
		f = scan(display, src)
	}
	f.Path = display
	return f
}

// withoutFixes drops the edits of findings made from a fallback scan: a
// file that does not parse, or is not held in memory, is mended by hand.
func withoutFixes(fs []finding.Finding, reason string) []finding.Finding {
	for i := range fs {
		if len(fs[i].Fix.Edits) > 0 || fs[i].Held != nil {
			fs[i].Fix = finding.Fix{Safety: rules.None, Edits: []finding.Edit{}, Reason: reason}
			fs[i].Held = nil
		}
	}
	return fs
}

// largeChunk is how much of a file over the size limit is scanned at a
// time (a variable for tests).
var largeChunk = 1 << 20

// scanLarge scans a file over the size limit piece by piece, in bounded
// memory: each piece ends at a line end (see pieceEnd for longer lines),
// is scanned like a file that does not parse, and its findings, moved to
// their place in the whole file and sorted, go to emit piece by piece.
// They carry no fix, and no link: nothing else in the run can depend on
// them (the file gives no definitions), so they are final as they are.
// marked reports whether any piece passed the prefilter.
func scanLarge(path, display string, l *lang.Language, s *Settings, opts *Options, emit func([]finding.Finding)) (marked bool, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer fh.Close()
	buf := make([]byte, largeChunk)
	kept := 0     // bytes carried over from the last piece
	offset := 0   // file offset of buf[0]
	lineBase := 0 // lines before buf[0]
	colBase := 0  // bytes of buf[0]'s line before it
	for eof := false; !eof; {
		n, err := io.ReadFull(fh, buf[kept:])
		switch {
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			eof = true
		case err != nil:
			return marked, err
		}
		end := kept + n
		cut := end
		if !eof {
			cut = pieceEnd(buf[:end])
		}
		piece := buf[:cut]
		if s.filter.interesting(piece) {
			marked = true
			a := &analysed{file: fallbackFile(display, l, piece), lines: newLineIndex(piece), src: piece}
			fs := check(a, nil, opts, nil).fs
			for i := range fs {
				f := &fs[i]
				if f.Line == 1 {
					f.Column += colBase
				}
				if f.EndLine == 1 {
					f.EndColumn += colBase
				}
				f.Line += lineBase
				f.EndLine += lineBase
				f.Start += offset
				f.End += offset
				f.Link, f.Names = nil, nil
			}
			if len(fs) > 0 {
				finding.Sort(fs)
				emit(withoutFixes(fs, "the file is over max_file_size: fix it by hand"))
			}
		}
		nl := bytes.Count(piece, []byte{'\n'})
		lineBase += nl
		if nl > 0 {
			colBase = len(piece) - 1 - bytes.LastIndexByte(piece, '\n')
		} else {
			colBase += len(piece)
		}
		offset += cut
		kept = copy(buf, buf[cut:end])
	}
	return marked, nil
}

// pieceEnd is where a piece of a large file ends: after its last line
// end, else (a line longer than a piece: minified code, data) after its
// last blank, else after its last separator (, ; > of JSON and markup),
// where no URL is cut in two; else at its end.
func pieceEnd(b []byte) int {
	for _, seps := range []string{"\n", " \t", ",;>"} {
		if i := bytes.LastIndexAny(b, seps); i >= 0 {
			return i + 1
		}
	}
	return len(b)
}
