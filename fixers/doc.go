// Package fixers turns the edits of findings into new file content, files on
// disk, unified diffs and multi-file patches. It knows nothing about Kobo or
// about languages: an edit is a byte span of the file as stored and its
// replacement.
//
// # Model
//
// A Fix (one per finding) holds Edits, each replacing src[Start:End] with
// NewText; Start == End inserts. A fix is applied whole or not at all.
// Apply takes fixes in order (callers pass them in report order, so results
// are deterministic) and:
//
//   - rejects a fix with an edit out of range, inverted or negative, or with
//     edits overlapping each other, or with no edits at all;
//   - drops edits that change nothing, so they never block another fix;
//   - counts an edit identical to one already accepted once;
//   - rejects a fix any of whose edits overlaps an edit of an accepted fix,
//     naming the earliest such fix ("overlaps fix X"). Edits that only touch
//     do not overlap, but two different insertions at one offset do (which
//     goes first would be a guess); an insertion at the start of a
//     replacement goes before it;
//   - gives replacement text the file's line endings (NormalizeNewlines): edits
//     are computed on the stored bytes, so a BOM and CRLF endings are kept by
//     construction, and only new text needs converting.
//
// Rejected fixes are not lost: Fixpoint runs analysis and Apply again on the
// new content until nothing changes (at most DefaultMaxRounds rounds that
// change something), so a second `kobolint check --fix` finds nothing to do.
// CheckIdempotent asserts exactly that. Select filters fixes by safety (safe;
// unsafe only when asked; none never).
//
// # Writing
//
// WriteAtomic writes a temporary file next to the target, fsyncs it, gives it
// the original mode (and owner where allowed) and renames it over the
// original; symlinks are resolved so the target changes and the link stays.
// It refuses a file without any write permission bit (read-only usually
// means generated or vendored), and refuses with ErrChanged when the file no longer holds the content the
// edits were computed on: size first (no read needed), then the bytes, once
// before writing and once right before the rename. The modification time is
// not used as evidence either way: equal bytes keep the edits valid, and a
// coarse clock cannot prove nothing changed. No error path leaves a temporary
// file or a half-written original.
//
// # Diffs
//
// UnifiedDiff and WritePatch write git-style diffs (`diff --git`, a/ and b/
// prefixes, 3 lines of context, `\ No newline at end of file`, git's quoting
// of unusual path names) that `git apply` accepts; tests run `git apply` on
// them. The line diff itself is github.com/sergi/go-diff (Myers) run on one
// rune per distinct line; hunk building and formatting are here. A line's
// ending is part of the line, so CRLF lines and a missing final newline diff
// exactly.
//
// Not covered: binary patches (a file with NUL bytes still gets a text diff,
// which git apply may refuse), file modes in patches (created files are
// declared 100644; fixes never create files), locking against a writer
// that changes the file between the last check and the rename, and hard
// links (the rename gives the written name a new inode; other names of the
// file keep the old content).
package fixers
