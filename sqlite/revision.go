package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// RevisionService reads reports' histories: model.RevisionService on SQLite. The
// report service keeps the revisions (see model.Revision for when).
type RevisionService struct {
	db *DB
}

var _ model.RevisionService = (*RevisionService)(nil)

// NewRevisionService returns the revision service of the library db.
func NewRevisionService(db *DB) *RevisionService {
	return &RevisionService{db: db}
}

// FindRevisions lists the report's revisions, newest first, without their content;
// ENOTFOUND when the library has no such report.
func (s *RevisionService) FindRevisions(ctx context.Context, reportID int64) ([]model.Revision, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := reportSeq(ctx, tx, reportID); err != nil {
		return nil, FormatError(err)
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT id, report_id, rev, reason, author, note, created_at
		FROM revisions WHERE report_id = ? ORDER BY created_at DESC, id DESC`, reportID)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []model.Revision
	for rows.Next() {
		var rv model.Revision
		var reason string
		var createdAt timeColumn
		if err := rows.Scan(&rv.ID, &rv.ReportID, &rv.Rev, &reason, &rv.Author, &rv.Note, &createdAt); err != nil {
			return nil, FormatError(err)
		}
		rv.Reason, rv.CreatedAt = model.RevisionReason(reason), createdAt.Time
		out = append(out, rv)
	}
	return out, FormatError(rows.Err())
}

// FindRevisionByID returns the revision with the report as it was then, photo
// blocks with their PhotoID set; ENOTFOUND when there is none.
func (s *RevisionService) FindRevisionByID(ctx context.Context, id int64) (*model.Revision, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	var rv model.Revision
	var reason string
	var content []byte
	var createdAt timeColumn
	// A revision without content of its own shares its report's (see content.go).
	err = tx.QueryRowContext(ctx, `
		SELECT v.id, v.report_id, v.rev, v.reason, v.author, v.note,
			CASE WHEN length(v.content) = 0 THEN r.content ELSE v.content END, v.created_at
		FROM revisions v JOIN reports r ON r.id = v.report_id WHERE v.id = ?`, id).Scan(
		&rv.ID, &rv.ReportID, &rv.Rev, &reason, &rv.Author, &rv.Note, &content, &createdAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.Errorf(model.ENOTFOUND, "sqlite.revision.notfound")
	} else if err != nil {
		return nil, FormatError(err)
	}
	rv.Reason, rv.CreatedAt = model.RevisionReason(reason), createdAt.Time
	rv.Report = &model.Report{}
	if err := decodeContent(content, rv.Report); err != nil {
		return nil, model.Errorf(model.EINTERNAL, "sqlite.revision.damaged", id)
	}
	rv.Report.ID = rv.ReportID
	if err := attachPhotoIDs(ctx, tx, rv.Report); err != nil {
		return nil, FormatError(err)
	}
	return &rv, nil
}

// KeepRevision keeps a revision of the report as it is now for the reason, unless
// one of its current Rev exists; ENOTFOUND when there is no such report. (Its
// content is the report's own, so the report keeps its change number: the photos
// it names are the report's, which DeleteUnusedPhotos sees anyway.)
func (s *RevisionService) KeepRevision(ctx context.Context, reportID int64, reason model.RevisionReason) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `
		SELECT count(*) FROM revisions v JOIN reports r ON r.id = v.report_id AND r.rev = v.rev
		WHERE r.id = ?`, reportID).Scan(&n)
	if err != nil {
		return FormatError(err)
	}
	if n > 0 {
		return nil
	}
	if _, err := reportSeq(ctx, tx, reportID); err != nil {
		return FormatError(err)
	}
	if err := insertRevision(ctx, tx, reportID, reason, ""); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// RecordHandOff records that report reportID went out as sent (see
// model.RevisionService): the library's copy takes sent's status and Rev when it
// is still at fromRev; otherwise sent is kept as a hand-off revision (via.Sent).
// Either way the report gets a new change number with its new revision.
func (s *RevisionService) RecordHandOff(ctx context.Context, reportID int64, fromRev string, sent *model.Report, author string, via model.Channel) error {
	if _, err := model.ParseStatus(string(sent.Status)); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	cur, err := findReport(ctx, tx, "id = ?", reportID)
	if err != nil {
		return FormatError(err)
	}
	seq, err := reportSeq(ctx, tx, reportID)
	if err != nil {
		return FormatError(err)
	}
	if author == "" {
		if author, err = findSetting(ctx, tx, model.SettingReporter); err != nil {
			return FormatError(err)
		}
	}
	if cur.Rev != fromRev {
		// Edited while it was going out: what went out joins the history.
		if err := insertRevisionOf(ctx, tx, reportID, model.Revision{Rev: sent.Rev, Reason: via.Sent(),
			Author: author, Report: sent}); err != nil {
			return FormatError(err)
		}
		if err := updateReport(ctx, tx, cur, seq); err != nil { // a new change number
			return FormatError(err)
		}
		return tx.Commit()
	}
	if cur.Status == sent.Status && cur.Rev == sent.Rev {
		// Nothing moved: a revision at this Rev, unless the history has one. Its
		// content is the report's own, so the report keeps its change number.
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM revisions WHERE report_id = ? AND rev = ?`,
			reportID, cur.Rev).Scan(&n); err != nil {
			return FormatError(err)
		}
		if n > 0 {
			return nil
		}
		if err := insertRevision(ctx, tx, reportID, via.Sent(), author); err != nil {
			return FormatError(err)
		}
		return tx.Commit()
	}
	reason := via.Sent()
	if cur.Status != sent.Status {
		reason = model.StatusReason(sent.Status)
	}
	cur.Status, cur.Rev = sent.Status, sent.Rev
	if err := updateReport(ctx, tx, cur, seq); err != nil {
		return FormatError(err)
	}
	if err := insertRevision(ctx, tx, reportID, reason, author); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// insertRevision keeps a snapshot of the report as it is stored now. An empty
// author is the library's reporter (setting reporter.name), when set. The
// transaction also gives the report a new change number (DeleteUnusedPhotos
// relies on it).
func insertRevision(ctx context.Context, tx *Tx, reportID int64, reason model.RevisionReason, author string) error {
	return insertRevisionNote(ctx, tx, reportID, reason, author, "")
}

// insertRevisionOf keeps rv (its content rv.Report, photos named by UUID) in the
// report's history; a zero time is the transaction's.
func insertRevisionOf(ctx context.Context, tx *Tx, reportID int64, rv model.Revision) error {
	c := rv.Report.Clone()
	for _, b := range c.Photos() {
		b.PhotoID = 0
	}
	content, photos, err := encodeContent(c)
	if err != nil {
		return err
	}
	created := rv.CreatedAt
	if created.IsZero() {
		created = tx.now
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO revisions (report_id, rev, reason, author, note, content, photos, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, reportID, rv.Rev, string(rv.Reason), vntext.OneLine(rv.Author),
		strings.TrimSpace(vntext.Clean(rv.Note)), content, photos, formatTime(created))
	return err
}

// insertRevisionNote is insertRevision with what the reviewer wrote.
func insertRevisionNote(ctx context.Context, tx *Tx, reportID int64, reason model.RevisionReason, author, note string) error {
	if author == "" {
		var err error
		if author, err = findSetting(ctx, tx, model.SettingReporter); err != nil {
			return err
		}
	}
	// The revision shares the report's content (see content.go).
	_, err := tx.ExecContext(ctx, `
		INSERT INTO revisions (report_id, rev, reason, author, note, content, created_at)
		SELECT id, rev, ?, ?, ?, '', ? FROM reports WHERE id = ?`,
		string(reason), author, note, formatTime(tx.now), reportID)
	return err
}

// editingRevisionDue reports whether an autosave should keep a revision: when the
// report's last revision is at least model.EditingRevisionInterval old.
func editingRevisionDue(ctx context.Context, tx *Tx, reportID int64) (bool, error) {
	var last timeColumn
	err := tx.QueryRowContext(ctx, `
		SELECT created_at FROM revisions WHERE report_id = ? ORDER BY id DESC LIMIT 1`, reportID).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil
	} else if err != nil {
		return false, err
	}
	return tx.now.Sub(last.Time) >= model.EditingRevisionInterval, nil
}
