//go:build unix

package pdf_test

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used, on all cores: on a
// machine shared with other work it says what printing costs when wall time cannot.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
