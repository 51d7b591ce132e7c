package batch

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// fileChange is one fixed file, by its path in the git repository.
type fileChange struct {
	GitPath  string
	Old, New []byte
}

// leftOut is a fixed file that cannot go into the patch, and why.
type leftOut struct {
	Path, Why string
}

// fallbackIdent is the author of a fix commit where git knows nobody
// (a CI container): the .invalid domain says it is no one's mail.
var fallbackIdent = []string{
	"GIT_AUTHOR_NAME=kobolint", "GIT_AUTHOR_EMAIL=kobolint@invalid",
	"GIT_COMMITTER_NAME=kobolint", "GIT_COMMITTER_EMAIL=kobolint@invalid",
}

// commitFixes makes a commit on top of HEAD holding the fixed files,
// without touching the work tree, the index or any branch: the files go
// through a temporary index (git's plumbing). A repository opened in place
// is thus never changed, and in a clone the work tree stays as cloned. A
// file the fix cannot go into (untracked, changed since HEAD, a symbolic
// link) is left out and named; message is asked for once that is known.
// commit is "" when no file is left.
func (g git) commitFixes(ctx context.Context, top string, changes []fileChange, message func(left []leftOut) string) (commit string, left []leftOut, err error) {
	tmp, err := os.MkdirTemp("", "kobolint-index-*")
	if err != nil {
		return "", nil, err
	}
	defer func() { _ = os.RemoveAll(tmp) }()
	ig := git{secrets: g.secrets, env: append(append([]string{}, g.env...), "GIT_INDEX_FILE="+filepath.Join(tmp, "index"))}
	if _, err := ig.run(ctx, top, nil, "read-tree", "HEAD"); err != nil {
		return "", nil, err
	}
	staged := 0
	for _, c := range changes {
		why, err := ig.stage(ctx, top, c)
		if err != nil {
			return "", nil, err
		}
		if why != "" {
			left = append(left, leftOut{Path: c.GitPath, Why: why})
			continue
		}
		staged++
	}
	if staged == 0 {
		return "", left, nil
	}
	tree, err := ig.line(ctx, top, "write-tree")
	if err != nil {
		return "", left, err
	}
	cg := g
	if _, err := g.run(ctx, top, nil, "var", "GIT_COMMITTER_IDENT"); err != nil {
		cg.env = append(append([]string{}, g.env...), fallbackIdent...)
	}
	out, err := cg.run(ctx, top, []byte(message(left)), "commit-tree", "--no-gpg-sign", "-p", "HEAD", "-F", "-", tree)
	if err != nil {
		return "", left, err
	}
	return string(bytes.TrimSpace(out)), left, nil
}

// stage puts one fixed file into the temporary index, or says why not.
func (g git) stage(ctx context.Context, top string, c fileChange) (why string, err error) {
	entry, err := g.line(ctx, top, "ls-files", "--stage", "--", c.GitPath)
	if err != nil {
		return "", err
	}
	if entry == "" {
		return "not tracked by git", nil
	}
	fields := strings.Fields(entry)
	if len(fields) < 2 {
		return "", fmt.Errorf("git ls-files: unexpected %q", entry)
	}
	mode, sha := fields[0], fields[1]
	if mode != "100644" && mode != "100755" {
		return "not a regular file in git (mode " + mode + ")", nil
	}
	// hashed as `git add` would (the path's filters), the scanned content
	// must be the committed one, or the patch would carry local changes
	old, err := g.run(ctx, top, c.Old, "hash-object", "--path="+c.GitPath, "--stdin")
	if err != nil {
		return "", err
	}
	if string(bytes.TrimSpace(old)) != sha {
		return "has changes that are not committed", nil
	}
	blob, err := g.run(ctx, top, c.New, "hash-object", "-w", "--path="+c.GitPath, "--stdin")
	if err != nil {
		return "", err
	}
	_, err = g.run(ctx, top, nil, "update-index", "--cacheinfo", mode, string(bytes.TrimSpace(blob)), c.GitPath)
	return "", err
}

// formatPatch writes commit as a mail that `git am` applies. Prefixes and
// colour are set here so that no user setting changes the patch.
func (g git) formatPatch(ctx context.Context, top, commit, signature string) ([]byte, error) {
	return g.run(ctx, top, nil, "format-patch", "-1", "--stdout", "--no-color",
		"--src-prefix=a/", "--dst-prefix=b/", "--signature="+signature, commit)
}
