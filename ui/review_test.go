package ui_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/ui"
	"newsdesk/ui/textfield"
)

// walk calls fn on obj and everything inside it, widgets' renderers included.
func walk(obj fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if obj == nil {
		return
	}
	fn(obj)
	switch o := obj.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(c, fn)
		}
		return
	}
	if wid, ok := obj.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(wid).Objects() {
			walk(c, fn)
		}
	}
}

// shownText is every visible label's text under obj, one per line.
func shownText(obj fyne.CanvasObject) string {
	var out []string
	walk(obj, func(o fyne.CanvasObject) {
		switch l := o.(type) {
		case *widget.Label:
			if l.Visible() {
				out = append(out, l.Text)
			}
		case *canvas.Text:
			out = append(out, l.Text)
		case *widget.RichText:
			out = append(out, l.String())
		}
	})
	return strings.Join(out, "\n")
}

// topDialog returns the dialog on top once one is shown (what the window
// reads first, it reads in the background); it fails the test after 15 s.
func topDialog(t *testing.T, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	for end := time.Now().Add(15 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		settle()
		if top := w.Canvas().Overlays().Top(); top != nil {
			return top
		}
		if time.Now().After(end) {
			t.Fatal("no dialog is shown")
		}
	}
}

// tapButton taps the visible button whose label is text, under obj.
func tapButton(t *testing.T, obj fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	walk(obj, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() && b.OnTapped != nil && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

func findSelect(obj fyne.CanvasObject) *widget.Select {
	var found *widget.Select
	walk(obj, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && found == nil {
			found = s
		}
	})
	return found
}

func findEntry(obj fyne.CanvasObject) *textfield.Paragraph {
	var found *textfield.Paragraph
	walk(obj, func(o fyne.CanvasObject) {
		if e, ok := o.(*textfield.Paragraph); ok && found == nil {
			found = e
		}
	})
	return found
}

// informs collects the short messages the window shows.
type informs struct {
	mu   sync.Mutex
	msgs []string
}

func (i *informs) add(s string) { i.mu.Lock(); i.msgs = append(i.msgs, s); i.mu.Unlock() }
func (i *informs) all() string {
	i.mu.Lock()
	defer i.mu.Unlock()
	return strings.Join(i.msgs, "\n")
}

func addReport(lib *library, headline string, status model.Status) *model.Report {
	r := model.NewReport(headline)
	r.Status = status
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức hội nghị tổng kết."
	r.Body = []model.Block{model.Paragraph("Hội nghị đã đánh giá kết quả công tác năm 2025."),
		{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
			{Kind: model.Individual, Name: "Nguyễn Văn An"}, {Kind: model.Individual, Name: "Đỗ Thị Mai"}, {Kind: model.Individual, Name: "Lê Minh Khôi"}}}}}
	r.Normalize()
	lib.CreateReport(nil, r)
	return r
}

func TestRoleStartView(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	addReport(lib, "Bản nháp của phóng viên", model.StatusDraft)
	addReport(lib, "Bài chờ duyệt", model.StatusReview)
	addReport(lib, "Bài đã duyệt", model.StatusApproved)
	st := newSettings(model.SettingRole, "editor")
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Settings: st}, "library.sqlite")
	eventually(t, func() bool { return headlines(m.Library) == "Bài chờ duyệt" })
	if got := m.Library.Filter.Selected; got != "Hàng chờ duyệt" {
		t.Errorf("the filter shows %q, want the editor's view first", got)
	}
	if !strings.Contains(m.Window.Title(), "Biên tập viên") {
		t.Errorf("title %q should name the role", m.Window.Title())
	}
	// The footer counts the view and the library apart while a view hides reports.
	eventually(t, func() bool {
		return strings.HasPrefix(m.Library.Status.Text, "1/3 bài viết · mục xem «Hàng chờ duyệt»")
	})
	m.Library.Filter.SetSelectedIndex(1) // then every report
	eventually(t, func() bool { return len(m.Library.Items()) == 3 })
	eventually(t, func() bool { return m.Library.Status.Text == "3 bài viết trong thư viện." })

	// Switching the role in the settings switches the list at once.
	m.ShowSettings()
	eventually(t, func() bool { return m.Window.Canvas().Overlays().Top() != nil })
	d := topDialog(t, m.Window)
	var role *widget.Select
	walk(d, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == 3 && s.Options[1] == "Biên tập viên" {
			role = s
		}
	})
	if role == nil {
		t.Fatal("the settings have no role choice")
	}
	if !strings.Contains(shownText(d), "Tên của bạn") {
		t.Error("the settings should ask for the user's name")
	}
	role.SetSelected("Văn thư")
	tapButton(t, d, "Lưu")
	eventually(t, func() bool { return headlines(m.Library) == "Bài đã duyệt" })
	if v, _ := st.Setting(nil, model.SettingRole); v != "clerk" {
		t.Errorf("role saved as %q, want clerk", v)
	}
	if got := m.Library.Filter.Selected; got != "Đã duyệt, chờ in" {
		t.Errorf("the filter shows %q after the switch", got)
	}
}

func TestReporterStartsOnDraftsAndChanges(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	addReport(lib, "Bị trả lại", model.StatusChanges)
	addReport(lib, "Chờ duyệt", model.StatusReview)
	addReport(lib, "Nháp", model.StatusDraft)
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Settings: newSettings()}, "library.sqlite")
	eventually(t, func() bool { return headlines(m.Library) == "Nháp | Bị trả lại" })
	if got := m.Library.Filter.Selected; got != "Việc của tôi" {
		t.Errorf("the filter shows %q, want “Việc của tôi”", got)
	}
}

func openCommented(t *testing.T) (*ui.MainWindow, *library, *comments, *model.Report) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	r := addReport(lib, "Hội nghị tổng kết", model.StatusReview)
	c := &comments{user: "Trần Văn Biên"}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib, Comments: c,
		Settings: newSettings(model.SettingRole, "editor", model.SettingReporter, "Trần Văn Biên")}, "library.sqlite")
	m.Window.Resize(fyne.NewSize(1340, 740))
	opened(t, m)
	t.Cleanup(func() { closeEditor(t, m) })
	return m, lib, c, r
}

// commentVia writes a comment through the new-comment dialog.
func commentVia(t *testing.T, m *ui.MainWindow, key, row, text string) {
	t.Helper()
	m.Editor.ShowNewComment(key)
	d := topDialog(t, m.Window)
	if row != "" {
		s := findSelect(d)
		if s == nil {
			t.Fatal("the dialog offers no row")
		}
		s.SetSelected(row)
	}
	test.Type(findEntry(d), text)
	tapButton(t, d, "Đồng ý")
}

func TestCommentsColumn(t *testing.T) {
	m, _, c, r := openCommented(t)
	e := m.Editor
	if !e.CommentsShown() {
		t.Fatal("the comments column should show")
	}
	para := r.Body[0].Key
	commentVia(t, m, para, "", "Nêu rõ số liệu cụ thể.")
	col := e.CommentsColumn()
	eventually(t, func() bool { return strings.Contains(shownText(col), "Nêu rõ số liệu cụ thể.") })
	text := shownText(col)
	for _, want := range []string{"Trần Văn Biên", "“Hội nghị đã đánh giá kết quả công tác năm 2025.”", "1 đang mở"} {
		if !strings.Contains(text, want) {
			t.Errorf("the column shows\n%s\nwant %q", text, want)
		}
	}

	// A reply appears under it.
	tapButton(t, col, "Trả lời")
	d := topDialog(t, m.Window)
	test.Type(findEntry(d), "Đã bổ sung số liệu.")
	tapButton(t, d, "Đồng ý")
	eventually(t, func() bool { return strings.Contains(shownText(col), "Đã bổ sung số liệu.") })
	if i, j := strings.Index(shownText(col), "Nêu rõ"), strings.Index(shownText(col), "Đã bổ sung"); i > j {
		t.Error("the reply shows before the comment it answers")
	}

	// Resolving hides the thread, unless resolved ones are shown.
	tapButton(t, col, "Đã xong")
	eventually(t, func() bool { return !strings.Contains(shownText(col), "Nêu rõ số liệu cụ thể.") })
	e.SetShowResolved(true)
	if text := shownText(col); !strings.Contains(text, "Nêu rõ số liệu cụ thể.") || !strings.Contains(text, "Đã giải quyết (Trần Văn Biên)") {
		t.Errorf("with resolved shown the column says\n%s", text)
	}
	if len(c.all) != 2 || !c.all[0].Resolved || c.all[1].ReplyTo != c.all[0].UUID {
		t.Errorf("stored comments %+v", c.all)
	}

	// An empty comment is refused with the model's message.
	if err := e.AddComment(para, 0, "   "); err == nil || model.ErrorMessage(err) != "Góp ý chưa có nội dung." {
		t.Errorf("empty comment: %v", err)
	}
}

func TestCommentOnAwardRow(t *testing.T) {
	m, _, c, r := openCommented(t)
	awards := r.Body[1].Key
	commentVia(t, m, awards, "2. Đỗ Thị Mai", "Kiểm tra lại chức vụ.")
	col := m.Editor.CommentsColumn()
	eventually(t, func() bool { return strings.Contains(shownText(col), "Kiểm tra lại chức vụ.") })
	if text := shownText(col); !strings.Contains(text, "Dòng 2 · Đỗ Thị Mai") {
		t.Errorf("the column shows\n%s\nwant the row named", text)
	}
	if c.all[0].Row != 2 || c.all[0].BlockKey != awards {
		t.Errorf("stored comment on block %q row %d", c.all[0].BlockKey, c.all[0].Row)
	}
	// Comments on the headline come first, before the blocks.
	if err := m.Editor.AddComment(model.FieldHeadline, 0, "Tiêu đề dài quá."); err != nil {
		t.Fatal(err)
	}
	eventually(t, func() bool { return strings.Contains(shownText(col), "Tiêu đề dài quá.") })
	text := shownText(col)
	if strings.Index(text, "Tiêu đề dài quá.") > strings.Index(text, "Kiểm tra lại chức vụ.") {
		t.Errorf("headline comment should come first:\n%s", text)
	}
}

func TestReviewSteps(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	lib.user = "Nguyễn Thanh Hà"
	r := addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
	st := newSettings(model.SettingRole, "reporter")
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib, Settings: st}, "library.sqlite")
	eventually(t, func() bool { return strings.Join(m.ReviewButtons(), ",") == "Gửi duyệt" }) // a reporter's, on a draft
	// The library does not know who the user is yet: submitting asks first.
	m.Submit()
	d := topDialog(t, m.Window)
	if !strings.Contains(shownText(d), "Tên của bạn") || lib.stored(r.ID).Status != model.StatusDraft {
		t.Fatalf("submitting with no name: dialog\n%s\nstatus %s; want the name asked, nothing sent", shownText(d), lib.stored(r.ID).Status)
	}
	var nameEntry *textfield.Entry
	walk(d, func(o fyne.CanvasObject) {
		if e, ok := o.(*textfield.Entry); ok && nameEntry == nil {
			nameEntry = e
		}
	})
	// Typed in Telex, as the report is: the name field has the typing engine.
	test.Type(nameEntry, "Nguyeenx Thanh Haf")
	tapButton(t, d, "Đồng ý")
	eventually(t, func() bool { name, _ := st.Setting(nil, model.SettingReporter); return name == "Nguyễn Thanh Hà" })
	eventually(t, func() bool { return lib.stored(r.ID).Status == model.StatusReview })
	eventually(t, func() bool { return m.Editor != nil && strings.Contains(m.ReviewBarText(), "Chờ duyệt") })
	closeEditor(t, m)

	// On the editor's machine.
	lib.user = "Trần Văn Biên"
	st.SetSetting(nil, model.SettingRole, "editor")
	m = ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib, Settings: st}, "library.sqlite")
	var said informs
	m.Inform = said.add
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == r.ID })
	eventually(t, func() bool { return strings.Join(m.ReviewButtons(), ",") == "Duyệt,Yêu cầu sửa…" })
	m.RequestChangesWith("  ")
	if !strings.Contains(said.all(), "Hãy ghi rõ cần sửa gì") {
		t.Errorf("an empty note should be refused; said %q", said.all())
	}
	if s := lib.stored(r.ID).Status; s != model.StatusReview {
		t.Fatalf("status %s after an empty request", s)
	}
	m.RequestChanges()
	eventually(t, func() bool { top := m.Window.Canvas().Overlays().Top(); return top != nil && findEntry(top) != nil })
	d = topDialog(t, m.Window)
	test.Type(findEntry(d), "Kiểm tra chức vụ người chủ trì.")
	tapButton(t, d, "Đồng ý")
	eventually(t, func() bool { return lib.stored(r.ID).Status == model.StatusChanges })
	want := "Biên tập viên Trần Văn Biên yêu cầu sửa: Kiểm tra chức vụ người chủ trì."
	eventually(t, func() bool { return m.Editor != nil && strings.Contains(m.ReviewBarText(), want) })
	if got := lib.revs[len(lib.revs)-1]; got.Note != "Kiểm tra chức vụ người chủ trì." || got.Reason != model.ReasonChanges {
		t.Errorf("last revision %s %q", got.Reason, got.Note)
	}
	closeEditor(t, m)

	// Approve.
	r2 := addReport(lib, "Bài thứ hai", model.StatusReview)
	m = ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Revisions: lib, Settings: st}, "library.sqlite")
	opened(t, m)
	m.Open(r2.ID)
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == r2.ID })
	m.Approve()
	eventually(t, func() bool { return lib.stored(r2.ID).Status == model.StatusApproved })
	eventually(t, func() bool {
		return m.Editor != nil && strings.Contains(m.ReviewBarText(), "Biên tập viên Trần Văn Biên đã duyệt")
	})
	closeEditor(t, m)
}

func TestPublishGate(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, policy := range []string{"ask", "refuse"} {
		t.Run(policy, func(t *testing.T) {
			a := newApp(t)
			lib := newLibrary()
			addReport(lib, "Hội nghị tổng kết", model.StatusDraft)
			f := &fakePortal{}
			m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: f.portal(),
				Settings: newSettings(model.SettingUnapproved, policy)}, "library.sqlite")
			var said informs
			m.Inform = said.add
			opened(t, m)
			m.PushTo("cong", model.PostPublish)
			want := map[string]string{"ask": "Vẫn đăng ngay lên cổng?", "refuse": "không thể đăng ngay"}[policy]
			eventually(t, func() bool { return strings.Contains(said.all(), want) })
			if policy == "ask" {
				tapButton(t, topDialog(t, m.Window), "Hủy")
			}
			settleFor(50 * time.Millisecond)
			f.mu.Lock()
			n := len(f.pushed)
			f.mu.Unlock()
			if n != 0 {
				t.Errorf("pushed %d times, want none", n)
			}
			m.PushTo("cong", model.PostPending) // pending posts are not gated
			eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.pushed) == 1 })
			closeEditor(t, m)
		})
	}
}

func TestPublishAskedAndConfirmed(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	addReport(lib, "Hội nghị tổng kết", model.StatusChanges)
	f := &fakePortal{}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: f.portal(), Settings: newSettings()}, "library.sqlite")
	opened(t, m)
	m.PushTo("cong", model.PostPublish)
	tapButton(t, topDialog(t, m.Window), "Vẫn đăng")
	eventually(t, func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.pushed) == 1 })
	closeEditor(t, m)
}

func TestDropBundle(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	mine := addReport(lib, "Bản trong thư viện", model.StatusDraft)
	theirs := addReport(lib, "Bản từ biên tập viên", model.StatusChanges)
	var mu sync.Mutex
	var openedPaths []string
	outcome := model.ImportUpdated
	svc := ui.Services{Reports: lib, Photos: lib, Settings: newSettings(),
		OpenBundle: func(ctx context.Context, path string) (*model.ImportResult, error) {
			mu.Lock()
			defer mu.Unlock()
			openedPaths = append(openedPaths, path)
			if outcome == model.ImportConflict {
				return &model.ImportResult{ReportID: theirs.ID, LinkedID: mine.ID, Outcome: outcome}, nil
			}
			return &model.ImportResult{ReportID: theirs.ID, Outcome: outcome, Comments: 3}, nil
		}}
	m := ui.NewMainWindow(a, svc, "library.sqlite")
	var said informs
	m.Inform = said.add
	var merged [2]int64
	m.OnMerge = func(a, b int64) { mu.Lock(); merged = [2]int64{a, b}; mu.Unlock() }
	opened(t, m)

	m.Drop([]fyne.URI{storage.NewFileURI("/tmp/bai-da-duyet.zip")})
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == theirs.ID })
	eventually(t, func() bool { return strings.Contains(said.all(), "3 góp ý mới") })
	if len(openedPaths) != 1 || openedPaths[0] != "/tmp/bai-da-duyet.zip" {
		t.Errorf("opened %v", openedPaths)
	}

	mu.Lock()
	outcome = model.ImportConflict
	mu.Unlock()
	m.Drop([]fyne.URI{storage.NewFileURI("/tmp/bai-sua-hai-noi.ZIP")})
	eventually(t, func() bool { mu.Lock(); defer mu.Unlock(); return merged == [2]int64{mine.ID, theirs.ID} })
	// The merge window explains itself: no dialog left behind on the main window
	// to say, after the merge, that a copy was made.
	if strings.Contains(said.all(), "bài mới, liên kết") {
		t.Errorf("said %q; want no conflict dialog beside the merge window", said.all())
	}
	closeEditor(t, m)
}

func TestPortalQueue(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	a := newApp(t)
	lib := newLibrary()
	got := addReport(lib, "Hội nghị từ cổng", model.StatusReview)
	addReport(lib, "Bài mới nhất", model.StatusReview) // opened first
	var mu sync.Mutex
	var progress [][2]int
	var openedPost int64
	f := &fakePortal{}
	p := f.portal()
	p.Pending = func(ctx context.Context, portal string) ([]ui.PendingPost, error) {
		return []ui.PendingPost{
			{ID: 412, Author: "Nguyễn Thanh Hà", Headline: "Hội nghị tổng kết công tác năm 2025", Modified: time.Date(2026, 1, 8, 9, 30, 0, 0, time.Local)},
			{ID: 415, Author: "Lê Minh Khôi", Headline: "Trao Giấy khen cho 12 tập thể", Modified: time.Date(2026, 1, 8, 10, 0, 0, 0, time.Local)},
		}, nil
	}
	p.Open = func(ctx context.Context, portal string, postID int64, pr func(done, total int)) (*model.ImportResult, []string, error) {
		pr(1, 2)
		pr(2, 2)
		mu.Lock()
		defer mu.Unlock()
		openedPost = postID
		progress = append(progress, [2]int{1, 2}, [2]int{2, 2})
		return &model.ImportResult{ReportID: got.ID, Outcome: model.ImportCreated}, []string{"Ảnh 2 không có chú thích."}, nil
	}
	m := ui.NewMainWindow(a, ui.Services{Reports: lib, Photos: lib, Portal: p, Settings: newSettings(model.SettingRole, "editor")}, "library.sqlite")
	m.Window.Resize(fyne.NewSize(1340, 740))
	var said informs
	m.Inform = said.add
	opened(t, m)
	if !strings.Contains(shownButtons(m.Window.Content()), "Bài chờ duyệt trên cổng…") {
		t.Error("an editor's library pane should offer the portal queue")
	}
	m.ShowPending()
	var d fyne.CanvasObject
	queueShown := func() bool { // the queue is read in the background, then shown on top
		d = m.Window.Canvas().Overlays().Top()
		return d != nil && strings.Contains(shownText(d), "Trao Giấy khen cho 12 tập thể")
	}
	eventually(t, queueShown)
	text := shownText(d)
	for _, want := range []string{"Hội nghị tổng kết công tác năm 2025", "Bài số 412 · Nguyễn Thanh Hà · 08/01/2026 09:30", "2 bài chờ duyệt"} {
		if !strings.Contains(text, want) {
			t.Errorf("the queue shows\n%s\nwant %q", text, want)
		}
	}
	tapButton(t, d, "Mở")
	eventually(t, func() bool { return m.Editor != nil && m.Editor.Report().ID == got.ID })
	mu.Lock()
	if openedPost != 412 || len(progress) != 2 {
		t.Errorf("opened post %d with progress %v", openedPost, progress)
	}
	mu.Unlock()
	eventually(t, func() bool { return strings.Contains(said.all(), "Ảnh 2 không có chú thích.") })

	// Changed here and on the portal since the push: the open lands beside the
	// library's report, and the merge is shown.
	var merged [2]int64
	m.OnMerge = func(mine, theirs int64) { mu.Lock(); merged = [2]int64{mine, theirs}; mu.Unlock() }
	p.Open = func(ctx context.Context, portal string, postID int64, pr func(done, total int)) (*model.ImportResult, []string, error) {
		return &model.ImportResult{ReportID: 77, Outcome: model.ImportConflict, LinkedID: got.ID}, nil, nil
	}
	m.ShowPending()
	eventually(t, queueShown)
	tapButton(t, d, "Mở")
	eventually(t, func() bool { mu.Lock(); defer mu.Unlock(); return merged == [2]int64{got.ID, 77} })
	closeEditor(t, m)
}

func shownButtons(obj fyne.CanvasObject) string {
	var out []string
	walk(obj, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			out = append(out, b.Text)
		}
	})
	return strings.Join(out, "\n")
}

// closeEditor closes the window's editor once it is open again (a push or a
// review step takes it away for a moment).
func closeEditor(t *testing.T, m *ui.MainWindow) {
	t.Helper()
	opened(t, m)
	m.Editor.Close()
}
