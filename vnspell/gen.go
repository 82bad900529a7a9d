//go:build ignore

// gen writes syllables.txt, the syllables Vietnamese writes, one a line in lower
// case, from the spelling dictionary of LibreOffice's dictionaries project as
// Debian ships it (package hunspell-vi: /usr/share/hunspell/vi_VN.dic). The
// dictionary's entries are single syllables; gen keeps those written with the
// letters of the Vietnamese alphabet only, in lower case (abbreviations, names and
// foreign words such as "HĐND", "Nguyễn" or "web" are left out: the checks treat
// those apart), composed (NFC) and sorted.
//
//	apt-get install hunspell-vi
//	go generate ./vnspell
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

func main() {
	in := flag.String("dic", "/usr/share/hunspell/vi_VN.dic", "the hunspell dictionary")
	out := flag.String("o", "syllables.txt", "the list to write")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err, "(apt-get install hunspell-vi)")
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // the first line counts the entries
	seen := map[string]bool{}
	var list []string
	for sc.Scan() {
		w, _, _ := strings.Cut(strings.TrimSpace(sc.Text()), "/")
		w = norm.NFC.String(w)
		if w == "" || !vietnamese(w) || seen[w] {
			continue
		}
		seen[w] = true
		list = append(list, w)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	slices.Sort(list)
	if err := os.WriteFile(*out, []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// vietnamese reports whether w is written in lower-case letters of the Vietnamese
// alphabet only (no f, j, w, z).
func vietnamese(w string) bool {
	for _, r := range norm.NFD.String(w) {
		switch {
		case r >= 'a' && r <= 'z' && !strings.ContainsRune("fjwz", r):
		case r == 'đ':
		case r >= 0x300 && r <= 0x323: // tone and shape marks, decomposed
		default:
			return false
		}
	}
	return true
}
