package batch

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/kobolint/kobolint/internal/lazyre"

	"github.com/kobolint/kobolint/internal/redact"
)

// Repo is one repository of a campaign, as the list gives it.
type Repo struct {
	// Source is the git URL, or the absolute path of a local repository.
	Source string
	// Local is true when Source is a folder opened in place.
	Local bool
	// Ref is the branch or tag to scan ("": the default branch).
	Ref string
	// Name names the output files (<Name>.patch, <Name>.json): unique in
	// the campaign and safe as a file name.
	Name string
	// Key identifies the repository across runs and shards: the URL
	// without credentials (or the path), with the ref.
	Key string
	// Where is the list file and line, for messages.
	Where string
	// Refused says why the entry is not touched (a dangerous URL); such an
	// entry is reported as failed without running anything.
	Refused string
}

// Display is the repository's source without credentials, for reports and
// logs.
func (r Repo) Display() string {
	s := r.Source
	if r.Ref != "" {
		s += "@" + r.Ref
	}
	return clean(s)
}

// clean makes text from a list or from git safe to show: credentials
// masked, control characters (a terminal's escape sequences) made spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return ' '
		}
		return r
	}, redact.Text(s))
}

// safeSchemes are the transports a campaign may use. Everything else is
// refused before git sees it: ext:: runs a command, fd:: reads a file
// descriptor, and other remote helpers ("x::address") run programs named
// by the list.
var safeSchemes = map[string]bool{
	"https": true, "http": true, "ssh": true, "git": true, "file": true,
	"git+ssh": true, "ssh+git": true,
}

// scpLike is git's [user@]host:path form, as in git@github.com:org/repo.git.
var scpLike = lazyre.New(`^(?:[^@/:\s]+@)?([^@/:\s]+):(.+)$`)

// parseSource classifies one entry (without its @ref) and returns the
// source to hand to git, whether it is local, and why it is refused ("" if
// not). base is the folder relative local paths are taken from.
func parseSource(s, base string) (source string, local bool, refused string) {
	switch {
	case s == "":
		return s, false, "empty repository"
	case strings.HasPrefix(s, "-"):
		// git would read it as an option (--upload-pack=...)
		return s, false, "starts with '-': it would be read as an option"
	case strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0:
		return s, false, "contains control characters"
	}
	if i := strings.Index(s, "::"); i >= 0 && !strings.Contains(s[:i], "/") {
		return s, false, fmt.Sprintf("the %q transport (remote helper) is refused: it can run commands", s[:i]+"::")
	}
	if i := strings.Index(s, "://"); i > 0 {
		scheme := strings.ToLower(s[:i])
		if !safeSchemes[scheme] {
			return s, false, fmt.Sprintf("the %q transport is refused (use https, ssh, git or file)", scheme)
		}
		u, err := url.Parse(s)
		if err != nil {
			return s, false, "not a valid URL: " + redact.Text(err.Error())
		}
		if strings.HasPrefix(u.Hostname(), "-") {
			return s, false, "host starts with '-'"
		}
		return s, false, ""
	}
	if m := scpLike().FindStringSubmatch(s); m != nil && len(m[1]) > 1 {
		if strings.HasPrefix(m[1], "-") {
			return s, false, "host starts with '-'"
		}
		return s, false, ""
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join(base, s)
	}
	return filepath.Clean(s), true, ""
}

// splitRef splits "source@ref". The @ of a ref comes after the host part
// (the @ of user@host is not one) and the ref is a plausible branch name.
func splitRef(s string) (string, string) {
	from := 0
	if i := strings.Index(s, "://"); i >= 0 {
		rest := s[i+3:]
		slash := strings.Index(rest, "/")
		if slash < 0 {
			return s, ""
		}
		from = i + 3 + slash
	} else if m := scpLike().FindStringSubmatchIndex(s); m != nil && m[3]-m[2] > 1 {
		from = m[4] // start of the path
	}
	i := strings.LastIndex(s, "@")
	if i < from || i == len(s)-1 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

// checkRef refuses refs git would read as options or that cannot be
// branch or tag names.
func checkRef(ref string) string {
	switch {
	case ref == "":
		return ""
	case strings.HasPrefix(ref, "-"):
		return "ref starts with '-'"
	case strings.ContainsAny(ref, " \t~^:?*[\\") || strings.Contains(ref, "..") || strings.Contains(ref, "@{"):
		return fmt.Sprintf("%q is not a valid branch or tag name", ref)
	}
	return ""
}

// keyOf is the identity of a repository across runs, machines' shards and
// token rotations: the source without userinfo, host lower-cased, without
// a trailing .git or slash, and the ref.
func keyOf(source string, local bool, ref string) string {
	k := source
	if local {
		k = "file://" + filepath.ToSlash(source)
	} else if u, err := url.Parse(source); err == nil && strings.Contains(source, "://") {
		u.User = nil
		u.Host = strings.ToLower(u.Host)
		u.Scheme = strings.ToLower(u.Scheme)
		k = u.String()
	} else if m := scpLike().FindStringSubmatch(source); m != nil {
		k = "ssh://" + strings.ToLower(m[1]) + "/" + strings.TrimPrefix(m[2], "/")
	}
	k = strings.TrimSuffix(strings.TrimSuffix(k, "/"), ".git")
	if ref != "" {
		k += "@" + ref
	}
	return k
}

// baseName is the repository's own name: the last element of its path,
// without .git.
func baseName(source string, local bool) string {
	p := source
	if !local {
		if u, err := url.Parse(source); err == nil && u.Scheme != "" {
			p = u.Path
		} else if m := scpLike().FindStringSubmatch(source); m != nil {
			p = m[2]
		}
	}
	p = strings.TrimRight(filepath.ToSlash(p), "/")
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	return strings.TrimSuffix(p, ".git")
}

// reserved are names the campaign's own files use.
var reserved = map[string]bool{"report": true, "results": true, "batch": true, "clones": true}

const maxNameLen = 80

// sanitize makes a file-name stem of a repository name: letters, digits,
// '.', '_' and '-' only, no leading dot or dash (no hidden file, no
// option), never "." or "..", bounded in length.
func sanitize(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	s := strings.TrimLeft(b.String(), ".-")
	s = strings.TrimRight(s, ".")
	if len(s) > maxNameLen {
		s = s[:maxNameLen]
	}
	if s == "" {
		s = "repo"
	}
	return s
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

// assignNames gives each repository a unique, safe name. A name that two
// repositories share (compared without case: macOS and Windows file
// systems ignore it), or that a campaign file uses, gets a short hash of
// the repository's key, for both of them; names depend only on the whole
// list, so every shard of a list names a repository the same way.
func assignNames(repos []Repo) {
	count := map[string]int{}
	for i := range repos {
		repos[i].Name = sanitize(baseName(repos[i].Source, repos[i].Local))
		if repos[i].Ref != "" {
			repos[i].Name = sanitize(repos[i].Name + "@" + repos[i].Ref)
		}
		count[strings.ToLower(repos[i].Name)]++
	}
	for i := range repos {
		low := strings.ToLower(repos[i].Name)
		if count[low] > 1 || reserved[low] {
			repos[i].Name = repos[i].Name + "-" + shortHash(repos[i].Key)
		}
	}
}

var errNoRepos = errors.New("no repositories listed")
