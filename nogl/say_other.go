//go:build !windows

package nogl

import (
	"fmt"
	"os"
)

// say says text on stderr: a terminal, or the desktop's session log.
func say(text string) {
	fmt.Fprintln(os.Stderr, "newsdesk: "+text)
}
