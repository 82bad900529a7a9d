package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"runtime"
	"sort"
	"strings"
	"sync"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/photo"
)

// ImportReport brings in a report from a bundle with its photo files, in one
// transaction: nothing is stored when any part fails. Photos are matched by UUID,
// else by content (SHA-256), else stored under the bundle's UUID; photo blocks then
// point at the library's photos. The photos the library lacks are decoded before
// the transaction starts, so other writers are not kept waiting.
//
// What becomes of the report is model.DecideImport's rule: created, unchanged,
// updated in place after a revision (opts.Replaced) of the library's copy is kept,
// or, when both sides changed it, a new report with a new UUID linked to the
// library's; opts.AsCopy always makes a new report with a new UUID. The bundle's
// Rev is kept as the stored Rev and as BaseRev, so the next hand-off can tell
// whether either side changed; a linked copy keeps the bundle's BaseRev instead,
// where the two sides parted. A report new to the library starts with a revision
// saying where it came from (opts.Received).
func (s *ReportService) ImportReport(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions) (*model.ImportResult, error) {
	return s.ImportReview(ctx, r, photos, opts, nil, nil)
}

// ImportReview is ImportReport with the report's history and comments, stored with
// the report the import lands in, in the same transaction. A revision the library
// has (same Rev and reason) is not added again; revisions are kept in the order of
// their time, their photos pointed at the library's like the report's.
func (s *ReportService) ImportReview(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, comments []model.Comment) (*model.ImportResult, error) {
	r.Normalize()
	if err := r.Validate(); err != nil {
		return nil, err
	}
	shas := make([]string, len(photos))
	for i, ph := range photos {
		shas[i] = ph.SHA256
		if shas[i] == "" {
			data, err := ph.Bytes()
			if err != nil {
				return nil, err
			}
			shas[i] = sha256Hex(data)
		}
	}
	prepared, err := s.preparePhotos(ctx, photos, shas)
	if err != nil {
		return nil, err
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	c := r.Clone()
	libraryUUID, err := importPhotos(ctx, tx, photos, shas, prepared)
	if err != nil {
		return nil, FormatError(err)
	}
	if err := pointPhotos(ctx, tx, c, libraryUUID); err != nil {
		return nil, FormatError(err)
	}
	if c.Rev == "" {
		c.Rev = model.NewRev()
	}
	c.BaseRev = c.Rev

	res := &model.ImportResult{}
	var cur *model.Report
	state := model.ImportState{AsCopy: opts.AsCopy, InRev: r.Rev, InBaseRev: r.BaseRev}
	if c.UUID != "" && !opts.AsCopy {
		if cur, err = findReport(ctx, tx, "uuid = ?", c.UUID); model.ErrorCode(err) == model.ENOTFOUND {
			cur = nil
		} else if err != nil {
			return nil, FormatError(err)
		}
	}
	if cur != nil {
		state.Have, state.Rev, state.BaseRev = true, cur.Rev, cur.BaseRev
		state.Known = revisionKnown(ctx, tx, cur.ID, r.Rev)
		for _, h := range history {
			state.History = append(state.History, h.Rev)
		}
	}
	switch res.Outcome = model.DecideImport(state); res.Outcome {
	case model.ImportCopy:
		c.UUID = model.NewUUID()
	case model.ImportUnchanged:
		res.ReportID = cur.ID
	case model.ImportUpdated:
		res.ReportID = cur.ID
		if err := insertRevision(ctx, tx, cur.ID, opts.Replaced(), ""); err != nil {
			return nil, FormatError(err)
		}
		seq, err := reportSeq(ctx, tx, cur.ID)
		if err != nil {
			return nil, FormatError(err)
		}
		c.ID, c.CreatedAt = cur.ID, cur.CreatedAt
		if err := updateReport(ctx, tx, c, seq); err != nil {
			return nil, FormatError(err)
		}
	case model.ImportConflict:
		res.LinkedID = cur.ID
		c.UUID, c.LinkedUUID = model.NewUUID(), cur.UUID
		// The copy remembers where both sides parted (the bundle's base), which a
		// merge compares them against.
		c.BaseRev = r.BaseRev
	}
	switch res.Outcome {
	case model.ImportCreated, model.ImportCopy, model.ImportConflict:
		if err := createReport(ctx, tx, c); err != nil {
			return nil, FormatError(err)
		}
		// Not made here: it came in (the history it brought says who made it).
		if err := insertRevision(ctx, tx, c.ID, opts.Received(), ""); err != nil {
			return nil, FormatError(err)
		}
		res.ReportID = c.ID
	}
	if res.Revisions, err = importRevisions(ctx, tx, res.ReportID, history, libraryUUID); err != nil {
		return nil, FormatError(err)
	}
	if res.Outcome == model.ImportUnchanged && res.Revisions > 0 {
		// Revisions are written with a new change number for their report (what
		// DeleteUnusedPhotos relies on), even when its content stays.
		seq, err := reportSeq(ctx, tx, cur.ID)
		if err != nil {
			return nil, FormatError(err)
		}
		if err := updateReport(ctx, tx, cur, seq); err != nil {
			return nil, FormatError(err)
		}
	}
	if res.Comments, err = mergeComments(ctx, tx, res.ReportID, comments); err != nil {
		return nil, FormatError(err)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return res, nil
}

// preparePhotos decodes, outside any transaction, the bundle's photos that the
// library has neither by UUID nor by content (shas: their SHA-256, in order); the
// result is by index in photos.
func (s *ReportService) preparePhotos(ctx context.Context, photos []model.ImportPhoto, shas []string) (map[int]*model.Photo, error) {
	prepared := map[int]*model.Photo{}
	if len(photos) == 0 {
		return prepared, nil
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	var missing []int
	for i, ph := range photos {
		if _, err := matchPhoto(ctx, tx, ph.UUID, shas[i]); model.ErrorCode(err) == model.ENOTFOUND {
			missing = append(missing, i)
		} else if err != nil {
			tx.Rollback()
			return nil, FormatError(err)
		}
	}
	tx.Rollback()
	// One photo per core at a time: decoding a JPEG runs on one core.
	results := make([]*model.Photo, len(missing))
	errs := make([]error, len(missing))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for k, i := range missing {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if ctx.Err() != nil {
				errs[k] = ctx.Err()
				return
			}
			data, err := photos[i].Bytes()
			if err != nil {
				errs[k] = err
				return
			}
			if results[k], errs[k] = photo.Prepare(photos[i].Filename, data); errs[k] == nil && photos[i].Data == nil {
				// The original is read again when stored: a bundle's photos stay
				// in the zip rather than all in memory.
				results[k].Original.Data = nil
			}
		}()
	}
	wg.Wait()
	for k, i := range missing {
		if errs[k] != nil {
			return nil, refusedPhoto(photos[i], errs[k]) // the first bad photo in the bundle's order
		}
		prepared[i] = results[k]
	}
	return prepared, nil
}

// importPhotos stores the bundle's photos the library lacks and returns the
// library's UUID of each bundle UUID.
func importPhotos(ctx context.Context, tx *Tx, photos []model.ImportPhoto, shas []string, prepared map[int]*model.Photo) (map[string]string, error) {
	libraryUUID := map[string]string{} // bundle UUID → library UUID
	for i, ph := range photos {
		p, err := matchPhoto(ctx, tx, ph.UUID, shas[i])
		if model.ErrorCode(err) == model.ENOTFOUND {
			// Normally prepared beforehand; decoded here only when the library lost
			// the photo in between, which it does not do.
			if p = prepared[i]; p == nil {
				data, err := ph.Bytes()
				if err != nil {
					return nil, err
				}
				if p, err = photo.Prepare(ph.Filename, data); err != nil {
					return nil, err
				}
			}
			if p.Original.Data == nil {
				if p.Original.Data, err = ph.Bytes(); err != nil {
					return nil, err
				}
			}
			p.UUID, p.SHA256 = ph.UUID, shas[i]
			err = insertPhoto(ctx, tx, p)
			// Stored: not kept in memory for the rest of the import.
			p.Original.Data, p.Print.Data, p.Thumb.Data = nil, nil, nil
		}
		if err != nil {
			return nil, err
		}
		if ph.UUID != "" {
			libraryUUID[ph.UUID] = p.UUID
		}
	}
	return libraryUUID, nil
}

// pointPhotos points r's photo blocks, which name bundle UUIDs, at the library's
// photos.
func pointPhotos(ctx context.Context, tx *Tx, r *model.Report, libraryUUID map[string]string) error {
	for _, b := range r.Photos() {
		b.PhotoID = 0
		if u, ok := libraryUUID[b.UUID]; ok {
			b.UUID = u
		}
	}
	// Blocks naming a photo neither in the bundle nor in the library fail here.
	return resolvePhotos(ctx, tx, r)
}

// revisionKnown reports whether the report's history holds a revision of Rev rev.
func revisionKnown(ctx context.Context, tx *Tx, reportID int64, rev string) bool {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM revisions WHERE report_id = ? AND rev = ?`, reportID, rev).Scan(&n)
	return err == nil && n > 0
}

// importRevisions adds the revisions of history the report lacks (same Rev and
// reason), oldest first, and returns how many. A revision naming a photo that is
// neither in the bundle nor in the library keeps its UUID: the history shows it
// as missing rather than refusing the import.
func importRevisions(ctx context.Context, tx *Tx, reportID int64, history []model.Revision, libraryUUID map[string]string) (int, error) {
	if len(history) == 0 {
		return 0, nil
	}
	have := map[string]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT rev, reason FROM revisions WHERE report_id = ?`, reportID)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var rev, reason string
		if err := rows.Scan(&rev, &reason); err != nil {
			rows.Close()
			return 0, err
		}
		have[rev+"\x00"+reason] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	sorted := append([]model.Revision(nil), history...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].CreatedAt.Before(sorted[j].CreatedAt) })
	added := 0
	for _, rv := range sorted {
		if rv.Report == nil || have[rv.Rev+"\x00"+string(rv.Reason)] {
			continue
		}
		have[rv.Rev+"\x00"+string(rv.Reason)] = true
		c := rv.Report.Clone()
		c.Normalize()
		for _, b := range c.Photos() {
			if u, ok := libraryUUID[b.UUID]; ok {
				b.UUID = u
			}
		}
		rv.Report = c
		if err := insertRevisionOf(ctx, tx, reportID, rv); err != nil {
			return 0, err
		}
		added++
	}
	return added, nil
}

// matchPhoto returns the library's photo with that UUID, else with that content.
func matchPhoto(ctx context.Context, tx *Tx, uuid, sha string) (*model.Photo, error) {
	if uuid != "" {
		if p, err := findPhoto(ctx, tx, "uuid = ?", uuid); model.ErrorCode(err) != model.ENOTFOUND {
			return p, err
		}
	}
	return findPhoto(ctx, tx, "sha256 = ?", sha)
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// refusedPhoto words photo.Prepare's refusal of a photo that came in a bundle or
// from the portal: which photo, where it was, what is wrong with it, and that the
// sender must send it again — the reporter cannot choose that file again.
func refusedPhoto(p model.ImportPhoto, err error) error {
	var r *photo.Refusal
	if p.Source == "" || !errors.As(err, &r) {
		return err
	}
	reason := msg.T("sqlite.photo.reason." + r.Kind)
	if strings.HasPrefix(reason, "sqlite.photo.reason.") {
		reason = msg.T("sqlite.photo.reason.other")
	}
	return model.Errorf(model.EINVALID, "sqlite.import.photo", p.Filename, p.Source, reason)
}
