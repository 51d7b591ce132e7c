//go:build !unix

package batch

import "os/exec"

// killGroup: without process groups, cancellation kills git itself, and
// WaitDelay closes the pipes its helpers may hold.
func killGroup(*exec.Cmd) {}
