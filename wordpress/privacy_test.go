package wordpress_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/wordpress"
)

// fetch GETs a path of the local portal, with the account's password or (user
// "") as an anonymous reader, and returns the status and body.
func fetch(t *testing.T, user, method, path string, body any) (int, string) {
	t.Helper()
	env := MustPortal(t)
	var rd io.Reader
	if body != nil {
		data, _ := json.Marshal(body)
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, env["NEWSDESK_PORTAL_URL"]+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if user != "" {
		req.SetBasicAuth(user, env["NEWSDESK_PORTAL_"+strings.ToUpper(user)+"_PASSWORD"])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	// JSON answers escape non-ASCII letters (\u1ed9) and slashes: compared as text,
	// a Vietnamese name would never match. Written again, they read as they are.
	var v any
	if json.Unmarshal(data, &v) == nil {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.Encode(v)
		data = buf.Bytes()
	}
	return resp.StatusCode, string(data)
}

// TestNothingPrivateReachesReaders: a report pushed with review comments, a
// lineage and people's names, then published by an editor from the admin side
// (the REST call the Publish button makes): what an anonymous reader receives —
// the page, the REST answer, the feed, the media and attachment pages — holds no
// comment, no commenter's name, no lineage, no copy of the report and no marker;
// the editor still opens the post as the whole report.
func TestNothingPrivateReachesReaders(t *testing.T) {
	ctx := context.Background()
	author, editor := MustClient(t, "author"), MustClient(t, "editor")
	photos := newPhotoService()
	r := reviewReport(t, photos)
	r.Headline = "Riêng tư " + strconv.FormatInt(time.Now().UnixNano(), 36)
	comments := reviewComments(r)
	comments[0].Author, comments[0].Text = "Trần Văn Biên", "Đoạn này còn thiếu số liệu, em xem lại."
	lineage := []string{model.NewRev(), model.NewRev()}
	p := &wordpress.Pusher{Client: author, Photos: photos,
		Comments: func(ctx context.Context, id int64) ([]model.Comment, error) { return comments, nil },
		Lineage:  func(ctx context.Context, id int64) ([]string, error) { return lineage, nil }}
	res, err := p.Push(ctx, r, nil, "local", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	id := strconv.FormatInt(res.State.PostID, 10)
	for _, w := range res.Warnings {
		if strings.Contains(w, "phần bổ trợ") || strings.Contains(w, "plugin") {
			t.Fatalf("the local portal has the plugin, yet the push warned: %s", w)
		}
	}

	// The editor presses Publish in the admin.
	if code, body := fetch(t, "editor", "POST", "/?rest_route=/wp/v2/posts/"+id, map[string]string{"status": "publish"}); code != 200 {
		t.Fatalf("publishing as the editor: %d %s", code, body)
	}

	private := []string{"newsdesk:report", "_newsdesk", "Trần Văn Biên", "thiếu số liệu", "Kiểm tra chức danh",
		"Đúng hình thức chưa", "Đã kiểm tra", lineage[0], lineage[1], r.Rev, wordpress.Marker(r.UUID) + "-"}
	var mediaIDs []string
	for _, m := range res.State.Media {
		mediaIDs = append(mediaIDs, strconv.FormatInt(m.MediaID, 10))
	}
	surfaces := map[string]string{
		"page":       "/?p=" + id,
		"REST post":  "/?rest_route=/wp/v2/posts/" + id,
		"REST list":  "/?rest_route=/wp/v2/posts&per_page=5",
		"feed":       "/?feed=rss2",
		"REST media": "/?rest_route=/wp/v2/media&parent=" + id,
		"search":     "/?s=" + url.QueryEscape(r.Headline),
	}
	for _, mid := range mediaIDs {
		surfaces["attachment page "+mid] = "/?attachment_id=" + mid
	}
	for name, path := range surfaces {
		code, body := fetch(t, "", "GET", path, nil)
		if code != 200 {
			t.Errorf("%s: status %d", name, code)
			continue
		}
		if name == "page" && !strings.Contains(body, "Đại hội kết thúc lúc 17 giờ.") {
			t.Errorf("the published page lacks the report's text")
		}
		for _, s := range private {
			if strings.Contains(body, s) {
				t.Errorf("%s gives an anonymous reader %q", name, s)
			}
		}
	}
	// What only accounts that may edit the post may ask for.
	for _, path := range []string{"/?rest_route=/wp/v2/posts/" + id + "&context=edit",
		"/?rest_route=/wp/v2/posts/" + id + "/revisions", "/?rest_route=/newsdesk/v1/info"} {
		if code, body := fetch(t, "", "GET", path, nil); code != 401 {
			t.Errorf("%s: anonymous got %d %.200s, want 401", path, code, body)
		}
	}
	// Media texts are the reporter's, not machine marks.
	_, body := fetch(t, "", "GET", "/?rest_route=/wp/v2/media&parent="+id, nil)
	var media []struct {
		Description struct{ Rendered string } `json:"description"`
		Post        int64                     `json:"post"`
	}
	if err := json.Unmarshal([]byte(body), &media); err != nil || len(media) != 3 {
		t.Fatalf("got %d media attached to the post (%v), want 3", len(media), err)
	}
	for _, m := range media {
		if strings.Contains(m.Description.Rendered, "newsdesk") || !strings.Contains(m.Description.Rendered, "Ảnh: Minh Châu") {
			t.Errorf("media description %q, want the caption line", m.Description.Rendered)
		}
	}

	// The editor's Newsdesk still opens the published post as the whole report,
	// comments included.
	lib := mustLibrary(t)
	got, err := lib.opener(editor).Open(ctx, res.State.PostID, "local")
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	if got.Comments != 3 {
		t.Errorf("the editor's open brought %d comments, want 3", got.Comments)
	}
}

// TestOlderPostsCleanedForReaders: a post an older Newsdesk pushed, carrying the
// report's copy in its content, reaches readers without it once the plugin runs.
func TestOlderPostsCleanedForReaders(t *testing.T) {
	carried, err := (&wordpress.Carried{FormatVersion: 2, Report: model.NewReport("Bài cũ"),
		Comments: []model.Comment{{Author: "Trần Văn Biên", Text: "Góp ý nội bộ"}}}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	code, body := fetch(t, "author", "POST", "/?rest_route=/wp/v2/posts", map[string]string{
		"title": "Bài cũ", "status": "publish",
		"content": "<!-- wp:paragraph -->\n<p>Nội dung công khai.</p>\n<!-- /wp:paragraph -->\n\n" + carried})
	if code != 201 {
		t.Fatalf("creating the post: %d %s", code, body)
	}
	var post struct{ ID int64 }
	json.Unmarshal([]byte(body), &post)
	id := strconv.FormatInt(post.ID, 10)
	for name, path := range map[string]string{"page": "/?p=" + id, "REST": "/?rest_route=/wp/v2/posts/" + id, "feed": "/?feed=rss2"} {
		code, body := fetch(t, "", "GET", path, nil)
		if code != 200 || !strings.Contains(body, "Nội dung công khai.") {
			t.Errorf("%s: status %d, or the public text is missing", name, code)
		}
		if strings.Contains(body, "newsdesk:report") || strings.Contains(body, carried[30:60]) {
			t.Errorf("%s gives an anonymous reader the carried copy", name)
		}
	}
}

// TestPushWithoutPlugin: to a portal without the Newsdesk plugin, a push sends
// only what readers see — no copy of the report, no comments, no meta — and says
// so. (A stand-in site: what is checked is what Newsdesk sends.)
func TestPushWithoutPlugin(t *testing.T) {
	var sent []string
	c, _ := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
		body, _ := io.ReadAll(r.Body)
		route := r.URL.Query().Get("rest_route")
		switch {
		case route == "/wp/v2/users/me":
			w.Write([]byte(`{"id":2,"name":"Author","roles":["author"],"capabilities":{"edit_posts":true,"upload_files":true}}`))
		case route == "/newsdesk/v1/info":
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"code":"rest_no_route","message":"No route","data":{"status":404}}`))
		case route == "/wp/v2/posts" && r.Method == "GET":
			w.Write([]byte(`[]`))
		case route == "/wp/v2/posts" && r.Method == "POST":
			sent = append(sent, string(body))
			w.WriteHeader(http.StatusCreated)
			w.Write([]byte(`{"id":5,"status":"pending","link":"http://x/?p=5","modified_gmt":"2026-01-01T00:00:00"}`))
		default:
			t.Errorf("unexpected %s %s", r.Method, route)
			http.NotFound(w, r)
		}
	})
	r := model.NewReport("Hội nghị tổng kết")
	r.ID = 3
	r.Lead = "Sáng 8/1, hội nghị diễn ra."
	r.Body = []model.Block{model.Paragraph("Đoạn công khai.")}
	r.Normalize()
	comments := []model.Comment{{Author: "Trần Văn Biên", Text: "Góp ý nội bộ"}}
	p := &wordpress.Pusher{Client: c, Photos: newPhotoService(),
		Comments: func(ctx context.Context, id int64) ([]model.Comment, error) { return comments, nil },
		Lineage:  func(ctx context.Context, id int64) ([]string, error) { return []string{"rev-secret"}, nil }}
	res, err := p.Push(context.Background(), r, nil, "x", wordpress.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sent) != 1 || !strings.Contains(sent[0], "Đoạn công khai.") {
		t.Fatalf("sent %q, want one post with the text", sent)
	}
	for _, s := range []string{"newsdesk:report", "meta", "Trần Văn Biên", "Góp ý nội bộ", "rev-secret"} {
		if strings.Contains(sent[0], s) {
			t.Errorf("the post sent to a portal without the plugin holds %q", s)
		}
	}
	if !strings.Contains(strings.Join(res.Warnings, " "), "phần bổ trợ Newsdesk") {
		t.Errorf("warnings %q, want the missing plugin named", res.Warnings)
	}
}
