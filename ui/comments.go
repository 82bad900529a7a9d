package ui

import (
	"context"
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.comments.menu":        {VI: "Góp ý (hiện/ẩn cột)", EN: "Comments (show/hide)"},
		"ui.comments.title":       {VI: "Góp ý: %d đang mở", EN: "Comments: %d open"},
		"ui.comments.none":        {VI: "Chưa có góp ý nào. Bấm nút góp ý cạnh một khối để thêm.", EN: "No comments yet. Use a block's comment button to add one."},
		"ui.comments.resolved":    {VI: "Hiện góp ý đã xong", EN: "Show resolved"},
		"ui.comments.add":         {VI: "Thêm góp ý", EN: "Add a comment"},
		"ui.comments.add.on":      {VI: "Góp ý cho: %s", EN: "Comment on: %s"},
		"ui.comments.text":        {VI: "Nội dung", EN: "Comment"},
		"ui.comments.text.hint":   {VI: "Góp ý của bạn…", EN: "Your comment…"},
		"ui.comments.target":      {VI: "Về", EN: "About"},
		"ui.comments.wholelist":   {VI: "Cả danh sách", EN: "The whole list"},
		"ui.comments.reply":       {VI: "Trả lời", EN: "Reply"},
		"ui.comments.reply.title": {VI: "Trả lời góp ý của %s", EN: "Reply to %s"},
		"ui.comments.resolve":     {VI: "Đã xong", EN: "Resolve"},
		"ui.comments.reopen":      {VI: "Mở lại", EN: "Reopen"},
		"ui.comments.resolvedby":  {VI: "Đã giải quyết (%s)", EN: "Resolved (%s)"},
		"ui.comments.deleted":     {VI: "Khối này đã bị xóa khỏi bài", EN: "This block was deleted from the report"},
		"ui.comments.row":         {VI: "Dòng %d · %s", EN: "Row %d · %s"},
		"ui.comments.on.report":   {VI: "Cả bài", EN: "The whole report"},
		"ui.comments.on.headline": {VI: "Tiêu đề", EN: "Headline"},
		"ui.comments.on.lead":     {VI: "Sapo", EN: "Lead"},
		"ui.comments.on.event":    {VI: "Sự kiện", EN: "Event"},
		"ui.comments.on.byline":   {VI: "Tác giả", EN: "Byline"},
		"ui.comments.failed":      {VI: "Chưa lưu được góp ý: %s", EN: "The comment was not saved: %s"},
		"ui.comments.button.hint": {VI: "Góp ý", EN: "Comment"},
		"ui.comments.unknownuser": {VI: "(chưa rõ tên)", EN: "(no name)"},
	})
}

// chatIcon is a speech bubble (Material Design "chat_bubble_outline", Apache 2.0,
// the icon set Fyne's own theme draws from), coloured by the theme.
var chatIcon = theme.NewThemedResource(fyne.NewStaticResource("chat.svg", []byte(
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000000" d="M20 2H4c-1.1 0-2 .9-2 2v18l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zm0 14H5.17L4 17.17V4h16v12z"/></svg>`)))

// commentsPanel is the column of review comments beside the report: threads in
// report order with their quote, author, time and replies, each leading to its
// block. It loads and saves in the background; typing never waits on it.
type commentsPanel struct {
	e            *Editor
	all          []model.Comment
	title        *widget.Label
	showResolved *widget.Check
	threads      *fyne.Container
	box          fyne.CanvasObject
	buttons      map[string]*clickButton // comment buttons by block key or field
	seq          int
}

// thread is a first comment with its replies.
type thread struct {
	root    model.Comment
	replies []model.Comment
	order   int
	deleted bool
}

func newCommentsPanel(e *Editor) *commentsPanel {
	c := &commentsPanel{e: e, buttons: map[string]*clickButton{}, threads: container.NewVBox(),
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	c.title.Wrapping = fyne.TextWrapWord
	c.showResolved = widget.NewCheck(msg.T("ui.comments.resolved"), func(bool) { c.render() })
	add := newClickButton("", chatIcon, func() { e.ShowNewComment("") })
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(sideWidth, 0))
	c.box = container.NewStack(spacer, container.NewBorder(
		container.NewVBox(container.NewBorder(nil, nil, nil, add, c.title), c.showResolved, widget.NewSeparator()),
		nil, nil, nil, container.NewVScroll(c.threads)))
	c.render()
	return c
}

// button makes the small comment button of a block or field, showing its count of
// open threads.
func (c *commentsPanel) button(key string) *clickButton {
	b := newClickButton("", chatIcon, func() { c.e.ShowNewComment(key) })
	b.Importance = widget.LowImportance
	c.buttons[key] = b
	c.updateButton(key)
	return b
}

func (c *commentsPanel) updateButton(key string) {
	b := c.buttons[key]
	if b == nil {
		return
	}
	n := 0
	for _, cm := range c.all {
		if cm.ReplyTo == "" && !cm.Resolved && cm.BlockKey == key {
			n++
		}
	}
	text := ""
	if n > 0 {
		text = strconv.Itoa(n)
	}
	if b.Text != text {
		b.SetText(text)
	}
}

// load fetches the report's comments in the background and shows them.
func (c *commentsPanel) load() {
	c.seq++
	seq, id := c.seq, c.e.report.ID
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		all, err := c.e.svc.Comments.FindComments(ctx, id)
		fyne.Do(func() {
			if seq != c.seq || c.e.closed {
				return
			}
			if err != nil {
				c.e.Status.SetText(model.ErrorMessage(err))
				return
			}
			c.all = all
			c.render()
		})
	}()
}

// fieldOrder places comments on the report's own fields before the body's blocks.
var fieldOrder = map[string]int{"": 0, model.FieldHeadline: 1, model.FieldLead: 3, model.FieldEvent: 2, model.FieldByline: 4}

// group makes threads of the comments, in report order: the report's fields, then
// the blocks in body order (award rows in row order), then blocks since deleted.
func (c *commentsPanel) group() []*thread {
	byUUID := map[string]*thread{}
	var out []*thread
	for _, cm := range c.all {
		if cm.ReplyTo == "" {
			t := &thread{root: cm}
			byUUID[cm.UUID] = t
			out = append(out, t)
		}
	}
	for _, cm := range c.all {
		if t := byUUID[cm.ReplyTo]; cm.ReplyTo != "" && t != nil {
			t.replies = append(t.replies, cm)
		}
	}
	for _, t := range out {
		if o, ok := fieldOrder[t.root.BlockKey]; ok {
			t.order = o
		} else if i := c.e.indexOf(t.root.BlockKey); i >= 0 {
			t.order = 10 + i*10000 + t.root.Row
		} else {
			t.order, t.deleted = 1<<30, true
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].order < out[j].order })
	return out
}

// render rebuilds the column from the comments held.
func (c *commentsPanel) render() {
	ts := c.group()
	open := 0
	var objs []fyne.CanvasObject
	for _, t := range ts {
		if !t.root.Resolved {
			open++
		}
		if t.root.Resolved && !c.showResolved.Checked {
			continue
		}
		objs = append(objs, c.threadView(t), widget.NewSeparator())
	}
	c.title.SetText(msg.T("ui.comments.title", open))
	if len(objs) == 0 {
		l := widget.NewLabel(msg.T("ui.comments.none"))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.LowImportance
		objs = append(objs, l)
	}
	c.threads.Objects = objs
	c.threads.Refresh()
	for key := range c.buttons {
		c.updateButton(key)
	}
}

// where names what a comment is on, as the column's quote line shows it.
func (c *commentsPanel) where(cm model.Comment) string {
	quote := cm.Quote
	if quote != "" {
		quote = "“" + quote + "”"
	}
	switch cm.BlockKey {
	case "":
		return msg.T("ui.comments.on.report")
	case model.FieldHeadline, model.FieldLead, model.FieldEvent, model.FieldByline:
		name := msg.T("ui.comments.on." + cm.BlockKey)
		if quote != "" {
			return name + ": " + quote
		}
		return name
	}
	if cm.Row > 0 {
		return msg.T("ui.comments.row", cm.Row, cm.Quote)
	}
	if quote == "" {
		if b := c.e.block(cm.BlockKey); b != nil {
			return blockName(b.Kind)
		}
	}
	return quote
}

func blockName(k model.BlockKind) string {
	switch k {
	case model.BlockPhoto:
		return msg.T("ui.block.photo")
	case model.BlockAwards:
		return msg.T("ui.block.awards")
	}
	return msg.T("ui.block.paragraph")
}

// commentHead shows who wrote a comment and when, on two tight lines: the column is
// narrow, and a name with the time on one line would be cut.
func commentHead(cm model.Comment) fyne.CanvasObject {
	who := cm.Author
	if who == "" {
		who = msg.T("ui.comments.unknownuser")
	}
	head := widget.NewRichText(
		&widget.TextSegment{Text: who, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNameForeground}},
		&widget.TextSegment{Text: cm.CreatedAt.Local().Format("02/01/2006 15:04"),
			Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	head.Truncation = fyne.TextTruncateEllipsis
	return head
}

func wrapped(text string, imp widget.Importance) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = imp
	return l
}

func (c *commentsPanel) threadView(t *thread) fyne.CanvasObject {
	quote := widget.NewLabelWithStyle(c.where(t.root), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	quote.Truncation = fyne.TextTruncateEllipsis
	quote.Importance = widget.LowImportance
	parts := []fyne.CanvasObject{quote}
	if t.deleted {
		parts = append(parts, wrapped(msg.T("ui.comments.deleted"), widget.DangerImportance))
	}
	parts = append(parts, commentHead(t.root), wrapped(t.root.Text, widget.MediumImportance))
	for _, r := range t.replies {
		rm := commentHead(r)
		indent := canvas.NewRectangle(color.Transparent)
		indent.SetMinSize(fyne.NewSize(18, 0))
		parts = append(parts, container.NewBorder(nil, nil, indent, nil, container.NewVBox(rm, wrapped(r.Text, widget.MediumImportance))))
	}
	if t.root.Resolved {
		parts = append(parts, wrapped(msg.T("ui.comments.resolvedby", t.root.ResolvedBy), widget.SuccessImportance))
	}
	root := t.root
	reply := widget.NewButtonWithIcon(msg.T("ui.comments.reply"), theme.MailReplyIcon(), func() { c.e.showReply(root) })
	label, icon := msg.T("ui.comments.resolve"), theme.ConfirmIcon()
	if root.Resolved {
		label, icon = msg.T("ui.comments.reopen"), theme.ViewRefreshIcon()
	}
	resolve := widget.NewButtonWithIcon(label, icon, func() { c.e.ResolveThread(root.ID, !root.Resolved) })
	parts = append(parts, container.NewHBox(reply, resolve))
	return newTapArea(container.NewVBox(parts...), func() { c.e.jumpToComment(root) })
}

// jumpToComment scrolls to the block or field a comment is on and focuses it.
func (e *Editor) jumpToComment(cm model.Comment) {
	p := model.Problem{BlockKey: cm.BlockKey}
	switch cm.BlockKey {
	case "":
		return
	case model.FieldHeadline, model.FieldLead, model.FieldByline:
		p = model.Problem{Field: cm.BlockKey}
	case model.FieldEvent:
		p = model.Problem{Field: model.FieldPlace}
	default:
		if cm.Row > 0 {
			p.Field, p.Index = model.FieldRecipientName, cm.Row-1
		}
	}
	e.JumpTo(p)
}

// CommentsColumn is the comments column as the window shows it (nil without comments).
func (e *Editor) CommentsColumn() fyne.CanvasObject {
	if e.comments == nil {
		return nil
	}
	return e.comments.box
}

// CommentsShown says whether the comments column is showing.
func (e *Editor) CommentsShown() bool { return e.commentsShown }

// SetShowResolved shows or hides the resolved threads (the column's check box).
func (e *Editor) SetShowResolved(on bool) {
	if e.comments != nil {
		e.comments.showResolved.SetChecked(on)
	}
}

// ShowComments shows or hides the comments column beside the report.
func (e *Editor) ShowComments(on bool) {
	e.commentsShown = on && e.comments != nil
	if e.commentsShown {
		if e.sideSplit == nil {
			e.sideSplit = container.NewVSplit(e.comments.box, e.checks.box)
			e.sideSplit.Offset = 0.72
		}
		e.side.Objects = []fyne.CanvasObject{e.sideSplit}
	} else {
		e.side.Objects = []fyne.CanvasObject{e.checks.box}
	}
	e.side.Refresh()
	e.split.Refresh()
}

// ToggleComments shows or hides the comments column (Ctrl+Shift+M).
func (m *MainWindow) ToggleComments() {
	m.commentsOff = !m.commentsOff
	if m.Editor != nil {
		m.Editor.ShowComments(!m.commentsOff)
	}
}

// commentTargets lists what a comment on block key can be about: for an award list
// the whole list or one of its rows ("3. Đỗ Thị Mai"), else the block itself.
func (e *Editor) commentTargets(key string) []string {
	b := e.block(key)
	if b == nil || b.Awards == nil {
		return nil
	}
	out := []string{msg.T("ui.comments.wholelist")}
	for i, r := range b.Awards.Recipients {
		// The row's number, name and title or unit: two rows of one name (a
		// template's repeated line, namesakes) must be told apart.
		line := fmt.Sprintf("%d. %s", i+1, r.Name)
		if who := r.Detail(); who != "" {
			line += " — " + who
		}
		out = append(out, vntext.Shorten(line, 70))
	}
	return out
}

// ShowNewComment asks for a comment on block key (or a field name, or "" for the
// whole report) and adds it.
func (e *Editor) ShowNewComment(key string) {
	if e.comments == nil || e.win == nil {
		return
	}
	withName(e.svc.Settings, e.svc.typing(), e.win, func() {
		if !e.closed {
			e.askComment(key)
		}
	})
}

// askComment asks for the comment on block key, then adds it.
func (e *Editor) askComment(key string) {
	text := noteField(e.svc.typing(), msg.T("ui.comments.text.hint"))
	var items []*widget.FormItem
	var target *widget.Select
	if options := e.commentTargets(key); options != nil {
		target = widget.NewSelect(options, nil)
		target.SetSelectedIndex(0)
		items = append(items, widget.NewFormItem(msg.T("ui.comments.target"), target))
	}
	items = append(items, widget.NewFormItem(msg.T("ui.comments.text"), rows(text, 4)))
	on := e.comments.where(model.Comment{BlockKey: key, Quote: model.QuoteOf(e.report, key, 0)})
	d := dialog.NewForm(vntext.Shorten(msg.T("ui.comments.add.on", on), 80), msg.T("ui.ok"), msg.T("ui.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		row := 0
		if target != nil {
			row = target.SelectedIndex()
		}
		if err := e.AddComment(key, row, text.Text()); err != nil {
			showInformation(msg.T("ui.comments.add"), model.ErrorMessage(err), e.win)
		}
	}, e.win)
	showDialog(e.win, d, fyne.NewSize(560, 300))
	e.win.Canvas().Focus(text)
}

// AddComment adds a comment on block key (row counts from 1 in an award list, 0 for
// the whole block), quoting what it is about; an empty comment is refused at once,
// the rest is saved in the background.
func (e *Editor) AddComment(key string, row int, text string) error {
	c := &model.Comment{ReportID: e.report.ID, BlockKey: key, Row: row, Text: text,
		Quote: model.QuoteOf(e.report, key, row)}
	return e.createComment(c)
}

func (e *Editor) createComment(c *model.Comment) error {
	if e.comments == nil {
		return nil
	}
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := e.svc.Comments.CreateComment(ctx, c)
		fyne.Do(func() {
			if err != nil {
				e.Status.SetText(msg.T("ui.comments.failed", model.ErrorMessage(err)))
				return
			}
			if !e.closed {
				e.comments.load()
			}
		})
	}()
	return nil
}

// Reply answers the thread whose first comment is root.
func (e *Editor) Reply(root model.Comment, text string) error {
	return e.createComment(&model.Comment{ReportID: e.report.ID, BlockKey: root.BlockKey, Row: root.Row,
		ReplyTo: root.UUID, Quote: root.Quote, Text: text})
}

// Comments returns the comments the column holds, oldest first.
func (e *Editor) Comments() []model.Comment {
	if e.comments == nil {
		return nil
	}
	return append([]model.Comment(nil), e.comments.all...)
}

func (e *Editor) showReply(root model.Comment) {
	if e.win == nil {
		return
	}
	withName(e.svc.Settings, e.svc.typing(), e.win, func() {
		if !e.closed {
			e.askReply(root)
		}
	})
}

// askReply asks for the answer to the thread root, then adds it.
func (e *Editor) askReply(root model.Comment) {
	text := noteField(e.svc.typing(), "")
	d := dialog.NewForm(msg.T("ui.comments.reply.title", root.Author), msg.T("ui.ok"), msg.T("ui.cancel"),
		[]*widget.FormItem{widget.NewFormItem(msg.T("ui.comments.text"), rows(text, 4))}, func(ok bool) {
			if !ok {
				return
			}
			if err := e.Reply(root, text.Text()); err != nil {
				showInformation(msg.T("ui.comments.reply"), model.ErrorMessage(err), e.win)
			}
		}, e.win)
	showDialog(e.win, d, fyne.NewSize(560, 260))
	e.win.Canvas().Focus(text)
}

// ResolveThread marks the thread of comment id resolved, or open again.
func (e *Editor) ResolveThread(id int64, resolved bool) {
	if e.comments == nil {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := e.svc.Comments.ResolveComment(ctx, id, resolved, "")
		fyne.Do(func() {
			if err != nil {
				e.Status.SetText(msg.T("ui.comments.failed", model.ErrorMessage(err)))
				return
			}
			if !e.closed {
				e.comments.load()
			}
		})
	}()
}

// tapArea makes what it holds act when clicked — a whole thread leads to its
// block, a photo's picture in the picker ticks it; buttons inside keep their own
// taps.
type tapArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

var _ desktop.Cursorable = (*tapArea)(nil)

func newTapArea(content fyne.CanvasObject, onTap func()) *tapArea {
	t := &tapArea{content: content, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

func (t *tapArea) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tapArea) Cursor() desktop.Cursor { return desktop.PointerCursor }
