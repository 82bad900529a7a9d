package wordpress_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/wordpress"
)

// TestRedirectKeepsPassword: an https portal that redirects to plain http on the
// same host, or to another port, gets no second request carrying the password;
// the push stops with a sentence saying why. A redirect inside the site is
// followed as before.
func TestRedirectKeepsPassword(t *testing.T) {
	ctx := context.Background()
	msg.SetLang(msg.English)
	t.Cleanup(func() { msg.SetLang(msg.Vietnamese) })
	var leaked atomic.Int32
	catcher := func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "" {
			leaked.Add(1)
		}
		w.Write([]byte(me))
	}
	plain := httptest.NewServer(http.HandlerFunc(catcher))
	defer plain.Close()
	otherPort := httptest.NewTLSServer(http.HandlerFunc(catcher))
	defer otherPort.Close()

	for _, c := range []struct {
		name, to, want string
	}{
		{"DowngradeToHTTP", plain.URL, "plain unencrypted http"},
		{"OtherPort", otherPort.URL, "another address"},
	} {
		t.Run(c.name, func(t *testing.T) {
			leaked.Store(0)
			portal := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, c.to+r.URL.RequestURI(), http.StatusMovedPermanently)
			}))
			defer portal.Close()
			client, err := wordpress.NewClient(portal.URL, "author", "secret-app-password")
			if err != nil {
				t.Fatal(err)
			}
			client.HTTP.Transport = otherPort.Client().Transport // trusts the test certificates
			_, err = client.Me(ctx)
			if model.ErrorCode(err) != model.EINVALID || !strings.Contains(err.Error(), c.want) ||
				!strings.Contains(err.Error(), "sent no password") && !strings.Contains(err.Error(), "does not send the password") {
				t.Errorf("got %v, want the redirect refused, saying %q", err, c.want)
			}
			if n := leaked.Load(); n != 0 {
				t.Errorf("the password reached the redirect's target %d times", n)
			}
		})
	}

	t.Run("SameSiteFollowed", func(t *testing.T) {
		var withPassword atomic.Int32
		var site *httptest.Server
		site = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/" {
				http.Redirect(w, r, site.URL+"/wp-json/?"+r.URL.RawQuery, http.StatusFound)
				return
			}
			if r.Header.Get("Authorization") != "" {
				withPassword.Add(1)
			}
			w.Write([]byte(me))
		}))
		defer site.Close()
		client, err := wordpress.NewClient(site.URL, "author", "secret-app-password")
		if err != nil {
			t.Fatal(err)
		}
		client.HTTP.Transport = site.Client().Transport
		if _, err := client.Me(ctx); err != nil || withPassword.Load() != 1 {
			t.Errorf("got %v, %d authorised requests; want the site's own redirect followed", err, withPassword.Load())
		}
	})
}

// TestURLWithCredentialsRefused: a password typed into the portal's address is
// refused, never stored, and the refusal does not repeat it.
func TestURLWithCredentialsRefused(t *testing.T) {
	for _, u := range []string{"http://user:secret@127.0.0.1:8089", "https://editor:secret@portal.example.org", "https://editor@portal.example.org"} {
		_, err := wordpress.CheckURL(u)
		if model.ErrorCode(err) != model.EINVALID || strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: got %v, want refused without repeating the password", u, err)
		}
	}
}
