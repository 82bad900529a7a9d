package wordpress_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/sqlite"
	"newsdesk/wordpress"
)

// library is a fresh library file, an editor's, with the profile of the local
// portal named "local".
type library struct {
	db       *sqlite.DB
	reports  *sqlite.ReportService
	photos   *sqlite.PhotoService
	portals  *sqlite.PortalService
	comments *sqlite.CommentService
}

func mustLibrary(tb testing.TB) *library {
	tb.Helper()
	db := sqlite.NewDB(filepath.Join(tb.TempDir(), "editor.db"))
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	l := &library{db: db, reports: sqlite.NewReportService(db), photos: sqlite.NewPhotoService(db),
		portals: sqlite.NewPortalService(db), comments: sqlite.NewCommentService(db)}
	env := MustPortal(tb)
	if err := l.portals.CreatePortal(context.Background(), &model.Portal{Name: "local", URL: env["NEWSDESK_PORTAL_URL"], User: "editor"}); err != nil {
		tb.Fatal(err)
	}
	return l
}

func (l *library) opener(c *wordpress.Client) *wordpress.Opener {
	return &wordpress.Opener{Client: c, Reports: l.reports, Photos: l.photos, Portals: l.portals}
}

// addSized makes a photo of w×h noise (which JPEG cannot shrink much, like a
// real print copy) and returns its block.
func (s *photoService) addSized(tb testing.TB, w, h int, seed int64, caption string) model.Block {
	tb.Helper()
	rnd := rand.New(rand.NewSource(seed))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(rnd.Intn(64)) + uint8(i/(4*w)%128)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
		tb.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := int64(len(s.photos) + 1)
	p := &model.Photo{ID: id, UUID: model.NewUUID(), Filename: fmt.Sprintf("Ảnh đại hội %d.jpg", id),
		SHA256: fmt.Sprintf("sized-%d-%d", seed, id),
		Print:  model.PhotoFile{MIME: "image/jpeg", Width: w, Height: h, Data: buf.Bytes()}}
	s.photos[id] = p
	return model.Block{Key: p.UUID[:8], Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: id, UUID: p.UUID,
		Caption: caption, Credit: "Ảnh: Lan Anh", Alt: "Toàn cảnh đại hội"}}
}

// reviewReport is a report with everything Newsdesk pushes: three photos (one
// turned by hand), two award lists, the chair and guests, a byline, tags, and a
// paragraph full of what HTML filtering and shortcodes would eat.
func reviewReport(tb testing.TB, photos *photoService) *model.Report {
	tb.Helper()
	r := model.NewReport("Đại hội Chi bộ Khu phố Đông Hưng nhiệm kỳ 2025–2030 \"thành công\" & <b>đoàn kết</b>")
	r.ID = 7
	r.Section = "Tin tức sự kiện"
	r.SourceTag = "(Cổng TTĐT) -"
	r.Lead = "Chiều 12/3, Chi bộ Khu phố Đông Hưng tổ chức Đại hội lần thứ V."
	r.Event = model.Event{Date: "2026-03-12", PartOfDay: model.Afternoon, Place: "Nhà văn hoá khu phố Đông Hưng",
		Organiser: "Chi bộ Khu phố Đông Hưng",
		Chair:     []model.Person{{Name: "Phạm Quốc Hùng", Title: "Bí thư Chi bộ"}, {Name: "Đỗ Thị Mai", Title: "Phó Bí thư"}},
		Guests:    []model.Person{{Name: "Vũ Minh Khôi", Title: "Phó Bí thư Đảng uỷ phường"}}}
	r.Tags = []string{"đại hội", "chi bộ"}
	r.Byline = []string{"Lan Anh", "Quốc Bảo"}
	photo2 := photos.add(tb, 150, "Đồng chí Vũ Minh Khôi phát biểu")
	photo2.Photo.Rotation = 90
	r.Body = []model.Block{
		model.Paragraph("Dự đại hội có đồng chí Vũ Minh Khôi, Phó Bí thư Đảng uỷ phường."),
		photos.add(tb, 60, "Quang cảnh Đại hội <script>alert('x')</script>"),
		model.Paragraph("Đại hội \"bầu\" Ban Chi uỷ & thảo luận [gallery ids=\"1\"] <script>alert(1)</script> nhiệm kỳ 'mới'.\nDòng thứ hai."),
		photo2,
		{Key: "khen-tap-the", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", By: "Chủ tịch UBND phường",
			Decision: "Quyết định số 15/QĐ-UBND", Date: "2026-03-01",
			Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Tổ dân phố số 2", Unit: "Khu phố Đông Hưng"},
				{Kind: model.Collective, Name: "Chi hội Phụ nữ khu phố"},
			}}},
		{Key: "khen-ca-nhan", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", By: "Đảng uỷ phường",
			Recipients: []model.Recipient{
				{Kind: model.Individual, Name: "Trịnh Văn Lực", Title: "Tổ trưởng", Unit: "Tổ dân phố số 2"},
				{Kind: model.Individual, Name: "Hoàng Thị Yến", Title: "Chi hội trưởng", Unit: "Chi hội Phụ nữ", Form: "Bằng khen"},
			}}},
		photos.add(tb, 210, "Các đại biểu bỏ phiếu"),
		model.Paragraph("Đại hội kết thúc lúc 17 giờ."),
	}
	r.Normalize()
	r.Rev = model.NewRev()
	return r
}

func reviewComments(r *model.Report) []model.Comment {
	t := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	first := model.Comment{UUID: model.NewUUID(), BlockKey: r.Body[0].Key, Author: "Lan Anh", Text: "Kiểm tra chức danh.", CreatedAt: t}
	return []model.Comment{first,
		{UUID: model.NewUUID(), BlockKey: "khen-ca-nhan", Row: 2, Quote: "Hoàng Thị Yến", Author: "Lan Anh", Text: "Đúng hình thức chưa?", CreatedAt: t.Add(time.Minute)},
		{UUID: model.NewUUID(), ReplyTo: first.UUID, BlockKey: r.Body[0].Key, Author: "Quốc Bảo", Text: "Đã kiểm tra.", CreatedAt: t.Add(2 * time.Minute)},
	}
}

// pushed is the report as the editor's library must get it back: the status
// the push made it.
func pushed(r *model.Report) *model.Report {
	c := r.Clone()
	c.Status = model.StatusReview
	return c
}

// sameReport compares what a reporter typed, leaving out library fields.
func sameReport(t *testing.T, got, want *model.Report) {
	t.Helper()
	norm := func(r *model.Report) string {
		c := r.Clone()
		c.ID, c.CreatedAt, c.UpdatedAt, c.BaseRev, c.Rev = 0, time.Time{}, time.Time{}, "", ""
		data, _ := json.MarshalIndent(c, "", " ")
		return string(data)
	}
	if g, w := norm(got), norm(want); g != w {
		t.Errorf("got report\n%s\nwant\n%s", g, w)
	}
}

func findPending(t *testing.T, c *wordpress.Client, postID int64) *wordpress.PendingPost {
	t.Helper()
	list, err := c.PendingPosts(context.Background())
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	for i := range list {
		if list[i].ID == postID {
			return &list[i]
		}
	}
	return nil
}

func TestOpenPending(t *testing.T) {
	ctx := context.Background()
	author, editor := MustClient(t, "author"), MustClient(t, "editor")
	photos := newPhotoService()
	r := reviewReport(t, photos)
	comments := reviewComments(r)
	// The reporter's history: she made it, then submitted it.
	made := time.Date(2026, 3, 12, 8, 0, 0, 0, time.UTC)
	draft := r.Clone()
	draft.Rev, draft.Status = model.NewRev(), model.StatusDraft
	history := []model.Revision{
		{Rev: r.Rev, Reason: model.ReasonSubmitted, Author: "Thanh Hà", Note: "Nhờ anh xem.", CreatedAt: made.Add(time.Hour), Report: r.Clone()},
		{Rev: draft.Rev, Reason: model.ReasonCreated, Author: "Thanh Hà", CreatedAt: made, Report: draft},
	}
	p := &wordpress.Pusher{Client: author, Photos: photos,
		Comments: func(ctx context.Context, id int64) ([]model.Comment, error) { return comments, nil },
		History:  func(ctx context.Context, id int64, limit int) ([]model.Revision, error) { return history, nil }}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	postID := res.State.PostID

	t.Run("CarriedSurvivesFiltering", func(t *testing.T) {
		post, err := author.FindPost(ctx, postID)
		if err != nil {
			t.Fatal(err)
		}
		c, err := post.Carried()
		if err != nil {
			t.Fatalf("got %v, want the carried report back from an author's post", err)
		}
		if wordpress.HasCarried(post.Content.Raw) {
			t.Error("the content carries the report: readers would receive it")
		}
		if c.ContentHash != wordpress.VisibleHash(post.Content.Raw) || len(c.Media) != 3 || len(c.Comments) != 3 || c.PushedBy != "Author" {
			t.Errorf("got hash %s (visible %s), %d media, %d comments, pushed by %q", c.ContentHash, wordpress.VisibleHash(post.Content.Raw), len(c.Media), len(c.Comments), c.PushedBy)
		}
		for _, b := range r.Body {
			if !strings.Contains(post.Content.Raw, "newsdesk-block-"+b.Key) {
				t.Errorf("content lacks the class of block %s", b.Key)
			}
		}
	})

	lib := mustLibrary(t)
	t.Run("Listed", func(t *testing.T) {
		pp := findPending(t, editor, postID)
		if pp == nil {
			t.Fatalf("post %d not among the pending posts", postID)
		}
		if pp.Author != "Author" || pp.Headline != r.Headline || pp.ModifiedGMT == "" {
			t.Errorf("got %+v, want author %q, headline %q", pp, "Author", r.Headline)
		}
	})

	var reportID int64
	t.Run("Open", func(t *testing.T) {
		var calls atomic.Int32
		o := lib.opener(editor)
		o.Progress = func(done, total int) { calls.Add(1) }
		res, err := o.Open(ctx, postID, "local")
		if err != nil {
			t.Fatal(err, wordpress.Detail(err))
		}
		reportID = res.ReportID
		if res.Outcome != model.ImportCreated || res.Downloaded != 3 || res.Reused != 0 || len(res.Warnings) != 0 || calls.Load() != 3 {
			t.Errorf("got %s, %d downloaded, %d reused, warnings %q, %d progress calls; want created, 3 downloaded, no warning, 3 calls",
				res.Outcome, res.Downloaded, res.Reused, res.Warnings, calls.Load())
		}
		got, err := lib.reports.FindReportByID(ctx, res.ReportID)
		if err != nil {
			t.Fatal(err)
		}
		sameReport(t, got, pushed(r))
		if got.Rev == r.Rev {
			t.Errorf("rev %q is the draft's, though the push made it a report in review", got.Rev)
		}
		// The photos are the print copies as taken: the one the reporter turned went
		// up turned, and is turned back, its turn kept on the block.
		for i, b := range got.Photos() {
			ph, err := lib.photos.FindPhotoByID(ctx, b.PhotoID, model.VariantPrint)
			if err != nil {
				t.Fatal(err)
			}
			w, h := 64, 48
			if ph.Print.Width != w || ph.Print.Height != h || len(ph.Print.Data) == 0 {
				t.Errorf("photo %d is %d×%d, want %d×%d", i+1, ph.Print.Width, ph.Print.Height, w, h)
			}
		}
		cs, err := lib.comments.FindComments(ctx, res.ReportID)
		if err != nil || len(cs) != 3 || cs[1].Row != 2 || cs[2].ReplyTo != cs[0].UUID {
			t.Errorf("got comments %+v (%v), want the 3 pushed", cs, err)
		}
		st, err := lib.portals.FindPushState(ctx, res.ReportID, "local")
		if err != nil || st == nil || st.PostID != postID || st.PostStatus != model.PostPending || len(st.Media) != 3 || st.Link == "" {
			t.Errorf("push state %+v (%v), want the post with 3 media", st, err)
		}
	})

	t.Run("HistoryTravelled", func(t *testing.T) {
		// The editor's copy keeps who made and submitted it, with the content
		// submitted (Compare opens on it); its own first entry says it came in.
		revs, err := sqlite.NewRevisionService(lib.db).FindRevisions(ctx, reportID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, rv := range revs {
			got = append(got, string(rv.Reason)+" · "+rv.Author+" · "+rv.Note)
		}
		want := []string{"opened ·  · ", "submitted · Thanh Hà · Nhờ anh xem.", "created · Thanh Hà · "}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("the editor's history:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		for _, rv := range revs {
			if rv.Reason == model.ReasonSubmitted {
				full, err := sqlite.NewRevisionService(lib.db).FindRevisionByID(ctx, rv.ID)
				if err != nil || full.Report == nil || full.Report.Lead != r.Lead {
					t.Errorf("the submitted revision's content did not come (%v)", err)
				}
			}
		}
	})

	t.Run("OpenAgain", func(t *testing.T) {
		res, err := lib.opener(editor).Open(ctx, postID, "local")
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportUnchanged || res.Downloaded != 0 || res.Reused != 3 || res.ReportID != reportID {
			t.Errorf("got %s, %d downloaded, report %d; want unchanged, nothing downloaded, report %d", res.Outcome, res.Downloaded, res.ReportID, reportID)
		}
	})

	t.Run("EditedOnPortal", func(t *testing.T) {
		post, err := editor.FindPost(ctx, postID)
		if err != nil {
			t.Fatal(err)
		}
		old := wordpress.Text(r.Body[0].Text)
		edited := "Dự đại hội có đồng chí Vũ Minh Khôi & đồng chí Lê Thu Hà."
		content := strings.Replace(post.Content.Raw, old, wordpress.Text(edited), 1)
		if content == post.Content.Raw {
			t.Fatalf("paragraph %q not found in %s", old, post.Content.Raw)
		}
		// And a photo's caption: the credit after it stays as it was.
		oldCaption := wordpress.Text(r.Body[3].Photo.Caption)
		newCaption := "Toàn cảnh Đại hội"
		if content = strings.Replace(content, oldCaption, newCaption, 1); !strings.Contains(content, newCaption) {
			t.Fatalf("caption %q not found", oldCaption)
		}
		waitNextSecond(post.ModifiedGMT)
		if _, err := editor.UpdatePost(ctx, postID, &wordpress.PostInput{Title: post.Title.Raw, Content: content,
			Excerpt: post.Excerpt.Raw, Status: post.Status, Categories: post.Categories, Tags: post.Tags, Featured: post.Featured}); err != nil {
			t.Fatal(err)
		}
		res, err := lib.opener(editor).Open(ctx, postID, "local")
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != model.ImportUpdated || res.Downloaded != 0 || len(res.Warnings) != 1 ||
			!strings.Contains(res.Warnings[0], msg.T("wordpress.open.part.paragraph", 1, edited)) {
			t.Errorf("got %s, %d downloaded, warnings %q; want updated, nothing downloaded, the edit named", res.Outcome, res.Downloaded, res.Warnings)
		}
		got, _ := lib.reports.FindReportByID(ctx, reportID)
		want := pushed(r)
		want.Body[0].Text = edited
		want.Body[3].Photo.Caption = newCaption
		sameReport(t, got, want)
		// The editor's copy as it was before the portal's came in, named so.
		revs, _ := sqlite.NewRevisionService(lib.db).FindRevisions(ctx, reportID)
		if len(revs) == 0 || revs[0].Reason != model.ReasonPull || revs[0].Reason.Label() != "Trước khi lấy từ cổng" {
			t.Errorf("newest revision %v, want the one kept before the portal's copy came in", revs)
		}

		again, err := lib.opener(editor).Open(ctx, postID, "local")
		if err != nil || again.Outcome != model.ImportUnchanged {
			t.Errorf("a second open of the edited post: %v, %v; want unchanged", again, err)
		}
	})

	t.Run("PublishFromEditor", func(t *testing.T) {
		got, err := lib.reports.FindReportByID(ctx, reportID)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := lib.portals.FindPushState(ctx, reportID, "local")
		p := &wordpress.Pusher{Client: editor, Photos: lib.photos}
		res, err := p.Push(ctx, got, st, "local", wordpress.PushOptions{Status: model.PostPublish})
		if err != nil {
			t.Fatal(err, wordpress.Detail(err))
		}
		if res.Created || res.Uploaded != 0 || res.State.PostID != postID || res.State.PostStatus != model.PostPublish {
			t.Errorf("got created %v, %d uploads, post %d %s; want post %d published, no photo uploaded again",
				res.Created, res.Uploaded, res.State.PostID, res.State.PostStatus, postID)
		}
	})
}

func TestOpenContributor(t *testing.T) {
	ctx := context.Background()
	contributor, editor := MustClient(t, "contributor"), MustClient(t, "editor")
	photos := newPhotoService()
	r := reviewReport(t, photos)
	// The reporter's library lists a history (of its own Revs, which the post's
	// copy, its photos left out, does not have).
	p := &wordpress.Pusher{Client: contributor, Photos: photos,
		Lineage: func(ctx context.Context, id int64) ([]string, error) { return []string{"9999aaaa9999aaaa"}, nil }}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{TextOnly: true})
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	postID := res.State.PostID
	if pp := findPending(t, editor, postID); pp == nil || pp.Author != "Contributor" || pp.Headline != r.Headline {
		t.Errorf("got %+v, want the post listed with its author and headline", pp)
	}
	lib := mustLibrary(t)
	got, err := lib.opener(editor).Open(ctx, postID, "local")
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	if got.Outcome != model.ImportCreated || got.Downloaded != 0 || len(got.Warnings) != 1 ||
		!strings.Contains(got.Warnings[0], "3 ảnh còn thiếu") || !strings.Contains(got.Warnings[0], "«Các đại biểu bỏ phiếu»") {
		t.Errorf("got %s, %d downloaded, warnings %q; want created, nothing downloaded, the 3 missing photos named", got.Outcome, got.Downloaded, got.Warnings)
	}
	if w := strings.Join(res.Warnings, " "); !strings.Contains(w, "3 ảnh không được gửi") {
		t.Errorf("the push said %q, want the 3 photos left out named", w)
	}
	rep, err := lib.reports.FindReportByID(ctx, got.ReportID)
	if err != nil {
		t.Fatal(err)
	}
	// Each photo is held by a paragraph with its caption, credit and alt text, in
	// its place.
	want := pushed(r)
	for i, b := range want.Body {
		if b.Photo != nil {
			want.Body[i] = model.Block{Key: b.Key, Kind: model.BlockParagraph,
				Text: "[Ảnh còn thiếu — chú thích: «" + b.Photo.Caption + "»; tác giả: «" + b.Photo.Credit + "»; mô tả: «" + b.Photo.Alt + "»]"}
		}
	}
	sameReport(t, rep, want)

	// The reporter writes on and pushes text only again; the editor, who did not
	// touch the report, gets the new version in place, not a second copy.
	r.Lead, r.Rev = "Lời dẫn viết lại.", model.NewRev()
	if _, err := p.Push(ctx, r, res.State, "local", wordpress.PushOptions{TextOnly: true}); err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	again, err := lib.opener(editor).Open(ctx, postID, "local")
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	if again.Outcome != model.ImportUpdated || again.ReportID != got.ReportID {
		t.Errorf("got %s (report %d), want the editor's copy %d updated", again.Outcome, again.ReportID, got.ReportID)
	}
}

func TestOpenNotNewsdesk(t *testing.T) {
	ctx := context.Background()
	editor := MustClient(t, "editor")
	marker := "newsdesk:report " + model.NewUUID() // found by the search, yet no report
	post, err := editor.CreatePost(ctx, &wordpress.PostInput{Title: "Thông báo lịch tiếp dân", Status: model.PostPending,
		Content: "<!-- wp:paragraph -->\n<p>Lịch tiếp dân tháng 4. " + marker + "</p>\n<!-- /wp:paragraph -->", Tags: []int64{}}, marker)
	if err != nil {
		t.Fatal(err)
	}
	if pp := findPending(t, editor, post.ID); pp != nil {
		t.Errorf("got %+v listed, want a post Newsdesk did not make left out", pp)
	}
	lib := mustLibrary(t)
	_, err = lib.opener(editor).Open(ctx, post.ID, "local")
	if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) != msg.T("wordpress.open.notnewsdesk") {
		t.Errorf("got %v, want it refused as not made by Newsdesk", err)
	}

	// A post whose carried report was damaged by hand.
	in := &wordpress.PostInput{Title: "Bài hỏng", Status: model.PostPending, Tags: []int64{},
		Content: "<p>x</p>\n<!-- newsdesk:report 1 H4sIAAAAAAAAA0tMSgYAbm9wZQ== -->"}
	damaged, err := editor.CreatePost(ctx, in, "Bài hỏng")
	if err != nil {
		t.Fatal(err)
	}
	_, err = lib.opener(editor).Open(ctx, damaged.ID, "local")
	if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) != msg.T("wordpress.open.damaged") {
		t.Errorf("got %v, want it refused as damaged", err)
	}
}

// BenchmarkOpen30Photos measures opening a pending report of 30 print-size photos
// from the local portal into an empty library (the bar: under 10 s, with
// progress), then opening it again (nothing downloaded). The push is done once.
func BenchmarkOpen30Photos(b *testing.B) {
	ctx := context.Background()
	author, editor := MustClient(b, "author"), MustClient(b, "editor")
	photos := newPhotoService()
	r := model.NewReport("Hội nghị có 30 ảnh")
	r.ID = 9
	r.Body = []model.Block{model.Paragraph("Ba mươi ảnh của hội nghị.")}
	for i := range 30 {
		r.Body = append(r.Body, photos.addSized(b, 2400, 1600, int64(i), fmt.Sprintf("Ảnh số %d", i+1)))
	}
	r.Normalize()
	res, err := (&wordpress.Pusher{Client: author, Photos: photos}).Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		b.Fatal(err, wordpress.Detail(err))
	}
	var first, again time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		lib := mustLibrary(b)
		var last atomic.Int32
		o := lib.opener(editor)
		o.Progress = func(done, total int) { last.Store(int32(done)) }
		b.StartTimer()
		start := time.Now()
		got, err := o.Open(ctx, res.State.PostID, "local")
		if err != nil {
			b.Fatal(err, wordpress.Detail(err))
		}
		first += time.Since(start)
		if got.Downloaded != 30 || last.Load() != 30 {
			b.Fatalf("got %d downloaded, progress at %d; want 30", got.Downloaded, last.Load())
		}
		start = time.Now()
		if got, err := o.Open(ctx, res.State.PostID, "local"); err != nil || got.Downloaded != 0 {
			b.Fatalf("second open: %v, %v; want nothing downloaded", got, err)
		}
		again += time.Since(start)
	}
	b.ReportMetric(first.Seconds()/float64(b.N), "s/open")
	b.ReportMetric(again.Seconds()/float64(b.N), "s/reopen")
}
