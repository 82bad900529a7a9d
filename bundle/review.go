package bundle

import (
	"encoding/json"
	"io"

	"newsdesk/model"
)

// ReviewName is the entry of a review bundle that carries the report's history
// and comments.
const ReviewName = "review.json"

// Review is what a review bundle carries beside the report: its revisions (with
// their content) and the comments on it.
type Review struct {
	Revisions []model.Revision
	Comments  []model.Comment
}

// Bundle is a bundle as read: the report, its photo files, and for a review bundle
// the history and comments (nil otherwise).
type Bundle struct {
	Report *model.Report
	Photos []model.ImportPhoto
	Review *Review
	// Lineage is the Revs the report went through before, newest first; empty
	// from a bundle that does not say.
	Lineage []string
}

// History is what an import compares the library's copy with: the review's
// revisions, then the lineage's Revs not among them (as revisions without content).
func (b *Bundle) History() []model.Revision {
	var out []model.Revision
	seen := map[string]bool{}
	if b.Review != nil {
		for _, r := range b.Review.Revisions {
			out = append(out, r)
			seen[r.Rev] = true
		}
	}
	for _, rev := range b.Lineage {
		if !seen[rev] {
			seen[rev] = true
			out = append(out, model.Revision{Rev: rev})
		}
	}
	return out
}

// ReadAll is Read for bundles that may be review bundles.
func ReadAll(r io.ReaderAt, size int64) (*Bundle, error) {
	return readBundle(r, size)
}

type reviewFile struct {
	FormatVersion int              `json:"format_version"`
	Revisions     []reviewRevision `json:"revisions"`
	Comments      []reviewComment  `json:"comments"`
}

type reviewRevision struct {
	Rev       string  `json:"rev"`
	Reason    string  `json:"reason"`
	Author    string  `json:"author,omitempty"`
	Note      string  `json:"note,omitempty"`
	CreatedAt string  `json:"created_at"`
	Report    mReport `json:"report"`
}

type reviewComment struct {
	UUID       string `json:"uuid"`
	Block      string `json:"block,omitempty"`
	Row        int    `json:"row,omitempty"`
	Quote      string `json:"quote,omitempty"`
	ReplyTo    string `json:"reply_to,omitempty"`
	Author     string `json:"author,omitempty"`
	Text       string `json:"text"`
	CreatedAt  string `json:"created_at"`
	Resolved   bool   `json:"resolved,omitempty"`
	ResolvedBy string `json:"resolved_by,omitempty"`
	ResolvedAt string `json:"resolved_at,omitempty"`
	UpdatedAt  string `json:"updated_at,omitempty"`
	Deleted    bool   `json:"deleted,omitempty"`
}

// toReviewFile is the review as review.json writes it, oldest revision first.
func toReviewFile(rv *Review) reviewFile {
	out := reviewFile{FormatVersion: FormatVersion, Revisions: []reviewRevision{}, Comments: []reviewComment{}}
	for i := len(rv.Revisions) - 1; i >= 0; i-- { // the library lists newest first
		r := rv.Revisions[i]
		if r.Report == nil {
			continue
		}
		out.Revisions = append(out.Revisions, reviewRevision{Rev: r.Rev, Reason: string(r.Reason), Author: r.Author,
			Note: r.Note, CreatedAt: timeText(r.CreatedAt), Report: toManifest(r.Report)})
	}
	for _, c := range rv.Comments {
		rc := reviewComment{UUID: c.UUID, Block: c.BlockKey, Row: c.Row, Quote: c.Quote, ReplyTo: c.ReplyTo,
			Author: c.Author, Text: c.Text, CreatedAt: timeText(c.CreatedAt), Resolved: c.Resolved, ResolvedBy: c.ResolvedBy,
			UpdatedAt: timeText(c.UpdatedAt), Deleted: c.Deleted}
		if c.Resolved {
			rc.ResolvedAt = timeText(c.ResolvedAt)
		}
		out.Comments = append(out.Comments, rc)
	}
	return out
}

// fromReviewFile checks review.json and returns the review; every problem is an
// EINVALID error naming the entry and what is wrong.
func fromReviewFile(raw []byte) (*Review, error) {
	var f reviewFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, model.Errorf(model.EINVALID, "bundle.review.json")
	}
	if f.FormatVersion > FormatVersion {
		return nil, model.Errorf(model.EINVALID, "bundle.version.newer", f.FormatVersion, FormatVersion)
	}
	rv := &Review{}
	for i, r := range f.Revisions {
		rep, err := fromManifest(r.Report)
		if err != nil {
			return nil, err
		}
		rep.Normalize()
		created, ok := parseTime(r.CreatedAt)
		if !ok || r.Rev == "" || r.Reason == "" {
			return nil, model.Errorf(model.EINVALID, "bundle.review.revision", i+1)
		}
		rv.Revisions = append(rv.Revisions, model.Revision{Rev: r.Rev, Reason: model.RevisionReason(r.Reason),
			Author: r.Author, Note: r.Note, CreatedAt: created, Report: rep})
	}
	for i, c := range f.Comments {
		created, ok := parseTime(c.CreatedAt)
		if !ok || !uuidPattern.MatchString(c.UUID) || (c.ReplyTo != "" && !uuidPattern.MatchString(c.ReplyTo)) {
			return nil, model.Errorf(model.EINVALID, "bundle.review.comment", i+1)
		}
		mc := model.Comment{UUID: c.UUID, BlockKey: c.Block, Row: c.Row, Quote: c.Quote, ReplyTo: c.ReplyTo,
			Author: c.Author, Text: c.Text, CreatedAt: created, Resolved: c.Resolved, ResolvedBy: c.ResolvedBy,
			Deleted: c.Deleted}
		if mc.ResolvedAt, ok = parseTime(c.ResolvedAt); !ok {
			return nil, model.Errorf(model.EINVALID, "bundle.review.comment", i+1)
		}
		if mc.UpdatedAt, ok = parseTime(c.UpdatedAt); !ok {
			return nil, model.Errorf(model.EINVALID, "bundle.review.comment", i+1)
		}
		mc.Normalize()
		if err := mc.Validate(); err != nil {
			return nil, model.Errorf(model.EINVALID, "bundle.review.comment", i+1)
		}
		rv.Comments = append(rv.Comments, mc)
	}
	if i := model.ReplyCycle(rv.Comments); i >= 0 {
		return nil, model.Errorf(model.EINVALID, "bundle.review.comment.cycle", i+1)
	}
	return rv, nil
}

// ReadHandoff reads and checks the bundle in r as what a hand-off brings: the
// report, its photos (read from r when the import stores them, so r stays open
// until then), and a review bundle's history and comments.
func ReadHandoff(r io.ReaderAt, size int64) (*model.Handoff, error) {
	b, err := ReadAll(r, size)
	if err != nil {
		return nil, err
	}
	h := &model.Handoff{Report: b.Report, Photos: b.Photos, History: b.History()}
	if b.Review != nil {
		h.Comments = b.Review.Comments
	}
	return h, nil
}
