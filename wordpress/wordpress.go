// Package wordpress pushes reports to a portal running WordPress, through its REST
// API with an application password: the client (requests, retries, the mapping of
// HTTP failures to sentences a reporter can act on), the block-editor markup of a
// report, and the push itself (photos as media, then the post; updates in place;
// resumes without duplicates). It imports model, msg, vntext, photo (to turn a
// photo), the standard library and golang.org/x/sync only: the library, the
// window and the commands are other rooms.
package wordpress

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"newsdesk/model"
)

// Client talks to one WordPress site as one account.
type Client struct {
	// Base is the site's address, without a trailing slash.
	Base     string
	User     string
	Password string // an application password

	// HTTP sends the requests; NewClient sets one that verifies certificates and
	// never waits for "100 Continue" (PHP's built-in server never sends it).
	HTTP *http.Client
	// Retries is how many times a server error or a timeout is tried again, and
	// Backoff the wait before the first retry (doubled for each next one).
	Retries int
	Backoff time.Duration
	// Stall is how long one request may go on, tries included, before the
	// portal is taken to have stopped answering: a portal that trickles a byte
	// every few seconds would otherwise hold a push for Retries × the HTTP timeout.
	Stall time.Duration
}

// NewClient returns a client of the site at siteURL, after checking the address:
// https, or plain http on a loopback address only (a password must not cross a
// network in the clear).
func NewClient(siteURL, user, password string) (*Client, error) {
	base, err := CheckURL(siteURL)
	if err != nil {
		return nil, err
	}
	return &Client{
		Base: base, User: user, Password: password,
		HTTP: &http.Client{
			Timeout: 2 * time.Minute, // a large photo on a slow line, with the server's resizing
			Transport: &http.Transport{
				Proxy:               http.ProxyFromEnvironment,
				TLSHandshakeTimeout: 15 * time.Second,
				MaxIdleConnsPerHost: 8,
				IdleConnTimeout:     30 * time.Second,
			},
		},
		Retries: 3,
		Backoff: 500 * time.Millisecond,
		Stall:   2 * time.Minute,
	}, nil
}

// CheckURL returns the site address siteURL made canonical (no trailing slash, no
// query), or an EINVALID error: not a web address, or plain http to a host that is
// not this computer.
func CheckURL(siteURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(siteURL))
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", model.Errorf(model.EINVALID, "wordpress.url.invalid", siteURL)
	}
	// A password in the address would be stored with the profile and printed by
	// `portal list`; it belongs in the keyring.
	if u.User != nil {
		return "", model.Errorf(model.EINVALID, "wordpress.url.userinfo", u.Redacted())
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		return "", model.Errorf(model.EINVALID, "wordpress.url.http", siteURL)
	}
	u.RawQuery, u.Fragment = "", ""
	return strings.TrimRight(u.String(), "/"), nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// request is one call of the REST API.
type request struct {
	method string
	route  string // "/wp/v2/posts"
	query  url.Values
	body   []byte
	ctype  string
	header http.Header
}

// apiError is a failure the site answered with: its status and WordPress's code
// beside the sentence shown to people.
type apiError struct {
	err    *model.Error
	Status int
	WPCode string
	termID int64 // for term_exists, the existing term
	detail string
}

func (e *apiError) Error() string { return e.err.Message }

func (e *apiError) Unwrap() error { return e.err }

// statusOf returns the HTTP status of a failure the site answered, 0 for others.
func statusOf(err error) int {
	var a *apiError
	if errors.As(err, &a) {
		return a.Status
	}
	return 0
}

// call sends req once and decodes a JSON answer into out (when not nil).
func (c *Client) call(ctx context.Context, req request, out any) error {
	q := url.Values{}
	for k, v := range req.query {
		q[k] = v
	}
	// ?rest_route= works on every WordPress, with or without pretty permalinks.
	q.Set("rest_route", req.route)
	var body io.Reader
	if req.body != nil {
		body = bytes.NewReader(req.body)
	}
	hr, err := http.NewRequestWithContext(ctx, req.method, c.Base+"/?"+q.Encode(), body)
	if err != nil {
		return err
	}
	for k, v := range req.header {
		hr.Header[k] = v
	}
	if req.ctype != "" {
		hr.Header.Set("Content-Type", req.ctype)
	}
	hr.Header.Set("Accept", "application/json")
	hr.Header.Set("User-Agent", "Newsdesk")
	hr.SetBasicAuth(c.User, c.Password)
	resp, err := c.sameOriginOnly().Do(hr)
	if err != nil {
		return c.transportError(ctx, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return c.transportError(ctx, err)
	}
	if resp.StatusCode >= 300 {
		return c.statusError(resp.StatusCode, data)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(bytes.TrimLeft(data, "\ufeff \r\n\t"), out); err != nil {
		return &apiError{err: model.Errorf(model.EINVALID, "wordpress.notwordpress", c.Base),
			Status: resp.StatusCode, detail: fmt.Sprintf("%s %s: %v", req.method, req.route, err)}
	}
	return nil
}

// sameOriginOnly returns c.HTTP made to follow redirects only within the site's
// own scheme, host and port. The requests carry the password, and Go's client
// forwards it to the same host on another port or over plain http.
func (c *Client) sameOriginOnly() *http.Client {
	hc := *c.HTTP
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		base, err := url.Parse(c.Base)
		if err != nil || !sameOrigin(base, req.URL) {
			return &redirectError{to: req.URL}
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
	return &hc
}

// redirectError is a redirect away from the site's origin, not followed.
type redirectError struct{ to *url.URL }

func (e *redirectError) Error() string { return "redirect to " + e.to.Redacted() + " not followed" }

// sameOrigin reports whether a and b have the same scheme, host and port (the
// scheme's default port when none is written).
func sameOrigin(a, b *url.URL) bool {
	port := func(u *url.URL) string {
		if p := u.Port(); p != "" {
			return p
		}
		if strings.EqualFold(u.Scheme, "https") {
			return "443"
		}
		return "80"
	}
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) && port(a) == port(b)
}

// transportError explains a request that got no answer.
func (c *Client) transportError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var redirect *redirectError
	if errors.As(err, &redirect) {
		to := *redirect.to
		to.User, to.RawQuery, to.Fragment = nil, "", ""
		key := "wordpress.redirect"
		if strings.EqualFold(to.Scheme, "http") && !strings.HasPrefix(c.Base, "http:") {
			key = "wordpress.redirect.http"
		}
		return &apiError{err: model.Errorf(model.EINVALID, key, c.Base, to.String()), detail: err.Error()}
	}
	var certErr *tls.CertificateVerificationError
	var unknown x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	if errors.As(err, &certErr) || errors.As(err, &unknown) || errors.As(err, &hostErr) || errors.As(err, &invalid) {
		return &apiError{err: model.Errorf(model.EINVALID, "wordpress.certificate", c.Base), detail: err.Error()}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return &apiError{err: model.Errorf(model.EUNAVAILABLE, "wordpress.nohost", c.Base), detail: err.Error()}
	}
	return &apiError{err: model.Errorf(model.EUNAVAILABLE, "wordpress.unavailable", c.Base), detail: err.Error()}
}

// wpError is WordPress's JSON error body.
type wpError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Data    struct {
		Status  int               `json:"status"`
		TermID  int64             `json:"term_id"` // term_exists: the term that has the name
		Params  map[string]string `json:"params"`
		Details map[string]struct {
			Message string `json:"message"`
		} `json:"details"`
	} `json:"data"`
}

// statusError maps an HTTP failure to a sentence in the reporter's terms.
func (c *Client) statusError(status int, body []byte) error {
	var we wpError
	_ = json.Unmarshal(body, &we)
	e := &apiError{Status: status, WPCode: we.Code, termID: we.Data.TermID, detail: fmt.Sprintf("%d %s: %s", status, we.Code, we.Message)}
	switch {
	case status == http.StatusUnauthorized:
		e.err = model.Errorf(model.EUNAUTHORIZED, "wordpress.unauthorized", c.User)
	case status == http.StatusForbidden:
		e.err = model.Errorf(model.EUNAUTHORIZED, "wordpress.forbidden", c.User)
	// PHP drops a body over post_max_size, so WordPress sees no data at all.
	case status == http.StatusRequestEntityTooLarge || we.Code == "rest_upload_no_data" ||
		strings.Contains(we.Code, "file_size") || strings.Contains(we.Code, "too_big") ||
		strings.Contains(we.Code, "upload_size") || we.Code == "rest_upload_limited_space":
		e.err = model.Errorf(model.EINVALID, "wordpress.toolarge")
	case status == http.StatusNotFound && we.Code == "rest_no_route":
		e.err = model.Errorf(model.EINVALID, "wordpress.notwordpress", c.Base)
	case status == http.StatusNotFound:
		e.err = model.Errorf(model.ENOTFOUND, "wordpress.notfound")
	case status >= 500:
		e.err = model.Errorf(model.EUNAVAILABLE, "wordpress.servererror", c.Base, status)
	default:
		reason := we.Message
		for field, d := range we.Data.Details {
			reason = field + ": " + d.Message
		}
		for field, m := range we.Data.Params {
			reason = field + ": " + m
		}
		if reason == "" {
			reason = http.StatusText(status)
		}
		e.err = model.Errorf(model.EINVALID, "wordpress.refused", reason)
	}
	return e
}

// retryable says whether err is worth trying again: no answer, a timeout or a
// server error. Refusals (4xx) are not.
func retryable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var a *apiError
	if !errors.As(err, &a) {
		return false
	}
	if a.Status == 0 {
		return a.err.Code == model.EUNAVAILABLE
	}
	// A file WordPress cannot process answers 500 too: that one will not heal. But
	// the month's upload folder is made by whichever upload comes first, and
	// uploads at once race for it (wp_mkdir_p): the loser is told it could not be
	// made, and a second try finds it.
	if a.WPCode == "rest_upload_sideload_error" && strings.Contains(a.detail, "Unable to create directory") {
		return true
	}
	return a.Status >= 500 && a.WPCode != "rest_upload_sideload_error" && a.WPCode != "rest_upload_unknown_error"
}

// retry runs f until it succeeds, fails for good, or has been tried 1+Retries
// times, waiting Backoff, 2×Backoff… between tries. attempt counts from 0, so f can
// look for what a timed-out first try may have made before making it again.
func (c *Client) retry(ctx context.Context, f func(attempt int) error) error {
	wait := c.Backoff
	start := time.Now()
	for attempt := 0; ; attempt++ {
		err := f(attempt)
		if !retryable(err) || attempt >= c.Retries {
			return err
		}
		if c.Stall > 0 && time.Since(start)+wait >= c.Stall {
			return &apiError{err: model.Errorf(model.EUNAVAILABLE, "wordpress.stalled", c.Base, int(c.Stall.Minutes()+0.5)),
				detail: fmt.Sprintf("gave up after %d tries in %v: %s", attempt+1, time.Since(start).Round(time.Second), Detail(err))}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// do is call with retries, for requests that are safe to repeat.
func (c *Client) do(ctx context.Context, req request, out any) error {
	return c.retry(ctx, func(int) error { return c.call(ctx, req, out) })
}

// Detail returns what the site answered for a failure of this package, for the
// log; "" for other errors.
func Detail(err error) string {
	var a *apiError
	if errors.As(err, &a) {
		return a.detail
	}
	return ""
}
