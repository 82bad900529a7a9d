// Package vnspell knows which syllables Vietnamese writes, suggests the nearest
// ones for a syllable that is none, and moves a tone between the old and the new
// style of placing it ("hòa" and "hoà"). Its syllables are made from rules
// Newsdesk owns: the spelling rules of its typing engine (vninput.Syllables),
// narrowed by the conventions of written Vietnamese (rules.go), written to
// syllables.txt by gen.go; extra.txt adds a few loans. The English words it knows
// not to misread come from SCOWL (Debian's wamerican), made into english.txt by
// gen_english.go; the syllables suggestions prefer, known.txt, from the word list
// of Tesseract's Vietnamese model (Debian's tesseract-ocr-vie), by gen_known.go.
// README.md, LICENSE-english and LICENSE-known say whose they are and under which
// licences. No dictionary under the GPL is built in: the Hunspell list the rules
// are held to is test data only.
//
// It holds no rule about reports: model's checks decide what to look up. It imports
// only the standard library, golang.org/x/text, vninput and vntext.
package vnspell

//go:generate go run gen.go
//go:generate go run gen_english.go
//go:generate go run gen_known.go

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsdesk/vninput"
	"newsdesk/vntext"
)

// syllables.txt lists the syllables the rules make (RuleSyllables), written by
// gen.go: reading it is quicker than applying the rules at every start.
//
//go:embed syllables.txt
var syllableList string

// extra.txt holds the few syllables Newsdesk adds to the rules': loans they leave
// out ("buýt", "gen") and words reports write ("mẩu", "ngoẹo", the "thuột" of Buôn
// Ma Thuột).
//
//go:embed extra.txt
var extraList string

// common.txt lists syllables official news uses most, most used first, as the
// team reads its reports: between suggestions equally near, the commoner comes
// first ("khong": "không" before "khòng").
//
//go:embed common.txt
var commonList string

// rank is a syllable's place in common.txt (both tone styles); others have none.
var rank = map[string]int{}

// known.txt lists the syllables of the rules that written Vietnamese is known to
// use: those of the word list of Tesseract's Vietnamese model (Apache-2.0), made by
// gen_known.go. The rules also make strings no word is written as ("doẽn"): a
// suggestion the list does not know counts as a key further away (unknownCost).
//
//go:embed known.txt
var knownList string

// known holds the syllables of known.txt, in both tone styles.
var known = map[string]bool{}

//go:embed english.txt
var englishList string

// english holds English words a check of Vietnamese would take for a slip.
var english = map[string]bool{}

var (
	valid  = make(map[string]bool, 1<<14)     // every syllable, lower case, in both tone styles
	byFold = make(map[string][]string, 1<<13) // syllables by their letters without marks (đ is d)
)

func init() {
	for _, w := range strings.Split(englishList, "\n") {
		if w != "" {
			english[w] = true
		}
	}
	for i, w := range strings.Split(commonList, "\n") {
		for _, x := range []string{w, Restyle(w, OldStyle), Restyle(w, NewStyle)} {
			if _, ok := rank[x]; !ok && x != "" {
				rank[x] = i + 1
			}
		}
	}
	loadSyllables()
}

// loadSyllables fills valid and byFold: the syllables of syllables.txt, then
// extra.txt's; and known, from known.txt.
func loadSyllables() {
	for _, w := range strings.Split(knownList, "\n") {
		if w != "" {
			known[w] = true
			if st, ok := StyleOf(w); ok {
				known[Restyle(w, 1-st)] = true
			}
		}
	}
	for _, s := range strings.Split(syllableList, "\n") {
		if s != "" {
			add(s) // both tone styles are listed
		}
	}
	for _, s := range strings.Split(extraList, "\n") {
		if s == "" {
			continue
		}
		add(s)
		if st, ok := StyleOf(s); ok {
			add(Restyle(s, 1-st))
		}
	}
}

// RuleSyllables makes, from the rules, the syllables syllables.txt lists: those
// of the typing engine's rules (vninput.Syllables) that keep the conventions of
// written Vietnamese (rules.go), in both tone styles, sorted. It takes a while;
// the package reads the file the list was written to (go generate).
func RuleSyllables() []string {
	seen := map[string]bool{}
	var out []string
	for _, st := range []vninput.Style{vninput.OldStyle, vninput.NewStyle} {
		for _, s := range vninput.Syllables(st) {
			if written(s) && !seen[s.Text] {
				seen[s.Text] = true
				out = append(out, s.Text)
			}
		}
	}
	sort.Strings(out)
	return out
}

func add(s string) {
	if valid[s] {
		return
	}
	valid[s] = true
	var m markSet
	f := make([]rune, 0, len(s))
	for _, r := range s {
		l, ok := letters[r]
		if !ok {
			l = letterOf(r)
			letters[r] = l
		}
		if l.marks.tone != 0 {
			m.tone = l.marks.tone
		}
		for i, n := range l.marks.shapes {
			m.shapes[i] += n
		}
		f = append(f, l.fold)
	}
	syllableMarks[s] = m
	byFold[string(f)] = append(byFold[string(f)], s)
}

// letterInfo is one letter's fold (vntext.Fold) and marks, worked out once: the
// list is read letter by letter at every start.
type letterInfo struct {
	fold  rune
	marks markSet
}

var letters = map[rune]letterInfo{}

func letterOf(r rune) letterInfo {
	f := []rune(vntext.Fold(string(r)))
	if len(f) != 1 {
		panic("vnspell: no one-letter fold for " + string(r))
	}
	return letterInfo{f[0], marksOf(string(r))}
}

// Count is how many syllables the set holds, in both tone styles.
func Count() int { return len(valid) }

// Valid reports whether s, one syllable in any case (NFC or not), is a syllable
// Vietnamese writes. Both tone styles are valid: "hòa" and "hoà".
func Valid(s string) bool {
	if valid[s] {
		return true
	}
	return valid[lower(s)]
}

// English reports whether w (any case) is an English word whose letters a check
// of Vietnamese would misread: Telex makes a syllable of them ("tree", "bar"), or
// they are a syllable's with its marks left off ("set", "bit"). Such a word in a
// Vietnamese text is more likely English than a slip.
func English(w string) bool {
	return english[strings.ToLower(w)]
}

// Folds reports whether some syllable is written with the letters of s once their
// marks are taken off: "khong" folds to "không"; "online" folds to none.
func Folds(s string) bool {
	return len(byFold[vntext.Fold(s)]) > 0
}

func lower(s string) string {
	return norm.NFC.String(strings.ToLower(s))
}

// Shaped reports whether s has a letter with a shape mark: â ă ê ô ơ ư or đ.
func Shaped(s string) bool {
	return strings.ContainsAny(norm.NFD.String(s), "\u0302\u0306\u031BđĐ")
}

// Toned reports whether s has a letter with a tone mark.
func Toned(s string) bool {
	return strings.ContainsFunc(norm.NFD.String(s), isTone)
}

// Tone and shape marks as NFD writes them.
const (
	grave, acute, tilde, hook, dot = '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'
)

func isTone(r rune) bool {
	return r == grave || r == acute || r == tilde || r == hook || r == dot
}

// Style is where a syllable ending in the open rhymes oa, oe and uy carries its tone.
type Style int

// The tone styles.
const (
	OldStyle Style = iota // on the first vowel: hòa, khỏe, thủy, Ủy
	NewStyle              // on the second: hoà, khoẻ, thuỷ, Uỷ
)

// StyleOf says which style s (NFC, as Newsdesk keeps text) places its tone in; ok
// is false for a syllable whose tone goes in one place in both styles (or that has
// no tone, or is no such syllable).
func StyleOf(s string) (st Style, ok bool) {
	if !mayStyle(s) {
		return 0, false
	}
	rs := []rune(norm.NFD.String(s))
	i, a, b := styleVowels(rs)
	switch {
	case i < 0:
		return 0, false
	case i > a && i < b:
		return OldStyle, true
	case i > b:
		return NewStyle, true
	}
	return 0, false
}

// plainVowel maps a, e, y, o and u, in either case and with any tone (but no shape
// mark), to the letter.
var plainVowel = func() map[rune]rune {
	m := map[rune]rune{}
	for _, v := range "aeyou" {
		for _, t := range []rune{0, grave, acute, tilde, hook, dot} {
			s := string(v)
			if t != 0 {
				s += string(t)
			}
			for _, c := range []string{s, strings.ToUpper(s[:1]) + s[1:]} {
				r, _ := utf8.DecodeRuneInString(norm.NFC.String(c))
				m[r] = v
			}
		}
	}
	return m
}()

// mayStyle is StyleOf's quick look: s ends in o or u, then a, e or y.
func mayStyle(s string) bool {
	last, n := utf8.DecodeLastRuneInString(s)
	prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	b, a := plainVowel[last], plainVowel[prev]
	return (b == 'a' || b == 'e') && a == 'o' || b == 'y' && a == 'u'
}

// styleVowels finds, in decomposed s, the tone mark (at) and the two vowels of an
// open oa, oe or uy ending the syllable (a, b); at is -1 when s is not such a
// syllable with a tone.
func styleVowels(rs []rune) (at, a, b int) {
	var bases []int
	at = -1
	for i, r := range rs {
		switch {
		case isTone(r):
			at = i
		case unicode.Is(unicode.Mn, r):
			// a shape mark: looked at below, on the two vowels
		default:
			bases = append(bases, i)
		}
	}
	if at < 0 || len(bases) < 2 {
		return -1, 0, 0
	}
	a, b = bases[len(bases)-2], bases[len(bases)-1]
	x, y := unicode.ToLower(rs[a]), unicode.ToLower(rs[b])
	if !(x == 'o' && (y == 'a' || y == 'e') || x == 'u' && y == 'y') {
		return -1, 0, 0
	}
	for _, k := range []int{a, b} {
		for j := k + 1; j < len(rs) && unicode.Is(unicode.Mn, rs[j]); j++ {
			if !isTone(rs[j]) {
				return -1, 0, 0 // ô, ư…: not a plain o or u
			}
		}
	}
	if len(bases) >= 3 && unicode.ToLower(rs[bases[len(bases)-3]]) == 'q' && x == 'u' {
		return -1, 0, 0 // quý: the u belongs to qu
	}
	return at, a, b
}

// Restyle returns s with its tone placed in style st, keeping its case: "hòa" in
// NewStyle is "hoà". Syllables whose tone goes in one place come back as they are.
func Restyle(s string, st Style) string {
	cur, ok := StyleOf(s)
	if !ok || cur == st {
		return s
	}
	rs := []rune(norm.NFD.String(s))
	at, a, b := styleVowels(rs)
	tone := rs[at]
	rs = append(rs[:at:at], rs[at+1:]...)
	target := a
	if st == NewStyle {
		target = b - 1 // b moved left by one once the tone was taken out before it
	}
	rs = append(rs[:target+1], append([]rune{tone}, rs[target+1:]...)...)
	return norm.NFC.String(string(rs))
}

// Suggest returns up to five syllables near s, nearest first, written in the case
// of s: first those with the same letters and other marks ("quyêt": "quyết",
// "quyệt"), then those one key away (a letter left out, added, doubled, swapped or
// mistyped, keys next to each other on the keyboard first: "nghiêmm": "nghiêm").
func Suggest(s string) []string {
	low := lower(s)
	f := vntext.Fold(low)
	type cand struct {
		w     string
		score int
	}
	best := map[string]int{}
	lowMarks := marksOf(low)
	try := func(w string, score int) {
		if w == low {
			return
		}
		score += markDistance(lowMarks, marksOf(w))
		if old, ok := best[w]; !ok || score < old {
			best[w] = score
		}
	}
	for _, w := range byFold[f] {
		try(w, 0)
	}
	lr := []rune(low)
	for i := 1; i < len(lr); i++ {
		// a key pressed twice, mark and all ("xửử"): the likeliest slip of all
		if lr[i] == lr[i-1] {
			if w := string(lr[:i]) + string(lr[i+1:]); valid[w] {
				if old, ok := best[w]; !ok || old > 0 {
					best[w] = 0
				}
			}
		}
	}
	fr := []rune(f)
	const letters = "abcdeghiklmnopqrstuvxy"
	edit := func(e string, score int) {
		for _, w := range byFold[e] {
			try(w, score)
		}
	}
	for i := range fr {
		// a letter too many: a doubled key or one next to its neighbour is likelier
		score := 22
		if i > 0 && (fr[i-1] == fr[i] || near(fr[i-1], fr[i])) || i+1 < len(fr) && near(fr[i+1], fr[i]) {
			score = 10
		}
		edit(string(fr[:i])+string(fr[i+1:]), score)
		if i+1 < len(fr) {
			edit(string(fr[:i])+string(fr[i+1])+string(fr[i])+string(fr[i+2:]), 15)
		}
		for _, c := range letters {
			if c == fr[i] {
				continue
			}
			score := 20
			if near(c, fr[i]) {
				score = 10
			}
			edit(string(fr[:i])+string(c)+string(fr[i:][1:]), score+1)
		}
	}
	for i := 0; i <= len(fr); i++ {
		for _, c := range letters {
			edit(string(fr[:i])+string(c)+string(fr[i:]), 22)
		}
	}
	list := make([]cand, 0, len(best))
	for w, sc := range best {
		if !knownWord(w) {
			sc += unknownCost
		}
		list = append(list, cand{w, sc})
	}
	common := func(w string) int {
		if r, ok := rank[w]; ok {
			return r
		}
		return 1 << 30
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if ra, rb := common(a.w), common(b.w); ra != rb {
			return ra < rb
		}
		return a.w < b.w
	})
	var out []string
	seen := map[string]bool{}
	for _, c := range list {
		// one tone style of a syllable is enough: the one s is written in, else old
		w := c.w
		if st, ok := StyleOf(low); ok {
			w = Restyle(w, st)
		} else {
			w = Restyle(w, OldStyle)
		}
		if seen[w] || w == low {
			continue
		}
		seen[w] = true
		out = append(out, caseLike(s, w))
		if len(out) == 5 {
			break
		}
	}
	return out
}

// unknownCost is what a suggestion neither known.txt nor common.txt lists pays: as
// much as a slip onto a neighbouring key. The rules make "doẽn" as well as "diễn":
// for "doễn", the known "diễn", a key away, comes first.
const unknownCost = 10

// Attested reports whether s, one syllable in any case and either tone style, is
// known to be written: known.txt (the word list of a Vietnamese OCR model) or
// common.txt lists it. Valid syllables the lists lack ("pót", "tãi") are what
// the rules make; attested ones are what Vietnamese writes.
func Attested(s string) bool {
	return knownWord(lower(s))
}

// knownWord reports whether w is a syllable of known.txt or common.txt.
func knownWord(w string) bool {
	_, common := rank[w]
	return common || known[w]
}

// markDistance counts the marks two syllables differ in: the tone, and the shape
// marks (â ă ê ô ơ ư đ) one has more of than the other.
func markDistance(a, b markSet) int {
	d := 0
	if a.tone != b.tone {
		d++
	}
	for i := range a.shapes {
		d += int(max(a.shapes[i]-b.shapes[i], b.shapes[i]-a.shapes[i]))
	}
	return d
}

// markSet is the marks of a syllable: its tone, and how many of each shape mark
// (circumflex, breve, horn, the stroke of đ) it has.
type markSet struct {
	tone   rune
	shapes [4]int8
}

// syllableMarks keeps the marks of every syllable of the list, worked out once.
var syllableMarks = make(map[string]markSet, 1<<14)

func marksOf(s string) markSet {
	if m, ok := syllableMarks[s]; ok {
		return m
	}
	var m markSet
	for _, r := range norm.NFD.String(s) {
		switch r {
		case grave, acute, tilde, hook, dot:
			m.tone = r
		case '\u0302':
			m.shapes[0]++
		case '\u0306':
			m.shapes[1]++
		case '\u031B':
			m.shapes[2]++
		case 'đ':
			m.shapes[3]++
		}
	}
	return m
}

// near reports whether two letters are next to each other on a QWERTY keyboard.
func near(a, b rune) bool {
	pa, oka := keyAt[a]
	pb, okb := keyAt[b]
	if !oka || !okb || a == b {
		return false
	}
	if a == 'q' && b == 'g' || a == 'g' && b == 'q' {
		return true // alike on the page, and in a hurried hand
	}
	dr, dx := pa[0]-pb[0], pa[1]-pb[1]
	return dr >= -1 && dr <= 1 && dx >= -4 && dx <= 4 && (dr != 0 || dx == 4 || dx == -4)
}

// keyAt places each key: its row, and its column in quarters of a key (the rows of
// a keyboard are staggered).
var keyAt = func() map[rune][2]int {
	m := map[rune][2]int{}
	for row, keys := range []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		for i, k := range keys {
			m[k] = [2]int{row, i*4 + []int{0, 1, 3}[row]}
		}
	}
	return m
}()

// caseLike writes w in the case of s: all capitals, a capital first, or lower.
func caseLike(s, w string) string {
	first, _ := utf8.DecodeRuneInString(s)
	switch {
	case utf8.RuneCountInString(s) > 1 && strings.ToUpper(s) == s:
		return strings.ToUpper(w)
	case unicode.IsUpper(first):
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return w
}
