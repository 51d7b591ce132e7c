package engine

import "fmt"

// ProblemKind says what went wrong with a file or a path, so that each
// output can treat it as it must: the exit status, a JSON "problems" entry,
// a SARIF tool notification.
type ProblemKind string

// Problem kinds.
const (
	// ReadError: a path or file could not be read (missing, permission
	// denied, I/O error). Nothing of it was judged.
	ReadError ProblemKind = "read-error"
	// ParseError: the file's front-end failed on it; its text was scanned
	// for hosts and endpoints only (fields and shapes need a parser).
	ParseError ProblemKind = "parse-error"
	// PartialParse: the front-end met errors and analysed what it could.
	PartialParse ProblemKind = "partial-parse"
	// TooLarge: the file is over the size limit; it was not parsed but
	// scanned in pieces for hosts and endpoints.
	TooLarge ProblemKind = "too-large"
	// Binary: a file named like source code holds NUL bytes; its bytes
	// were scanned for hosts and endpoints.
	Binary ProblemKind = "binary"
	// Encoding: the file is not valid UTF-8; it was read as raw bytes.
	Encoding ProblemKind = "encoding"
	// UnknownRule: a kobolint:ignore[...] comment names no rule.
	UnknownRule ProblemKind = "unknown-rule"
	// UnusedIgnore: a kobolint:ignore comment suppresses nothing (reported
	// only when asked: Options.ReportUnused).
	UnusedIgnore ProblemKind = "unused-ignore"
	// NoFiles: a folder given to scan holds no file kobolint reads, or
	// the files named are of no kind it reads.
	NoFiles ProblemKind = "no-files"
	// WriteError: --fix could not write a file (set by the command line).
	WriteError ProblemKind = "write-error"
)

// Level is the weight of a kind of problem, in SARIF's words: "error"
// (the run could not judge what it was asked to, or the code has a mistake
// the user must mend), "warning" or "note".
func (k ProblemKind) Level() string {
	switch k {
	case ReadError, ParseError, UnknownRule, WriteError:
		return "error"
	case UnusedIgnore, PartialParse, TooLarge, Binary, NoFiles:
		return "warning"
	}
	return "note"
}

// Problem is something about a file or path, other than a finding, that a
// user of the report must know: kobolint could not (fully) read, parse or
// write it, or a directive in it is wrong.
type Problem struct {
	Path string
	// Line is the line the problem is on (a directive), 0 for the file as
	// a whole.
	Line int
	Msg  string
	Kind ProblemKind
	// IO is true for read errors (Kind ReadError).
	IO bool
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}
