package textfield

// Undo keeps what each step changed, not copies of the text: an edit is the runes
// removed and inserted at an offset, a step is the edits of one user action (a word
// typed, a run of deletions, a paste) with the cursor before and after.

import "sync/atomic"

// stepKind says how a step may grow: typing extends typing, deleting extends
// deleting; everything else is a step of its own.
type stepKind int

const (
	stepTyping stepKind = iota + 1
	stepDeleting
	stepOther
)

// maxSteps bounds the undo history of one field.
const maxSteps = 1000

type edit struct {
	pos      int
	old, new []rune
}

// caret is the cursor and the selection anchor (-1 when nothing is selected).
type caret struct{ cursor, anchor int }

type step struct {
	id            int64 // unique in the program: names the step to an owner (Step)
	kind          stepKind
	edits         []edit
	before, after caret
	last          rune // the last rune typed into a typing step
}

type history struct {
	steps []step
	n     int  // steps[:n] can be undone, steps[n:] redone
	open  bool // the last step may still grow
	fresh bool // the last step was begun by the change under way
}

// stepIDs numbers the steps of every field, so that a step named to an owner is
// never mistaken for another after a field's history was cleared or replaced.
var stepIDs atomic.Int64

// begin returns the step the coming change belongs to: the last one when it may
// grow (same kind, the cursor where that step left it, and for typing not the
// first letter of a new word), else a new step.
func (h *history) begin(kind stepKind, at caret, r rune) *step {
	if h.open && kind != stepOther && h.n == len(h.steps) && h.n > 0 {
		last := &h.steps[h.n-1]
		newWord := kind == stepTyping && !isBlank(r) && r != '\n' && (isBlank(last.last) || last.last == '\n')
		if last.kind == kind && last.after == at && at.anchor < 0 && !newWord {
			return last
		}
	}
	h.steps = append(h.steps[:h.n], step{id: stepIDs.Add(1), kind: kind, before: at})
	if len(h.steps) > maxSteps {
		h.steps = append(h.steps[:0], h.steps[len(h.steps)-maxSteps:]...)
	}
	h.n = len(h.steps)
	h.open = kind != stepOther
	h.fresh = true
	return &h.steps[h.n-1]
}

// add records an edit into s, merging it with the step's previous edit when they
// touch, so a typed word is one edit.
func (s *step) add(e edit) {
	if k := len(s.edits); k > 0 {
		p := &s.edits[k-1]
		switch {
		case len(e.old) == 0 && e.pos == p.pos+len(p.new): // typed on
			p.new = append(p.new, e.new...)
			return
		case len(e.new) == 0 && len(p.old) == 0 && e.pos >= p.pos && e.pos+len(e.old) <= p.pos+len(p.new):
			// took back some of what this step inserted
			rest := make([]rune, 0, len(p.new)-len(e.old))
			rest = append(rest, p.new[:e.pos-p.pos]...)
			rest = append(rest, p.new[e.pos-p.pos+len(e.old):]...)
			p.new = rest
			return
		case len(e.new) == 0 && len(p.new) == 0 && e.pos+len(e.old) == p.pos: // backspaced on
			p.old = append(append([]rune(nil), e.old...), p.old...)
			p.pos = e.pos
			return
		case len(e.new) == 0 && len(p.new) == 0 && e.pos == p.pos: // deleted on
			p.old = append(p.old, e.old...)
			return
		}
	}
	s.edits = append(s.edits, e)
}

// close ends the open step: the next change starts a new one.
func (h *history) close() { h.open = false }

func (h *history) clear() { h.steps, h.n, h.open, h.fresh = nil, 0, false, false }

// clone returns a copy that shares nothing the original may still change, closed.
func (h *history) clone() history {
	c := history{steps: make([]step, len(h.steps)), n: h.n}
	for i, s := range h.steps {
		s.edits = append([]edit(nil), s.edits...)
		c.steps[i] = s
	}
	return c
}

// undoID and redoID are the ids of the steps undo and redo would take, 0 if none.
func (h *history) undoID() int64 {
	if h.n == 0 {
		return 0
	}
	return h.steps[h.n-1].id
}

func (h *history) redoID() int64 {
	if h.n == len(h.steps) {
		return 0
	}
	return h.steps[h.n].id
}

func (h *history) canUndo() bool { return h.n > 0 }

func (h *history) canRedo() bool { return h.n < len(h.steps) }

// undo returns the step to take back, or nil.
func (h *history) undo() *step {
	if h.n == 0 {
		return nil
	}
	h.open = false
	h.n--
	return &h.steps[h.n]
}

// redo returns the step to do again, or nil.
func (h *history) redo() *step {
	if h.n == len(h.steps) {
		return nil
	}
	h.open = false
	h.n++
	return &h.steps[h.n-1]
}

// applyEdit replaces, in text, what e inserted by what it removed (back) or the other
// way round, and returns the new text.
func applyEdit(text []rune, e edit, back bool) []rune {
	from, to := e.old, e.new
	if back {
		from, to = e.new, e.old
	}
	return splice(text, e.pos, e.pos+len(from), to)
}

// splice returns text with text[a:b] replaced by ins, reusing text's array when it can.
func splice(text []rune, a, b int, ins []rune) []rune {
	d := len(ins) - (b - a)
	switch {
	case d > 0:
		n := len(text)
		if cap(text) >= n+d {
			text = text[:n+d]
		} else {
			grown := make([]rune, n+d, (n+d)*5/4+16)
			copy(grown, text)
			text = grown
		}
		copy(text[b+d:], text[b:n])
	case d < 0:
		copy(text[b+d:], text[b:])
		text = text[:len(text)+d]
	}
	copy(text[a:], ins)
	return text
}
