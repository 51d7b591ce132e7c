package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/kobolint/kobolint/internal/lazyre"

	"github.com/kobolint/kobolint/internal/redact"
)

// git runs the real git. Arguments go straight to the program (never
// through a shell), a repository's URL always after "--", and nothing
// prompts: a campaign runs unattended, and a prompt would hang a job
// until its timeout.
type git struct {
	// secrets are masked in error messages (a URL's userinfo).
	secrets []string
	// env is added to the environment (GIT_INDEX_FILE for the patch).
	env []string
}

// hardening is given to every git command: no transport that runs
// commands, whatever the user's or system configuration says.
var hardening = []string{
	"-c", "protocol.ext.allow=never",
	"-c", "protocol.fd.allow=never",
}

func gitEnv(extra []string) []string {
	env := append(os.Environ(),
		"GIT_TERMINAL_PROMPT=0",  // no user name/password prompt
		"GCM_INTERACTIVE=never",  // Git Credential Manager: no dialog
		"GIT_LFS_SKIP_SMUDGE=1",  // large files are not code to scan
		"LC_ALL=C", "LANGUAGE=C", // messages in one language, for the report
		"GIT_LITERAL_PATHSPECS=1", // a file named "*.py" is that file
	)
	if os.Getenv("GIT_SSH_COMMAND") == "" && os.Getenv("GIT_SSH") == "" {
		// no host-key or passphrase question
		env = append(env, "GIT_SSH_COMMAND=ssh -o BatchMode=yes")
	}
	return append(env, extra...)
}

// run runs git in dir and returns its standard output. stdin may be nil.
func (g git) run(ctx context.Context, dir string, stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append(append([]string{}, hardening...), args...)...)
	cmd.Dir = dir
	cmd.Env = gitEnv(g.env)
	killGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	if err != nil {
		switch {
		case errors.Is(ctx.Err(), context.DeadlineExceeded):
			return nil, fmt.Errorf("git %s: %w", args[0], errTimeout)
		case ctx.Err() != nil:
			return nil, fmt.Errorf("git %s: interrupted", args[0])
		}
		msg := strings.TrimSpace(errb.String())
		var ee *exec.ExitError
		if msg == "" || !errors.As(err, &ee) {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], redact.Literal(gist(msg), g.secrets))
	}
	return out.Bytes(), nil
}

// elapsed is the time curl puts in its messages ("Failed to connect to
// host port 1 after 3 ms"): dropped, so that a report says the same about
// the same failure.
var elapsed = lazyre.New(` after [0-9]+ ms`)

// gist keeps what says why git failed: its fatal and error lines, else
// its last lines.
func gist(msg string) string {
	msg = elapsed().ReplaceAllString(msg, "")
	var why, all []string
	for _, l := range strings.Split(msg, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		all = append(all, l)
		if strings.HasPrefix(l, "fatal:") || strings.HasPrefix(l, "error:") {
			why = append(why, l)
		}
	}
	if len(why) == 0 {
		why = all[max(0, len(all)-3):]
	}
	return strings.Join(why, "; ")
}

func (g git) line(ctx context.Context, dir string, args ...string) (string, error) {
	out, err := g.run(ctx, dir, nil, args...)
	return strings.TrimSpace(string(out)), err
}

// clone makes a shallow clone of url (at ref, if given) in dir.
func (g git) clone(ctx context.Context, url, ref, dir string) error {
	args := []string{"clone", "--quiet", "--depth=1", "--single-branch", "--no-tags", "--no-recurse-submodules"}
	if ref != "" {
		args = append(args, "--branch="+ref)
	}
	_, err := g.run(ctx, "", nil, append(args, "--", url, dir)...)
	return err
}

// remoteHead asks the remote for the commit of ref (or of HEAD) without
// cloning, so that a rerun can tell whether its results are current.
func (g git) remoteHead(ctx context.Context, url, ref string) (string, error) {
	pattern := "HEAD"
	if ref != "" {
		pattern = ref
	}
	out, err := g.run(ctx, "", nil, "ls-remote", "--", url, pattern)
	if err != nil {
		return "", err
	}
	found := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		sha, name, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if ok {
			found[name] = sha
		}
	}
	names := []string{"HEAD"}
	if ref != "" {
		// a branch, else a tag (peeled to its commit)
		names = []string{"refs/heads/" + ref, "refs/tags/" + ref + "^{}", "refs/tags/" + ref}
	}
	for _, name := range names {
		if sha := found[name]; sha != "" {
			return sha, nil
		}
	}
	return "", fmt.Errorf("git ls-remote: no ref %q", pattern)
}
