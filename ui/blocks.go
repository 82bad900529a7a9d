package ui

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui/textfield"
)

// blockView shows one body block with its tools: move up, move down, delete.
type blockView struct {
	key     string
	box     *fyne.Container
	focus   fyne.Focusable       // the field to focus when the block is reached
	thumb   *photoThumb          // photo blocks
	summary *widget.Label        // award blocks
	para    *textfield.Paragraph // paragraph blocks
	// fields are the block's text fields by model.Field* name, for the checks panel
	// to jump to; award rows by model.FieldRecipient* name and row.
	fields map[string]fyne.Focusable
	rows   map[string][]fyne.Focusable
	// awardRows holds an award block's recipient rows.
	awardRows *fyne.Container
	// joint is the white space Enter took from between this paragraph and the
	// one before when it split them (paragraphs keep none at their edges), so
	// that Backspace joins them back exactly; split says a split made it.
	joint string
	split bool
}

// joint is what goes between two paragraphs joined by Backspace or Delete: what
// the split that made them took away, or else one space between two texts
// (words are not run together), nothing when either is empty.
func (e *Editor) joint(i int, before, after string) string {
	if v := e.views[i]; v.split {
		return v.joint
	}
	if before == "" || after == "" {
		return ""
	}
	return " "
}

// indexOf returns the position of the block with that key in the body, -1 if none.
func (e *Editor) indexOf(key string) int {
	for i := range e.report.Body {
		if e.report.Body[i].Key == key {
			return i
		}
	}
	return -1
}

// block returns the working copy's block with that key; views keep keys, not
// pointers, because inserting into the body moves the blocks in memory.
func (e *Editor) block(key string) *model.Block {
	if i := e.indexOf(key); i >= 0 {
		return &e.report.Body[i]
	}
	return nil
}

func (e *Editor) newBlockView(b *model.Block) *blockView {
	v := &blockView{key: b.Key, fields: map[string]fyne.Focusable{}, rows: map[string][]fyne.Focusable{}}
	var title string
	var content fyne.CanvasObject
	switch b.Kind {
	case model.BlockParagraph:
		title = msg.T("ui.block.paragraph")
		key := b.Key
		text := e.paragraph(msg.T("ui.block.paragraph.hint"), b.Text, func(s string) {
			if blk := e.block(key); blk != nil {
				blk.Text = s
			}
		})
		e.wireParagraph(key, text)
		v.para = text
		v.fields[model.FieldText] = text
		v.focus, content = text, text
	case model.BlockPhoto:
		title = msg.T("ui.block.photo")
		content = e.newPhotoView(v, b)
	case model.BlockAwards:
		title = msg.T("ui.block.awards")
		content = e.newAwardsView(v, b)
	default:
		title, content = string(b.Kind), widget.NewLabel("")
	}
	up := newClickButton("", theme.MoveUpIcon(), func() { e.MoveBlock(v.key, -1) })
	down := newClickButton("", theme.MoveDownIcon(), func() { e.MoveBlock(v.key, +1) })
	del := newClickButton("", theme.DeleteIcon(), func() { e.DeleteBlock(v.key) })
	addPara := newClickButton("", theme.ContentAddIcon(), func() {
		e.InsertBlock(e.indexOf(v.key)+1, model.Paragraph(""))
	})
	tools := container.NewHBox(addPara, up, down, del)
	if e.comments != nil {
		tools.Objects = append([]fyne.CanvasObject{e.comments.button(v.key)}, tools.Objects...)
	}
	header := container.NewBorder(nil, nil,
		widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), tools)
	v.box = container.NewVBox(header, content)
	return v
}

// InsertBlock puts block b at position i of the body and focuses it.
func (e *Editor) InsertBlock(i int, b model.Block) {
	if i < 0 || i > len(e.report.Body) {
		i = len(e.report.Body)
	}
	if e.recording == 0 { // not part of a split or a paste, which keep their own
		done := e.recordBody(i, 0, false, nil, 0)
		defer done(1)
	}
	v := e.insertView(i, b)
	e.changed()
	// Lay the report out now, so that the new block has its place, then show it
	// with the cursor in it: the view follows what was just added.
	e.scroll.Refresh()
	if v.focus != nil && e.win != nil {
		e.win.Canvas().Focus(v.focus)
	}
	e.ensureVisible(v.box, 0, min(v.box.Size().Height, e.scroll.Size().Height/2))
}

// insertView puts block b into the body at i with its view.
func (e *Editor) insertView(i int, b model.Block) *blockView {
	if b.Key == "" {
		b = normalizedBlock(b)
	}
	e.report.Body = append(e.report.Body, model.Block{})
	copy(e.report.Body[i+1:], e.report.Body[i:])
	e.report.Body[i] = b
	e.loading = true // the fields are filled from the block: no change to record
	v := e.newBlockView(&e.report.Body[i])
	e.loading = false
	e.views = append(e.views, nil)
	copy(e.views[i+1:], e.views[i:])
	e.views[i] = v
	e.relayoutBlocks()
	return v
}

func normalizedBlock(b model.Block) model.Block {
	r := model.Report{Body: []model.Block{b}}
	r.Normalize()
	return r.Body[0]
}

// MoveBlock moves the block one place up (-1) or down (+1).
func (e *Editor) MoveBlock(key string, delta int) {
	i := e.indexOf(key)
	j := i + delta
	if i < 0 || j < 0 || j >= len(e.report.Body) {
		return
	}
	done := e.recordBody(min(i, j), 2, false, nil, 0)
	e.report.Body[i], e.report.Body[j] = e.report.Body[j], e.report.Body[i]
	e.views[i], e.views[j] = e.views[j], e.views[i]
	e.relayoutBlocks()
	done(2)
	e.changed()
}

// DeleteBlock removes the block, keeping it for undo (Ctrl+Z or the footer's button).
func (e *Editor) DeleteBlock(key string) {
	i := e.indexOf(key)
	if i < 0 {
		return
	}
	done := e.recordBody(i, 1, false, nil, 0)
	e.removeBlock(i)
	done(0)
	e.changed()
}

func (e *Editor) relayoutBlocks() {
	objs := make([]fyne.CanvasObject, len(e.views))
	for i, v := range e.views {
		objs[i] = v.box
	}
	e.blocks.Objects = objs
	e.blocks.Refresh()
}

// wireParagraph makes a body paragraph behave like one text: Enter splits it into two
// blocks, Backspace at its start joins it to the paragraph before, Delete at its end
// joins the next, and the arrow keys move on to the neighbouring paragraphs.
func (e *Editor) wireParagraph(key string, p *textfield.Paragraph) {
	p.OnSplit = func(before, after string) {
		i := e.indexOf(key)
		if i < 0 {
			return
		}
		done := e.recordBody(i, 1, false, p, len([]rune(before)))
		// The space at the cut is kept aside for a join (see blockView.joint).
		trimmed := strings.TrimRightFunc(before, unicode.IsSpace)
		joint := before[len(trimmed):]
		rest := strings.TrimLeftFunc(after, unicode.IsSpace)
		joint += after[:len(after)-len(rest)]
		p.SetText(trimmed)
		e.report.Body[i].Text = trimmed
		e.InsertBlock(i+1, model.Paragraph(rest))
		e.views[i+1].joint, e.views[i+1].split = joint, true
		if next := e.views[i+1].para; next != nil {
			next.SetCursorOffset(0)
		}
		done(2)
	}
	p.OnPasteParagraphs = func(before string, paras []string, after string) {
		if i := e.indexOf(key); i >= 0 {
			e.pasteParagraphs(p, i, before, paras, after)
		}
	}
	p.OnJoinPrevious = func() {
		i := e.indexOf(key)
		if i <= 0 || e.views[i-1].para == nil {
			return
		}
		prev := e.views[i-1].para
		at := prev.Len()
		a, b := e.report.Body[i-1].Text, e.report.Body[i].Text
		joined := a + e.joint(i, a, b) + b
		done := e.recordBody(i-1, 2, false, p, 0)
		e.removeBlock(i)
		prev.SetText(joined)
		e.report.Body[i-1].Text = joined
		e.focusParagraph(prev, at)
		done(1)
		e.changed()
	}
	p.OnJoinNext = func() {
		i := e.indexOf(key)
		if i < 0 || i+1 >= len(e.views) || e.views[i+1].para == nil {
			return
		}
		at := p.Len()
		a, b := e.report.Body[i].Text, e.report.Body[i+1].Text
		joined := a + e.joint(i+1, a, b) + b
		done := e.recordBody(i, 2, false, p, at)
		e.removeBlock(i + 1)
		p.SetText(joined)
		e.report.Body[i].Text = joined
		e.focusParagraph(p, at)
		done(1)
		e.changed()
	}
	p.OnCursorExit = func(k fyne.KeyName, x float32) {
		i := e.indexOf(key)
		step := 1
		if k == fyne.KeyUp || k == fyne.KeyLeft {
			step = -1
		}
		for j := i + step; j >= 0 && j < len(e.views); j += step {
			if next := e.views[j].para; next != nil {
				if e.win != nil {
					e.win.Canvas().Focus(next)
				}
				next.EnterFrom(k, x)
				return
			}
		}
		if step < 0 && e.win != nil { // above the first paragraph: the lead
			e.win.Canvas().Focus(e.Lead)
			e.Lead.EnterFrom(k, x)
		}
	}
}

// pasteInto makes blocks of a paste of several paragraphs into paragraph p (the
// lead or a body paragraph): p ends with the first, the others follow it as body
// paragraphs of their own from position into, and the text that was after the
// cursor ends the last, where the cursor goes. set stores p's new text.
func (e *Editor) pasteInto(p *textfield.Paragraph, into int, set func(string), before string, paras []string, after string) {
	at := len([]rune(before))
	var done func(int)
	if p == e.Lead {
		done = e.recordBody(0, 0, true, p, at)
		defer done(len(paras) - 1)
	} else {
		done = e.recordBody(into-1, 1, false, p, at)
		defer done(len(paras))
	}
	first := before + paras[0]
	p.SetText(first)
	set(first)
	last := len(paras) - 1
	for j, para := range paras[1:] {
		if j+1 == last {
			para += after
		}
		e.InsertBlock(into+j, model.Paragraph(para))
	}
	if v := e.views[into+last-1]; v.para != nil {
		e.focusParagraph(v.para, len([]rune(paras[last])))
	}
	e.changed()
}

// pasteParagraphs is pasteInto for body paragraph p at position i.
func (e *Editor) pasteParagraphs(p *textfield.Paragraph, i int, before string, paras []string, after string) {
	e.pasteInto(p, i+1, func(s string) { e.report.Body[i].Text = s }, before, paras, after)
}

func (e *Editor) focusParagraph(p *textfield.Paragraph, at int) {
	if e.win != nil {
		e.win.Canvas().Focus(p)
	}
	p.SetCursorOffset(at)
}

// removeBlock takes block i out of the body without offering undo: used when two
// paragraphs are joined, where the text itself is kept.
func (e *Editor) removeBlock(i int) {
	e.report.Body = append(e.report.Body[:i], e.report.Body[i+1:]...)
	e.views = append(e.views[:i], e.views[i+1:]...)
	e.relayoutBlocks()
}
