//go:build ignore

// gen_known writes known.txt: the syllables of the word list of Tesseract's
// Vietnamese model (tessdata_fast, Apache-2.0, as Debian ships it in the package
// tesseract-ocr-vie) that the rules also make, one a line in lower case (NFC),
// sorted. Names, abbreviations and foreign words of the list, in capitals or
// spelled as no syllable, are left out. It takes the model apart with
// Tesseract's own tools:
//
//	apt-get install tesseract-ocr tesseract-ocr-vie
//	go run gen_known.go
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"newsdesk/vnspell"
)

func main() {
	in := flag.String("model", "/usr/share/tesseract-ocr/5/tessdata/vie.traineddata", "Tesseract's Vietnamese model")
	out := flag.String("o", "known.txt", "the list to write")
	flag.Parse()
	dir, err := os.MkdirTemp("", "gen_known")
	check(err)
	defer os.RemoveAll(dir)
	run := func(name string, args ...string) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		if b, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "gen_known: %s: %v\n%s(apt-get install tesseract-ocr tesseract-ocr-vie)\n", name, err, b)
			os.Exit(1)
		}
	}
	abs, err := filepath.Abs(*in)
	check(err)
	run("combine_tessdata", "-u", abs, "vie.")
	run("dawg2wordlist", "vie.lstm-unicharset", "vie.lstm-word-dawg", "words.txt")
	data, err := os.ReadFile(filepath.Join(dir, "words.txt"))
	check(err)
	syllables := map[string]bool{}
	for _, s := range vnspell.RuleSyllables() {
		syllables[s] = true
	}
	var list []string
	for _, w := range strings.Split(string(data), "\n") {
		w = norm.NFC.String(strings.TrimSpace(w))
		if syllables[w] && !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	slices.Sort(list)
	check(os.WriteFile(*out, []byte(strings.Join(list, "\n")+"\n"), 0o644))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_known:", err)
		os.Exit(1)
	}
}
