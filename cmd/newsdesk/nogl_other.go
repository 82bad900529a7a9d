//go:build !windows

package main

import (
	"fmt"
	"os"
)

// sayNoGL says text on stderr: a terminal, or the desktop's session log.
func sayNoGL(text string) {
	fmt.Fprintln(os.Stderr, "newsdesk: "+text)
}
