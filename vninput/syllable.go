package vninput

import (
	"slices"
	"strings"
)

// The spelling rules of a Vietnamese syllable: an onset consonant, then a rhyme (a
// vowel, maybe a medial o/u before it, maybe a final consonant or semivowel after it),
// and one tone on the right vowel. The engine only changes a word when the result can
// still be such a syllable: that is how it leaves "windows" and "email" alone.

// rhymes lists every rhyme written in Vietnamese, without tone.
var rhymes = []string{
	"a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
	"ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
	"âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
	"e", "ec", "em", "en", "eng", "eo", "ep", "et",
	"ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
	"i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
	"iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
	"o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
	"oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
	"oăc", "oăm", "oăn", "oăng", "oăt",
	"oe", "oen", "oeo", "oet",
	"ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
	"ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
	"u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
	"uân", "uâng", "uât", "uây",
	"uê", "uêch", "uênh",
	"uôc", "uôi", "uôm", "uôn", "uông", "uôt",
	"uơ",
	"uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uyên", "uyêt",
	"ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
	"ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
	"y", "yêm", "yên", "yêng", "yêt", "yêu",
}

// placeRhymes are rhymes of place names of the Central Highlands in official use
// (Đắk Lắk, Đắk Nông, M'Đrắk, Krông Búk, Chư Păh, Chư Pưh, Đạ Tẻh). They count
// only as written, marks and all: without its breve, "ak" would turn English "ask"
// and "task" into "ák". Unmarked "ak" counts only after đ (Đak Pơ, Đak Đoa, Đak
// Glei), which no English word given back starts with.
var placeRhymes = []string{"ăk", "uk", "ăh", "ưh", "eh"}

// dakRhyme reports whether rhyme s after onset is the "ak" of Đak Pơ: after đ only,
// and like every rhyme ending in k, with no tone but sắc or nặng.
func dakRhyme(onset string, s []rune, t tone) bool {
	return onset == "đ" && len(s) == 2 && s[0] == 'a' && s[1] == 'k' && t != grave && t != hook && t != tilde
}

// onsets lists the consonants a syllable may start with ("qu" and "gi" are handled
// apart, since their second letter is written as a vowel).
var onsets = map[string]bool{
	"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true,
	"h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
	"ngh": true, "nh": true, "p": true, "ph": true, "r": true, "s": true, "t": true,
	"th": true, "tr": true, "v": true, "x": true,
	// and placeOnsets, added by init
}

// placeOnsets are the clusters of place names of the Central Highlands in official
// use: Krông, Plei, Glong, Grai, Prông, M'Đrắk, Ia H'Drai, Kbang.
var placeOnsets = []string{"kr", "pl", "gl", "gr", "pr", "đr", "dr", "kb"}

// rhymeSet holds every whole rhyme, with its marks: what a finished syllable ends
// in (placeRhymes included).
var rhymeSet = map[string]bool{}

// rhymePrefix holds every beginning of a rhyme, also with any of its shape marks not
// yet typed ("ie" for "iê", "uo" for "ươ"): a word being typed may still get them.
var rhymePrefix = map[string]bool{}

func init() {
	for _, o := range placeOnsets {
		onsets[o] = true
	}
	for _, r := range append(append([]string(nil), rhymes...), placeRhymes...) {
		rhymeSet[r] = true
	}
	for _, r := range placeRhymes {
		rs := []rune(r)
		for n := 1; n <= len(rs); n++ {
			rhymePrefix[string(rs[:n])] = true
		}
	}
	for _, r := range rhymes {
		rs := []rune(r)
		for n := 1; n <= len(rs); n++ {
			var shaped []int
			for i := 0; i < n; i++ {
				if l := decodeTable[rs[i]]; l.shape != noShape {
					shaped = append(shaped, i)
				}
			}
			for mask := 0; mask < 1<<len(shaped); mask++ {
				v := append([]rune(nil), rs[:n]...)
				for j, i := range shaped {
					if mask&(1<<j) != 0 {
						l := decodeTable[v[i]]
						l.shape = noShape
						v[i] = l.rune()
					}
				}
				rhymePrefix[string(v)] = true
			}
		}
	}
}

// parse finds where the onset of ls ends, trying "qu" before q+u and "gi" before g+i;
// ok is false when ls cannot begin a Vietnamese syllable.
func parse(ls []letter) (onsetEnd int, ok bool) {
	n := len(ls)
	if n == 0 {
		return 0, true
	}
	tones := 0
	k := -1
	for i, l := range ls {
		if l.tone != noTone {
			tones++
		}
		if k < 0 && isVowel(l.base) {
			k = i
		}
	}
	if tones > 1 || n > 7 {
		return 0, false
	}
	var buf [8]rune
	s := buf[:0]
	for _, l := range ls {
		s = append(s, l.lowerShaped())
	}
	if k < 0 {
		// consonants only: an onset, or the q of qu
		c := string(s)
		return n, onsets[c] || c == "q"
	}
	t := toneOf(ls)
	onset := string(s[:k])
	switch {
	case onset == "q":
		if s[k] != 'u' {
			return 0, false
		}
		if rhymeOK(s[k+1:], t) {
			return k + 1, true
		}
		return k, rhymeOK(s[k:], t)
	case onset == "g" && s[k] == 'i' && k+1 < n && vowelRune(s[k+1]):
		if rhymeOK(s[k+1:], t) {
			return k + 1, true
		}
		return k, rhymeOK(s[k:], t)
	case onsets[onset]:
		return k, rhymeOK(s[k:], t) || dakRhyme(onset, s[k:], t)
	}
	return 0, false
}

func vowelRune(r rune) bool {
	l, ok := decodeTable[r]
	return ok && isVowel(l.base)
}

// rhymeOK reports whether s can begin a rhyme carrying tone t: a syllable that ends
// in p, t, c or ch takes only the sắc or nặng tone.
func rhymeOK(s []rune, t tone) bool {
	if len(s) == 0 {
		return true
	}
	if !rhymePrefix[string(s)] {
		return false
	}
	if t == grave || t == hook || t == tilde {
		for _, r := range s {
			if r == 'c' || r == 'p' || r == 't' || r == 'k' {
				return false
			}
		}
	}
	return true
}

func toneOf(ls []letter) tone {
	for _, l := range ls {
		if l.tone != noTone {
			return l.tone
		}
	}
	return noTone
}

// valid reports whether ls can begin a Vietnamese syllable.
func valid(ls []letter) bool {
	_, ok := parse(ls)
	return ok
}

// vowels returns the run of vowels after the onset.
func vowels(ls []letter, onsetEnd int) (start, end int) {
	end = onsetEnd
	for end < len(ls) && isVowel(ls[end].base) {
		end++
	}
	return onsetEnd, end
}

// placeTone moves the word's tone to the vowel Vietnamese spelling puts it on, so it
// follows the syllable as it grows ("hòa" + n → "hoàn"). Words that are not
// syllables keep their tone where it is.
func placeTone(ls []letter, style Style) {
	t := toneOf(ls)
	if t == noTone {
		return
	}
	onsetEnd, ok := parse(ls)
	if !ok {
		return
	}
	vs, ve := vowels(ls, onsetEnd)
	if vs == ve && onsetEnd > 0 {
		// "qu" or "gi" with nothing after: the u or i is the vowel for now
		vs, ve = vowels(ls, onsetEnd-1)
	}
	if vs == ve {
		return
	}
	target := toneTarget(ls[vs:ve], ve < len(ls), style)
	for i := range ls {
		ls[i].tone = noTone
	}
	ls[vs+target].tone = t
}

// toneTarget picks the vowel of v that carries the tone: a vowel with a shape mark
// (the last one, for ươ); else the last vowel before a final consonant; else the
// middle of three, the first of two (the second of oa, oe, uy in the new style).
func toneTarget(v []letter, final bool, style Style) int {
	for i := len(v) - 1; i >= 0; i-- {
		if v[i].shape != noShape {
			return i
		}
	}
	switch {
	case len(v) == 1:
		return 0
	case final:
		return len(v) - 1
	case len(v) >= 3:
		return 1
	}
	if style == NewStyle {
		a, b := v[0].base, v[1].base
		if (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y') {
			return 1
		}
	}
	return 0
}

// fixUO writes ươ as Vietnamese does: uơ + more letters is ươ ("đuợc" → "được"), and
// a toned ươ that ends the word is uơ ("thưở" → "thuở"), the only rhyme with ơ after u.
func fixUO(ls []letter) {
	onsetEnd, ok := parse(ls)
	if !ok || onsetEnd+1 >= len(ls) {
		return
	}
	u, o := &ls[onsetEnd], &ls[onsetEnd+1]
	if u.base != 'u' || o.base != 'o' {
		return
	}
	switch {
	case u.shape == horn && o.shape == noShape && onsetEnd+2 < len(ls):
		o.shape = horn // ư then o, with more after: ươ ("dduwocj" → được)
	case o.shape != horn:
	case onsetEnd+2 < len(ls):
		u.shape = horn
	case u.shape == horn && (onsetEnd > 0 || u.tone != noTone || o.tone != noTone):
		u.shape = noShape // nothing ends in ươ: huơ, thuở, uở
	}
}

// complete reports whether ls is a whole Vietnamese syllable, not only the
// beginning of one: an onset and a whole rhyme ("tiê" is not; "tiên" is).
func complete(ls []letter) bool {
	onsetEnd, ok := parse(ls)
	if !ok || onsetEnd >= len(ls) {
		return false
	}
	if wholeRhyme(ls[onsetEnd:]) {
		return true
	}
	if onsetEnd == 1 && ls[0].base == dStroke && len(ls) == 3 {
		return dakRhyme("đ", []rune{ls[1].lowerShaped(), ls[2].lowerShaped()}, toneOf(ls))
	}
	// gi and qu may also be g and q before a rhyme starting with i or u: "giếc" is
	// g + iêc, not gi + êc.
	if onsetEnd >= 2 && (ls[onsetEnd-2].base == 'g' && ls[onsetEnd-1].base == 'i' ||
		ls[onsetEnd-2].base == 'q' && ls[onsetEnd-1].base == 'u') {
		return wholeRhyme(ls[onsetEnd-1:])
	}
	return false
}

// wholeRhyme reports whether ls, without its tone, is a whole rhyme.
func wholeRhyme(ls []letter) bool {
	var buf [8]rune
	s := buf[:0]
	for _, l := range ls {
		s = append(s, l.lowerShaped()) // the tone is a mark of its own: looked up bare
	}
	return rhymeSet[string(s)]
}

// A Syllable is a whole syllable the spelling rules allow, taken apart.
type Syllable struct {
	Onset string // "", "b", "ch", "ngh"…, "gi" or "qu"; lower case
	Rhyme string // without its tone: "a", "oanh", "ương"
	Text  string // the syllable written, lower case, NFC: "giếng", "quý", "hòa"
}

// Syllables lists every syllable the rules of the engine make whole: each onset
// (gi and qu among them) before each rhyme, with each tone the rhyme may carry (a
// rhyme ending in c, ch, p or t takes only sắc or nặng), the tone on the vowel the
// style puts it on. The clusters and rhymes of place names of the Central Highlands
// are left out. The rules take no account of which onsets a rhyme follows in
// writing ("ca" but "ke", "gh" only before e, ê and i): the list holds strings
// Vietnamese spells otherwise, and a checker narrows it by its own rules. A
// syllable that gi makes with a rhyme starting in i is spelled with one i ("gìn":
// gi + in), one that qu makes with a rhyme starting in u with one u ("quỳnh": qu +
// uynh); such spellings are listed once.
func Syllables(style Style) []Syllable {
	var heads []string
	for o := range onsets {
		if !slices.Contains(placeOnsets, o) {
			heads = append(heads, o)
		}
	}
	heads = append(heads, "gi", "qu")
	slices.Sort(heads)
	var out []Syllable
	seen := map[string]bool{}
	var buf [16]letter
	for _, o := range heads {
		for _, r := range rhymes {
			text := o + r
			switch {
			case o == "gi" && strings.HasPrefix(r, "i"):
				text = "g" + r // gi + in: gìn
			case o == "qu" && medialU(r):
				text = "q" + r // qu + uynh: quỳnh
			}
			for t := noTone; t <= dot; t++ {
				if t != acute && t != dot && stopFinal(r) {
					continue // a finished "hoc" is no syllable: học, hóc
				}
				ls, _ := decode(text, buf[:0])
				v := firstVowel(ls)
				if o == "gi" || o == "qu" {
					v = len(o) - 1 // placeTone moves it where it goes
				}
				ls[v].tone = t
				placeTone(ls, style)
				if !complete(ls) {
					continue
				}
				s := encode(ls)
				if !seen[s] {
					seen[s] = true
					out = append(out, Syllable{Onset: o, Rhyme: r, Text: s})
				}
			}
		}
	}
	return out
}

// medialU reports whether rhyme r starts with the glide u: uâ, uê, uơ, uy.
func medialU(r string) bool {
	return strings.HasPrefix(r, "uâ") || strings.HasPrefix(r, "uê") || strings.HasPrefix(r, "uơ") || strings.HasPrefix(r, "uy")
}

// stopFinal reports whether rhyme r ends in a stop: c, ch, p or t.
func stopFinal(r string) bool {
	return strings.HasSuffix(r, "c") || strings.HasSuffix(r, "ch") || strings.HasSuffix(r, "p") || strings.HasSuffix(r, "t")
}
