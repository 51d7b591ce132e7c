package text

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/internal/ir"
)

// Name is the language name the front-end registers under.
const Name = "text"

// templateSuffixes mark copies of a configuration file meant to be filled
// in (config.ini.example, settings.json.sample): they are read as the file
// they stand for.
var templateSuffixes = []string{".example", ".sample", ".template", ".tmpl", ".dist", ".default", ".orig", ".in", ".tpl"}

var configExts = []string{".yml", ".yaml", ".json", ".jsonc", ".json5", ".toml", ".ini", ".cfg", ".conf", ".properties", ".env"}

// Exts are the endings registered for the text front-end.
var Exts = func() []string {
	out := []string{".md", ".markdown", ".mdown", ".mkd", ".rst", ".txt", ".html", ".htm", ".xhtml", ".vue", ".svelte", ".jinja", ".jinja2", ".j2", ".mk", ".dockerfile", ".http", ".rest"}
	out = append(out, configExts...)
	for _, e := range configExts {
		for _, s := range templateSuffixes {
			out = append(out, e+s)
		}
	}
	return out
}()

// Names are exact base names registered for the text front-end.
var Names = []string{"dockerfile", "containerfile", "makefile", "gnumakefile", "procfile", ".renviron", "readme"}

// Prefixes are base-name prefixes registered for the text front-end.
var Prefixes = []string{".env", ".renviron", "dockerfile.", "containerfile.", "docker-compose", "makefile.", "procfile."}

// kind is the syntax a text file is read with.
type kind uint8

const (
	kindPlain kind = iota
	kindEnv
	kindYAML
	kindJSON
	kindTOML
	kindINI
	kindProperties
	kindDockerfile
	kindMakefile
	kindProcfile
	kindMarkdown
	kindRST
	kindHTML
	kindHTTP
	kindUnknown
)

// kindOf picks the syntax from the file name.
func kindOf(path string) kind {
	base := strings.ToLower(filepath.Base(path))
	for _, s := range templateSuffixes {
		if t, ok := strings.CutSuffix(base, s); ok && strings.Contains(t, ".") {
			base = t
			break
		}
	}
	switch {
	case base == "dockerfile" || base == "containerfile" || strings.HasPrefix(base, "dockerfile.") ||
		strings.HasPrefix(base, "containerfile.") || strings.HasSuffix(base, ".dockerfile"):
		return kindDockerfile
	case base == "makefile" || base == "gnumakefile" || strings.HasPrefix(base, "makefile.") || strings.HasSuffix(base, ".mk"):
		return kindMakefile
	case base == "procfile" || strings.HasPrefix(base, "procfile."):
		return kindProcfile
	case strings.HasPrefix(base, ".env") || strings.HasPrefix(base, ".renviron") || strings.HasSuffix(base, ".env"):
		return kindEnv
	}
	switch filepath.Ext(base) {
	case ".yml", ".yaml":
		return kindYAML
	case ".json", ".jsonc", ".json5":
		return kindJSON
	case ".toml":
		return kindTOML
	case ".ini", ".cfg", ".conf":
		return kindINI
	case ".properties":
		return kindProperties
	case ".md", ".markdown", ".mdown", ".mkd":
		return kindMarkdown
	case ".rst":
		return kindRST
	case ".html", ".htm", ".xhtml", ".vue", ".svelte":
		// a Vue or Svelte component is a page: its <script> is the code
		return kindHTML
	case ".jinja", ".jinja2", ".j2":
		// a Jinja template of a page (page.jinja, page.html.j2); one of a
		// configuration file (values.yml.j2) is no page and reads as code
		if inner := filepath.Ext(strings.TrimSuffix(base, filepath.Ext(base))); inner == "" || inner == ".html" || inner == ".htm" {
			return kindHTML
		}
		return kindUnknown
	case ".http", ".rest":
		return kindHTTP
	case ".txt", ".text", ".adoc", ".asciidoc", ".org", ".wiki":
		return kindPlain
	}
	if strings.HasPrefix(base, "readme") || strings.HasPrefix(base, "license") || strings.HasPrefix(base, "authors") {
		return kindPlain
	}
	// Anything else reaches this front-end only as a fallback (a script
	// saved without an extension, an unknown configuration format): it is
	// read as code, not as prose.
	return kindUnknown
}

// Analyze reads a configuration, documentation or other text file and
// reports the URLs in it. A file that does not parse is scanned line by
// line with a warning; Analyze itself never fails on content.
func Analyze(path string, src []byte) (f *ir.File, err error) {
	c := newCtx(path, src)
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("text: internal error on %s: %v", path, r)
		}
	}()
	analyzeKind(c, kindOf(path))
	c.f.Suppressions = dedupeSuppressions(append(c.f.Suppressions, suppressions(src)...))
	return c.f, nil
}

func analyzeKind(c *ctx, k kind) {
	switch k {
	case kindEnv, kindYAML, kindJSON, kindTOML, kindINI, kindProperties, kindDockerfile, kindMakefile, kindProcfile:
		c.config = true
	case kindMarkdown, kindRST, kindPlain:
		c.f.Doc = true
	}
	switch k {
	case kindEnv:
		analyzeEnv(c)
	case kindYAML:
		analyzeYAML(c)
	case kindJSON:
		analyzeJSON(c)
	case kindTOML:
		analyzeTOML(c)
	case kindINI:
		analyzeINI(c, false)
	case kindProperties:
		analyzeINI(c, true)
	case kindDockerfile:
		analyzeDockerfile(c)
	case kindMakefile:
		analyzeMakefile(c)
	case kindProcfile:
		analyzeProcfile(c)
	case kindMarkdown:
		analyzeMarkdown(c)
	case kindRST:
		analyzeRST(c)
	case kindHTML:
		analyzeHTML(c)
	case kindHTTP:
		analyzeHTTP(c)
	case kindUnknown:
		c.codeScan(c.src, c.whole, ir.RoleUnknown)
	default:
		analyzePlain(c, ir.RoleDoc)
	}
}

func dedupeSuppressions(in []ir.Suppression) []ir.Suppression {
	seen := map[string]bool{}
	var out []ir.Suppression
	for _, s := range in {
		k := fmt.Sprint(s.Line, s.Rules)
		if !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// analyzePlain scans every line for URL tokens.
func analyzePlain(c *ctx, role ir.Role) {
	if role == ir.RoleDoc {
		c.proseIn(c.src, c.whole, bomLen(c.src), len(c.src), false)
		return
	}
	c.tokensAt(bomLen(c.src), len(c.src), role, "", false)
}

func bomLen(src []byte) int {
	if len(src) >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf {
		return 3
	}
	return 0
}
