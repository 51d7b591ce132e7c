package text

import (
	"bytes"
	"strings"

	"github.com/kobolint/kobolint/analyzers/text/remap"
	"github.com/kobolint/kobolint/internal/ir"
)

// fenceLang maps a fence's info word to a front-end name. Config
// languages are read by this package's own parsers.
var fenceLang = map[string]string{
	"bash": "shell", "sh": "shell", "shell": "shell", "zsh": "shell", "ksh": "shell",
	"console": "shell", "shell-session": "shell", "shellsession": "shell", "terminal": "shell",
	"bash-session": "shell", "sh-session": "shell", "shellscript": "shell", "curl": "shell",
	"python": "python", "py": "python", "python3": "python", "ipython": "python", "ipython3": "python",
	"pycon": "python", "python-repl": "python",
	"r": "r", "rscript": "r", "splus": "r", "rconsole": "r",
	"js": "js", "javascript": "js", "node": "js", "ts": "js", "typescript": "js", "gs": "js",
	"go": "go", "golang": "go", "cs": "csharp", "csharp": "csharp", "c#": "csharp",
	"json": "text:json", "jsonc": "text:json", "json5": "text:json", "yaml": "text:yaml", "yml": "text:yaml",
	"toml": "text:toml", "ini": "text:ini", "cfg": "text:ini", "conf": "text:ini", "properties": "text:properties",
	"dotenv": "text:env", "env": "text:env", "dockerfile": "text:dockerfile", "docker": "text:dockerfile",
	"makefile": "text:makefile", "make": "text:makefile", "markdown": "text:markdown", "md": "text:markdown",
}

// consoleLangs show a session: only prompt lines are commands.
var consoleLangs = map[string]bool{"console": true, "shell-session": true, "shellsession": true, "terminal": true,
	"bash-session": true, "sh-session": true, "pycon": true, "python-repl": true, "rconsole": true}

// shellStarters are first words that make an unlabelled block a command.
var shellStarters = map[string]bool{"curl": true, "wget": true, "http": true, "https": true, "export": true, "set": true}

// analyzeMarkdown reads a Markdown file.
func analyzeMarkdown(c *ctx) {
	c.markdown(c.src, c.whole)
}

// mdFence is an open fenced code block.
type mdFence struct {
	char   byte
	n      int // fence length
	indent int
	lang   string
	body   int // text offset where the body starts
}

func (c *ctx) markdown(text []byte, m *remap.Map) {
	off := 0
	if len(text) >= 3 && bytes.HasPrefix(text, []byte("\xef\xbb\xbf")) {
		off = 3
	}
	off = c.frontMatter(text, m, off)
	var fence *mdFence
	inComment := false
	indented := -1 // start of an indented code block, or -1
	prevBlank := true
	flushIndented := func(end int) {
		if indented >= 0 {
			c.codeBlock("", text, m, indented, end, 4)
			indented = -1
		}
	}
	for off < len(text) {
		end, next := lineAt(text, off)
		i := skipBlanks(text, off, end)
		blank := i >= end
		switch {
		case fence != nil:
			if k := fenceRun(text, i, end, fence.char); k >= fence.n && skipBlanks(text, i+k, end) >= end {
				c.codeBlock(fence.lang, text, m, fence.body, off, fence.indent)
				fence = nil
			}
		case inComment:
			k := bytes.Index(text[off:end], []byte("-->"))
			if k < 0 {
				c.tokensIn(text, m, off, end, ir.RoleDoc, "", true)
			} else {
				c.tokensIn(text, m, off, off+k, ir.RoleDoc, "", true)
				inComment = false
				c.proseLine(text, m, off+k+3, end)
			}
		case indented >= 0 && (blank || i-off >= 4 || (i > off && text[off] == '\t')):
			// The indented block goes on (blank lines included).
		default:
			flushIndented(off)
			if k := fenceRun(text, i, end, '`'); k >= 3 && bytes.IndexByte(text[i+k:end], '`') < 0 {
				fence = &mdFence{char: '`', n: k, indent: i - off, lang: infoLang(text[i+k : end]), body: next}
			} else if k := fenceRun(text, i, end, '~'); k >= 3 {
				fence = &mdFence{char: '~', n: k, indent: i - off, lang: infoLang(text[i+k : end]), body: next}
			} else if !blank && prevBlank && (i-off >= 4 || text[off] == '\t') {
				indented = off
			} else {
				c.proseLine(text, m, off, end)
				if k := bytes.LastIndex(text[off:end], []byte("<!--")); k >= 0 && !bytes.Contains(text[off+k:end], []byte("-->")) {
					inComment = true
				}
			}
		}
		prevBlank = blank
		off = next
	}
	if fence != nil {
		c.codeBlock(fence.lang, text, m, fence.body, len(text), fence.indent)
	}
	flushIndented(len(text))
}

// proseLine scans one line of Markdown text; HTML comments in it are comments.
func (c *ctx) proseLine(text []byte, m *remap.Map, a, e int) {
	for a < e {
		k := bytes.Index(text[a:e], []byte("<!--"))
		if k < 0 {
			c.proseIn(text, m, a, e, false)
			return
		}
		c.proseIn(text, m, a, a+k, false)
		a += k
		ce := bytes.Index(text[a:e], []byte("-->"))
		if ce < 0 {
			c.tokensIn(text, m, a, e, ir.RoleDoc, "", true)
			return
		}
		c.tokensIn(text, m, a, a+ce, ir.RoleDoc, "", true)
		a += ce + 3
	}
}

// frontMatter reads a leading `---` YAML block; it returns where the
// Markdown body starts.
func (c *ctx) frontMatter(text []byte, m *remap.Map, off int) int {
	end, next := lineAt(text, off)
	if string(text[off:end]) != "---" {
		return off
	}
	for p := next; p < len(text); {
		e, n := lineAt(text, p)
		if s := string(text[p:e]); s == "---" || s == "..." {
			c.codeBlock("yaml", text, m, next, p, 0)
			return n
		}
		p = n
	}
	return off
}

// fenceRun counts the fence characters at text[i:end].
func fenceRun(text []byte, i, end int, ch byte) int {
	k := 0
	for i+k < end && text[i+k] == ch {
		k++
	}
	return k
}

// infoLang normalises a fence's info string to its first word:
// "bash", "{r setup}" -> "r", "{.python}" -> "python".
func infoLang(info []byte) string {
	s := strings.TrimSpace(string(info))
	s = strings.TrimLeft(s, "{.")
	if k := strings.IndexAny(s, " ,}\t"); k >= 0 {
		s = s[:k]
	}
	return strings.ToLower(s)
}

// codeBlock analyses the lines text[a:e] of a code block whose lines are
// indented by up to indent columns.
func (c *ctx) codeBlock(lang string, text []byte, m *remap.Map, a, e, indent int) {
	if a >= e {
		return
	}
	// Dedent into a derived text mapped back through m.
	var b remap.Builder
	for off := a; off < e; {
		end, next := lineAt(text, off)
		next = min(next, e)
		i := off
		for i < end && i-off < indent && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		copyMapped(&b, text, m, i, next)
		off = next
	}
	code, cm := b.Text(), b.Map()
	fe := fenceLang[lang]
	if fe == "" && lang == "" {
		if looksLikeShell(code) {
			fe = "shell"
		}
	}
	switch {
	case strings.HasPrefix(fe, "text:"):
		c.embedLocal(kindByName(fe[len("text:"):]), code, cm)
	case fe == "":
		c.tokens(code, cm, ir.RoleDoc, "", false)
	case consoleLangs[lang] || hasPrompts(code, fe):
		c.console(fe, code, cm)
	default:
		c.embed(fe, code, cm, 0, len(code), ir.RoleDoc)
	}
}

// copyMapped appends text[a:e] to b, carrying its mapping through m.
func copyMapped(b *remap.Builder, text []byte, m *remap.Map, a, e int) {
	b.Append(text, m, a, e)
}

// looksLikeShell tells an unlabelled block of commands from other text.
func looksLikeShell(code []byte) bool {
	a, _ := trimSpace(code)
	line := code[a:]
	if k := bytes.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if bytes.HasPrefix(line, []byte("$ ")) {
		return true
	}
	w := line
	if k := bytes.IndexAny(w, " \t"); k >= 0 {
		w = w[:k]
	}
	return shellStarters[string(w)]
}

// prompts are the session prompts of each language.
var prompts = map[string][]string{"shell": {"$ ", "% ", "# "}, "python": {">>> ", "... "}, "r": {"> ", "+ "}}

// hasPrompts reports whether a block starts with a session prompt.
func hasPrompts(code []byte, fe string) bool {
	a, _ := trimSpace(code)
	p := prompts[fe]
	return len(p) > 0 && bytes.HasPrefix(code[a:], []byte(p[0]))
}

// console splits a session into commands (prompt lines and their
// backslash continuations, prompts blanked) and output (prose).
func (c *ctx) console(fe string, code []byte, m *remap.Map) {
	var cmd remap.Builder
	ps := prompts[fe]
	cont := false
	for off := 0; off < len(code); {
		end, next := lineAt(code, off)
		i := skipBlanks(code, off, end)
		prompt := ""
		for _, p := range ps {
			if bytes.HasPrefix(code[i:end], []byte(p)) || string(code[i:end]) == strings.TrimSpace(p) {
				prompt = p
				break
			}
		}
		switch {
		case prompt != "" && (fe != "shell" || prompt != "# " || cont || i == off):
			copyMapped(&cmd, code, m, min(i+len(prompt), end), next)
			cont = end > i && code[end-1] == '\\'
		case cont:
			// A continuation line, perhaps behind the secondary prompt.
			if fe == "shell" && bytes.HasPrefix(code[i:end], []byte("> ")) {
				i += 2
			}
			copyMapped(&cmd, code, m, i, next)
			cont = end > off && code[end-1] == '\\'
		default:
			c.proseIn(code, m, off, end, false)
		}
		if next == end {
			cmd.Virtual(m.Offset(end), []byte{'\n'})
		}
		off = next
	}
	if cmd.Len() > 0 {
		c.embed(fe, cmd.Text(), cmd.Map(), 0, cmd.Len(), ir.RoleDoc)
	}
}

// kindByName maps the text:<name> entries of fenceLang to kinds.
func kindByName(n string) kind {
	switch n {
	case "json":
		return kindJSON
	case "yaml":
		return kindYAML
	case "toml":
		return kindTOML
	case "ini":
		return kindINI
	case "properties":
		return kindProperties
	case "env":
		return kindEnv
	case "dockerfile":
		return kindDockerfile
	case "makefile":
		return kindMakefile
	case "markdown":
		return kindMarkdown
	}
	return kindPlain
}

// embedLocal analyses code with one of this package's own readers.
func (c *ctx) embedLocal(k kind, code []byte, m *remap.Map) {
	f := derived(k, c.path, c.lines, code, m)
	for i := range f.URLs {
		if f.URLs[i].Role == ir.RoleUnknown {
			f.URLs[i].Role = ir.RoleDoc
		}
	}
	remap.Merge(c.f, f, false)
}
