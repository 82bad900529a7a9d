package model

import (
	"context"
	"strings"
	"time"

	"newsdesk/vntext"
)

// Comment is an editor's (or a reporter's) remark on one part of a report: a block,
// one row of an award list, or the report as a whole. Comments are answered in
// threads and resolved; they travel with review bundles, so their identity is a
// UUID and a reply names its thread's first comment by UUID.
type Comment struct {
	ID       int64  `json:"-"`
	UUID     string `json:"uuid"`
	ReportID int64  `json:"-"`
	// BlockKey is the key of the block commented on; empty for the report as a
	// whole, or one of the report's own fields (FieldHeadline, FieldLead,
	// FieldEvent, FieldByline).
	BlockKey string `json:"block,omitempty"`
	// Row is the award row commented on, counting from 1; 0 for the whole block.
	Row int `json:"row,omitempty"`
	// Quote is what the comment was about when it was written (the row's name, a
	// few words of the paragraph), shown beside it once the text has changed.
	Quote     string    `json:"quote,omitempty"`
	ReplyTo   string    `json:"reply_to,omitempty"` // UUID of the thread's first comment
	Author    string    `json:"author"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`

	Resolved   bool      `json:"resolved,omitempty"`
	ResolvedBy string    `json:"resolved_by,omitempty"`
	ResolvedAt time.Time `json:"resolved_at,omitzero"`

	// UpdatedAt is the comment's last change (written, resolved, reopened, deleted):
	// when two libraries disagree, the later change wins.
	UpdatedAt time.Time `json:"updated_at,omitzero"`
	// Deleted marks a comment taken back; it is kept (without showing) so that the
	// deletion travels with the report and the comment does not come back.
	Deleted bool `json:"deleted,omitempty"`
}

// FieldEvent is the event's fields as a whole, for a comment on them.
const FieldEvent = "event"

// QuoteLength is the most characters of a block's text a comment keeps as its quote.
const QuoteLength = 80

// Normalize cleans the comment's text as it enters the model.
func (c *Comment) Normalize() {
	if c.UUID == "" {
		c.UUID = NewUUID()
	}
	c.Text = strings.TrimSpace(vntext.Clean(c.Text))
	c.Quote = vntext.OneLine(c.Quote)
	c.Quote = vntext.Shorten(c.Quote, QuoteLength)
	c.Author = vntext.OneLine(c.Author)
	c.ResolvedBy = vntext.OneLine(c.ResolvedBy)
}

// Validate returns EINVALID when the comment says nothing.
func (c *Comment) Validate() error {
	if c.Text == "" {
		return Errorf(EINVALID, "model.comment.empty")
	}
	if c.Row < 0 {
		return Errorf(EINVALID, "model.comment.row", c.Row)
	}
	if !uuidLike(c.UUID) || (c.ReplyTo != "" && !uuidLike(c.ReplyTo)) {
		return Errorf(EINVALID, "model.comment.uuid")
	}
	return nil
}

// uuidLike reports whether s is written as a UUID: 36 characters, hex digits and
// dashes where NewUUID puts them.
func uuidLike(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, r := range s {
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if r != '-' {
				return false
			}
		case !('0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F'):
			return false
		}
	}
	return true
}

// QuoteOf returns the text a new comment on the block (and row) of r quotes.
func QuoteOf(r *Report, blockKey string, row int) string {
	switch blockKey {
	case FieldHeadline:
		return r.Headline
	case FieldLead:
		return r.Lead
	case "", FieldEvent, FieldByline:
		return ""
	}
	for _, b := range r.Body {
		if b.Key != blockKey {
			continue
		}
		switch {
		case b.Kind == BlockParagraph:
			return b.Text
		case b.Kind == BlockPhoto && b.Photo != nil:
			return b.Photo.Caption
		case b.Kind == BlockAwards && b.Awards != nil:
			if row > 0 && row <= len(b.Awards.Recipients) {
				return b.Awards.Recipients[row-1].Name
			}
			return b.Awards.Sentence()
		}
	}
	return ""
}

// CommentService keeps the comments on reports.
type CommentService interface {
	// FindComments returns the report's comments, oldest first.
	FindComments(ctx context.Context, reportID int64) ([]Comment, error)
	// FindAllComments is FindComments with the deleted ones, marked: what a
	// hand-off (a review bundle, a push) carries, so deletions travel too.
	FindAllComments(ctx context.Context, reportID int64) ([]Comment, error)
	// CreateComment stores a new comment on the report, filling its ID, UUID and
	// time (and its author, when empty, with the library's user).
	CreateComment(ctx context.Context, c *Comment) error
	// ResolveComment marks the thread of the comment resolved (or open again).
	ResolveComment(ctx context.Context, id int64, resolved bool, by string) error
	// DeleteComment takes back a comment and its replies (only its author would).
	DeleteComment(ctx context.Context, id int64) error
}

// ReplyCycle returns the index of a comment whose chain of replies leads back to
// itself — a thread with no first comment, which no view can show — or -1 when
// every chain ends at a comment that replies to none.
func ReplyCycle(comments []Comment) int {
	parent := make(map[string]string, len(comments))
	for _, c := range comments {
		parent[c.UUID] = c.ReplyTo
	}
	for i, c := range comments {
		at := c.ReplyTo
		for steps := 0; at != ""; steps++ {
			if at == c.UUID || steps > len(comments) {
				return i
			}
			at = parent[at]
		}
	}
	return -1
}

// FollowMovedBlocks re-points, in place, the comments that came with a returned
// copy of a report to the key its block took in a merge (moved maps the copy's
// block key to the merged report's): when both versions of a paragraph are kept,
// the editor's remark on theirs stays with theirs, not with the reporter's. A
// thread the library's report already had (had holds its comments' UUIDs) was
// written before the two sides parted, about the version that keeps the key, and
// stays there, replies included.
func FollowMovedBlocks(comments []Comment, had map[string]bool, moved map[string]string) {
	for i := range comments {
		c := &comments[i]
		root := c.UUID
		if c.ReplyTo != "" {
			root = c.ReplyTo
		}
		if k, ok := moved[c.BlockKey]; ok && !had[root] {
			c.BlockKey = k
		}
	}
}
