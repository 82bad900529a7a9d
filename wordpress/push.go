package wordpress

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
)

// Pusher pushes reports to one portal: photos as media, then the post. It keeps
// nothing between pushes: what a push made is in the model.PushState it returns
// (and hands to Save as it goes), which the next push starts from.
type Pusher struct {
	Client *Client
	// Photos gives the photos' print copies (the upright ~2,400 px JPEGs).
	Photos model.PhotoService
	// Parallel is how many photos are uploaded at once; 0 means 3.
	Parallel int
	// Save, when set, is called with the state after each photo uploaded and after
	// the post, so that a push interrupted halfway resumes from there.
	Save func(ctx context.Context, st *model.PushState) error
	// Progress, when set, is told of each photo done (uploaded or unchanged).
	Progress func(done, total int)
	// Comments, when set, gives the report's comments, which travel with the
	// report the post carries (see Carried); nil sends none.
	Comments func(ctx context.Context, reportID int64) ([]model.Comment, error)
	// Lineage, when set, gives the Revs the report went through, newest first,
	// which travel with it so that a library holding one of them knows this
	// version descends from its own.
	Lineage func(ctx context.Context, reportID int64) ([]string, error)
	// History, when set, gives the report's newest limit revisions with their
	// content, newest first, which travel with the report the post carries.
	History func(ctx context.Context, reportID int64, limit int) ([]model.Revision, error)
}

// PushOptions are what the reporter asked for (model.PushOptions).
type PushOptions = model.PushOptions

// PushResult is what a push did (model.PushResult).
type PushResult = model.PushResult

// Push sends the report to the portal as a post of the status asked for, starting
// from prev (nil for the first push). It checks what the account may do before
// sending anything: a contributor pushing photos, or anyone pushing with a status
// the role does not allow, is refused up front with EUNAUTHORIZED. A post changed
// on the portal since the last push is refused with ECONFLICT unless Overwrite.
func (p *Pusher) Push(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt PushOptions) (*PushResult, error) {
	c := p.Client
	switch opt.Status {
	case "", model.PostDraft, model.PostPending, model.PostPublish:
	default:
		return nil, model.Errorf(model.EINVALID, "wordpress.status.invalid", opt.Status)
	}
	if err := r.Ready(); err != nil {
		return nil, err
	}

	acct, err := c.Me(ctx)
	if err != nil {
		return nil, err
	}
	photos := r.Photos()
	if opt.TextOnly {
		photos = nil
	}
	if !acct.Can("edit_posts") {
		return nil, model.Errorf(model.EUNAUTHORIZED, "wordpress.cannot.post", c.User)
	}
	if len(photos) > 0 && !acct.Can("upload_files") {
		return nil, model.Errorf(model.EUNAUTHORIZED, "wordpress.cannot.upload", c.User, len(photos))
	}

	// Without the Newsdesk plugin there is no private place for the report's copy:
	// the post carries only what readers see.
	plugin, err := c.Plugin(ctx)
	if err != nil {
		return nil, err
	}

	st := &model.PushState{ReportID: r.ID, Portal: portal}
	if prev != nil {
		cp := *prev
		cp.Media = append([]model.PushedMedia(nil), prev.Media...)
		st = &cp
	}
	st.WantStatus, st.TextOnly = opt.Status, opt.TextOnly
	res := &PushResult{State: st}
	marker := Marker(r.UUID)

	// The post first looked at, so that a post changed on the portal stops the push
	// before any photo is sent.
	var existing *Post
	if st.PostID != 0 {
		existing, err = c.FindPost(ctx, st.PostID)
		if model.ErrorCode(err) == model.ENOTFOUND || (err == nil && existing.Status == "trash") {
			existing, err = nil, nil // deleted on the portal: make it again
		} else if err != nil {
			return nil, err
		}
		if existing != nil && st.PostModified != "" && existing.ModifiedGMT != st.PostModified {
			if !opt.Overwrite {
				return nil, model.Errorf(model.ECONFLICT, "wordpress.post.changed", localTime(existing.ModifiedGMT))
			}
			res.Warnings = append(res.Warnings, msg.T("wordpress.overwrote", localTime(existing.ModifiedGMT), portalEdits(existing)))
		}
	}
	if existing == nil {
		// An interrupted first push may have made the post without our knowing.
		if existing, err = c.FindPostByMarker(ctx, marker); err != nil {
			return nil, err
		}
	}
	// With no status asked, the post keeps the one it has.
	var onPortal string
	if existing != nil {
		onPortal = existing.Status
	}
	opt.Status = model.PushStatus(opt.Status, onPortal)
	st.WantStatus = opt.Status
	if opt.Status == model.PostPublish && !acct.Can("publish_posts") {
		return nil, model.Errorf(model.EUNAUTHORIZED, "wordpress.cannot.publish", c.User)
	}
	// The report as it will be once the post is made: its status follows the post
	// (see model.Status.AfterPush), under a new Rev when that changes it.
	sent := r.Clone()
	if after := r.Status.AfterPush(opt.Status); after != r.Status {
		sent.Status, sent.Rev = after, model.NewRev()
	}
	res.Sent = sent
	r = sent

	var categories []int64
	if r.Section != "" {
		id, warn, err := p.category(ctx, acct, r.Section)
		if err != nil {
			return nil, err
		}
		if warn != "" {
			res.Warnings = append(res.Warnings, warn)
		} else {
			categories = []int64{id}
		}
	}
	tags := []int64{}
	for _, name := range r.Tags {
		id, err := c.FindTerm(ctx, "tags", name)
		if err == nil && id == 0 {
			id, err = c.CreateTerm(ctx, "tags", name)
		}
		if model.ErrorCode(err) == model.EUNAUTHORIZED || model.ErrorCode(err) == model.EINVALID {
			res.Warnings = append(res.Warnings, msg.T("wordpress.tag.skipped", name))
			continue
		} else if err != nil {
			return nil, err
		}
		tags = append(tags, id)
	}

	var postID int64
	if existing != nil {
		postID = existing.ID
	}
	media, err := p.uploadPhotos(ctx, r, photos, st, res, postID, plugin != nil)
	if err != nil {
		return res, err
	}
	if left := r.Photos(); opt.TextOnly && len(left) > 0 {
		res.Warnings = append(res.Warnings, msg.T("wordpress.textonly.left", len(left), photoNames(left)))
	}

	content := Content(r, media)
	in := &PostInput{
		Title:      Text(r.Headline),
		Content:    content,
		Excerpt:    Text(strings.TrimSpace(r.SourceTag + " " + r.Lead)),
		Status:     opt.Status,
		Categories: categories,
		Tags:       tags,
	}
	if len(photos) > 0 {
		in.Featured = media[photos[0].UUID].MediaID
	}
	// What is compared with the last push: the post and the report it carries;
	// a history that only grew by the last push's own hand-off rides along with
	// the next change rather than making one.
	var carried *Carried
	if plugin != nil {
		if carried, err = p.carried(ctx, r, media, content, acct, existing, opt); err != nil {
			return res, err
		}
		encoded, err := carried.Encode()
		if err != nil {
			return res, err
		}
		in.Meta = map[string]string{reportMeta: encoded, uuidMeta: r.UUID}
	} else {
		res.Warnings = append(res.Warnings, msg.T("wordpress.noplugin", c.Base))
	}
	// The same as the last push sent, to a post nobody changed since: nothing to
	// send (no update, no new revision on the portal, no new modified date).
	sentHash, err := inputHash(in, carried)
	if err != nil {
		return res, err
	}
	var post *Post
	switch {
	case existing != nil && existing.Status == in.Status && st.SentHash == sentHash &&
		st.PostModified != "" && existing.ModifiedGMT == st.PostModified:
		post = existing
		res.Unchanged = true
	case existing != nil:
		post, err = c.UpdatePost(ctx, existing.ID, in)
	default:
		post, err = c.CreatePost(ctx, in, marker)
		res.Created = true
	}
	if err != nil {
		return res, err
	}
	// Media attach to their post (the portal's media library and attachment pages
	// show them with it); those uploaded before the post existed, once.
	for _, ph := range photos {
		if pm := st.MediaFor(ph.UUID); pm != nil && pm.Post != post.ID {
			if err := c.AttachMedia(ctx, pm.MediaID, post.ID); err != nil {
				return res, err
			}
			pm.Post = post.ID
		}
	}
	st.PostID, st.PostStatus, st.Link, st.PostModified = post.ID, post.Status, post.Link, post.ModifiedGMT
	st.SentHash = sentHash
	st.PushedAt = time.Now().UTC()
	st.Waiting, st.QueuedAt, st.Failure = false, time.Time{}, ""
	if p.Save != nil {
		if err := p.Save(ctx, st); err != nil {
			return res, err
		}
	}
	return res, nil
}

// carried returns the comment that carries the report as pushed (see Carried):
// r is the report as the push makes it (PushResult.Sent), whole; the media list
// names the photos the portal has.
func (p *Pusher) carried(ctx context.Context, r *model.Report, media map[string]UploadedPhoto, content string, acct *Account, existing *Post, opt PushOptions) (*Carried, error) {
	c := &Carried{FormatVersion: CarriedFormat, ContentHash: VisibleHash(content), PushedBy: acct.Name}
	// The whole report, photo blocks left out of the markup included: their
	// captions, credits and alt text travel, and an open says they are missing.
	rep := r.Clone()
	// When the library last touched it is its own business (an open stamps its
	// own), and without it the same report carries the same copy.
	rep.UpdatedAt = time.Time{}
	c.Report = rep
	// What the last push carried tells the hash of media not uploaded this time.
	var prev *Carried
	if existing != nil {
		prev, _ = DecodeCarried(existing.carriedText())
	}
	seen := map[string]bool{}
	for _, ph := range rep.Photos() {
		m := media[ph.UUID]
		if seen[ph.UUID] {
			continue
		}
		seen[ph.UUID] = true
		if m.MediaID == 0 {
			continue // not on the portal (a text-only push)
		}
		cm := CarriedMedia{PhotoUUID: ph.UUID, MediaID: m.MediaID, URL: m.URL, SHA256: m.SHA256, Filename: m.Filename,
			Rotation: ph.Rotation}
		if prev != nil {
			if pm := prev.MediaFor(ph.UUID); pm != nil && pm.MediaID == m.MediaID {
				if cm.SHA256 == "" {
					cm.SHA256 = pm.SHA256
				}
				if cm.Filename == "" {
					cm.Filename = pm.Filename
				}
			}
		}
		c.Media = append(c.Media, cm)
	}
	if p.Comments != nil && r.ID != 0 {
		comments, err := p.Comments(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		c.Comments = comments
	}
	if p.History != nil && r.ID != 0 {
		revs, err := p.History(ctx, r.ID, maxHistory)
		if err != nil {
			return nil, err
		}
		for _, rv := range revs {
			if len(c.History) == maxHistory {
				break
			}
			if rv.Report == nil {
				continue
			}
			c.History = append(c.History, CarriedRevision{Rev: rv.Rev, Reason: string(rv.Reason), Author: rv.Author,
				Note: rv.Note, CreatedAt: rv.CreatedAt.UTC(), Report: rv.Report})
		}
	}
	if p.Lineage != nil && r.ID != 0 {
		lineage, err := p.Lineage(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		if len(lineage) > maxLineage {
			lineage = lineage[:maxLineage]
		}
		// The library's own Rev comes first: the post may carry another one (see
		// above), descended from it.
		if rep.Rev != r.Rev {
			lineage = append([]string{r.Rev}, lineage...)
		}
		// So does what this post carried before (a Rev of its own when photos were
		// left out): whoever opened it then has that one.
		if prev != nil && prev.Report != nil && prev.Report.UUID == r.UUID {
			lineage = append(lineage, prev.Report.Rev)
			lineage = append(lineage, prev.Lineage...)
		}
		// Each once, and not the Rev carried itself, so that pushing the same report
		// again carries the same lineage.
		seenRev := map[string]bool{rep.Rev: true}
		lineage = slices.DeleteFunc(lineage, func(rev string) bool {
			dup := seenRev[rev]
			seenRev[rev] = true
			return dup
		})
		if len(lineage) > maxLineage {
			lineage = lineage[:maxLineage]
		}
		c.Lineage = lineage
	}
	return c, nil
}

// inputHash is what a push records of what it sent for the post: the post's
// fields, and the report it carries without its history.
func inputHash(in *PostInput, carried *Carried) (string, error) {
	post := *in
	post.Meta = nil
	data, err := json.Marshal(post)
	if err != nil {
		return "", err
	}
	var copyData []byte
	if carried != nil {
		bare := *carried
		bare.History = nil
		if copyData, err = json.Marshal(bare); err != nil {
			return "", err
		}
	}
	return shortHash(string(data), string(copyData)), nil
}

// portalEdits says, in the interface language, what was changed on the portal in
// the post since Newsdesk pushed it (as an open would take it in), for a push
// that overwrites it.
func portalEdits(post *Post) string {
	c, err := post.Carried()
	if err != nil {
		return msg.T("wordpress.overwrote.unknown")
	}
	taken, unmapped := takeEdits(c.Report.Clone(), c, post)
	if len(taken)+len(unmapped) == 0 {
		return msg.T("wordpress.overwrote.unknown")
	}
	return strings.Join(append(taken, unmapped...), "; ")
}

// photoNames lists photos by caption (or alt text, or their place), for a message.
func photoNames(blocks []*model.PhotoBlock) string {
	var names []string
	for i, b := range blocks {
		switch {
		case b.Caption != "":
			names = append(names, "«"+b.Caption+"»")
		case b.Alt != "":
			names = append(names, "«"+b.Alt+"»")
		default:
			names = append(names, msg.T("wordpress.photo.nth", i+1))
		}
	}
	return strings.Join(names, ", ")
}

// maxLineage is the most Revs a post's carried report lists in its lineage.
const maxLineage = 500

// category returns the ID of the portal's category named section, creating it when
// the account may; otherwise a warning saying the post goes without it.
func (p *Pusher) category(ctx context.Context, acct *Account, section string) (int64, string, error) {
	id, err := p.Client.FindTerm(ctx, "categories", section)
	if err != nil || id != 0 {
		return id, "", err
	}
	if !acct.Can("manage_categories") {
		return 0, msg.T("wordpress.category.missing", section), nil
	}
	id, err = p.Client.CreateTerm(ctx, "categories", section)
	if model.ErrorCode(err) == model.EUNAUTHORIZED {
		return 0, msg.T("wordpress.category.missing", section), nil
	}
	return id, "", err
}

// uploadPhotos uploads the photos that changed since the last push (a few at a
// time) and updates the text of those whose file did not, returning every photo's
// media by photo UUID.
func (p *Pusher) uploadPhotos(ctx context.Context, r *model.Report, photos []*model.PhotoBlock, st *model.PushState, res *PushResult, postID int64, private bool) (map[string]UploadedPhoto, error) {
	out := map[string]UploadedPhoto{}
	if len(photos) == 0 {
		return out, nil
	}
	c := p.Client
	marker := Marker(r.UUID)

	type job struct {
		block    *model.PhotoBlock
		fileHash string
		meta     *MediaInput
		metaHash string
	}
	var jobs []job
	var mu sync.Mutex
	done := 0
	progress := func() {
		done++
		if p.Progress != nil {
			p.Progress(done, len(photos))
		}
	}
	seen := map[string]bool{}
	for _, blk := range photos {
		if seen[blk.UUID] {
			continue
		}
		seen[blk.UUID] = true
		ph, err := p.Photos.FindPhotoByID(ctx, blk.PhotoID)
		if err != nil {
			return nil, err
		}
		fileHash := FileHash(ph, blk)
		meta := mediaInput(blk, ph)
		metaHash := metaHashOf(meta)
		meta.Post = postID
		meta.setMark(MediaMark(marker, blk.UUID, fileHash), private)
		if pm := st.MediaFor(blk.UUID); pm != nil && pm.FileHash == fileHash {
			if pm.MetaHash != metaHash {
				if _, err := c.UpdateMedia(ctx, pm.MediaID, meta); err != nil {
					return nil, err
				}
				pm.MetaHash = metaHash
				res.MediaUpdated++
			}
			out[blk.UUID] = UploadedPhoto{MediaID: pm.MediaID, URL: pm.URL}
			progress()
			continue
		}
		jobs = append(jobs, job{blk, fileHash, meta, metaHash})
	}
	if len(jobs) > 0 {
		// Uploaded by a push that stopped before it could say so: found by mark.
		marks := make([]string, len(jobs))
		for i, j := range jobs {
			marks[i], _ = j.meta.mark()
		}
		found, err := c.FindMediaByMarks(ctx, marks, private)
		if err != nil {
			return nil, err
		}
		orphans := map[string]Media{}
		for _, m := range found {
			orphans[m.mark()] = m
		}
		left := jobs[:0]
		for _, j := range jobs {
			mark, _ := j.meta.mark()
			m, ok := orphans[mark]
			if !ok {
				left = append(left, j)
				continue
			}
			if _, err := c.UpdateMedia(ctx, m.ID, j.meta); err != nil {
				return nil, err
			}
			setMedia(st, model.PushedMedia{PhotoUUID: j.block.UUID, MediaID: m.ID, URL: m.SourceURL, FileHash: j.fileHash, MetaHash: j.metaHash, Post: m.Post})
			out[j.block.UUID] = UploadedPhoto{MediaID: m.ID, URL: m.SourceURL}
			progress()
		}
		jobs = left
	}

	err := inParallel(ctx, p.Parallel, len(jobs), func(ctx context.Context, i int) error {
		j := jobs[i]
		m, sum, name, err := p.upload(ctx, j.block, j.meta)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		setMedia(st, model.PushedMedia{PhotoUUID: j.block.UUID, MediaID: m.ID, URL: m.SourceURL, FileHash: j.fileHash, MetaHash: j.metaHash, Post: m.Post})
		out[j.block.UUID] = UploadedPhoto{MediaID: m.ID, URL: m.SourceURL, SHA256: sum, Filename: name}
		res.Uploaded++
		progress()
		if p.Save != nil {
			return p.Save(ctx, st)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// upload loads the photo's print copy and uploads it, returning the media, the
// SHA-256 of the bytes sent and their file name; a refusal names the photo.
func (p *Pusher) upload(ctx context.Context, blk *model.PhotoBlock, meta *MediaInput) (*Media, string, string, error) {
	ph, err := p.Photos.FindPhotoByID(ctx, blk.PhotoID, model.VariantPrint)
	if err != nil {
		return nil, "", "", err
	}
	name := strings.TrimSuffix(ph.Filename, path.Ext(ph.Filename)) + extension(ph.Print.MIME)
	data, _, err := rotate(ph.Print.Data, ph.Print.MIME, blk.Rotation)
	if err != nil {
		return nil, "", "", err
	}
	ph.Print.Data = nil
	sum := sha256.Sum256(data)
	m, err := p.Client.UploadMedia(ctx, name, ph.Print.MIME, data, meta)
	var me *model.Error
	if err != nil && errors.As(err, &me) && me.Code == model.EINVALID {
		return nil, "", "", &apiError{err: &model.Error{Code: me.Code, Message: msg.T("wordpress.photo.refused", ph.Filename, me.Message)}, detail: Detail(err)}
	}
	return m, hex.EncodeToString(sum[:]), name, err
}

// FileHash is what a push records of the file it uploads for the photo block: the
// library photo's content, the print size and the reporter's turn. A new hash
// means upload again.
func FileHash(ph *model.Photo, blk *model.PhotoBlock) string {
	return shortHash(ph.SHA256, "print", fmt.Sprint(model.PrintLongSide), fmt.Sprint(blk.Rotation))
}

// MetaHash is what a push records of the text of the photo's media (title, alt
// text, caption with credit). A new hash means update the media.
func MetaHash(ph *model.Photo, blk *model.PhotoBlock) string {
	return metaHashOf(mediaInput(blk, ph))
}

func mediaInput(blk *model.PhotoBlock, ph *model.Photo) *MediaInput {
	return &MediaInput{
		Title:       Text(mediaTitle(blk, ph)),
		AltText:     Text(AltValue(blk.Alt)),
		Caption:     Caption(blk),
		Description: Text(PlainText(Caption(blk))),
	}
}

// MediaMark is what a push marks the media of a photo block's file with, by which
// a later push finds what an interrupted one uploaded: the report's marker, the
// block's photo and the file's hash. It is kept where readers do not see it (the
// plugin's protected meta; the slug on a portal without the plugin): what they
// see of the media (title, caption, description, alt text) is the reporter's text.
func MediaMark(marker, photoUUID, fileHash string) string {
	return strings.ToLower(marker + "-" + photoUUID + "-" + fileHash)
}

// metaHashOf covers every text readers may see of the media; the description
// counts since media of versions before 2026-12 carried a marker there, which an
// update now replaces with the caption.
func metaHashOf(meta *MediaInput) string {
	return shortHash(meta.Title, meta.AltText, meta.Caption, meta.Description)
}

func setMedia(st *model.PushState, m model.PushedMedia) {
	if pm := st.MediaFor(m.PhotoUUID); pm != nil {
		*pm = m
		return
	}
	st.Media = append(st.Media, m)
}

func mediaTitle(blk *model.PhotoBlock, ph *model.Photo) string {
	if blk.Caption != "" {
		return blk.Caption
	}
	return strings.TrimSuffix(ph.Filename, path.Ext(ph.Filename))
}

func extension(mime string) string {
	switch mime {
	case "image/png":
		return ".png"
	case "image/webp":
		return ".webp"
	}
	return ".jpg"
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// localTime shows a portal time (GMT, "2026-01-08T02:00:00") in local time.
func localTime(gmt string) string {
	t, err := time.Parse("2006-01-02T15:04:05", gmt)
	if err != nil {
		return gmt
	}
	return t.Local().Format("15:04 02/01/2006")
}

// PortalClient returns the pusher and the opener, which work with the same
// account, as a model.PortalClient: progress is told per call rather than through
// their Progress fields.
func PortalClient(p *Pusher, o *Opener) model.PortalClient { return portalClient{*p, *o} }

type portalClient struct {
	p Pusher
	o Opener
}

func (c portalClient) Push(ctx context.Context, r *model.Report, prev *model.PushState, portal string, opt model.PushOptions, progress func(done, total int)) (*model.PushResult, error) {
	p := c.p
	p.Progress = progress
	return p.Push(ctx, r, prev, portal, opt)
}

func (c portalClient) PendingPosts(ctx context.Context) ([]model.PendingPost, error) {
	return c.p.Client.PendingPosts(ctx)
}

func (c portalClient) OpenPost(ctx context.Context, postID int64, portal string, progress func(done, total int)) (*model.OpenResult, error) {
	o := c.o
	o.Progress = progress
	return o.Open(ctx, postID, portal)
}
