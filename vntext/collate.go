package vntext

import (
	"bytes"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Vietnamese order, as dictionaries and golang.org/x/text/collate (CLDR) agree on it:
// letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, then, for words
// spelled alike, the tone: none, huyền, hỏi, ngã, sắc, nặng, then case. The collator
// alone compares tones position by position, so "Hoà" and "Hòa" (the same name, two
// tone styles) would fall on either side of "Hoá"; each word is therefore compared
// without its tone first, and the tone decides only between words spelled alike.

// toneRank orders the tone marks: level (0), huyền, hỏi, ngã, sắc, nặng.
var toneRank = map[rune]byte{'\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5}

// collators pools Vietnamese collators, which are not safe for concurrent use.
var collators = sync.Pool{New: func() any {
	return &collator{
		plain: collate.New(language.Vietnamese, collate.IgnoreCase),
		full:  collate.New(language.Vietnamese),
	}
}}

type collator struct {
	plain *collate.Collator // letters only: tones are taken off, case ignored
	full  *collate.Collator // case, as the last word
	buf   collate.Buffer
}

// untoned maps each precomposed letter carrying a tone to the letter without it and
// the tone's rank ('ệ' → 'ê', nặng), so NFC words lose their tone without
// normalising.
var untoned = map[rune]struct {
	letter rune
	rank   byte
}{}

func init() {
	for _, block := range [][2]rune{{0xC0, 0x1B0}, {0x1EA0, 0x1EF9}} {
		for r := block[0]; r <= block[1]; r++ {
			letters, rank := splitToneSlow(string(r))
			if rank == 0 {
				continue
			}
			if rs := []rune(letters); len(rs) == 1 {
				untoned[r] = struct {
					letter rune
					rank   byte
				}{rs[0], rank}
			}
		}
	}
}

// SplitTone returns word without its tone mark, and the tone in the order of
// Vietnamese dictionaries: 0 none (ngang), 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
// "Thủy" and "Thuỷ" give "Thuy" and 2 alike: the two tone styles spell one word.
func SplitTone(word string) (letters string, tone int) {
	l, t := splitTone(word)
	return l, int(t)
}

func splitTone(word string) (string, byte) {
	if !norm.NFC.IsNormalString(word) {
		return splitToneSlow(word)
	}
	i := strings.IndexFunc(word, func(r rune) bool { _, ok := untoned[r]; return ok })
	if i < 0 {
		return word, 0
	}
	var b strings.Builder
	b.Grow(len(word))
	var rank byte
	for _, r := range word {
		if u, ok := untoned[r]; ok {
			r, rank = u.letter, u.rank
		}
		b.WriteRune(r)
	}
	return b.String(), rank
}

func splitToneSlow(word string) (string, byte) {
	var rank byte
	var b strings.Builder
	for _, r := range norm.NFD.String(word) {
		if t := toneRank[r]; t != 0 {
			rank = t
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String()), rank
}

// appendWord appends word's key: the collation key of its letters, escaped so that
// keys of several words compare word by word, then 0 and its tone (1–6).
func (c *collator) appendWord(key []byte, word string) []byte {
	letters, tone := splitTone(word)
	k := c.plain.KeyFromString(&c.buf, letters)
	for _, b := range k {
		if b <= 1 {
			key = append(key, 1, b) // 0 and 1 are kept for separators
		} else {
			key = append(key, b)
		}
	}
	c.buf.Reset()
	return append(key, 0, tone+1)
}

func (c *collator) appendGroup(key []byte, words []string) []byte {
	for _, w := range words {
		key = c.appendWord(key, w)
	}
	return append(key, 0, 0) // below any word: a shorter group sorts first
}

// nameGroups returns the parts of a Vietnamese personal name in the order lists sort
// them: the given name (the last word), the family name (the first), then the
// middle names — the common practice of school rolls, award lists and the
// spreadsheets offices keep ("Bùi Thế An" before "Ngô Ngọc An").
func nameGroups(name string) [][]string {
	w := strings.Fields(name)
	switch len(w) {
	case 0:
		return [][]string{nil, nil, nil}
	case 1:
		return [][]string{w, nil, nil}
	}
	return [][]string{w[len(w)-1:], w[:1], w[1 : len(w)-1]}
}

// NameKey returns a key that sorts personal names the Vietnamese way when compared
// with bytes.Compare: by given name, then family name, then middle names, each word
// in Vietnamese letter order with the tone after the letters ("Nguyễn Văn An" <
// "Trần Thị Ánh" < "Lê Văn Bình" < "Hoàng Văn Dũng" < "Phạm Thị Đào").
func NameKey(name string) []byte {
	c := collators.Get().(*collator)
	defer collators.Put(c)
	groups := nameGroups(name)
	var key []byte
	for _, g := range groups {
		key = c.appendGroup(key, g)
	}
	// names spelled alike: case decides, then the bytes, so the order is total
	key = append(key, 0, 0)
	for _, g := range groups {
		for _, w := range g {
			key = append(key, c.full.KeyFromString(&c.buf, w)...)
			c.buf.Reset()
			key = append(key, 0)
		}
	}
	return append(key, name...)
}

// CompareNames compares two personal names in the order of NameKey and returns -1, 0
// or +1.
func CompareNames(a, b string) int {
	return bytes.Compare(NameKey(a), NameKey(b))
}

// SortNames sorts personal names the Vietnamese way (see NameKey), stably.
func SortNames(names []string) {
	keys := make([][]byte, len(names))
	for i, n := range names {
		keys[i] = NameKey(n)
	}
	sort.Stable(byKey{names, keys})
}

type byKey struct {
	names []string
	keys  [][]byte
}

func (s byKey) Len() int           { return len(s.names) }
func (s byKey) Less(i, j int) bool { return bytes.Compare(s.keys[i], s.keys[j]) < 0 }
func (s byKey) Swap(i, j int) {
	s.names[i], s.names[j] = s.names[j], s.names[i]
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
}

// Compare compares two texts in Vietnamese order, word by word (units, places,
// headlines), and returns -1, 0 or +1.
func Compare(a, b string) int {
	c := collators.Get().(*collator)
	defer collators.Put(c)
	ka := c.appendGroup(nil, strings.Fields(norm.NFC.String(a)))
	kb := c.appendGroup(nil, strings.Fields(norm.NFC.String(b)))
	if r := bytes.Compare(ka, kb); r != 0 {
		return r
	}
	if r := c.full.CompareString(a, b); r != 0 {
		return r
	}
	return strings.Compare(a, b)
}
