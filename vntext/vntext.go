// Package vntext holds the small pure text helpers every part of Newsdesk needs for
// Vietnamese: normalising to NFC, cleaning control characters, and folding away
// diacritics (with đ→d) for search. It imports only golang.org/x/text.
package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Clean returns s in NFC with control characters other than newline and tab removed.
// Text is normalised when it enters the model because input methods, macOS file
// names and Windows-1258 files deliver decomposed (NFD) text, whose combining marks
// collide when drawn and break exact search.
func Clean(s string) string {
	if isCleanASCII(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r == '\r' {
			return -1
		}
		if unicode.IsControl(r) || r == '\uFEFF' {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

func isCleanASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// OneLine is Clean, with newlines and tabs turned into single spaces and the ends
// trimmed: headlines, names and titles are one line, so tab-separated output stays
// one row per report.
func OneLine(s string) string {
	s = Clean(s)
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// Fold lower-cases s and removes every diacritic, turning đ and Đ into d, so that
// "to chuc" and "dang" find "Tổ chức" and "Đảng". SQLite's unicode61 tokenizer
// removes diacritics but keeps đ, hence folding in Go on both sides.
//
// Every save folds the whole report for the search index, so text in the Latin
// script (all of Vietnamese) is folded a letter at a time from a table made once
// by the general rule, foldSlow; other text takes foldSlow itself.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r < foldLatinEnd:
			b.WriteString(foldLatin[r])
		case foldExtStart <= r && r < foldExtEnd:
			b.WriteString(foldExt[r-foldExtStart])
		case 0x300 <= r && r < 0x370: // combining diacritics, as in NFD text
		default:
			return foldSlow(s)
		}
	}
	return b.String()
}

// The letters Fold takes from tables: Latin-1, Latin Extended-A and -B, and
// Latin Extended Additional, where Vietnamese's letters with two marks live.
const (
	foldLatinEnd = 0x250
	foldExtStart = 0x1E00
	foldExtEnd   = 0x1F00
)

var foldLatin, foldExt = func() (latin, ext []string) {
	latin, ext = make([]string, foldLatinEnd), make([]string, foldExtEnd-foldExtStart)
	for r := range rune(foldLatinEnd) {
		latin[r] = foldSlow(string(r))
	}
	for r := rune(foldExtStart); r < foldExtEnd; r++ {
		ext[r-foldExtStart] = foldSlow(string(r))
	}
	return latin, ext
}()

// foldSlow is Fold's rule: decompose (NFD), drop the combining marks, map đ to d,
// lower-case.
func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Words splits s into the words a search compares: runs of letters and digits.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// Shorten cuts s to at most n characters, at a word's end where one is near,
// with "…" after: for titles, choices and quotes that must stay inside a laptop's
// screen. s of n characters or fewer is returned as it is.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}

// Paragraphs splits pasted text into the paragraphs it holds. Text with blank
// lines between its paragraphs (an e-mail, a web page) is cut at those, and the
// single line breaks inside a paragraph, where a sender's lines were wrapped,
// become spaces; text without blank lines (Word, most editors) has one
// paragraph a line. Paragraphs come trimmed; empty ones are dropped.
func Paragraphs(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	blank := false
	for i := 1; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			blank = true
			break
		}
	}
	var out []string
	var cur []string
	flush := func() {
		if p := strings.Join(strings.Fields(strings.Join(cur, " ")), " "); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			flush()
		case blank:
			cur = append(cur, l)
		default:
			cur = append(cur, l)
			flush()
		}
	}
	flush()
	return out
}
