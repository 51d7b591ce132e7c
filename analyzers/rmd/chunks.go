package rmd

import (
	"bytes"
	"strings"
)

// chunk is an executable code chunk: ```{r label, opts} ... ```.
type chunk struct {
	engine     string // "r", "python", "shell"
	start, end int    // the whole chunk, fences included: [start, end)
	bodyStart  int    // first byte of the first body line
	bodyEnd    int    // first byte of the closing fence line (or end)
	indent     int    // columns of indentation of the opening fence
}

// inline is `r expr` (or `{r} expr`) in prose: code is [codeStart, codeEnd),
// the whole span with backticks [start, end).
type inline struct {
	start, end         int
	codeStart, codeEnd int
}

// engines maps a chunk engine to the front-end that reads it.
var engines = map[string]string{
	"r": "r", "python": "python", "py": "python", "bash": "shell", "sh": "shell",
	"shell": "shell", "zsh": "shell",
}

// frontMatterEnd returns where the YAML front matter ends (the offset after
// its closing line), or 0 when the document has none.
func frontMatterEnd(src []byte) (bodyStart, bodyEnd, next int) {
	off := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		off = 3
	}
	// The engine hands files over with a BOM blanked to three spaces.
	for off < 3 && off < len(src) && src[off] == ' ' {
		off++
	}
	end, nx := lineAt(src, off)
	if strings.TrimRight(string(src[off:end]), " \t\r") != "---" {
		return 0, 0, 0
	}
	for p := nx; p < len(src); {
		e, n := lineAt(src, p)
		if s := strings.TrimRight(string(src[p:e]), " \t\r"); s == "---" || s == "..." {
			return nx, p, n
		}
		p = n
	}
	return 0, 0, 0
}

// lineAt returns the end of the line at off (before '\n') and the start of
// the next one.
func lineAt(t []byte, off int) (end, next int) {
	i := bytes.IndexByte(t[off:], '\n')
	if i < 0 {
		return len(t), len(t)
	}
	return off + i, off + i + 1
}

// findChunks returns the executable chunks of src after offset from, and
// the inline R expressions of the prose between them.
func findChunks(src []byte, from int) ([]chunk, []inline) {
	var chunks []chunk
	var inl []inline
	type open struct {
		ch     byte
		n      int
		engine string
		c      chunk
	}
	var cur *open // an open fence (executable or not)
	for off := from; off < len(src); {
		end, next := lineAt(src, off)
		line := src[off:end]
		ind := 0
		for ind < len(line) && (line[ind] == ' ' || line[ind] == '\t') {
			ind++
		}
		rest := line[ind:]
		if cur != nil {
			if k := run(rest, cur.ch); k >= cur.n && len(bytes.TrimSpace(rest[k:])) == 0 {
				if cur.engine != "" {
					cur.c.bodyEnd = off
					cur.c.end = next
					chunks = append(chunks, cur.c)
				}
				cur = nil
			}
			off = next
			continue
		}
		if k := fence(rest); k > 0 {
			info := strings.TrimSpace(string(rest[k:]))
			o := &open{ch: rest[0], n: k}
			if eng := chunkEngine(info); eng != "" && rest[0] == '`' {
				o.engine = eng
				o.c = chunk{engine: eng, start: off, bodyStart: next, indent: ind}
			}
			cur = o
			off = next
			continue
		}
		inl = append(inl, inlineR(src, off, end)...)
		off = next
	}
	if cur != nil && cur.engine != "" {
		cur.c.bodyEnd = len(src)
		cur.c.end = len(src)
		chunks = append(chunks, cur.c)
	}
	return chunks, inl
}

func run(b []byte, ch byte) int {
	k := 0
	for k < len(b) && b[k] == ch {
		k++
	}
	return k
}

// fence returns the length of a ``` or ~~~ fence opening the line, or 0.
func fence(rest []byte) int {
	if len(rest) == 0 || (rest[0] != '`' && rest[0] != '~') {
		return 0
	}
	k := run(rest, rest[0])
	if k < 3 {
		return 0
	}
	if rest[0] == '`' && bytes.IndexByte(rest[k:], '`') >= 0 {
		return 0 // ``` inside a line of inline code, not a fence
	}
	return k
}

// chunkEngine returns the front-end of an executable chunk header
// ({r setup}, {python}, {bash, eval = FALSE}), or "" for other fences
// (```r is displayed, not run; {.r} neither).
func chunkEngine(info string) string {
	if !strings.HasPrefix(info, "{") || strings.HasPrefix(info, "{.") || strings.HasPrefix(info, "{=") {
		return ""
	}
	s := strings.TrimSpace(info[1:])
	if k := strings.IndexAny(s, " ,}\t="); k >= 0 {
		s = s[:k]
	}
	return engines[strings.ToLower(s)]
}

// inlineR finds `r expr` and `{r} expr` in the line src[off:end].
func inlineR(src []byte, off, end int) []inline {
	var out []inline
	for i := off; i < end; i++ {
		if src[i] != '`' {
			continue
		}
		// Count the opening backticks; inline R uses exactly one.
		j := i
		for j < end && src[j] == '`' {
			j++
		}
		if j-i != 1 {
			i = j - 1
			continue
		}
		code := -1
		switch {
		case bytes.HasPrefix(src[j:end], []byte("r ")):
			code = j + 2
		case bytes.HasPrefix(src[j:end], []byte("{r} ")):
			code = j + 4
		}
		k := bytes.IndexByte(src[j:end], '`')
		if k < 0 {
			return out
		}
		close := j + k
		if code >= 0 && code <= close {
			out = append(out, inline{start: i, end: close + 1, codeStart: code, codeEnd: close})
		}
		i = close
	}
	return out
}
