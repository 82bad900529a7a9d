package textfield

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// Wrapping is what makes Fyne's own multi-line Entry slow on long text: it re-wraps
// the whole text on every key, shaping candidate lines again and again. Here a
// paragraph is cut into words and runs of spaces, each measured once (and cached
// across all fields, keyed by text, size, style and font), lines are ranges of the
// text, and an edit re-wraps from the line before it only until the new lines meet
// the old ones again.

// tabSpaces is how a tab is shown and measured.
const tabSpaces = "    "

type widthKey struct {
	text  string
	size  float32
	style fyne.TextStyle
	font  string
}

// maxCachedWidths bounds the width cache; past it the cache starts afresh.
const maxCachedWidths = 100_000

var widths = struct {
	sync.Mutex
	m map[widthKey]float32
}{m: map[widthKey]float32{}}

// span is one visual line: the runes [start, end) of the text, end being the start of
// the next line. A line that ends at a hard break includes its '\n'.
type span struct{ start, end int }

// wrapper wraps text for one field's font and width.
type wrapper struct {
	width float32 // room for text; zero or less: break only at newlines
	size  float32
	style fyne.TextStyle
	font  string // the theme font's name, so a theme change measures afresh
}

// measure returns the drawn width of rs, which holds no newline.
func (w *wrapper) measure(rs []rune) float32 {
	if len(rs) == 0 {
		return 0
	}
	s := displayString(rs)
	key := widthKey{s, w.size, w.style, w.font}
	widths.Lock()
	v, ok := widths.m[key]
	widths.Unlock()
	if ok {
		return v
	}
	v = fyne.MeasureText(s, w.size, w.style).Width
	widths.Lock()
	if len(widths.m) >= maxCachedWidths {
		widths.m = make(map[widthKey]float32, 1024)
	}
	widths.m[key] = v
	widths.Unlock()
	return v
}

// displayString is rs as drawn: tabs become spaces.
// showsAs reports whether s is what displayString makes of rs, without making it:
// a key redraws only the lines whose text changed, and comparing every line of a
// long paragraph must not copy it.
func showsAs(s string, rs []rune) bool {
	i := 0
	for _, r := range rs {
		if r == '\t' {
			if !strings.HasPrefix(s[i:], tabSpaces) {
				return false
			}
			i += len(tabSpaces)
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if size == 0 || c != r {
			return false
		}
		i += size
	}
	return i == len(s)
}

func displayString(rs []rune) string {
	s := string(rs)
	if strings.IndexByte(s, '\t') >= 0 {
		s = strings.ReplaceAll(s, "\t", tabSpaces)
	}
	return s
}

// line returns the end of the visual line that starts at start: greedy, breaking
// after spaces (which may hang past the edge), a word longer than the line broken
// between grapheme clusters.
func (w *wrapper) line(text []rune, start int) int {
	n := len(text)
	x := float32(0)
	i := start
	for i < n {
		if text[i] == '\n' {
			return i + 1
		}
		j := i + 1
		if isBlank(text[i]) {
			for j < n && isBlank(text[j]) {
				j++
			}
			x += w.measure(text[i:j])
			i = j
			continue
		}
		for j < n && text[j] != '\n' && !isBlank(text[j]) {
			j++
		}
		ww := w.measure(text[i:j])
		if w.width > 0 && x+ww > w.width {
			if i > start {
				return i
			}
			return w.breakWord(text, i, j)
		}
		x += ww
		i = j
	}
	return n
}

// breakWord returns how much of the word text[i:j], alone on its line and too wide
// for it, fits: at least one grapheme cluster.
func (w *wrapper) breakWord(text []rune, i, j int) int {
	var bounds []int
	for k := i; k < j; {
		k = nextBoundary(text, k)
		if k > j {
			k = j
		}
		bounds = append(bounds, k)
	}
	// the largest boundary whose prefix still fits; the first always goes
	fit := sort.Search(len(bounds), func(b int) bool {
		return w.measure(text[i:bounds[b]]) > w.width
	})
	if fit == 0 {
		return bounds[0]
	}
	return bounds[fit-1]
}

// wrapAll wraps the whole text.
func (w *wrapper) wrapAll(text []rune) []span {
	return w.wrapFrom(text, nil, 0)
}

// wrapFrom appends the lines from start to the end of the text to lines.
func (w *wrapper) wrapFrom(text []rune, lines []span, start int) []span {
	n := len(text)
	for {
		e := w.line(text, start)
		lines = append(lines, span{start, e})
		if e >= n {
			if e > start && text[e-1] == '\n' {
				lines = append(lines, span{n, n})
			}
			return lines
		}
		start = e
	}
}

// rewrap updates lines, wrapped for the text before an edit, after text[pos:pos+removed]
// was replaced by inserted runes. It re-wraps from the line before the edited word
// until a new line starts where an old one did in the unchanged rest, and keeps the
// rest shifted. It returns the new lines and the range [from, to) of lines that are
// new; lines outside it only moved.
func (w *wrapper) rewrap(text []rune, lines []span, pos, removed, inserted int) (out []span, from, to int) {
	if len(lines) == 0 {
		out = w.wrapAll(text)
		return out, 0, len(out)
	}
	delta := inserted - removed
	// A line's break depends on its own words and the first word after it, so start
	// at the line before the one holding the start of the edited word.
	t := pos
	for t > 0 && text[t-1] != '\n' && !isBlank(text[t-1]) {
		t--
	}
	k := lineIndex(lines, t) - 1
	if k < 0 {
		k = 0
	}
	editEnd := pos + inserted
	n := len(text)
	fresh := make([]span, 0, 8)
	s := lines[k].start
	j := k + 1
	var tail []span
	for {
		e := w.line(text, s)
		fresh = append(fresh, span{s, e})
		if e >= n {
			if e > s && text[e-1] == '\n' {
				fresh = append(fresh, span{n, n})
			}
			break
		}
		if e >= editEnd {
			old := e - delta
			for j < len(lines) && lines[j].start < old {
				j++
			}
			if j < len(lines) && lines[j].start == old {
				tail = lines[j:]
				break
			}
		}
		s = e
	}
	out = make([]span, 0, k+len(fresh)+len(tail))
	out = append(out, lines[:k]...)
	out = append(out, fresh...)
	for _, l := range tail {
		out = append(out, span{l.start + delta, l.end + delta})
	}
	return out, k, k + len(fresh)
}

// lineIndex returns the line holding offset off: the last line starting at or before it.
func lineIndex(lines []span, off int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > off }) - 1
	if i < 0 {
		return 0
	}
	return i
}
