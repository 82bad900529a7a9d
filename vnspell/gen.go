//go:build ignore

// gen writes syllables.txt, the syllables Vietnamese writes, one a line in lower
// case (NFC), sorted: those the rules of Newsdesk's typing engine make that keep
// the conventions of written Vietnamese (vnspell.RuleSyllables), in both tone
// styles. Run it after changing the rules of vninput or rules.go:
//
//	go generate ./vnspell
package main

import (
	"fmt"
	"os"
	"strings"

	"newsdesk/vnspell"
)

func main() {
	list := vnspell.RuleSyllables()
	if err := os.WriteFile("syllables.txt", []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
