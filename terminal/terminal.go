// Package terminal is the person at the command line: whether a stream is a
// terminal someone reads, a question answered yes or no, a password typed
// without echo, a line of progress that redraws itself. It is the one package
// that uses golang.org/x/term; it imports vntext for the answers' spelling.
package terminal

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"newsdesk/vntext"
)

// Is reports whether s is a terminal (a person reads or types there), not a
// file, a pipe or /dev/null. x/term asks the system: on Windows a console's mode,
// which a file's mode does not show.
func Is(s any) bool {
	f, ok := s.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Confirm asks question on out and reads the answer from in: yes is "y", "yes",
// "c" or "có" (any case, with or without its tone mark); anything else, or
// nothing, is no.
func Confirm(in io.Reader, out io.Writer, question string) bool {
	fmt.Fprint(out, question)
	answer, _ := bufio.NewReader(in).ReadString('\n')
	switch vntext.Fold(strings.TrimSpace(answer)) {
	case "y", "yes", "c", "co":
		return true
	}
	return false
}

// Password asks for a password on out and reads it from in without echo; ok is
// false when in is not a terminal, or the reading failed.
func Password(in any, out io.Writer, prompt string) (password string, ok bool) {
	f, isFile := in.(*os.File)
	if !isFile || !term.IsTerminal(int(f.Fd())) {
		return "", false
	}
	fmt.Fprint(out, prompt)
	pass, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(out)
	if err != nil {
		return "", false
	}
	return strings.TrimSpace(string(pass)), true
}

// Progress returns a line on out that redraws itself as work goes on, saying
// what line says; nil when out is no terminal (a log or a script's pipe would
// keep every step).
func Progress(out io.Writer, line func(done, total int) string) func(done, total int) {
	if !Is(out) {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(out, "\r%s", line(done, total))
		if done == total {
			fmt.Fprintln(out)
		}
	}
}
