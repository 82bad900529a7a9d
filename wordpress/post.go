package wordpress

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"net/url"
	"strconv"
	"strings"
)

// Post is a post as the REST API returns it with context=edit.
type Post struct {
	ID          int64    `json:"id"`
	Status      string   `json:"status"`
	Link        string   `json:"link"`
	ModifiedGMT string   `json:"modified_gmt"`
	Title       rawField `json:"title"`
	Content     rawField `json:"content"`
	Excerpt     rawField `json:"excerpt"`
	Categories  []int64  `json:"categories"`
	Tags        []int64  `json:"tags"`
	Featured    int64    `json:"featured_media"`
	Meta        postMeta `json:"meta"`
}

// The post meta the Newsdesk plugin registers (wordpress/plugin/newsdesk): the
// carried report and the report's UUID, readable only in the edit context.
const (
	reportMeta = "_newsdesk_report"
	uuidMeta   = "_newsdesk_uuid"
)

// postMeta is a post's registered meta that are strings. WordPress answers an
// empty JSON array when none is registered (no plugin) or visible.
type postMeta map[string]string

func (m *postMeta) UnmarshalJSON(data []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		*m = nil // [] or anything else: no meta of ours
		return nil
	}
	*m = postMeta{}
	for k, v := range fields {
		var s string
		if json.Unmarshal(v, &s) == nil {
			(*m)[k] = s
		}
	}
	return nil
}

// carriedText is where the post carries Newsdesk's copy of the report: the
// plugin's protected meta, else (posts of older versions) the content.
func (p *Post) carriedText() string {
	if s := p.Meta[reportMeta]; s != "" {
		return s
	}
	return p.Content.Raw
}

// Carried returns the report the post carries (see DecodeCarried for the errors).
func (p *Post) Carried() (*Carried, error) { return DecodeCarried(p.carriedText()) }

// rawField is a field WordPress returns as {"raw": …, "rendered": …}.
type rawField struct {
	Raw      string `json:"raw"`
	Rendered string `json:"rendered"`
}

// PostInput is what a push sends for a post.
type PostInput struct {
	Title      string  `json:"title"`
	Content    string  `json:"content"`
	Excerpt    string  `json:"excerpt"`
	Status     string  `json:"status"`
	Categories []int64 `json:"categories,omitempty"`
	Tags       []int64 `json:"tags"`
	Featured   int64   `json:"featured_media"`
	// Meta holds the carried report when the portal has the Newsdesk plugin.
	Meta map[string]string `json:"meta,omitempty"`
}

// allStatuses are the post statuses a search for a post of ours looks through.
const allStatuses = "publish,future,draft,pending,private"

// FindPost returns the post with context=edit.
func (c *Client) FindPost(ctx context.Context, id int64) (*Post, error) {
	var p Post
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/posts/" + strconv.FormatInt(id, 10),
		query: url.Values{"context": {"edit"}}}, &p)
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// FindPostByMarker returns the post whose content carries the marker (the class
// Newsdesk puts on a report's markup), nil when there is none.
func (c *Client) FindPostByMarker(ctx context.Context, marker string) (*Post, error) {
	var posts []Post
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/posts", query: url.Values{
		"search": {marker}, "status": {allStatuses}, "context": {"edit"}, "per_page": {"20"}}}, &posts)
	if err != nil {
		return nil, err
	}
	for i := range posts {
		if strings.Contains(posts[i].Content.Raw, marker) {
			return &posts[i], nil
		}
	}
	return nil, nil
}

// CreatePost creates a post whose content carries marker. A try that timed out may
// have made the post after all, so a retry first looks for the marker.
func (c *Client) CreatePost(ctx context.Context, in *PostInput, marker string) (*Post, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var p *Post
	err = c.retry(ctx, func(attempt int) error {
		if attempt > 0 {
			found, err := c.FindPostByMarker(ctx, marker)
			if err != nil {
				return err
			} else if found != nil {
				p, err = c.UpdatePost(ctx, found.ID, in)
				return err
			}
		}
		var created Post
		err := c.call(ctx, request{method: "POST", route: "/wp/v2/posts", query: url.Values{"context": {"edit"}},
			body: body, ctype: "application/json"}, &created)
		p = &created
		return err
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// UpdatePost replaces the post's fields with in.
func (c *Client) UpdatePost(ctx context.Context, id int64, in *PostInput) (*Post, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	var p Post
	err = c.do(ctx, request{method: "POST", route: "/wp/v2/posts/" + strconv.FormatInt(id, 10),
		query: url.Values{"context": {"edit"}}, body: body, ctype: "application/json"}, &p)
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// Revisions returns how many revisions the post has.
func (c *Client) Revisions(ctx context.Context, id int64) (int, error) {
	var revs []struct {
		ID int64 `json:"id"`
	}
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/posts/" + strconv.FormatInt(id, 10) + "/revisions",
		query: url.Values{"per_page": {"100"}, "context": {"edit"}}}, &revs)
	return len(revs), err
}

// term is a category or a tag.
type term struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// FindTerm returns the ID of the category or tag (taxonomy "categories" or "tags")
// named name, 0 when there is none. WordPress keeps names with &, < and > as
// entities, and its search compares with what it keeps: the search is for that
// form, the comparison of the names as read.
func (c *Client) FindTerm(ctx context.Context, taxonomy, name string) (int64, error) {
	var terms []term
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/" + taxonomy,
		query: url.Values{"search": {storedTermName(name)}, "per_page": {"100"}}}, &terms)
	if err != nil {
		return 0, err
	}
	for _, t := range terms {
		if strings.EqualFold(html.UnescapeString(t.Name), name) {
			return t.ID, nil
		}
	}
	return 0, nil
}

// storedTermName is a term's name as WordPress keeps it.
func storedTermName(name string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(name)
}

// CreateTerm creates the category or tag and returns its ID. The name goes as it
// is: WordPress encodes it itself (and strips tags from it). A term WordPress
// says exists already (named alike in a way FindTerm did not see) is that term.
func (c *Client) CreateTerm(ctx context.Context, taxonomy, name string) (int64, error) {
	body, _ := json.Marshal(map[string]string{"name": name})
	var t term
	err := c.retry(ctx, func(attempt int) error {
		if attempt > 0 {
			if id, err := c.FindTerm(ctx, taxonomy, name); err != nil || id != 0 {
				t.ID = id
				return err
			}
		}
		return c.call(ctx, request{method: "POST", route: "/wp/v2/" + taxonomy, body: body, ctype: "application/json"}, &t)
	})
	var a *apiError
	if errors.As(err, &a) && a.WPCode == "term_exists" && a.termID != 0 {
		return a.termID, nil
	}
	return t.ID, err
}
