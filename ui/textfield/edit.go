package textfield

// Editing a Paragraph: every change goes through replace, which records it for
// undo and re-wraps only what it touched.

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"golang.org/x/text/unicode/norm"

	"newsdesk/vninput"
	"newsdesk/vnspell"
	"newsdesk/vntext"
)

// CanUndo reports whether there is a change to undo.
func (p *Paragraph) CanUndo() bool { return p.hist.canUndo() }

// CanRedo reports whether there is an undone change to redo.
func (p *Paragraph) CanRedo() bool { return p.hist.canRedo() }

// Undo takes back the last step: a word typed, a run of deletions, a paste.
func (p *Paragraph) Undo() {
	if p.readOnly {
		return
	}
	s := p.hist.undo()
	if s == nil {
		return
	}
	for i := len(s.edits) - 1; i >= 0; i-- {
		e := s.edits[i]
		p.splice(e.pos, e.pos+len(e.new), e.old)
	}
	p.restore(s.before)
	p.changed()
}

// Redo does again the last step undone.
func (p *Paragraph) Redo() {
	if p.readOnly {
		return
	}
	s := p.hist.redo()
	if s == nil {
		return
	}
	for _, e := range s.edits {
		p.splice(e.pos, e.pos+len(e.old), e.new)
	}
	p.restore(s.after)
	p.changed()
}

func (p *Paragraph) restore(c caret) {
	p.cursor, p.anchor = clamp(c.cursor, 0, len(p.text)), c.anchor
	if p.anchor > len(p.text) {
		p.anchor = -1
	}
	p.eol, p.goalX = false, -1
}

// TypedRune inserts r at the cursor, replacing the selection; the typing engine may
// rewrite the word around the cursor. Runes that arrive composed (not ASCII) are
// inserted as they are, normalised to NFC.
func (p *Paragraph) TypedRune(r rune) {
	if p.readOnly {
		return
	}
	p.blink.wake(p.focused && !p.readOnly)
	gen := p.gen
	s := p.hist.begin(stepTyping, p.caret(), r)
	p.deleteSelection(s)
	p.typeRune(s, r)
	s.last = r
	p.finish(s, gen)
}

func (p *Paragraph) typeRune(s *step, r rune) {
	at := p.cursor
	c := p.typing.Composer()
	if r < 0x80 && r != '\n' && c != nil {
		a, b := wordBounds(p.text, p.cursor)
		nb, na, ok := c.Apply(string(p.text[a:p.cursor]), string(p.text[p.cursor:b]), r)
		if ok {
			before := []rune(norm.NFC.String(nb))
			word := append(before, []rune(norm.NFC.String(na))...)
			p.replace(s, a, b, word)
			p.cursor = a + len(before)
			p.keys.track(a, at, p.cursor, r)
			return
		}
	}
	if isLetterKey(r) {
		a, _ := wordBounds(p.text, p.cursor)
		p.insert(s, []rune{r})
		p.keys.track(a, at, p.cursor, r)
		return
	}
	if from, out, ok := p.keys.giveBack(c, p.text, p.cursor); ok { // a word ends
		p.replace(s, from, p.cursor, out)
		p.cursor = from + len(out)
	}
	p.keys.reset()
	p.insert(s, []rune{r})
}

// insert puts ins at the cursor and normalises the seams to NFC (a combining mark
// typed or pasted after its letter composes with it).
func (p *Paragraph) insert(s *step, ins []rune) {
	a := p.cursor
	p.replace(s, a, a, ins)
	p.cursor = a + len(ins)
	if !isASCII(ins) || (p.cursor < len(p.text) && p.text[p.cursor] >= 0x80) {
		p.normalize(s, a, p.cursor)
	}
}

// normalize brings the text around [a, b) back to NFC after an edit there, keeping
// the cursor on the same letter.
func (p *Paragraph) normalize(s *step, a, b int) {
	from, to := nfcSpan(p.text, a, b)
	seg := string(p.text[from:to])
	if norm.NFC.IsNormalString(seg) {
		return
	}
	cur := p.cursor
	inside := cur >= from && cur <= to
	if inside {
		cur = from + len([]rune(norm.NFC.String(string(p.text[from:cur]))))
	}
	fixed := []rune(norm.NFC.String(seg))
	p.replace(s, from, to, fixed)
	if inside {
		p.cursor = snapBoundary(p.text, clamp(cur, from, from+len(fixed)))
	} else if cur > to {
		p.cursor = cur + len(fixed) - (to - from)
	}
}

// replace puts ins in place of text[a:b], recording the edit into s (nil: not
// recorded), trimmed to what really changes.
func (p *Paragraph) replace(s *step, a, b int, ins []rune) {
	pre, suf := commonEnds(p.text[a:b], ins)
	a, b, ins = a+pre, b-suf, ins[pre:len(ins)-suf]
	if a == b && len(ins) == 0 {
		return
	}
	e := edit{pos: a, old: append([]rune(nil), p.text[a:b]...), new: append([]rune(nil), ins...)}
	p.splice(a, b, ins)
	if s != nil {
		s.add(e)
	}
}

// splice changes the text and re-wraps what the change touches.
func (p *Paragraph) splice(a, b int, ins []rune) {
	removed := b - a
	p.text = splice(p.text, a, b, ins)
	p.lines, _, _ = p.wrap.rewrap(p.text, p.lines, a, removed, len(ins))
	p.gen++
}

func (p *Paragraph) deleteSelection(s *step) {
	if !p.hasSelection() {
		p.anchor = -1
		return
	}
	a, b := p.selRange()
	p.replace(s, a, b, nil)
	p.cursor, p.anchor = a, -1
	p.normalize(s, a, a)
}

// finish ends a change: the step's caret, redraw, OnChanged when the text changed.
func (p *Paragraph) finish(s *step, gen int) {
	p.eol, p.goalX = false, -1
	if s != nil {
		s.after = p.caret()
		if len(s.edits) == 0 { // nothing changed: forget the empty step
			p.hist.n--
			p.hist.steps = p.hist.steps[:p.hist.n]
			p.hist.open, p.hist.fresh = false, false
		}
		p.noteStep()
	}
	if p.gen == gen {
		p.Refresh()
		return
	}
	p.changed()
}

func (p *Paragraph) changed() {
	p.Refresh()
	if p.OnChanged != nil {
		p.OnChanged(string(p.text))
	}
}

func (p *Paragraph) deleteKey(forward bool) {
	if p.readOnly {
		return
	}
	gen := p.gen
	if !p.hasSelection() {
		switch {
		case !forward && p.cursor == 0:
			if p.OnJoinPrevious != nil {
				p.hist.close()
				p.OnJoinPrevious()
			}
			return
		case forward && p.cursor == len(p.text):
			if p.OnJoinNext != nil {
				p.hist.close()
				p.OnJoinNext()
			}
			return
		}
	}
	s := p.hist.begin(stepDeleting, p.caret(), 0)
	switch {
	case p.hasSelection():
		p.deleteSelection(s)
	case forward:
		p.replace(s, p.cursor, nextBoundary(p.text, p.cursor), nil)
		p.normalize(s, p.cursor, p.cursor)
	default:
		a := prevBoundary(p.text, p.cursor)
		p.replace(s, a, p.cursor, nil)
		p.cursor = a
		p.normalize(s, a, a)
	}
	p.anchor = -1
	p.finish(s, gen)
}

// deleteWord deletes from the cursor to the start (or end) of the word, or the
// selection.
func (p *Paragraph) deleteWord(forward bool) {
	if p.readOnly {
		return
	}
	if p.hasSelection() {
		p.deleteKey(forward)
		return
	}
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	if forward {
		p.replace(s, p.cursor, wordRight(p.text, p.cursor), nil)
	} else {
		a := wordLeft(p.text, p.cursor)
		p.replace(s, a, p.cursor, nil)
		p.cursor = a
	}
	p.normalize(s, p.cursor, p.cursor)
	p.anchor = -1
	p.finish(s, gen)
}

func (p *Paragraph) enter(shift bool) {
	if p.readOnly {
		return
	}
	if p.OneLine {
		if p.OnSplit != nil {
			p.hist.close()
			p.OnSplit(string(p.text[:p.cursor]), string(p.text[p.cursor:]))
		}
		return
	}
	if p.OnSplit == nil || shift {
		p.TypedRune('\n')
		return
	}
	if p.hasSelection() {
		gen := p.gen
		s := p.hist.begin(stepOther, p.caret(), 0)
		p.deleteSelection(s)
		p.finish(s, gen)
	}
	p.hist.close()
	p.OnSplit(string(p.text[:p.cursor]), string(p.text[p.cursor:]))
}

func (p *Paragraph) clipboard(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		c = fyne.CurrentApp().Clipboard()
	}
	return c
}

func (p *Paragraph) copy(c fyne.Clipboard) {
	if !p.hasSelection() {
		return
	}
	if c = p.clipboard(c); c != nil {
		c.SetContent(p.SelectedText())
	}
}

func (p *Paragraph) cut(c fyne.Clipboard) {
	if !p.hasSelection() {
		return
	}
	p.copy(c)
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	p.deleteSelection(s)
	p.finish(s, gen)
}

// paste inserts the clipboard's text as it is, only cleaned and normalised to NFC:
// the typing engine never rewrites pasted words.
// oneLine turns a paste's line breaks and tabs into spaces, for a OneLine field.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func (p *Paragraph) paste(c fyne.Clipboard) {
	if c = p.clipboard(c); c == nil {
		return
	}
	clean := vntext.Clean(c.Content())
	if p.OneLine {
		clean = oneLine.Replace(clean)
	} else if p.OnPasteParagraphs != nil {
		if paras := vntext.Paragraphs(clean); len(paras) > 1 {
			if p.hasSelection() {
				gen := p.gen
				s := p.hist.begin(stepOther, p.caret(), 0)
				p.deleteSelection(s)
				p.finish(s, gen)
			}
			p.hist.close()
			p.OnPasteParagraphs(string(p.text[:p.cursor]), paras, string(p.text[p.cursor:]))
			return
		}
	}
	text := []rune(clean)
	if len(text) == 0 {
		return
	}
	gen := p.gen
	s := p.hist.begin(stepOther, p.caret(), 0)
	p.deleteSelection(s)
	p.insert(s, text)
	p.finish(s, gen)
}

// wordKeys remembers the keys typed for the word being typed, so that it can be
// given back as typed when it ends and is no Vietnamese word (Engine.GiveBack:
// "Tuwitter" is Twitter). The keys are known only for a word typed from its
// start with the cursor never moving away.
type wordKeys struct {
	keys     []rune
	at, end  int // the word's start and the cursor after the last key
	tracking bool
}

// track notes key r, typed with the cursor at at into the word that starts at
// start; after is where the cursor is once the key is in.
func (w *wordKeys) track(start, at, after int, r rune) {
	switch {
	case w.tracking && w.at == start && w.end == at:
		w.keys = append(w.keys, r)
	case start == at:
		w.keys, w.at, w.tracking = append(w.keys[:0], r), start, true
	default:
		w.tracking = false
	}
	w.end = after
}

func (w *wordKeys) reset() { w.tracking = false }

// giveBack says whether the word that ends at cursor in text goes back to its
// keys, and what replaces text[from:cursor].
func (w *wordKeys) giveBack(c Composer, text []rune, cursor int) (from int, out []rune, ok bool) {
	g, isGiver := c.(interface {
		GiveBack(word, keys string) (string, bool)
	})
	if !isGiver || !w.tracking || w.end != cursor || w.at > cursor || cursor > len(text) {
		return 0, nil, false
	}
	word, keys := string(text[w.at:cursor]), string(w.keys)
	s, ok := g.GiveBack(word, keys)
	if !ok {
		if !foreignKeys(c, word, keys) {
			return 0, nil, false
		}
		s = keys
	}
	return w.at, []rune(s), true
}

// foreignKeys reports whether keys the engine made into a syllable, word, were
// rather an English word, to be given back as typed: "taxi" is no "tãi", "post"
// no "pót". The engine keeps every syllable its spelling rules allow; these
// words are given back when all of these hold:
//
//   - giving back is on (Keys.KeepForeign unset);
//   - the keys, lower-cased, are an English word a check of Vietnamese would
//     misread (vnspell.English);
//   - word is a syllable by the rules (vnspell.Valid), so the engine kept it;
//   - word carries a tone and ends in the letter of the last key, that is the tone
//     was typed before the word's end, in the English word's order. A Telex
//     typist ends a syllable with its tone or types its shape keys in place:
//     "as" for "á", "bets" for "bét", "goon" for "gôn", "tree" for "trê", "seen"
//     for "sên" are Vietnamese as typed, whatever the English, and stay.
//
// So "visa", "list" and "test" stay as typed although "vía", "lít" and "tét" are
// words too: in a report the English words are the likelier, and a typist who
// wants the syllable types its tone last ("vias", "lits", "tets"), as most do.
func foreignKeys(c Composer, word, keys string) bool {
	e, ok := c.(vninput.Engine)
	if !ok || e.NoGiveBack || e.Method == vninput.Off || word == keys || keys == "" {
		return false
	}
	if !vnspell.English(keys) || !vnspell.Valid(word) || !vnspell.Toned(word) {
		return false
	}
	last := []rune(norm.NFD.String(word))
	for len(last) > 0 && unicode.Is(unicode.Mn, last[len(last)-1]) {
		last = last[:len(last)-1]
	}
	return len(last) > 0 && unicode.ToLower(last[len(last)-1]) == unicode.ToLower(rune(keys[len(keys)-1]))
}

// isLetterKey reports whether r is a letter of a word being typed.
func isLetterKey(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }
