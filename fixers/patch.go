package fixers

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// FileChange is one file of a patch. Path is relative to the repository root;
// Old nil means the file is created, New nil means it is deleted.
type FileChange struct {
	Path     string
	Old, New []byte
}

// UnifiedDiff returns the git-style diff of one file (empty when old equals
// new), with a/ and b/ prefixes so that `git apply` (-p1) takes it.
func UnifiedDiff(path string, old, new []byte) string {
	var buf bytes.Buffer
	writeFileDiff(&buf, FileChange{Path: path, Old: old, New: new})
	return buf.String()
}

// WritePatch writes one patch holding the diffs of all changed files, in the
// order given; unchanged files are left out. It is what `kobolint check --diff`
// prints and what campaigns across many repositories hand to `git apply`.
func WritePatch(w io.Writer, files []FileChange) error {
	var buf bytes.Buffer
	for _, f := range files {
		writeFileDiff(&buf, f)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func writeFileDiff(buf *bytes.Buffer, f FileChange) {
	if f.Old != nil && f.New != nil && bytes.Equal(f.Old, f.New) || f.Old == nil && f.New == nil {
		return
	}
	p := patchPath(f.Path)
	a, b := quotePath("a/"+p), quotePath("b/"+p)
	buf.WriteString("diff --git " + a + " " + b + "\n")
	from, to := a, b
	switch {
	case f.Old == nil:
		buf.WriteString("new file mode 100644\n")
		from = "/dev/null"
	case f.New == nil:
		buf.WriteString("deleted file mode 100644\n")
		to = "/dev/null"
	}
	if len(f.Old) == 0 && len(f.New) == 0 {
		// An empty file created or deleted has no hunk; the header says it all.
		return
	}
	buf.WriteString("--- " + from + nameEnd(from) + "\n")
	buf.WriteString("+++ " + to + nameEnd(to) + "\n")
	writeHunks(buf, diffLines(splitLines(f.Old), splitLines(f.New)))
}

// patchPath makes a repository-relative slash path: patches always use "/",
// and a leading "./" or "/" would shift git apply's -p1 stripping.
func patchPath(p string) string {
	p = filepath.ToSlash(p)
	for {
		switch {
		case strings.HasPrefix(p, "./"):
			p = p[2:]
		case strings.HasPrefix(p, "/"):
			p = p[1:]
		default:
			return p
		}
	}
}

// nameEnd: git ends a ---/+++ name that contains a space with a tab, so that
// readers which cut a trailing timestamp after the tab keep the whole name.
func nameEnd(name string) string {
	if strings.Contains(name, " ") && !strings.HasPrefix(name, "\"") {
		return "\t"
	}
	return ""
}

// quotePath quotes a name the way git does when it has bytes that cannot stand
// bare in a patch header: a double quote, a backslash, control characters or
// bytes outside ASCII, written as C escapes.
func quotePath(name string) string {
	need := false
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			need = true
			break
		}
	}
	if !need {
		return name
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for i := 0; i < len(name); i++ {
		c := name[i]
		if esc, ok := gitEscapes[c]; ok {
			sb.WriteString(esc)
		} else if c < 0x20 || c >= 0x7f {
			o := strconv.FormatInt(int64(c), 8)
			sb.WriteString(`\` + strings.Repeat("0", 3-len(o)) + o)
		} else {
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// gitEscapes are the C escapes git writes in a quoted path; other bytes
// below space or above '~' are written in octal.
var gitEscapes = map[byte]string{
	'"': `\"`, '\\': `\\`, '\a': `\a`, '\b': `\b`, '\t': `\t`, '\n': `\n`, '\v': `\v`, '\f': `\f`, '\r': `\r`,
}
