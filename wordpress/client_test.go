package wordpress_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/wordpress"
)

// fakeSite answers every request with handler and counts the requests.
func fakeSite(t *testing.T, handler func(w http.ResponseWriter, r *http.Request, n int32)) (*wordpress.Client, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		handler(w, r, n.Add(1))
	}))
	t.Cleanup(srv.Close)
	c, err := wordpress.NewClient(srv.URL, "author", "pass")
	if err != nil {
		t.Fatal(err)
	}
	c.Backoff = time.Millisecond
	return c, &n
}

const me = `{"id":2,"name":"Author","roles":["author"],"capabilities":{"edit_posts":true}}`

func TestClientFailures(t *testing.T) {
	ctx := context.Background()
	msg.SetLang(msg.English)
	t.Cleanup(func() { msg.SetLang(msg.Vietnamese) })
	t.Run("ServerErrorRetried", func(t *testing.T) {
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			if n < 3 {
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte(me))
		})
		if _, err := c.Me(ctx); err != nil || n.Load() != 3 {
			t.Errorf("got %v after %d requests, want success on the third", err, n.Load())
		}
	})
	t.Run("ServerErrorGivesUp", func(t *testing.T) {
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			http.Error(w, "down", http.StatusBadGateway)
		})
		_, err := c.Me(ctx)
		if model.ErrorCode(err) != model.EUNAVAILABLE || n.Load() != 4 {
			t.Errorf("got %v after %d requests, want unavailable after 4", err, n.Load())
		}
	})
	t.Run("RefusalNotRetried", func(t *testing.T) {
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"code":"rest_cannot_create","message":"Sorry","data":{"status":403}}`))
		})
		_, err := c.Me(ctx)
		if model.ErrorCode(err) != model.EUNAUTHORIZED || n.Load() != 1 || !strings.Contains(err.Error(), "author") {
			t.Errorf("got %v after %d requests, want the role's limit explained at once", err, n.Load())
		}
	})
	t.Run("UploadFolderRace", func(t *testing.T) {
		// The first uploads of a month race to make its folder; the loser is
		// told it could not be made. A second try finds it.
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			if r.Method == "GET" {
				w.Write([]byte(`[]`))
				return
			}
			if n == 1 {
				w.WriteHeader(http.StatusInternalServerError)
				w.Write([]byte(`{"code":"rest_upload_sideload_error","message":"Unable to create directory wp-content/uploads/2026/12. Is its parent directory writable by the server?","data":{"status":500}}`))
				return
			}
			w.WriteHeader(http.StatusCreated)
			w.Write([]byte(`{"id":9,"source_url":"http://x/a.jpg"}`))
		})
		m, err := c.UploadMedia(ctx, "a.jpg", "image/jpeg", []byte("x"), &wordpress.MediaInput{Slug: "mark"})
		if err != nil || m.ID != 9 || n.Load() != 3 {
			t.Errorf("got %v after %d requests, want the upload on the second try (after looking for the first)", err, n.Load())
		}
	})
	t.Run("FileTooLarge", func(t *testing.T) {
		c, _ := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			w.WriteHeader(http.StatusRequestEntityTooLarge)
		})
		_, err := c.UploadMedia(ctx, "a.jpg", "image/jpeg", []byte("x"), &wordpress.MediaInput{})
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), "upload limit") {
			t.Errorf("got %v, want the file size explained", err)
		}
	})
	t.Run("Timeout", func(t *testing.T) {
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			time.Sleep(300 * time.Millisecond)
			w.Write([]byte(me))
		})
		c.HTTP.Timeout = 50 * time.Millisecond
		c.Retries = 1
		_, err := c.Me(ctx)
		if model.ErrorCode(err) != model.EUNAVAILABLE || n.Load() != 2 {
			t.Errorf("got %v after %d requests, want unavailable after a retry", err, n.Load())
		}
	})
	t.Run("Trickling", func(t *testing.T) {
		// A portal that sends a byte now and then never lets a request finish:
		// the client stops once one request has gone on for Stall, tries included,
		// instead of trying Retries times over.
		c, n := fakeSite(t, func(w http.ResponseWriter, r *http.Request, n int32) {
			w.WriteHeader(http.StatusOK)
			for i := 0; i < 100; i++ {
				w.Write([]byte(" "))
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
		})
		c.HTTP.Timeout = 300 * time.Millisecond
		c.Stall = 500 * time.Millisecond
		c.Retries = 3
		_, err := c.Me(ctx)
		if model.ErrorCode(err) != model.EUNAVAILABLE || !strings.Contains(err.Error(), "hardly answers") || n.Load() != 2 {
			t.Errorf("got %v after %d requests, want the portal said to stall after 2", err, n.Load())
		}
	})
	t.Run("Unreachable", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		srv.Close()
		c, _ := wordpress.NewClient(srv.URL, "author", "pass")
		c.Backoff = time.Millisecond
		if _, err := c.Me(ctx); model.ErrorCode(err) != model.EUNAVAILABLE {
			t.Errorf("got %v, want unavailable", err)
		}
	})
	t.Run("PlainHTTP", func(t *testing.T) {
		for _, u := range []string{"http://portal.example.org", "ftp://x", "portal"} {
			if _, err := wordpress.NewClient(u, "a", "b"); model.ErrorCode(err) != model.EINVALID {
				t.Errorf("%s: got %v, want refused", u, err)
			}
		}
		for _, u := range []string{"https://portal.example.org/", "http://127.0.0.1:8089", "http://localhost", "http://[::1]:80"} {
			if _, err := wordpress.NewClient(u, "a", "b"); err != nil {
				t.Errorf("%s: got %v, want accepted", u, err)
			}
		}
	})
	t.Run("Certificate", func(t *testing.T) {
		srv := httptest.NewTLSServer(http.NotFoundHandler())
		defer srv.Close()
		c, _ := wordpress.NewClient(srv.URL, "author", "pass")
		_, err := c.Me(ctx)
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(strings.ToLower(err.Error()), "certificate") {
			t.Errorf("got %v, want the certificate refused", err)
		}
	})
}

func TestText(t *testing.T) {
	got := wordpress.Text(`<script>alert("x")</script> [embed]a & b` + "\nc")
	want := `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &#91;embed&#93;a &amp; b<br>c`
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
