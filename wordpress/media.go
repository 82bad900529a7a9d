package wordpress

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"newsdesk/vntext"
)

// Media is an uploaded file as the REST API returns it with context=edit.
type Media struct {
	ID          int64    `json:"id"`
	SourceURL   string   `json:"source_url"`
	AltText     string   `json:"alt_text"`
	Caption     rawField `json:"caption"`
	Description rawField `json:"description"`
	Slug        string   `json:"slug"`
	Post        int64    `json:"post"` // the post it is attached to, 0 for none
	Meta        postMeta `json:"meta"`
}

// mediaMeta is the attachment meta the Newsdesk plugin registers: a photo file's
// mark (see MediaMark), readable only by accounts that may edit the media.
const mediaMeta = "_newsdesk_media"

// mark is the media's mark (see MediaMark): in the plugin's meta, else the slug.
func (m *Media) mark() string {
	if s := m.Meta[mediaMeta]; s != "" {
		return s
	}
	return m.Slug
}

// MediaInput is the text of an uploaded photo.
type MediaInput struct {
	Title       string `json:"title"`
	AltText     string `json:"alt_text"`
	Caption     string `json:"caption"`
	Description string `json:"description"`    // the caption line, as text
	Post        int64  `json:"post,omitempty"` // attaches the media to the post
	// The file's mark (see MediaMark) goes in the plugin's protected meta where
	// the portal has the plugin, else in the slug.
	Slug string            `json:"slug,omitempty"`
	Meta map[string]string `json:"meta,omitempty"`
}

// setMark puts the mark where the portal keeps it: the plugin's meta when
// private, else the slug.
func (in *MediaInput) setMark(mark string, private bool) {
	if private {
		in.Meta = map[string]string{mediaMeta: mark}
	} else {
		in.Slug = mark
	}
}

// mark is the mark set on in, "" when none.
func (in *MediaInput) mark() (string, bool) {
	if s := in.Meta[mediaMeta]; s != "" {
		return s, true
	}
	return in.Slug, false
}

// FindMediaByMarks returns the media bearing these marks (see MediaMark), in the
// plugin's meta when private, else in the slug.
func (c *Client) FindMediaByMarks(ctx context.Context, marks []string, private bool) ([]Media, error) {
	param := "slug"
	if private {
		param = "newsdesk_media"
	}
	var out []Media
	for len(marks) > 0 {
		n := min(len(marks), 50) // the query string stays short
		var media []Media
		err := c.do(ctx, request{method: "GET", route: "/wp/v2/media", query: url.Values{
			param: {strings.Join(marks[:n], ",")}, "context": {"edit"}, "per_page": {"100"}}}, &media)
		if err != nil {
			return nil, err
		}
		for _, m := range media {
			if slices.Contains(marks[:n], m.mark()) {
				out = append(out, m)
			}
		}
		marks = marks[n:]
	}
	return out, nil
}

// UploadMedia uploads a file and sets its text. A try that timed out may have made
// the media after all, so a retry first looks for in's mark (unique to this file).
func (c *Client) UploadMedia(ctx context.Context, filename, mime string, data []byte, in *MediaInput) (*Media, error) {
	q := url.Values{"context": {"edit"}, "title": {in.Title}, "alt_text": {in.AltText},
		"caption": {in.Caption}, "description": {in.Description}}
	if in.Slug != "" {
		q.Set("slug", in.Slug)
	}
	for k, v := range in.Meta {
		q.Set("meta["+k+"]", v)
	}
	if in.Post != 0 {
		q.Set("post", strconv.FormatInt(in.Post, 10))
	}
	h := http.Header{}
	// WordPress turns the name into ASCII itself and rejects filename*=.
	h.Set("Content-Disposition", `attachment; filename="`+asciiName(filename)+`"`)
	var m Media
	err := c.retry(ctx, func(attempt int) error {
		if mark, private := in.mark(); attempt > 0 && mark != "" {
			found, err := c.FindMediaByMarks(ctx, []string{mark}, private)
			if err != nil {
				return err
			}
			if len(found) > 0 {
				m = found[0]
				return nil
			}
		}
		return c.call(ctx, request{method: "POST", route: "/wp/v2/media", query: q, body: data, ctype: mime, header: h}, &m)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// UpdateMedia sets the text of uploaded media.
func (c *Client) UpdateMedia(ctx context.Context, id int64, in *MediaInput) (*Media, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var m Media
	err = c.do(ctx, request{method: "POST", route: "/wp/v2/media/" + strconv.FormatInt(id, 10),
		query: url.Values{"context": {"edit"}}, body: body, ctype: "application/json"}, &m)
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// AttachMedia attaches uploaded media to a post.
func (c *Client) AttachMedia(ctx context.Context, mediaID, postID int64) error {
	body, _ := json.Marshal(map[string]int64{"post": postID})
	return c.do(ctx, request{method: "POST", route: "/wp/v2/media/" + strconv.FormatInt(mediaID, 10),
		body: body, ctype: "application/json"}, nil)
}

// asciiName keeps the letters, digits, dots and dashes of a file name (after
// folding Vietnamese letters), so the header is plain ASCII and needs no quoting.
func asciiName(name string) string {
	var b strings.Builder
	for _, r := range vntext.Fold(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	if b.Len() == 0 || strings.HasPrefix(b.String(), ".") {
		return "photo" + b.String()
	}
	return b.String()
}
