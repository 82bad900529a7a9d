// Package compare compares and merges versions of a report for editorial review: a
// word diff of two texts (Words), what changed between two versions of a report
// (Reports), and a per-block merge of two versions that both changed since a
// hand-off (Merge). It holds data only — the interface words it in its own catalog.
// It imports only the standard library, newsdesk/model and newsdesk/vntext.
package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// OpKind says whether a piece of text is common to both sides or only on one.
type OpKind int

// The kinds of diff operation.
const (
	Equal  OpKind = iota // in both texts
	Insert               // only in the new text
	Delete               // only in the old text
)

func (k OpKind) String() string {
	switch k {
	case Equal:
		return "="
	case Insert:
		return "+"
	case Delete:
		return "-"
	}
	return "?"
}

// Op is one piece of a word diff. Joining the Equal and Delete texts in order gives
// the old text back exactly; Equal and Insert give the new text.
type Op struct {
	Kind OpKind
	Text string
}

// maxEdits caps the edit distance, in tokens, the exact Myers diff searches before
// giving up on a (sub)problem. Myers costs O((N+M)·D) time and, in the variant here
// that keeps each round's frontier to walk back, O(D²) memory; past this cap two
// texts are mostly different and a minimal diff is no more readable than a coarse
// one, so Words falls back to diffing sentences and then words within the changed
// sentences (see coarse). 1000 keeps a realistic 10,000-character revision (2,000
// words, 7% of them changed, sentences moved and added: D under 700) exact, and
// two unrelated 10,000-character texts near 10 ms, where the exact search (D ≈
// 4,000, tens of megabytes of frontiers) would pass 50 ms for a diff nobody reads.
const maxEdits = 1000

// Words returns the word diff of a and b: words, runs of whitespace and each
// punctuation mark are compared as tokens, so a changed word shows whole, as a
// Delete of the old word followed by an Insert of the new one, even when only a
// diacritic changed. Inputs are assumed to be NFC, as model text is.
//
// The diff is Myers' over tokens after trimming the common prefix and suffix,
// followed by a cleanup for reading: edits slide to start on a word, and a short
// equality (a lone space, "và") squeezed between two larger edits is folded into
// them, as diff-match-patch's semantic cleanup does.
func Words(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Equal, a}}
	}
	ta, tb := tokenize(a), tokenize(b)
	ia, ib := intern(ta, tb)
	s := diffTokens(ia, ib, maxEdits)
	if s == nil {
		s = coarse(ta, tb, ia, ib)
	}
	hs := hunks(s)
	slide(hs, ta, tb, ia, ib)
	ops := toOps(hs, ta, tb)
	ops = cleanupSemantic(ops)
	return ops
}

// isWordRune reports whether r belongs to a word, as vntext.Words splits them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

type class uint8

const (
	classWord class = iota
	classSpace
	classPunct
)

func classOf(r rune) class {
	switch {
	case isWordRune(r):
		return classWord
	case unicode.IsSpace(r):
		return classSpace
	}
	return classPunct
}

// tokenize splits s into words, runs of whitespace and single other characters;
// the tokens joined give s back byte for byte, invalid UTF-8 included.
func tokenize(s string) []string {
	toks := make([]string, 0, len(s)/3+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if c := classOf(r); c != classPunct {
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if classOf(r2) != c {
					break
				}
				j += n2
			}
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

func tokenClass(t string) class {
	if t == "" {
		return classPunct
	}
	r, _ := utf8.DecodeRuneInString(t)
	return classOf(r)
}

// intern numbers the tokens of both sides so the diff compares integers.
func intern(ta, tb []string) (ia, ib []int32) {
	ids := make(map[string]int32, (len(ta)+len(tb))/2)
	num := func(ts []string) []int32 {
		out := make([]int32, len(ts))
		for i, t := range ts {
			id, ok := ids[t]
			if !ok {
				id = int32(len(ids))
				ids[t] = id
			}
			out[i] = id
		}
		return out
	}
	return num(ta), num(tb)
}

func join(ts []string) string {
	switch len(ts) {
	case 0:
		return ""
	case 1:
		return ts[0]
	}
	return strings.Join(ts, "")
}
