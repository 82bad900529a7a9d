package ui_test

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/assets"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// TestWindowFitsASmallScreen: the window, with the sample report open, its award
// table, the review bar of an editor and the comments column, needs no more than
// a 1024×576 screen (less the window's borders), in both languages. It used to
// need 1,361 pixels: a grid gave every award column the width of the widest
// one's minimum, the typing switch sat beside the toolbar, and the side column
// was 220 pixels.
func TestWindowFitsASmallScreen(t *testing.T) {
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		msg.SetLang(lang)
		a := newApp(t)
		lib := newLibrary()
		r, _, err := assets.SampleReport()
		if err != nil {
			t.Fatal(err)
		}
		// The photos are left out (the fake library has none): text and tables
		// set the widths.
		var body []model.Block
		for _, b := range r.Body {
			if b.Photo == nil {
				body = append(body, b)
			}
		}
		r.Body = body
		r.Status = model.StatusReview
		lib.CreateReport(context.Background(), r)
		m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Comments: &comments{user: "Trần Văn Biên"},
			Settings: newSettings(model.SettingRole, "editor", model.SettingReporter, "Trần Văn Biên")}, "library.sqlite")
		m.Inform = func(string) {}
		opened(t, m)
		if !m.Editor.CommentsShown() {
			t.Fatal("the comments column is not shown")
		}
		m.Window.Resize(fyne.NewSize(1000, 540))
		if min := m.Window.Content().MinSize(); min.Width > 1000 || min.Height > 540 {
			t.Errorf("%s: the window needs %.0f×%.0f, want at most 1000×540", lang, min.Width, min.Height)
		}
		closeEditor(t, m)
	}
	msg.SetLang(msg.Vietnamese)
}

// TestWheelScrollsThreeLines: a notch of the mouse wheel (25 pixels from the
// toolkit) moves the report about three lines; a touchpad's small step moves as
// it comes.
func TestWheelScrollsThreeLines(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := longReport(40)
	r.Normalize()
	lib.CreateReport(context.Background(), r)
	m := openOn(t, a, lib, ui.Services{})
	var wheel fyne.Scrollable
	walk(m.Editor.Content(), func(o fyne.CanvasObject) {
		if s, ok := o.(fyne.Scrollable); ok && wheel == nil && o.Size().Height > 300 {
			wheel = s
		}
	})
	if wheel == nil {
		t.Fatal("no scrolling report")
	}
	wheel.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)})
	if y := m.Editor.Scroll().Offset.Y; y < 55 {
		t.Errorf("a wheel notch scrolled %.0f pixels, want about three lines (60)", y)
	}
	before := m.Editor.Scroll().Offset.Y
	wheel.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -3)})
	if d := m.Editor.Scroll().Offset.Y - before; d != 3 {
		t.Errorf("a touchpad step of 3 pixels scrolled %.0f", d)
	}
	closeEditor(t, m)
}

// TestDialogsFitAndAnswerKeys: the settings, taller than a small screen, fit the
// window and scroll; Escape closes the newest dialog as Cancel does; Enter
// confirms a question but never a deletion.
func TestDialogsFitAndAnswerKeys(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.Body = []model.Block{model.Paragraph("Sáng nay…")}
	lib.CreateReport(context.Background(), r)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Settings: newSettings()}, "library.sqlite")
	m.Inform = func(string) {}
	m.Window.Resize(fyne.NewSize(1000, 540))
	opened(t, m)
	press := func(k fyne.KeyName) { m.Window.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

	m.ShowSettings()
	eventually(t, func() bool { return m.Window.Canvas().Overlays().Top() != nil })
	top := m.Window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no settings dialog")
	}
	dialogSize := top.(*widget.PopUp).Content.Size()
	if dialogSize.Width > 1000 || dialogSize.Height > 540 {
		t.Errorf("the settings take %.0f×%.0f in a 1000×540 window", dialogSize.Width, dialogSize.Height)
	}
	// Nothing in them is cut off at the right: the form is no wider than its view.
	walk(top, func(o fyne.CanvasObject) {
		if sc, ok := o.(*container.Scroll); ok {
			if w := sc.Content.MinSize().Width; w > sc.Size().Width+1 {
				t.Errorf("the settings' form needs %.0f px in a view of %.0f: its right side is cut off", w, sc.Size().Width)
			}
		}
	})
	press(fyne.KeyEscape)
	if m.Window.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the settings open")
	}

	m.Delete()
	if m.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("no question before deleting")
	}
	press(fyne.KeyReturn)
	if _, err := lib.FindReportByID(context.Background(), r.ID); err != nil {
		t.Fatal("Enter deleted the report")
	}
	press(fyne.KeyEscape)
	if m.Window.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the question open")
	}
	if _, err := lib.FindReportByID(context.Background(), r.ID); err != nil {
		t.Fatal("Escape deleted the report")
	}

	// A message is answered by Enter.
	m.RequestChangesWith("Thêm số liệu.") // a reporter may not: the window says why
	if m.Window.Canvas().Overlays().Top() == nil {
		t.Fatal("no message")
	}
	press(fyne.KeyReturn)
	if m.Window.Canvas().Overlays().Top() != nil {
		t.Error("Enter left the message open")
	}
}

// TestTabWalksTheFields: Tab from the headline goes to the next field in reading
// order, not to the comment button beside it (a Space typed after a stray Tab
// used to press it and open a dialog mid-sentence), and no Tab in the report
// lands on a block's small tools.
func TestTabWalksTheFields(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := model.NewReport("Hội nghị tổng kết")
	r.SourceTag = "(Cổng TTĐT) -"
	r.Body = []model.Block{model.Paragraph("Đoạn một."), model.Paragraph("Đoạn hai.")}
	lib.CreateReport(context.Background(), r)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Comments: &comments{user: "Thanh Hà"},
		Settings: newSettings(model.SettingReporter, "Thanh Hà")}, "library.sqlite")
	opened(t, m)
	c := m.Window.Canvas()
	c.Focus(m.Editor.Headline)
	c.FocusNext()
	if f, ok := c.Focused().(*textfield.Paragraph); !ok || f != m.Editor.SourceTag {
		t.Fatalf("Tab from the headline went to %T, want the source field", c.Focused())
	}
	inReport := map[fyne.CanvasObject]bool{}
	walk(m.Editor.Content(), func(o fyne.CanvasObject) { inReport[o] = true })
	for range 60 {
		c.FocusNext()
		f, ok := c.Focused().(fyne.CanvasObject)
		if !ok || !inReport[f] {
			break // past the report: the window's own controls
		}
		if b, ok := f.(*widget.Button); ok && b.Text == "" {
			t.Fatalf("Tab landed on a small tool button (icon %s)", b.Icon.Name())
		}
	}
}

// TestAddedBlockInView: adding an award list at the end of a long report puts
// the cursor in its first field and scrolls there (the view used to jump to the
// event section); adding a chair puts the cursor in the new name.
func TestAddedBlockInView(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := longReport(30)
	r.Normalize()
	lib.CreateReport(context.Background(), r)
	m := openOn(t, a, lib, ui.Services{})
	e := m.Editor
	e.InsertBlock(len(e.Report().Body), model.Block{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen"}})
	c := m.Window.Canvas()
	f, ok := c.Focused().(fyne.CanvasObject)
	if !ok {
		t.Fatal("nothing has the cursor after adding an award list")
	}
	if entry, ok := f.(*textfield.Paragraph); !ok || entry.Text() != "Giấy khen" {
		t.Fatalf("the cursor is in %T, want the new list's form of award", f)
	}
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(f).Y - d.AbsolutePositionForObject(e.Scroll()).Y
	if at < 0 || at+f.Size().Height > e.Scroll().Size().Height {
		t.Errorf("the new list's field is at %.0f in a view %.0f high: out of sight", at, e.Scroll().Size().Height)
	}

	e.Scroll().ScrollToTop()
	tapButton(t, e.Content(), msg.T("ui.people.add.chair"))
	name, ok := c.Focused().(*textfield.Paragraph)
	if !ok || name.Text() != "" || name.PlaceHolder != msg.T("ui.people.name") {
		t.Errorf("after adding a chair the cursor is in %T, want the new name", c.Focused())
	}
}

// TestWheelOverAFieldScrollsTheReport: the mouse wheel over a one-line field (a
// name, the section) scrolls the report; the toolkit's one-line entries took it
// to scroll their own text sideways, and the report stood still.
func TestWheelOverAFieldScrollsTheReport(t *testing.T) {
	a := newApp(t)
	lib := newLibrary()
	r := longReport(40)
	r.Section = "Ngành Nội vụ"
	r.Normalize()
	lib.CreateReport(context.Background(), r)
	m := openOn(t, a, lib, ui.Services{})
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(m.Editor.Section).Add(fyne.NewPos(20, 10))
	test.Scroll(m.Window.Canvas(), at, 0, -25)
	if y := m.Editor.Scroll().Offset.Y; y <= 0 {
		t.Errorf("the wheel over the section field scrolled the report %.0f pixels", y)
	}
	closeEditor(t, m)
}

// TestReopensWhereTheCursorWas: the report opens again with the cursor where the
// reporter was typing when it was last saved (after a crash too), not at the top
// with no cursor.
func TestReopensWhereTheCursorWas(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := longReport(20)
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức hội nghị."
	r.Body = append(r.Body, model.Paragraph("Đoạn cuối cùng của bài."))
	r.Normalize()
	lib.CreateReport(context.Background(), r)
	st := newSettings()
	m := openOn(t, a, lib, ui.Services{Settings: st})
	last := bodyParagraph(t, m.Editor, "Đoạn cuối cùng của bài.")
	m.Window.Canvas().Focus(last)
	last.SetCursorOffset(5)
	test.Type(last, "x")
	m.Editor.SaveNow()
	eventually(t, func() bool { v, _ := st.Setting(nil, model.SettingEditorPlace); return v != "" })

	closeEditor(t, m)
	settleFor(200 * time.Millisecond) // the last save, and the place kept with it

	// The window opens again, as after a crash.
	m = openOn(t, newApp(t), lib, ui.Services{Settings: st})
	eventually(t, func() bool {
		p, ok := m.Window.Canvas().Focused().(*textfield.Paragraph)
		return ok && p.Text() == "Đoạn xcuối cùng của bài." && p.CursorOffset() == 6
	})
	if y := m.Editor.Scroll().Offset.Y; y <= 0 {
		t.Errorf("the report opened at the top, not where the cursor is")
	}
	closeEditor(t, m)
}

// longReport is a report of n paragraphs: long enough that the window scrolls.
func longReport(n int) *model.Report {
	r := model.NewReport("Hội nghị tổng kết")
	for range n {
		r.Body = append(r.Body, model.Paragraph("Một đoạn văn của bài viết, đủ dài để bài phải cuộn."))
	}
	return r
}

// openOn opens a 1200×700 window on lib with svc's other services, and waits
// until the newest report is open.
func openOn(t *testing.T, a fyne.App, lib *library, svc ui.Services) *ui.MainWindow {
	t.Helper()
	svc.Reports, svc.Photos = lib, lib
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	m.Window.Resize(fyne.NewSize(1200, 700))
	opened(t, m)
	return m
}
