package wordpress

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
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
}

// MediaInput is the text of an uploaded photo.
type MediaInput struct {
	Title       string `json:"title"`
	AltText     string `json:"alt_text"`
	Caption     string `json:"caption"`
	Description string `json:"description"` // carries Newsdesk's marker
}

// FindMediaByMarker returns the media whose description carries marker (a push's
// mark: the report's UUID), at most 100.
func (c *Client) FindMediaByMarker(ctx context.Context, marker string) ([]Media, error) {
	var media []Media
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/media", query: url.Values{
		"search": {marker}, "context": {"edit"}, "per_page": {"100"}}}, &media)
	if err != nil {
		return nil, err
	}
	out := media[:0]
	for _, m := range media {
		if strings.Contains(m.Description.Raw, marker) {
			out = append(out, m)
		}
	}
	return out, nil
}

// UploadMedia uploads a file and sets its text. A try that timed out may have made
// the media after all, so a retry first looks for in.Description (which must be
// unique to this file) among the media marked with reportMarker.
func (c *Client) UploadMedia(ctx context.Context, filename, mime string, data []byte, in *MediaInput, reportMarker string) (*Media, error) {
	q := url.Values{"context": {"edit"}, "title": {in.Title}, "alt_text": {in.AltText},
		"caption": {in.Caption}, "description": {in.Description}}
	h := http.Header{}
	// WordPress turns the name into ASCII itself and rejects filename*=.
	h.Set("Content-Disposition", `attachment; filename="`+asciiName(filename)+`"`)
	var m Media
	err := c.retry(ctx, func(attempt int) error {
		if attempt > 0 {
			found, err := c.FindMediaByMarker(ctx, reportMarker)
			if err != nil {
				return err
			}
			for _, f := range found {
				if f.Description.Raw == in.Description {
					m = f
					return nil
				}
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
