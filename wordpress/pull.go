package wordpress

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"

	"newsdesk/model"
	"newsdesk/msg"
)

// PendingPost is a post waiting for review on the portal that Newsdesk pushed.
type PendingPost = model.PendingPost

// PendingPosts returns the portal's posts pending review that carry a report
// Newsdesk pushed (see Carried), newest first, every page of them. The account
// must be able to edit others' posts (an editor) to see others' posts.
func (c *Client) PendingPosts(ctx context.Context) ([]PendingPost, error) {
	type item struct {
		ID          int64    `json:"id"`
		Author      int64    `json:"author"`
		Title       rawField `json:"title"`
		Content     rawField `json:"content"`
		ModifiedGMT string   `json:"modified_gmt"`
		Meta        postMeta `json:"meta"`
	}
	names := map[int64]string{}
	var out []PendingPost
	for page := 1; ; page++ {
		var items []item
		err := c.do(ctx, request{method: "GET", route: "/wp/v2/posts", query: url.Values{
			"status": {"pending"}, "context": {"edit"}, "per_page": {"100"}, "page": {strconv.Itoa(page)},
			"search": {reportClass}, "orderby": {"modified"},
			"_fields": {"id,author,title,content,modified_gmt,meta"}}}, &items)
		var a *apiError
		if errors.As(err, &a) && a.WPCode == "rest_post_invalid_page_number" {
			break
		} else if err != nil {
			return nil, err
		}
		for _, it := range items {
			post := Post{Content: it.Content, Meta: it.Meta}
			if !HasCarried(post.carriedText()) {
				continue
			}
			name, ok := names[it.Author]
			if !ok {
				name = c.userName(ctx, it.Author)
				if name == "" {
					// Not allowed to see the account (no published post, no
					// list_users): the name the push carried.
					if cr, err := DecodeCarried(post.carriedText()); err == nil {
						name = cr.PushedBy
					}
				}
				if name == "" {
					name = "#" + strconv.FormatInt(it.Author, 10)
				}
				names[it.Author] = name
			}
			out = append(out, PendingPost{ID: it.ID, Author: name,
				Headline: strings.Join(strings.Fields(PlainText(it.Title.Raw)), " "), ModifiedGMT: it.ModifiedGMT})
		}
		if len(items) < 100 {
			break
		}
	}
	return out, nil
}

// userName returns the display name of the user, "" when the account may not see it.
func (c *Client) userName(ctx context.Context, id int64) string {
	var u struct {
		Name string `json:"name"`
	}
	for _, context := range []string{"edit", "view"} {
		err := c.do(ctx, request{method: "GET", route: "/wp/v2/users/" + strconv.FormatInt(id, 10),
			query: url.Values{"context": {context}, "_fields": {"name"}}}, &u)
		if err == nil && u.Name != "" {
			return u.Name
		}
	}
	return ""
}

// FindMedia returns the media with context=edit.
func (c *Client) FindMedia(ctx context.Context, id int64) (*Media, error) {
	var m Media
	err := c.do(ctx, request{method: "GET", route: "/wp/v2/media/" + strconv.FormatInt(id, 10),
		query: url.Values{"context": {"edit"}}}, &m)
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// Download returns the bytes at the address (a media file of the site). It is
// retried like the API's requests; a missing file is ENOTFOUND.
func (c *Client) Download(ctx context.Context, fileURL string) ([]byte, error) {
	var data []byte
	err := c.retry(ctx, func(int) error {
		hr, err := http.NewRequestWithContext(ctx, "GET", fileURL, nil)
		if err != nil {
			return err
		}
		hr.Header.Set("User-Agent", "Newsdesk")
		resp, err := c.HTTP.Do(hr)
		if err != nil {
			return c.transportError(ctx, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			return c.statusError(resp.StatusCode, body)
		}
		data, err = io.ReadAll(io.LimitReader(resp.Body, 256<<20))
		if err != nil {
			return c.transportError(ctx, err)
		}
		return nil
	})
	return data, err
}

// Opener brings a post Newsdesk pushed into a library as a report: an editor's
// Newsdesk opens the reporter's pending post for review.
type Opener struct {
	Client  *Client
	Reports model.ReportService
	Photos  model.PhotoService
	Portals model.PortalService
	// Parallel is how many photos are downloaded at once; 0 means 3.
	Parallel int
	// Progress, when set, is told of each photo done (downloaded or already in
	// the library).
	Progress func(done, total int)
}

// OpenResult is what an open did.
type OpenResult = model.OpenResult

// Open brings the post into the library as the report it carries, with its photos
// (only those the library lacks are downloaded, a few at a time) and comments,
// and records where the report stands on the portal named portal, so that a push
// from this library updates the same post without uploading the photos again.
// Edits made on the portal since the push are taken into the report where they
// can be (see takeEdits), with a warning.
func (o *Opener) Open(ctx context.Context, postID int64, portal string) (*OpenResult, error) {
	post, err := o.Client.FindPost(ctx, postID)
	if err != nil {
		return nil, err
	}
	carried, err := DecodeCarried(post.carriedText())
	if model.ErrorCode(err) == model.EINVALID && !HasCarried(post.carriedText()) && strings.Contains(post.Content.Raw, reportClass) {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.noplugin")
	}
	if err != nil {
		return nil, err
	}
	rep := carried.Report.Clone()
	res := &OpenResult{}

	if taken, unmapped := takeEdits(rep, carried, post); len(taken) > 0 || len(unmapped) > 0 {
		res.Edited = true
		if len(taken) > 0 {
			res.Warnings = append(res.Warnings, msg.T("wordpress.open.edited", strings.Join(taken, "; ")))
			// A report changed since the reporter's revision; the same for every
			// open of the same post, so a second open finds it unchanged.
			rep.BaseRev = carried.Report.Rev
			rep.Rev = shortHash(carried.Report.Rev, "portal", VisibleHash(post.Content.Raw), post.Title.Raw)
		}
		if len(unmapped) > 0 {
			res.Warnings = append(res.Warnings, msg.T("wordpress.open.unmapped", strings.Join(unmapped, "; ")))
		}
	}

	// Photos the push left out (a text-only push) and the library lacks come in as
	// a paragraph holding their caption, credit and alt text, and the open says so.
	left, err := o.placeholdMissingPhotos(ctx, rep, carried)
	if err != nil {
		return nil, err
	}
	if len(left) > 0 {
		res.Warnings = append(res.Warnings, msg.T("wordpress.open.photosmissing", len(left), photoNames(left)))
		// Not the reporter's version: another Rev, the same for every open of the
		// same post.
		rep.BaseRev = carried.Report.Rev
		rep.Rev = heldRev(rep.Rev)
	}

	photos, err := o.fetchPhotos(ctx, rep, carried, res)
	if err != nil {
		return nil, err
	}
	// The history that travelled, with its authors and content, then the lineage's
	// Revs (as revisions without content).
	lineage := carried.Revisions()
	for _, rev := range carried.Lineage {
		if rev != "" && len(rev) <= 64 {
			// A copy an open made of that version, photos held by paragraphs and not
			// touched since, descends from it too.
			lineage = append(lineage, model.Revision{Rev: rev}, model.Revision{Rev: heldRev(rev)})
		}
	}
	imp, err := o.Reports.ImportReview(ctx, rep, photos, model.ImportOptions{Via: model.ChannelPortal}, lineage, carried.Comments)
	if err != nil {
		return nil, err
	}
	res.ReportID, res.Outcome, res.LinkedID, res.Comments = imp.ReportID, imp.Outcome, imp.LinkedID, imp.Comments

	st, err := o.pushState(ctx, imp.ReportID, rep, carried, post, portal)
	if err != nil {
		return res, err
	}
	res.State = st
	return res, nil
}

// heldRev is the Rev of the copy an open makes of version rev when it holds
// missing photos by paragraphs.
func heldRev(rev string) string { return shortHash(rev, "photos-missing") }

// placeholdMissingPhotos turns the photo blocks of rep whose photo is neither on
// the portal nor in the library into paragraphs that say so, and returns them.
func (o *Opener) placeholdMissingPhotos(ctx context.Context, rep *model.Report, carried *Carried) ([]*model.PhotoBlock, error) {
	var uuids []string
	for _, b := range rep.Photos() {
		if carried.MediaFor(b.UUID) == nil {
			uuids = append(uuids, b.UUID)
		}
	}
	if len(uuids) == 0 {
		return nil, nil
	}
	have, err := o.Photos.HavePhotos(ctx, uuids)
	if err != nil {
		return nil, err
	}
	var left []*model.PhotoBlock
	for i, b := range rep.Body {
		if b.Kind != model.BlockPhoto || b.Photo == nil || carried.MediaFor(b.Photo.UUID) != nil || have[b.Photo.UUID] {
			continue
		}
		p := b.Photo
		left = append(left, p)
		text := msg.T("wordpress.open.photo.placeholder", p.Caption, p.Credit, p.Alt)
		rep.Body[i] = model.Block{Key: b.Key, Kind: model.BlockParagraph, Text: text}
	}
	return left, nil
}

// fetchPhotos downloads the photos of rep the library lacks.
func (o *Opener) fetchPhotos(ctx context.Context, rep *model.Report, carried *Carried, res *OpenResult) ([]model.ImportPhoto, error) {
	blocks := rep.Photos()
	var uuids []string
	seen := map[string]bool{}
	for _, b := range blocks {
		if !seen[b.UUID] {
			seen[b.UUID] = true
			uuids = append(uuids, b.UUID)
		}
	}
	if len(uuids) == 0 {
		return nil, nil
	}
	have, err := o.Photos.HavePhotos(ctx, uuids)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, u := range uuids {
		if have[u] {
			res.Reused++
		} else {
			missing = append(missing, u)
		}
	}
	done := 0
	var mu sync.Mutex
	progress := func() {
		done++
		if o.Progress != nil {
			o.Progress(done, len(uuids))
		}
	}
	for range res.Reused {
		progress()
	}

	out := make([]model.ImportPhoto, len(missing))
	turned := map[string]bool{} // downloaded as they went up, turned by hand
	err = inParallel(ctx, o.Parallel, len(missing), func(ctx context.Context, i int) error {
		p, asTaken, err := o.download(ctx, carried, missing[i])
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		out[i] = *p
		if !asTaken {
			turned[missing[i]] = true
		}
		res.Downloaded++
		progress()
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, b := range blocks {
		if turned[b.UUID] {
			b.Rotation = 0 // the file is upright already
		}
	}
	return out, nil
}

// download fetches one photo: at the address the push recorded, else (moved or
// regenerated on the portal) at the media's current address.
//
// asTaken says the file is the photo as taken: a turn by hand applied for the
// upload was undone (a post of format 1 does not say the turn; a file neither
// JPEG nor PNG is not turned back). Otherwise the file is upright as it is.
func (o *Opener) download(ctx context.Context, carried *Carried, photoUUID string) (p *model.ImportPhoto, asTaken bool, err error) {
	m := carried.MediaFor(photoUUID)
	if m == nil {
		return nil, false, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	name := m.Filename
	if name == "" {
		name = path.Base(m.URL)
	}
	data, err := o.Client.Download(ctx, m.URL)
	if model.ErrorCode(err) == model.ENOTFOUND || (err != nil && m.URL == "") {
		var media *Media
		if media, err = o.Client.FindMedia(ctx, m.MediaID); err == nil {
			data, err = o.Client.Download(ctx, media.SourceURL)
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return nil, false, &apiError{err: &model.Error{Code: model.ErrorCode(err), Message: msg.T("wordpress.open.photo", name, model.ErrorMessage(err))}, detail: Detail(err)}
	}
	if m.SHA256 != "" {
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != m.SHA256 {
			return nil, false, model.Errorf(model.EINVALID, "wordpress.open.photo.damaged", name)
		}
	}
	asTaken = carried.FormatVersion >= 2
	if asTaken && m.Rotation%360 != 0 {
		// The file went up turned by hand; the library keeps it as taken, the turn
		// stays on the block, as on the reporter's side.
		if data, asTaken, err = rotate(data, http.DetectContentType(data), 360-m.Rotation%360); err != nil {
			return nil, false, model.Errorf(model.EINVALID, "wordpress.open.photo.damaged", name)
		}
	}
	return &model.ImportPhoto{UUID: photoUUID, Filename: name, Source: m.URL, Data: data}, asTaken, nil
}

// pushState records the post for the report the open landed in, with its photos
// as a push from this library would have recorded them.
func (o *Opener) pushState(ctx context.Context, reportID int64, rep *model.Report, carried *Carried, post *Post, portal string) (*model.PushState, error) {
	lib, err := o.Reports.FindReportByID(ctx, reportID)
	if err != nil {
		return nil, err
	}
	st := &model.PushState{ReportID: reportID, Portal: portal, WantStatus: post.Status,
		PostID: post.ID, PostStatus: post.Status, Link: post.Link, PostModified: post.ModifiedGMT}
	if prev, err := o.Portals.FindPushState(ctx, reportID, portal); err == nil && prev != nil {
		st.PushedAt = prev.PushedAt
	}
	sent := rep.Photos()
	for i, b := range lib.Photos() {
		m := carried.MediaFor(b.UUID)
		if m == nil && i < len(sent) {
			m = carried.MediaFor(sent[i].UUID)
		}
		if m == nil || st.MediaFor(b.UUID) != nil {
			continue
		}
		ph, err := o.Photos.FindPhotoByID(ctx, b.PhotoID)
		if err != nil {
			return nil, err
		}
		st.Media = append(st.Media, model.PushedMedia{PhotoUUID: b.UUID, MediaID: m.MediaID, URL: m.URL,
			FileHash: FileHash(ph, b), MetaHash: MetaHash(ph, b)})
	}
	if err := o.Portals.SavePushState(ctx, st); err != nil {
		return nil, err
	}
	return st, nil
}
