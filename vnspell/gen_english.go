//go:build ignore

// gen_english writes english.txt: the English words a check of Vietnamese would
// take for something else, one a line in lower case. They come from the SCOWL
// word list as Debian ships it (package wamerican: /usr/share/dict/american-
// english); a word is kept when Telex would make a syllable of its letters ("tree"
// types "trê", "bar" "bả"), or when its letters are a syllable's with the marks
// left off ("bit", "set"). The checks leave such words alone: they are more likely
// English than a slip.
//
//	apt-get install wamerican
//	go run gen_english.go
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"newsdesk/vninput"
	"newsdesk/vnspell"
)

func main() {
	in := flag.String("words", "/usr/share/dict/american-english", "the English word list")
	out := flag.String("o", "english.txt", "the list to write")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_english:", err, "(apt-get install wamerican)")
		os.Exit(1)
	}
	defer f.Close()
	telex := vninput.Engine{Method: vninput.Telex}
	seen := map[string]bool{}
	var list []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimSpace(sc.Text()))
		if len(w) < 2 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || seen[w] {
			continue
		}
		seen[w] = true
		typed := telex.Type(w)
		if typed != w && vnspell.Valid(typed) || !vnspell.Valid(w) && vnspell.Folds(w) {
			list = append(list, w)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "gen_english:", err)
		os.Exit(1)
	}
	slices.Sort(list)
	if err := os.WriteFile(*out, []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen_english:", err)
		os.Exit(1)
	}
}
