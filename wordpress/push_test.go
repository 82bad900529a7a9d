package wordpress_test

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/wordpress"
)

func TestPush(t *testing.T) {
	ctx := context.Background()
	author := MustClient(t, "author")
	photos := newPhotoService()
	r := newReport(t, photos)
	p := &wordpress.Pusher{Client: author, Photos: photos}

	var st *model.PushState
	t.Run("FirstAsPending", func(t *testing.T) {
		res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
		if err != nil {
			t.Fatal(err, wordpress.Detail(err))
		}
		st = res.State
		if !res.Created || res.Uploaded != 2 || len(res.Warnings) != 0 {
			t.Errorf("got created %v, %d uploads, warnings %q; want a new post, 2 uploads, no warnings", res.Created, res.Uploaded, res.Warnings)
		}
		if st.PostStatus != model.PostPending || st.Link == "" || st.PostModified == "" {
			t.Errorf("got state %+v, want a pending post with its link", st)
		}
		post, err := author.FindPost(ctx, st.PostID)
		if err != nil {
			t.Fatal(err)
		}
		if post.Featured != st.Media[0].MediaID && post.Featured != st.Media[1].MediaID {
			t.Errorf("featured media %d, want the first photo", post.Featured)
		}
		if len(post.Categories) != 1 || len(post.Tags) != 2 {
			t.Errorf("got categories %v tags %v, want the section's category and 2 tags", post.Categories, post.Tags)
		}
		c := post.Content.Raw
		for _, want := range []string{"<!-- wp:image", "<figcaption", "<!-- wp:table", "Nguyễn Thị Hoa", "Minh Châu",
			"&lt;script&gt;alert(1)&lt;/script&gt;", wordpress.Marker(r.UUID)} {
			if !strings.Contains(c, want) {
				t.Errorf("content lacks %q:\n%s", want, c)
			}
		}
		if strings.Contains(c, "<script>") || strings.Contains(c, "[gallery]") || strings.Contains(post.Title.Raw, "<b>") {
			t.Errorf("markup typed by the reporter reached the portal: %q / %q", post.Title.Raw, c)
		}
		if !strings.Contains(post.Excerpt.Raw, "Sáng 8/1") {
			t.Errorf("excerpt %q, want the lead", post.Excerpt.Raw)
		}
	})

	t.Run("RepushUnchanged", func(t *testing.T) {
		if st == nil {
			t.Skip("no first push")
		}
		before, _ := author.Revisions(ctx, st.PostID)
		photos.loads = 0
		res, err := p.Push(ctx, r, st, "local", wordpress.PushOptions{})
		if err != nil {
			t.Fatal(err)
		}
		after, _ := author.Revisions(ctx, st.PostID)
		if res.Created || res.Uploaded != 0 || res.MediaUpdated != 0 || photos.loads != 0 || res.State.PostID != st.PostID {
			t.Errorf("got created %v, %d uploads, %d media updates, %d photo loads, post %d; want the same post updated, nothing uploaded",
				res.Created, res.Uploaded, res.MediaUpdated, photos.loads, res.State.PostID)
		}
		if after > before+1 {
			t.Errorf("revisions %d → %d, want one update at most", before, after)
		}
		st = res.State
	})

	t.Run("RepushAfterEdit", func(t *testing.T) {
		if st == nil {
			t.Skip("no first push")
		}
		before, _ := author.Revisions(ctx, st.PostID)
		r.Body[0].Text = "Dự hội nghị có đồng chí Trần Văn An và đồng chí Lê Thị Bình."
		r.Body[1].Photo.Caption = "Quang cảnh Hội nghị"
		r.Body = append(r.Body, photos.add(t, 220, "Ảnh mới thêm"))
		res, err := p.Push(ctx, r, st, "local", wordpress.PushOptions{})
		if err != nil {
			t.Fatal(err)
		}
		after, _ := author.Revisions(ctx, st.PostID)
		if res.State.PostID != st.PostID || res.Uploaded != 1 || res.MediaUpdated != 1 {
			t.Errorf("got post %d, %d uploads, %d media updates; want post %d, the new photo uploaded, 1 caption update", res.State.PostID, res.Uploaded, res.MediaUpdated, st.PostID)
		}
		if after != before+1 {
			t.Errorf("revisions %d → %d, want one more", before, after)
		}
		post, _ := author.FindPost(ctx, st.PostID)
		if !strings.Contains(post.Content.Raw, "Lê Thị Bình") {
			t.Errorf("the edit did not reach the portal")
		}
		st = res.State
	})

	t.Run("ChangedOnPortal", func(t *testing.T) {
		if st == nil {
			t.Skip("no first push")
		}
		editor := MustClient(t, "editor")
		post, err := editor.FindPost(ctx, st.PostID)
		if err != nil {
			t.Fatal(err)
		}
		// WordPress keeps modification times to the second.
		waitNextSecond(post.ModifiedGMT)
		if _, err := editor.UpdatePost(ctx, st.PostID, &wordpress.PostInput{Title: post.Title.Raw, Content: post.Content.Raw + "\n<!-- wp:paragraph --><p>Biên tập viên sửa.</p><!-- /wp:paragraph -->",
			Excerpt: post.Excerpt.Raw, Status: post.Status, Categories: post.Categories, Tags: post.Tags, Featured: post.Featured}); err != nil {
			t.Fatal(err)
		}
		_, err = p.Push(ctx, r, st, "local", wordpress.PushOptions{})
		if model.ErrorCode(err) != model.ECONFLICT {
			t.Fatalf("got %v, want a conflict", err)
		}
		if post, _ := author.FindPost(ctx, st.PostID); !strings.Contains(post.Content.Raw, "Biên tập viên sửa.") {
			t.Errorf("the editor's correction was overwritten")
		}
		res, err := p.Push(ctx, r, st, "local", wordpress.PushOptions{Overwrite: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.State.PostID != st.PostID {
			t.Errorf("got post %d, want %d", res.State.PostID, st.PostID)
		}
		// It says what it discarded, and the portal's version stays restorable.
		if w := strings.Join(res.Warnings, " "); !strings.Contains(w, "Biên tập viên sửa.") || !strings.Contains(w, "Revisions") {
			t.Errorf("warnings %q, want the discarded paragraph named and where to restore it", w)
		}
		code, body := fetch(t, "editor", "GET", "/?rest_route=/wp/v2/posts/"+strconv.FormatInt(st.PostID, 10)+"/revisions&context=edit&per_page=100", nil)
		if code != 200 || !strings.Contains(body, "Biên tập viên sửa.") {
			t.Errorf("the portal's version is not among the post's revisions (%d)", code)
		}
	})
}

func TestPushContributor(t *testing.T) {
	ctx := context.Background()
	contributor := MustClient(t, "contributor")
	photos := newPhotoService()
	r := newReport(t, photos)
	p := &wordpress.Pusher{Client: contributor, Photos: photos}

	t.Run("PhotosRefusedUpFront", func(t *testing.T) {
		_, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
		if model.ErrorCode(err) != model.EUNAUTHORIZED || !strings.Contains(err.Error(), "--text-only") {
			t.Fatalf("got %v, want the contributor told about photos and --text-only", err)
		}
		if post, err := contributor.FindPostByMarker(ctx, wordpress.Marker(r.UUID)); err != nil || post != nil {
			t.Errorf("got post %v (%v), want nothing sent", post, err)
		}
	})
	t.Run("Publish", func(t *testing.T) {
		_, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{TextOnly: true, Status: model.PostPublish})
		if model.ErrorCode(err) != model.EUNAUTHORIZED {
			t.Fatalf("got %v, want the contributor told they may not publish", err)
		}
	})
	t.Run("TextOnly", func(t *testing.T) {
		res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{TextOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.Uploaded != 0 || res.State.PostStatus != model.PostPending {
			t.Errorf("got %d uploads, status %q; want the text alone, pending", res.Uploaded, res.State.PostStatus)
		}
		post, _ := contributor.FindPost(ctx, res.State.PostID)
		if strings.Contains(post.Content.Raw, "wp:image") || !strings.Contains(post.Content.Raw, "wp:table") {
			t.Errorf("content %q, want the text and table without images", post.Content.Raw)
		}
	})
}

func TestPushResumes(t *testing.T) {
	ctx := context.Background()
	author := MustClient(t, "author")
	photos := newPhotoService()
	r := newReport(t, photos)
	r.Body = append(r.Body, photos.add(t, 200, "Ảnh thứ ba"))

	// The first push dies after its first photo, before the library heard of it.
	ctx1, cancel := context.WithCancel(ctx)
	p := &wordpress.Pusher{Client: author, Photos: photos, Parallel: 1,
		Progress: func(done, total int) { cancel() }}
	if _, err := p.Push(ctx1, r, nil, "local", wordpress.PushOptions{}); err == nil {
		t.Fatal("the interrupted push succeeded")
	}
	p = &wordpress.Pusher{Client: author, Photos: photos}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Uploaded != 2 {
		t.Errorf("got %d uploads, want 2 (the first photo found on the portal)", res.Uploaded)
	}
	var slugs []string
	for _, b := range r.Photos() {
		ph, _ := photos.FindPhotoByID(ctx, b.PhotoID)
		slugs = append(slugs, wordpress.MediaMark(wordpress.Marker(r.UUID), b.UUID, wordpress.FileHash(ph, b)))
	}
	media, err := author.FindMediaByMarks(ctx, slugs, true)
	if err != nil || len(media) != 3 {
		t.Errorf("got %d media (%v), want 3: one per photo, no duplicate", len(media), err)
	}
	for _, m := range media {
		if m.Post != res.State.PostID {
			t.Errorf("media %d attached to post %d, want %d", m.ID, m.Post, res.State.PostID)
		}
	}
	// And a push that made the post but could not record it finds the post.
	res2, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res2.Created || res2.State.PostID != res.State.PostID || res2.Uploaded != 0 {
		t.Errorf("got created %v post %d uploads %d, want post %d updated, nothing uploaded", res2.Created, res2.State.PostID, res2.Uploaded, res.State.PostID)
	}
}

func TestWrongPassword(t *testing.T) {
	env := MustPortal(t)
	c, err := wordpress.NewClient(env["NEWSDESK_PORTAL_URL"], "author", "abcd efgh ijkl mnop qrst uvwx")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Me(context.Background())
	if model.ErrorCode(err) != model.EUNAUTHORIZED || !strings.Contains(err.Error(), "author") {
		t.Errorf("got %v, want the wrong password explained", err)
	}
}

// TestRePushKeepsStatus: a plain re-push (no status asked) of a published post
// updates it and leaves it published: its public address keeps answering. A new
// post with no status asked is pending.
func TestRePushKeepsStatus(t *testing.T) {
	ctx := context.Background()
	author := MustClient(t, "author")
	photos := newPhotoService()
	r := model.NewReport("Tin đã đăng " + strconv.FormatInt(time.Now().UnixNano(), 36))
	r.ID = 11
	r.Lead = "Sáng 8/1, hội nghị diễn ra."
	r.Body = []model.Block{model.Paragraph("Bản đầu.")}
	r.Status = model.StatusApproved
	r.Normalize()
	p := &wordpress.Pusher{Client: author, Photos: photos}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.State.PostStatus != "pending" || res.Sent.Status != model.StatusApproved {
		t.Fatalf("a new post with no status asked: post %s, report %s; want pending, approved", res.State.PostStatus, res.Sent.Status)
	}
	res, err = p.Push(ctx, r, res.State, "local", wordpress.PushOptions{Status: model.PostPublish})
	if err != nil || res.State.PostStatus != "publish" || res.Sent.Status != model.StatusPublished {
		t.Fatalf("publishing: %v, post %s", err, res.State.PostStatus)
	}
	r = res.Sent
	r.Body[0].Text = "Bản sửa sau khi đăng."
	res, err = p.Push(ctx, r, res.State, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.State.PostStatus != "publish" || res.Sent.Status != model.StatusPublished {
		t.Errorf("after a plain re-push: post %s, report %s; want both still published", res.State.PostStatus, res.Sent.Status)
	}
	code, body := fetch(t, "", "GET", "/?rest_route=/wp/v2/posts/"+strconv.FormatInt(res.State.PostID, 10), nil)
	if code != 200 || !strings.Contains(body, "Bản sửa sau khi đăng.") {
		t.Errorf("an anonymous reader gets %d, or the old text; want the updated article", code)
	}
}

// countingTransport counts the requests a client sends, by method.
type countingTransport struct {
	next  http.RoundTripper
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.mu.Lock()
	c.calls[r.Method]++
	c.mu.Unlock()
	return c.next.RoundTrip(r)
}

// TestUnchangedRePushSendsNothing: pushing a report again with nothing new
// changes nothing on the portal — no update call, no new WordPress revision, the
// same modified date — with photos, comments and lineage carried.
func TestUnchangedRePushSendsNothing(t *testing.T) {
	ctx := context.Background()
	author := MustClient(t, "author")
	photos := newPhotoService()
	r := reviewReport(t, photos)
	comments := reviewComments(r)
	lineage := []string{model.NewRev()}
	p := &wordpress.Pusher{Client: author, Photos: photos,
		Comments: func(ctx context.Context, id int64) ([]model.Comment, error) { return comments, nil },
		Lineage:  func(ctx context.Context, id int64) ([]string, error) { return lineage, nil }}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r = res.Sent
	revs, _ := author.Revisions(ctx, res.State.PostID)
	modified := res.State.PostModified

	counter := &countingTransport{next: author.HTTP.Transport, calls: map[string]int{}}
	author.HTTP.Transport = counter
	start := time.Now()
	res, err = p.Push(ctx, r, res.State, "local", wordpress.PushOptions{})
	took := time.Since(start)
	author.HTTP.Transport = counter.next
	if err != nil {
		t.Fatal(err)
	}
	if !res.Unchanged || res.Uploaded != 0 || res.MediaUpdated != 0 || counter.calls["POST"] != 0 {
		t.Errorf("unchanged %v, %d uploads, %d media updates, %d POST calls; want nothing sent",
			res.Unchanged, res.Uploaded, res.MediaUpdated, counter.calls["POST"])
	}
	post, _ := author.FindPost(ctx, res.State.PostID)
	if after, _ := author.Revisions(ctx, res.State.PostID); after != revs || post.ModifiedGMT != modified {
		t.Errorf("revisions %d → %d, modified %s → %s; want both unchanged", revs, after, modified, post.ModifiedGMT)
	}
	t.Logf("unchanged re-push of a 3-photo report: %d GET, %d POST, %v", counter.calls["GET"], counter.calls["POST"], took.Round(time.Millisecond))

	// A new comment is news: the post is updated to carry it.
	comments = append(comments, model.Comment{UUID: model.NewUUID(), Author: "Lan Anh", Text: "Thêm một góp ý.", CreatedAt: time.Now().UTC()})
	if res, err = p.Push(ctx, r, res.State, "local", wordpress.PushOptions{}); err != nil || res.Unchanged {
		t.Errorf("after a new comment: unchanged %v (%v), want the post updated", res.Unchanged, err)
	}
}

// TestTermsWithHTMLCharacters: tags and a section whose names hold &, quotes or <
// are found again on every push (WordPress keeps them entity-encoded), never
// made twice nor skipped.
func TestTermsWithHTMLCharacters(t *testing.T) {
	ctx := context.Background()
	editor := MustClient(t, "editor")
	suffix := strconv.FormatInt(time.Now().UnixNano(), 36)
	r := model.NewReport("Thẻ có ký tự đặc biệt " + suffix)
	r.ID = 12
	r.Lead = "Sáng 8/1, hội nghị diễn ra."
	r.Section = "Văn hoá & Thể thao " + suffix
	r.Tags = []string{"Tài chính & ngân sách " + suffix, `"Xanh" 'sạch' ` + suffix, "a < b " + suffix}
	r.Normalize()
	p := &wordpress.Pusher{Client: editor, Photos: newPhotoService()}
	var first []int64
	var st *model.PushState
	for i := 0; i < 2; i++ {
		res, err := p.Push(ctx, r, st, "local", wordpress.PushOptions{Status: model.PostDraft})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Warnings) != 0 {
			t.Errorf("push %d warned: %q", i+1, res.Warnings)
		}
		st = res.State
		post, err := editor.FindPost(ctx, st.PostID)
		if err != nil {
			t.Fatal(err)
		}
		if len(post.Tags) != 3 || len(post.Categories) != 1 {
			t.Fatalf("push %d: %d tags, %d categories; want 3 and 1", i+1, len(post.Tags), len(post.Categories))
		}
		ids := append(append([]int64{}, post.Tags...), post.Categories...)
		if first == nil {
			first = ids
		} else if !slices.Equal(first, ids) {
			t.Errorf("the second push used terms %v, the first %v: made twice", ids, first)
		}
	}
	for _, name := range append([]string{r.Section}, r.Tags...) {
		taxonomy := "tags"
		if name == r.Section {
			taxonomy = "categories"
		}
		id, err := editor.FindTerm(ctx, taxonomy, name)
		if err != nil || id == 0 {
			t.Errorf("%s %q not found again (%v)", taxonomy, name, err)
		}
	}
}
