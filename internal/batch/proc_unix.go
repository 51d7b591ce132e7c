//go:build unix

package batch

import (
	"os/exec"
	"syscall"
)

// killGroup makes cmd the leader of its own process group and, on
// cancellation, kills the whole group: git runs helpers (git-remote-https,
// ssh) that would otherwise outlive a timeout and keep its pipes open.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
