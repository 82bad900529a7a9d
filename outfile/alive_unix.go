//go:build !windows

package outfile

import (
	"errors"
	"syscall"
)

// processAlive reports whether a process with this ID runs (or may run: one of
// another user's answers "not permitted").
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
