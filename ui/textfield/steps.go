package textfield

// Step names one undo step of a paragraph (a word typed, a run of deletions, a
// paste), for an owner that keeps one history across several fields: the owner
// notes the steps in the order they were made (OnStep) and takes them back and
// does them again in that order (UndoStep, RedoStep).
type Step struct{ id int64 }

// History is a paragraph's undo history, taken aside while the owner replaces the
// paragraph's text (a split, a join) and given back when that is undone, so the
// steps typed before stay undoable.
type History struct{ h history }

// UndoStep takes back s when it is the paragraph's newest step still done, and
// reports whether it did; a step the paragraph no longer holds (its text was
// replaced since) is left alone.
func (p *Paragraph) UndoStep(s Step) bool {
	if p.readOnly || s.id == 0 || p.hist.undoID() != s.id {
		return false
	}
	p.Undo()
	return true
}

// RedoStep does s again when it is the paragraph's next step undone, and reports
// whether it did.
func (p *Paragraph) RedoStep(s Step) bool {
	if p.readOnly || s.id == 0 || p.hist.redoID() != s.id {
		return false
	}
	p.Redo()
	return true
}

// History returns a copy of the paragraph's undo history.
func (p *Paragraph) History() History { return History{p.hist.clone()} }

// SetHistory replaces the paragraph's undo history by h (from History), for the
// text the paragraph holds now; call it after SetText, which clears the history.
func (p *Paragraph) SetHistory(h History) { p.hist = h.h.clone() }

// SealStep ends the step being typed: the next key starts a new one, so what the
// owner did in between (a block deleted) stays between them when undone.
func (p *Paragraph) SealStep() { p.hist.close() }

// sharesUndo reports whether the owner keeps the undo history (OnStep is set):
// then Ctrl+Z and redo go to the window, which takes back the report's edits in
// order whichever field made them.
func (p *Paragraph) sharesUndo() bool { return p.OnStep != nil }

// noteStep tells the owner about the step the change under way began.
func (p *Paragraph) noteStep() {
	if !p.hist.fresh {
		return
	}
	p.hist.fresh = false
	if p.OnStep != nil && p.hist.n > 0 {
		p.OnStep(Step{p.hist.steps[p.hist.n-1].id})
	}
}
