// Package vninput is Newsdesk's own Vietnamese typing engine, Telex and VNI, used by
// every text field because Fyne has no input-method support. It works on one word at
// a time and keeps no state between keys: the field hands it the word around the
// cursor and the key typed, and gets the word back, so it works the same when the
// reporter moves into the middle of a word, undoes or pastes. Pasted text and text
// from an OS input method is never given to it and arrives as it is (NFC).
//
// What it does, like Unikey with spelling check on: tones and shape marks are placed
// by the spelling rules, move as the syllable grows, may be typed anywhere later in
// the word ("tienges" → "tiếng", "dinhd" → "đinh"), and a doubled key takes its mark
// back ("ass" → "as"); a key is only turned into a mark when the word can still be a
// Vietnamese syllable, so "http" and "email" are left alone, and a short word that
// stops being Vietnamese gets its keys back ("Gô" + g → "Goog", for "Google").
//
// It imports only golang.org/x/text.
package vninput

import (
	"unicode"
	"unicode/utf8"
)

// Method is a way of typing Vietnamese on a Latin keyboard.
type Method int

// The typing methods. Off types every key as it is.
const (
	Off   Method = iota
	Telex        // aa â, aw ă, ee ê, oo ô, ow or [ ơ, uw or w or ] ư, dd đ; s f r x j tones, z none
	VNI          // 6 â ê ô, 7 ơ ư, 8 ă, 9 đ; 1 2 3 4 5 tones, 0 none
)

// String returns the method's name as settings store it: "off", "telex", "vni".
func (m Method) String() string {
	switch m {
	case Telex:
		return "telex"
	case VNI:
		return "vni"
	}
	return "off"
}

// ParseMethod reads a method's name as String writes it (any case); ok is false for
// any other name.
func ParseMethod(s string) (m Method, ok bool) {
	switch lowerASCII(s) {
	case "off":
		return Off, true
	case "telex":
		return Telex, true
	case "vni":
		return VNI, true
	}
	return Off, false
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Style is where the tone goes on the open syllables oa, oe and uy.
type Style int

// The tone styles. OldStyle is the default: government documents write it.
const (
	OldStyle Style = iota // hòa, khỏe, thủy
	NewStyle              // hoà, khoẻ, thuỷ
)

// Engine is a typing method with its tone style and options. The zero Engine types
// nothing specially (Off); the zero options are Unikey's defaults.
type Engine struct {
	Method Method
	Style  Style

	// PlainBrackets types [ ] { } as they are in Telex. Left false, as in Unikey's
	// Telex, [ types ơ, ] ư, { Ơ and } Ư, and pressing the key again gives the
	// bracket ("[[" → "[").
	PlainBrackets bool

	// NoGiveBack keeps a finished word as the engine made it: GiveBack never gives
	// the keys of a word that is no Vietnamese syllable back (Unikey's "restore
	// keys for invalid words" off). Left false, "Tuwitter" ends as "Twitter".
	NoGiveBack bool
}

// Apply is Engine{Method: m}.Apply: the method with the old tone style.
func (m Method) Apply(before, after string, r rune) (newBefore, newAfter string, ok bool) {
	return Engine{Method: m}.Apply(before, after, r)
}

// kind is what a key does in a method.
type kind uint8

const (
	keyNone    kind = iota // not the engine's: typed as it is
	keyLetter              // a letter typed as a letter (the tone may move)
	keyTone                // set a tone
	keyNoTone              // remove the tone
	keyCirc                // â ê ô: Telex a e o next to the cursor, VNI 6
	keyHorn                // ơ ư (and ă for Telex w): Telex w, VNI 7
	keyBreve               // ă: VNI 8
	keyStroke              // đ: Telex d after the first d, VNI 9
	keyMapChar             // a letter of its own: Telex [ ơ, ] ư, { Ơ, } Ư
)

func (e Engine) key(r rune) (kind, tone) {
	if r < 0 || r >= utf8.RuneSelf {
		return keyNone, noTone
	}
	c := byte(r)
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	switch e.Method {
	case Telex:
		switch c {
		case '[', ']', '{', '}':
			if !e.PlainBrackets {
				return keyMapChar, noTone
			}
		case 's':
			return keyTone, acute
		case 'f':
			return keyTone, grave
		case 'r':
			return keyTone, hook
		case 'x':
			return keyTone, tilde
		case 'j':
			return keyTone, dot
		case 'z':
			return keyNoTone, noTone
		case 'a', 'e', 'o':
			return keyCirc, noTone
		case 'w':
			return keyHorn, noTone
		case 'd':
			return keyStroke, noTone
		}
	case VNI:
		switch c {
		case '1':
			return keyTone, acute
		case '2':
			return keyTone, grave
		case '3':
			return keyTone, hook
		case '4':
			return keyTone, tilde
		case '5':
			return keyTone, dot
		case '0':
			return keyNoTone, noTone
		case '6':
			return keyCirc, noTone
		case '7':
			return keyHorn, noTone
		case '8':
			return keyBreve, noTone
		case '9':
			return keyStroke, noTone
		}
	default:
		return keyNone, noTone
	}
	if 'a' <= c && c <= 'z' {
		return keyLetter, noTone
	}
	return keyNone, noTone
}

// maxWordBytes bounds the words the engine looks at; the longest syllable, "nghiêng",
// is 8 bytes.
const maxWordBytes = 64

// Apply returns the word after typing r with the cursor between before and after
// (the parts of the word on either side of the cursor, as WordAround finds it). The
// field replaces the word by newBefore+newAfter and puts the cursor between them. ok
// is false when r is not an engine key here and must be inserted as typed; before and
// after are then returned unchanged.
//
// Keys apply to the whole word wherever the cursor is: with the cursor after "Vi" in
// "Viet", Telex e puts the hat on the e after the cursor and moves past it ("Viê|t"),
// and j puts the nặng tone on that e. A letter typed in the middle of a word is
// inserted, and the tone moves if the syllable wants it elsewhere.
func (e Engine) Apply(before, after string, r rune) (newBefore, newAfter string, ok bool) {
	k, t := e.key(r)
	if k == keyNone || len(before)+len(after) > maxWordBytes {
		return before, after, false
	}
	var buf [16]letter
	ls, ok1 := decode(before, buf[:0])
	cur := len(ls)
	ls, ok2 := decode(after, ls)
	if !ok1 || !ok2 {
		return before, after, false
	}
	w := word{ls: ls, cur: cur}
	if k == keyMapChar {
		if res, lit, ok := e.mapChar(w, r); ok {
			nb, na := res.split(lit)
			return nb, na, true
		}
		return before, after, false
	}
	if k != keyLetter {
		if res, lit, ok := e.modify(w, k, t, r); ok {
			nb, na := res.split(lit)
			return nb, na, true
		}
		if e.Method == VNI {
			return before, after, false // a digit that can't apply is a digit
		}
	}
	return e.letter(w, r, before, after)
}

// word is a word being typed with the cursor in it (a letter index).
type word struct {
	ls  []letter
	cur int
}

func (w word) clone() word {
	return word{ls: append([]letter(nil), w.ls...), cur: w.cur}
}

// split returns the word around the cursor, with lit (when not 0) typed at it.
func (w word) split(lit rune) (string, string) {
	before := encode(w.ls[:w.cur])
	if lit != 0 {
		before += string(lit)
	}
	return before, encode(w.ls[w.cur:])
}

// settle puts the word in order after a change and reports whether it can still be a
// syllable.
func (e Engine) settle(w word) bool {
	fixUO(w.ls)
	if !valid(w.ls) {
		return false
	}
	placeTone(w.ls, e.Style)
	return true
}

// modify applies a mark key; lit is the key to type as well, when the key undid its
// mark ("ass" → "as").
func (e Engine) modify(w word, k kind, t tone, r rune) (res word, lit rune, ok bool) {
	switch k {
	case keyTone:
		old := toneOf(w.ls)
		if old == noTone && !hasVowel(w.ls) {
			return w, 0, false
		}
		if old == t {
			res = w.clone()
			clearTones(res.ls)
			return res, r, true
		}
		res = w.clone()
		clearTones(res.ls)
		i := firstVowel(res.ls)
		res.ls[i].tone = t
		if e.settle(res) {
			return res, 0, true
		}
	case keyNoTone:
		if toneOf(w.ls) != noTone {
			res = w.clone()
			clearTones(res.ls)
			return res, 0, true
		}
	case keyCirc:
		if e.Method == Telex {
			return e.telexCirc(w, r)
		}
		return e.marks(w, r, circumflex)
	case keyHorn:
		return e.marks(w, r, horn)
	case keyBreve:
		return e.marks(w, r, breve)
	case keyStroke:
		return e.stroke(w, r)
	}
	return w, 0, false
}

func sameLetters(a, b []letter) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasVowel(ls []letter) bool { return firstVowel(ls) >= 0 }

func firstVowel(ls []letter) int {
	for i, l := range ls {
		if isVowel(l.base) {
			return i
		}
	}
	return -1
}

func clearTones(ls []letter) {
	for i := range ls {
		ls[i].tone = noTone
	}
}

// telexCirc handles Telex a, e and o: doubled, they make â, ê, ô of the letter next
// to the cursor (before it, else after it); on â, ê, ô they take the hat back.
// Typed later in the word, as Unikey allows ("tienge" → tiên, "danas" → dấn), they
// mark the nearest such vowel before the cursor when the result can be a syllable.
func (e Engine) telexCirc(w word, r rune) (word, rune, bool) {
	base := byte(unicode.ToLower(r))
	target := -1
	switch {
	case w.cur > 0 && w.ls[w.cur-1].base == base:
		target = w.cur - 1
	case w.cur < len(w.ls) && w.ls[w.cur].base == base:
		target = w.cur
	default:
		for i := w.cur - 2; i >= 0; i-- {
			if w.ls[i].base != base {
				continue
			}
			res := w.clone()
			switch res.ls[i].shape {
			case circumflex: // typed again: the hat comes off and the key is typed ("Ân" + a → Ana)
				res.ls[i].shape = noShape
				e.settle(res)
				return res, r, true
			case noShape:
				res.ls[i].shape = circumflex
				if e.settle(res) {
					return res, 0, true
				}
			}
			break
		}
		return w, 0, false
	}
	res := w.clone()
	l := &res.ls[target]
	if l.shape == circumflex {
		l.shape = noShape
		e.settle(res)
		return res, r, true
	}
	l.shape = circumflex
	if base == 'o' && target > 0 && res.ls[target-1].base == 'u' {
		res.ls[target-1].shape = noShape // ươ + o → uô
	}
	if target == w.cur {
		res.cur++ // the key stands for the letter after the cursor: move past it
	}
	if e.settle(res) {
		return res, 0, true
	}
	return w, 0, false
}

// marks handles the keys that may mark any vowel of the word: Telex w (ư ơ ă, or a
// new ư), VNI 6 (â ê ô), 7 (ư ơ) and 8 (ă). It tries the vowels in turn and takes
// the first result that can be a syllable; when none can and the word has the mark
// already, the key takes it back.
func (e Engine) marks(w word, r rune, s shape) (word, rune, bool) {
	telexW := e.Method == Telex && s == horn
	// a change the spelling rules turn back ("thuở" + w) is no change: the key undoes
	try := func(res word) bool { return e.settle(res) && !sameLetters(res.ls, w.ls) }
	if s == horn {
		// u and o together take the horn together: ươ
		for i := 0; i+1 < len(w.ls); i++ {
			u, o := w.ls[i], w.ls[i+1]
			if u.base == 'u' && o.base == 'o' && u.shape == horn && o.shape == horn && i+2 < len(w.ls) && w.cur == len(w.ls) {
				// ư then o before more letters made ươ by itself ("buwoc" → bươc):
				// the key typed on to put the horn on o finds it there ("buwocw" →
				// bước), as in Gõ Nhanh's tables. Inside the word it takes it back.
				return w, 0, true
			}
			if u.base == 'u' && o.base == 'o' && !(u.shape == horn && o.shape == horn) {
				res := w.clone()
				res.ls[i].shape, res.ls[i+1].shape = horn, horn
				if try(res) {
					return res, 0, true
				}
			}
		}
	}
	for i, l := range w.ls {
		var ns shape
		switch {
		case s == circumflex && (l.base == 'a' || l.base == 'e' || l.base == 'o') && l.shape != circumflex:
			ns = circumflex
		case s == horn && (l.base == 'u' || l.base == 'o') && l.shape != horn:
			ns = horn
		case (s == breve || telexW) && l.base == 'a' && l.shape != breve:
			ns = breve
		default:
			continue
		}
		res := w.clone()
		res.ls[i].shape = ns
		if ns == circumflex && l.base == 'o' && i > 0 && res.ls[i-1].base == 'u' {
			res.ls[i-1].shape = noShape
		}
		if try(res) {
			return res, 0, true
		}
	}
	// the mark is there already: take it back and type the key
	undo := w.clone()
	found := false
	for i, l := range undo.ls {
		if l.shape == s || (telexW && l.shape == breve) {
			undo.ls[i].shape = noShape
			found = true
		}
	}
	if found {
		if telexW && len(w.ls) == 1 && w.ls[0].base == 'u' {
			// a lone ư came from w alone: ww is w
			return word{ls: undo.ls[:0], cur: 0}, r, true
		}
		e.settle(undo)
		return undo, r, true
	}
	if telexW {
		// w alone is ư: "nhw" → "như"
		res := word{ls: make([]letter, 0, len(w.ls)+1), cur: w.cur + 1}
		res.ls = append(res.ls, w.ls[:w.cur]...)
		res.ls = append(res.ls, letter{base: 'u', shape: horn, upper: r == 'W'})
		res.ls = append(res.ls, w.ls[w.cur:]...)
		if try(res) {
			return res, 0, true
		}
	}
	return w, 0, false
}

// mapChar types the letter a Telex bracket stands for: [ ơ, ] ư, { Ơ, } Ư, when the
// word can still be a syllable with it. Pressed again right after that letter, the
// key takes the letter back and types the bracket ("[[" → "["), as in Unikey.
func (e Engine) mapChar(w word, r rune) (word, rune, bool) {
	l := letter{base: 'o', shape: horn, upper: r == '{' || r == '}'}
	if r == ']' || r == '}' {
		l.base = 'u'
	}
	if w.cur > 0 && w.ls[w.cur-1] == l {
		res := word{ls: make([]letter, 0, len(w.ls)), cur: w.cur - 1}
		res.ls = append(res.ls, w.ls[:w.cur-1]...)
		res.ls = append(res.ls, w.ls[w.cur:]...)
		e.settle(res)
		return res, r, true
	}
	res := word{ls: make([]letter, 0, len(w.ls)+1), cur: w.cur + 1}
	res.ls = append(res.ls, w.ls[:w.cur]...)
	res.ls = append(res.ls, l)
	res.ls = append(res.ls, w.ls[w.cur:]...)
	if e.settle(res) {
		return res, 0, true
	}
	return w, 0, false
}

// stroke handles đ: Telex d and VNI 9 anywhere in a word starting with d, as
// Unikey's free style allows ("dinhd" → đinh). On đ the key takes the stroke back
// (Telex: right after or before the đ).
func (e Engine) stroke(w word, r rune) (word, rune, bool) {
	if len(w.ls) == 0 {
		return w, 0, false
	}
	first := w.ls[0].base
	if first != 'd' && first != dStroke {
		return w, 0, false
	}
	res := w.clone()
	if first == dStroke {
		if e.Method == Telex && w.cur > 1 {
			return w, 0, false // "đi" + d is a d typed after đ
		}
		res.ls[0].base = 'd'
		return res, r, true
	}
	res.ls[0].base = dStroke
	if e.Method == Telex && w.cur == 0 {
		res.cur = 1
	}
	if e.settle(res) {
		return res, 0, true
	}
	return w, 0, false
}

// maxRestore is the longest word that gets its keys back when a letter makes it
// un-Vietnamese. A foreign word shows itself in its first letters ("Gô" + g, "ú" + e
// for "user"); a longer word that was Vietnamese until now has a typo, and typing
// its keys back would make the typo worse.
const maxRestore = 3

// letter types r as a letter. The tone moves if the grown syllable wants it elsewhere
// ("hòa" + n → "hoàn"); a short word that stops being Vietnamese gets the keys that
// made it back ("Ẽ" + c → "Exc").
func (e Engine) letter(w word, r rune, before, after string) (string, string, bool) {
	res := word{ls: make([]letter, 0, len(w.ls)+1), cur: w.cur + 1}
	res.ls = append(res.ls, w.ls[:w.cur]...)
	lo := byte(unicode.ToLower(r))
	res.ls = append(res.ls, letter{base: lo, upper: r != rune(lo)})
	res.ls = append(res.ls, w.ls[w.cur:]...)
	if e.settle(res) {
		nb, na := res.split(0)
		if nb == before+string(r) && na == after {
			return before, after, false
		}
		return nb, na, true
	}
	if w.cur == len(w.ls) && len(w.ls) <= maxRestore && hasMarks(w.ls) && valid(w.ls) {
		return e.keysOf(w.ls, unicode.IsUpper(r)) + string(r), "", true
	}
	return before, after, false
}

func consonantsOnly(ls []letter) bool {
	for _, l := range ls {
		if isVowel(l.base) {
			return false
		}
	}
	return true
}

func hasMarks(ls []letter) bool {
	for _, l := range ls {
		if l.shape != noShape || l.tone != noTone || l.base == dStroke {
			return true
		}
	}
	return false
}

// keysOf returns the keys that type ls in the method: marks after their letter, the
// tone last. Keys are upper case where their letter is, and the tone key when the
// whole word is (upper is whether the key typed after it is).
func (e Engine) keysOf(ls []letter, upper bool) string {
	allUpper := len(ls) > 1 || upper
	for _, l := range ls {
		allUpper = allUpper && l.upper
	}
	keyCase := func(c byte, up bool) byte {
		if up {
			return c - 'a' + 'A'
		}
		return c
	}
	var b []byte
	var late, lateD byte // a hat's key typed after the final consonants, đ's second d (free style)
	for i, l := range ls {
		base := l.base
		if base == dStroke {
			base = 'd'
		}
		next := letter{}
		if i+1 < len(ls) {
			next = ls[i+1]
		}
		uo := l.base == 'u' && l.shape == horn && next.base == 'o' && next.shape == horn
		if !(e.Method == Telex && l.base == 'u' && l.shape == horn && i == 0 && !uo) {
			b = append(b, keyCase(base, l.upper))
		}
		if e.Method == Telex {
			// A mark's key is lower case unless the whole word is capitals: "Đ"
			// came from Dd, not DD.
			switch {
			case l.shape == circumflex && i+1 < len(ls) && consonantsOnly(ls[i+1:]):
				// Given back, "Cân" is "Cana", as in Canada: words a hat was put in
				// from after their final consonants are the foreign ones.
				late = keyCase(base, l.upper && allUpper)
			case l.base == dStroke:
				// and "Đa" is "Dad", as in Daddy: a foreign word's second d comes
				// later in it, not right after the first
				lateD = keyCase('d', l.upper && allUpper)
			case l.shape == circumflex:
				b = append(b, keyCase(base, l.upper && allUpper))
			case uo:
			case l.base == 'u' && l.shape == horn && i == 0:
				b = append(b, keyCase('w', l.upper)) // ư typed as w alone: the key is the letter
			case l.shape == breve || l.shape == horn:
				b = append(b, keyCase('w', l.upper && allUpper))
			}
		} else {
			switch {
			case l.base == dStroke:
				b = append(b, '9')
			case l.shape == circumflex:
				b = append(b, '6')
			case uo:
			case l.shape == horn:
				b = append(b, '7')
			case l.shape == breve:
				b = append(b, '8')
			}
		}
	}
	if late != 0 {
		b = append(b, late)
	}
	if lateD != 0 {
		b = append(b, lateD)
	}
	if t := toneOf(ls); t != noTone {
		if e.Method == Telex {
			b = append(b, keyCase("\x00frxsj"[t], allUpper))
		} else {
			b = append(b, "\x0023415"[t])
		}
	}
	return string(b)
}

// WordAround returns the rune offsets of the word the engine works on with the
// cursor at rune offset cursor: the run of letters (and combining marks) touching the
// cursor. start == end when the cursor touches no letter.
func WordAround(text string, cursor int) (start, end int) {
	if cursor < 0 {
		cursor = 0
	}
	n := 0
	for _, r := range text {
		word := isWordRune(r)
		if n >= cursor && !word {
			break
		}
		if n < cursor && !word {
			start = n + 1
		}
		n++
	}
	return start, n
}

func wordAround(rs []rune, cursor int) (start, end int) {
	start, end = cursor, cursor
	for start > 0 && isWordRune(rs[start-1]) {
		start--
	}
	for end < len(rs) && isWordRune(rs[end]) {
		end++
	}
	return start, end
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// Type returns the text made by typing keys one after another at the end of an empty
// field: what a reporter sees after typing them. Tests and conversions of typed-out
// text use it.
func (e Engine) Type(keys string) string {
	var text []rune
	for _, r := range keys {
		start, _ := wordAround(text, len(text))
		nb, na, ok := e.Apply(string(text[start:]), "", r)
		if !ok {
			text = append(text, r)
			continue
		}
		text = append(text[:start], []rune(nb+na)...)
	}
	return string(text)
}

// GiveBack decides, when a word ends (a space or a punctuation mark is typed),
// whether the keys typed give the word back as they were: when the engine made
// of them something that is no Vietnamese syllable ("Tuwitter", "pas", "Mocosw"),
// the keys were a foreign word ("Twitter", "pass", "Moscow"). Unikey calls this
// restoring the keys of a wrong word. A word that is a syllable ("tét" of test)
// is kept: the spelling cannot tell it from Vietnamese. With NoGiveBack set, every
// word is kept.
func (e Engine) GiveBack(word, keys string) (string, bool) {
	if e.Method == Off || e.NoGiveBack || word == keys || keys == "" {
		return word, false
	}
	var buf [16]letter
	ls, ok := decode(word, buf[:0])
	if ok && complete(ls) {
		return word, false
	}
	// A short word whose last key took back its mark was meant: "ass" is "as".
	if n := len(keys); len(ls) <= 2 && n > 1 && word+keys[n-1:] == keys {
		return word, false
	}
	return keys, true
}
