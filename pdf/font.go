package pdf

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"newsdesk/assets"
)

// face is one of the embedded fonts, as the document uses it.
type face uint8

// The faces. The text faces cover every Vietnamese letter; the last three are tried,
// in order, for a character the text's face lacks.
const (
	serif face = iota
	serifBold
	serifItalic
	serifBoldItalic
	sans
	sansBold
	mathFace
	symbols2Face
	symbolsFace
	numFaces
)

var faceFiles = [numFaces]string{
	assets.FontSerifRegular, assets.FontSerifBold, assets.FontSerifItalic, assets.FontSerifBoldItalic,
	assets.FontSansRegular, assets.FontSansBold,
	assets.FontMath, assets.FontSymbols2, assets.FontSymbols,
}

// faceFamily and faceStyle name each face to gofpdf.
var (
	faceFamily = [numFaces]string{"NotoSerif", "NotoSerif", "NotoSerif", "NotoSerif", "NotoSans", "NotoSans", "NotoSansMath", "NotoSansSymbols2", "NotoSansSymbols"}
	faceStyle  = [numFaces]string{"", "B", "I", "BI", "", "B", "", "", ""}
)

var fallbacks = []face{mathFace, symbols2Face, symbolsFace}

// fontFile is an embedded font: its bytes, shared read-only by every document, and
// its character map.
type fontFile struct {
	data []byte
	font *sfnt.Font
}

var fontFiles = sync.OnceValues(func() ([numFaces]fontFile, error) {
	var out [numFaces]fontFile
	for i, name := range faceFiles {
		data, err := assets.FontFile(name)
		if err != nil {
			return out, err
		}
		f, err := sfnt.Parse(data)
		if err != nil {
			return out, fmt.Errorf("parse font %s: %w", name, err)
		}
		out[i] = fontFile{data: data, font: f}
	}
	return out, nil
})

// coverage remembers which characters each face has a glyph for. Only the Basic
// Multilingual Plane counts: gofpdf reads the format 4 character map alone, so it
// cannot draw a character past U+FFFF even when the font has one.
var coverage struct {
	mu    sync.Mutex
	buf   sfnt.Buffer
	known [numFaces]map[rune]bool
}

// covers reports whether face f has a glyph for r.
func covers(f face, r rune) bool {
	if r > 0xFFFF {
		return false
	}
	files, err := fontFiles()
	if err != nil {
		return false
	}
	coverage.mu.Lock()
	defer coverage.mu.Unlock()
	m := coverage.known[f]
	if m == nil {
		m = make(map[rune]bool)
		coverage.known[f] = m
	}
	has, ok := m[r]
	if !ok {
		g, err := files[f].font.GlyphIndex(&coverage.buf, r)
		has = err == nil && g != 0
		m[r] = has
	}
	return has
}

// invisible are characters that only steer line breaking or joining: they are
// dropped rather than drawn.
var invisible = map[rune]bool{
	'\u00AD': true, // soft hyphen
	'\u200B': true, '\u200C': true, '\u200D': true, '\u2060': true, '\uFEFF': true,
}

// replacement is what is drawn, and reported, for a character no embedded font has.
const replacement = "?"

// glyphRun is text drawn in one face.
type glyphRun struct {
	face face
	text string
}

// resolver turns text in a face into runs that every character can be drawn in: a
// character the face lacks is drawn from a fallback font, else replaced by its
// compatibility equivalent (ﬁ → fi, full-width Ａ → A), else by a question mark, and
// remembered in missing so that people are told. It never lets a character print as
// an empty box.
type resolver struct {
	missing map[rune]bool
}

func (rs *resolver) runs(f face, s string) []glyphRun {
	var out []glyphRun
	add := func(f face, s string) {
		if n := len(out); n > 0 && out[n-1].face == f {
			out[n-1].text += s
			return
		}
		out = append(out, glyphRun{f, s})
	}
	for _, r := range s {
		switch {
		case r == '\n': // kept for the line breaker
			add(f, "\n")
		case r == '\t':
			add(f, " ")
		case invisible[r]:
		case covers(f, r):
			add(f, string(r))
		default:
			for _, g := range rs.substitute(f, r) {
				add(g.face, g.text)
			}
		}
	}
	return out
}

// substitute finds how to draw r, which face f lacks.
func (rs *resolver) substitute(f face, r rune) []glyphRun {
	for _, fb := range fallbacks {
		if covers(fb, r) {
			return []glyphRun{{fb, string(r)}}
		}
	}
	if k := norm.NFKC.String(string(r)); k != string(r) && utf8.ValidString(k) {
		ok := true
		for _, c := range k {
			if !covers(f, c) {
				ok = false
				break
			}
		}
		if ok {
			return []glyphRun{{f, k}}
		}
	}
	if rs.missing == nil {
		rs.missing = make(map[rune]bool)
	}
	rs.missing[r] = true
	return []glyphRun{{f, replacement}}
}
