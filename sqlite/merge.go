package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"newsdesk/model"
)

var _ model.MergeService = (*ReportService)(nil)

// MergeReports folds report fromID (a version that came back from review as a
// linked copy) into intoID with the merged content, in one transaction: a revision
// (merged) of intoID as it was, then intoID takes merged's content with BaseRev set
// to fromID's Rev, so that the next hand-off with whoever sent it is an update and
// not another conflict; fromID's comments (by UUID) and revisions (by Rev and
// reason) join intoID's — a comment on a block kept on both sides following
// theirs' copy (moved) — as does where it stands on each portal, and fromID is
// deleted.
func (s *ReportService) MergeReports(ctx context.Context, intoID, fromID int64, merged *model.Report, moved map[string]string) error {
	if intoID == fromID {
		return model.Errorf(model.EINVALID, "sqlite.merge.same")
	}
	merged.Normalize()
	if err := merged.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	into, err := findReportRow(ctx, tx, intoID)
	if err != nil {
		return FormatError(err)
	}
	if into.rev != merged.Rev {
		return model.Errorf(model.ECONFLICT, "sqlite.report.changed", into.headline)
	}
	from, err := findReport(ctx, tx, "id = ?", fromID)
	if err != nil {
		return FormatError(err)
	}
	if err := insertRevision(ctx, tx, intoID, model.ReasonMerged, ""); err != nil {
		return FormatError(err)
	}
	c := merged.Clone()
	c.ID, c.UUID, c.CreatedAt = intoID, into.uuid, into.createdAt.Time
	c.Rev, c.BaseRev, c.LinkedUUID = model.NewRev(), from.Rev, ""
	if err := resolvePhotos(ctx, tx, c); err != nil {
		return FormatError(err)
	}
	// The status is the one the latest review step of either side set: an editor's
	// "changes requested" is not lost to the reporter's earlier "submitted" because
	// she edited meanwhile.
	if status, ok, err := latestStep(ctx, tx, intoID, fromID); err != nil {
		return FormatError(err)
	} else if ok {
		c.Status = status
	}
	if err := updateReport(ctx, tx, c, into.seq); err != nil {
		return FormatError(err)
	}
	// The copy's history and comments move over, then the copy goes.
	if err := keepSharedRevisions(ctx, tx, fromID); err != nil {
		return FormatError(err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE revisions SET report_id = ?
		WHERE report_id = ? AND NOT EXISTS (
			SELECT 1 FROM revisions r WHERE r.report_id = ? AND r.rev = revisions.rev AND r.reason = revisions.reason)`,
		intoID, fromID, intoID); err != nil {
		return FormatError(err)
	}
	comments, err := findComments(ctx, tx, fromID, true)
	if err != nil {
		return FormatError(err)
	}
	had, err := findComments(ctx, tx, intoID, true)
	if err != nil {
		return FormatError(err)
	}
	hadUUID := map[string]bool{}
	for _, c := range had {
		hadUUID[c.UUID] = true
	}
	model.FollowMovedBlocks(comments, hadUUID, moved)
	if _, err := mergeComments(ctx, tx, intoID, comments); err != nil {
		return FormatError(err)
	}
	// Where the copy stands on a portal (it came from there) is where the merged
	// report stands now: its next push updates that post.
	// On a portal both know, the later push is kept, and a push waiting in the
	// queue stays waiting.
	for _, q := range []string{`
		UPDATE pushes SET waiting = 1, queued_at = w.queued_at, want_status = w.want_status, text_only = w.text_only
		FROM (SELECT * FROM pushes WHERE report_id = ?1 AND waiting) AS w
		WHERE pushes.report_id = ?2 AND pushes.portal_id = w.portal_id AND NOT pushes.waiting`, `
		UPDATE pushes SET waiting = 1, queued_at = w.queued_at, want_status = w.want_status, text_only = w.text_only
		FROM (SELECT * FROM pushes WHERE report_id = ?2 AND waiting) AS w
		WHERE pushes.report_id = ?1 AND pushes.portal_id = w.portal_id AND NOT pushes.waiting`, `
		DELETE FROM pushes WHERE report_id = ?1 AND portal_id IN (
			SELECT i.portal_id FROM pushes i JOIN pushes f ON f.portal_id = i.portal_id AND f.report_id = ?1
			WHERE i.report_id = ?2 AND i.pushed_at > f.pushed_at)`, `
		DELETE FROM pushes WHERE report_id = ?2 AND portal_id IN (SELECT portal_id FROM pushes WHERE report_id = ?1)`, `
		UPDATE pushes SET report_id = ?2 WHERE report_id = ?1`} {
		if _, err := tx.ExecContext(ctx, q, fromID, intoID); err != nil {
			return FormatError(err)
		}
	}
	seq, err := reportSeq(ctx, tx, fromID)
	if err != nil {
		return FormatError(err)
	}
	if err := unindexReport(ctx, tx, seq); err != nil {
		return FormatError(err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE id = ?`, fromID); err != nil {
		return FormatError(err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*merged = *c
	return nil
}

// latestStep returns the status the newest review step in the histories of the
// reports set, ok false when neither history has one.
func latestStep(ctx context.Context, tx *Tx, ids ...int64) (model.Status, bool, error) {
	var reasons []string
	for r := range model.ReviewSteps {
		reasons = append(reasons, "'"+string(r)+"'")
	}
	sort.Strings(reasons)
	q := `SELECT reason FROM revisions WHERE report_id IN (?, ?) AND reason IN (` + strings.Join(reasons, ", ") + `)
		ORDER BY created_at DESC, id DESC LIMIT 1`
	var reason string
	err := tx.QueryRowContext(ctx, q, ids[0], ids[1]).Scan(&reason)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	} else if err != nil {
		return "", false, err
	}
	return model.ReviewSteps[model.RevisionReason(reason)], true, nil
}
