package wordpress_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/wordpress"
)

func TestCarried(t *testing.T) {
	r := newReport(t, newPhotoService())
	c := &wordpress.Carried{FormatVersion: wordpress.CarriedFormat, Report: r, ContentHash: "abc"}
	comment, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.TrimSuffix(strings.TrimPrefix(comment, "<!--"), "-->"), "-") {
		t.Errorf("comment %q has a '-' inside, which WordPress's filter would collapse", comment)
	}
	content := wordpress.Content(r, nil) + "\n\n" + comment

	t.Run("OK", func(t *testing.T) {
		got, err := wordpress.DecodeCarried(content)
		if err != nil {
			t.Fatal(err)
		}
		g, _ := json.Marshal(got.Report)
		w, _ := json.Marshal(r)
		if string(g) != string(w) || got.ContentHash != "abc" {
			t.Errorf("got %s, want %s", g, w)
		}
	})
	for name, tc := range map[string]struct {
		content string
		key     string
	}{
		"ErrNotNewsdesk": {"<p>Tin khác</p>", "wordpress.open.notnewsdesk"},
		"ErrDamaged":     {strings.Replace(content, comment[30:40], "AAAAAAAAAA", 1), "wordpress.open.damaged"},
		"ErrMangled":     {strings.Replace(content, "report 2 ", "report 2 <b>", 1), "wordpress.open.damaged"},
		"ErrNewer":       {strings.Replace(content, "newsdesk:report 2 ", "newsdesk:report 3 ", 1), "wordpress.open.newer"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := wordpress.DecodeCarried(tc.content)
			want := msg.T(tc.key)
			if tc.key == "wordpress.open.newer" {
				want = msg.T(tc.key, 3)
			}
			if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) != want {
				t.Errorf("got %v, want %q", err, want)
			}
		})
	}
	t.Run("HashIgnoresFiltering", func(t *testing.T) {
		// WordPress's filter writes &#91; as &#091; and closes <img> its own way.
		filtered := strings.NewReplacer("&#91;", "&#091;", "&#93;", "&#093;", `"/>`, `" />`).Replace(content)
		if wordpress.VisibleHash(filtered) != wordpress.VisibleHash(content) {
			t.Errorf("the hash changed with the filter's rewriting")
		}
		edited := strings.Replace(content, "công tác năm 2025.", "công tác năm 2026.", 1)
		if wordpress.VisibleHash(edited) == wordpress.VisibleHash(content) {
			t.Errorf("the hash did not change with the text")
		}
	})
}

// fakeReports and fakePortals are the library for an open that needs no SQLite.
type fakeReports struct {
	model.ReportService
	got    *model.Report
	photos []model.ImportPhoto
}

func (f *fakeReports) ImportReview(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, comments []model.Comment) (*model.ImportResult, error) {
	f.got, f.photos = r.Clone(), photos
	return &model.ImportResult{ReportID: 1, Outcome: model.ImportCreated}, nil
}

// FindReportByID returns the report imported, its photos the library's first.
func (f *fakeReports) FindReportByID(ctx context.Context, id int64) (*model.Report, error) {
	r := f.got.Clone()
	for _, b := range r.Photos() {
		b.PhotoID = 1
	}
	return r, nil
}

type fakePortals struct {
	model.PortalService
	saved *model.PushState
}

func (f *fakePortals) FindPushState(ctx context.Context, id int64, portal string) (*model.PushState, error) {
	return nil, nil
}

func (f *fakePortals) SavePushState(ctx context.Context, st *model.PushState) error {
	f.saved = st
	return nil
}

// TestOpenMovedMedia: a photo whose file is no longer at the address the push
// recorded is found by its media ID.
func TestOpenMovedMedia(t *testing.T) {
	photos := newPhotoService()
	r := model.NewReport("Hội nghị")
	r.Body = []model.Block{photos.add(t, 80, "Quang cảnh")}
	ph := photos.photos[1]
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		switch route := req.URL.Query().Get("rest_route"); {
		case req.URL.Path == "/moved.jpg":
			w.Write(ph.Print.Data)
		case route == "/wp/v2/posts/5":
			c := &wordpress.Carried{FormatVersion: 1, Report: r,
				Media: []wordpress.CarriedMedia{{PhotoUUID: ph.UUID, MediaID: 9, URL: srv.URL + "/gone.jpg"}}}
			comment, _ := c.Encode()
			json.NewEncoder(w).Encode(map[string]any{"id": 5, "status": "pending", "modified_gmt": "2026-03-12T08:00:00",
				"title": map[string]string{"raw": "Hội nghị"}, "content": map[string]string{"raw": comment}})
		case route == "/wp/v2/media/9":
			json.NewEncoder(w).Encode(map[string]any{"id": 9, "source_url": srv.URL + "/moved.jpg"})
		default:
			http.NotFound(w, req)
		}
	}))
	defer srv.Close()
	c, err := wordpress.NewClient(srv.URL, "editor", "x")
	if err != nil {
		t.Fatal(err)
	}
	reports, portals, library := &fakeReports{}, &fakePortals{}, newPhotoService()
	library.add(t, 80, "") // another photo, the one the import stands for
	res, err := (&wordpress.Opener{Client: c, Reports: reports, Photos: library, Portals: portals}).Open(context.Background(), 5, "local")
	if err != nil {
		t.Fatal(err, wordpress.Detail(err))
	}
	if res.Downloaded != 1 || len(reports.photos) != 1 || string(reports.photos[0].Data) != string(ph.Print.Data) {
		t.Errorf("got %d downloaded, %d photos imported; want the photo from its new address", res.Downloaded, len(reports.photos))
	}
	if portals.saved == nil || portals.saved.PostID != 5 || portals.saved.PostModified != "2026-03-12T08:00:00" || len(portals.saved.Media) != 1 {
		t.Errorf("push state %+v, want post 5 as modified", portals.saved)
	}
}
