package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// ReportService keeps reports in a library: model.ReportService on SQLite.
type ReportService struct {
	db *DB
}

var _ model.ReportService = (*ReportService)(nil)

// NewReportService returns the report service of the library db.
func NewReportService(db *DB) *ReportService {
	return &ReportService{db: db}
}

// FindReportByID returns the whole report, photo blocks with their PhotoID set;
// ENOTFOUND when there is none.
func (s *ReportService) FindReportByID(ctx context.Context, id int64) (*model.Report, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	r, err := findReport(ctx, tx, "id = ?", id)
	return r, FormatError(err)
}

// FindReportByUUID returns the report with that identity; ENOTFOUND when none.
func (s *ReportService) FindReportByUUID(ctx context.Context, uuid string) (*model.Report, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	r, err := findReport(ctx, tx, "uuid = ?", uuid)
	return r, FormatError(err)
}

// FindReports lists reports, last changed first, narrowed by filter: at most
// filter.Limit of them (0: all), after skipping the first filter.Offset.
func (s *ReportService) FindReports(ctx context.Context, filter model.ReportFilter) ([]model.ReportSummary, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	where, args := filterWhere(filter)
	q := `SELECT id, uuid, headline, status, updated_at FROM reports` + where + ` ORDER BY change_seq DESC`
	if filter.Limit > 0 || filter.Offset > 0 {
		// SQLite takes OFFSET only after a LIMIT; -1 is no limit. Skipped rows walk
		// the change_seq index without reading the reports' content.
		limit := -1
		if filter.Limit > 0 {
			limit = filter.Limit
		}
		q, args = q+` LIMIT ? OFFSET ?`, append(args, limit, max(filter.Offset, 0))
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []model.ReportSummary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, FormatError(err)
		}
		out = append(out, sum)
	}
	return out, FormatError(rows.Err())
}

// CreateReport stores a new report, filling its ID, UUID (when empty), times and Rev.
// A revision (created) is kept.
func (s *ReportService) CreateReport(ctx context.Context, r *model.Report) error {
	r.Normalize()
	if err := r.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	// Work on a copy so that r is only changed once the report is stored.
	c := *r
	c.Rev = model.NewRev()
	if err := createReport(ctx, tx, &c); err != nil {
		return FormatError(err)
	}
	if err := insertRevision(ctx, tx, c.ID, model.ReasonCreated, ""); err != nil {
		return FormatError(err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

// UpdateReport stores the report's new content under a new Rev. It refuses, with
// ECONFLICT, when the library's copy is no longer the one r was loaded from (another
// window or process saved it since). An explicit save keeps a revision; an autosave
// keeps one only when the last is model.EditingRevisionInterval old.
func (s *ReportService) UpdateReport(ctx context.Context, r *model.Report, kind model.SaveKind) error {
	r.Normalize()
	if err := r.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	cur, err := findReportRow(ctx, tx, r.ID)
	if err != nil {
		return FormatError(err)
	}
	if cur.rev != r.Rev {
		return model.Errorf(model.ECONFLICT, "sqlite.report.changed", cur.headline)
	}
	// Nothing changed (a save before printing or pushing, an autosave after a
	// change undone): the report keeps its Rev and time, and the history gains an
	// entry only for an explicit save of changes no revision holds yet.
	if stored, err := findReport(ctx, tx, "id = ?", r.ID); err != nil {
		return FormatError(err)
	} else if model.SameContent(stored, r) {
		if kind == model.SaveExplicit && !revisionKnown(ctx, tx, r.ID, stored.Rev) {
			if err := insertRevision(ctx, tx, r.ID, model.ReasonSave, ""); err != nil {
				return FormatError(err)
			}
			if err := tx.Commit(); err != nil {
				return err
			}
		}
		r.Rev, r.BaseRev, r.CreatedAt, r.UpdatedAt = stored.Rev, stored.BaseRev, stored.CreatedAt, stored.UpdatedAt
		return nil
	}
	c := *r
	c.UUID, c.CreatedAt, c.BaseRev = cur.uuid, cur.createdAt.Time, cur.baseRev
	c.Rev = model.NewRev()
	if err := updateReport(ctx, tx, &c, cur.seq); err != nil {
		return FormatError(err)
	}

	reason := model.ReasonSave
	if kind == model.SaveAuto {
		reason = model.ReasonEditing
		if due, err := editingRevisionDue(ctx, tx, c.ID); err != nil {
			return FormatError(err)
		} else if !due {
			reason = ""
		}
	}
	if reason != "" {
		if err := insertRevision(ctx, tx, c.ID, reason, ""); err != nil {
			return FormatError(err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*r = c
	return nil
}

// SetStatus changes the report's status and keeps a revision by author (the
// library's user when empty) whose reason is the review step, with the note.
// Setting the status it has changes nothing, unless there is a note to keep.
func (s *ReportService) SetStatus(ctx context.Context, id int64, status model.Status, author, note string) error {
	if _, err := model.ParseStatus(string(status)); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	r, err := findReport(ctx, tx, "id = ?", id)
	if err != nil {
		return FormatError(err)
	}
	note = strings.TrimSpace(vntext.Clean(note))
	if r.Status == status {
		if note == "" {
			return nil
		}
		if err := insertRevisionNote(ctx, tx, r.ID, model.StatusReason(status), author, note); err != nil {
			return FormatError(err)
		}
		return tx.Commit()
	}
	seq, err := reportSeq(ctx, tx, id)
	if err != nil {
		return FormatError(err)
	}
	r.Status, r.Rev = status, model.NewRev()
	if err := updateReport(ctx, tx, r, seq); err != nil {
		return FormatError(err)
	}
	if err := insertRevisionNote(ctx, tx, r.ID, model.StatusReason(status), author, note); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// DeleteReport removes the report, its revisions and its search entry. Its photos
// stay in the library: another report, a revision or a window that has just added
// one and not yet saved may use them, and importing the same file again finds them.
func (s *ReportService) DeleteReport(ctx context.Context, id int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	seq, err := reportSeq(ctx, tx, id)
	if err != nil {
		return FormatError(err)
	}
	if err := unindexReport(ctx, tx, seq); err != nil {
		return FormatError(err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE id = ?`, id); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// findReport returns the one report matching where (a condition with one argument).
func findReport(ctx context.Context, tx *Tx, where string, arg any) (*model.Report, error) {
	var (
		r                    model.Report
		content              []byte
		status               string
		createdAt, updatedAt timeColumn
	)
	err := tx.QueryRowContext(ctx, `
		SELECT id, uuid, status, rev, base_rev, content, created_at, updated_at
		FROM reports WHERE `+where, arg).Scan(
		&r.ID, &r.UUID, &status, &r.Rev, &r.BaseRev, &content, &createdAt, &updatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.Errorf(model.ENOTFOUND, "sqlite.report.notfound")
	} else if err != nil {
		return nil, err
	}
	id, uuid, rev, baseRev := r.ID, r.UUID, r.Rev, r.BaseRev
	if err := decodeContent(content, &r); err != nil {
		return nil, model.Errorf(model.EINTERNAL, "sqlite.report.damaged", id)
	}
	// The columns are the authority for what they hold.
	r.ID, r.UUID, r.Rev, r.BaseRev, r.Status = id, uuid, rev, baseRev, model.Status(status)
	r.CreatedAt, r.UpdatedAt = createdAt.Time, updatedAt.Time
	if err := attachPhotoIDs(ctx, tx, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// reportRow is what saving needs to know of the stored report.
type reportRow struct {
	uuid, headline, rev, baseRev string
	seq                          int64
	createdAt                    timeColumn
}

func findReportRow(ctx context.Context, tx *Tx, id int64) (*reportRow, error) {
	var row reportRow
	err := tx.QueryRowContext(ctx, `
		SELECT uuid, headline, rev, base_rev, change_seq, created_at FROM reports WHERE id = ?`, id).Scan(
		&row.uuid, &row.headline, &row.rev, &row.baseRev, &row.seq, &row.createdAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.Errorf(model.ENOTFOUND, "sqlite.report.notfound")
	}
	return &row, err
}

func reportSeq(ctx context.Context, tx *Tx, id int64) (int64, error) {
	var seq int64
	err := tx.QueryRowContext(ctx, `SELECT change_seq FROM reports WHERE id = ?`, id).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, model.Errorf(model.ENOTFOUND, "sqlite.report.notfound")
	}
	return seq, err
}

// createReport inserts r (its Rev already chosen), giving it a UUID when it has
// none, its ID and the transaction's time, and indexes it for search.
func createReport(ctx context.Context, tx *Tx, r *model.Report) error {
	if r.UUID == "" {
		r.UUID = model.NewUUID()
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM reports WHERE uuid = ?`, r.UUID).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return model.Errorf(model.ECONFLICT, "sqlite.report.exists", r.Headline)
	}
	r.CreatedAt, r.UpdatedAt = tx.now, tx.now
	if err := resolvePhotos(ctx, tx, r); err != nil {
		return err
	}
	seq, err := nextSeq(ctx, tx)
	if err != nil {
		return err
	}
	content, photos, err := encodeContent(r)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO reports (uuid, headline, status, rev, base_rev, change_seq, content, photos, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.UUID, r.Headline, r.Status, r.Rev, r.BaseRev, seq, content, photos, formatTime(r.CreatedAt), formatTime(r.UpdatedAt))
	if err != nil {
		return err
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return indexReport(ctx, tx, seq, r)
}

// updateReport writes r's content (its Rev already chosen) over the stored report,
// stamps it with the transaction's time and moves it to the front of the lists and
// the search index (oldSeq is where it was).
func updateReport(ctx context.Context, tx *Tx, r *model.Report, oldSeq int64) error {
	r.UpdatedAt = tx.now
	if err := resolvePhotos(ctx, tx, r); err != nil {
		return err
	}
	seq, err := nextSeq(ctx, tx)
	if err != nil {
		return err
	}
	content, photos, err := encodeContent(r)
	if err != nil {
		return err
	}
	if err := keepSharedRevisions(ctx, tx, r.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE reports SET headline = ?, status = ?, rev = ?, base_rev = ?, change_seq = ?, content = ?, photos = ?, updated_at = ?
		WHERE id = ?`,
		r.Headline, r.Status, r.Rev, r.BaseRev, seq, content, photos, formatTime(r.UpdatedAt), r.ID); err != nil {
		return err
	}
	if err := unindexReport(ctx, tx, oldSeq); err != nil {
		return err
	}
	return indexReport(ctx, tx, seq, r)
}

// nextSeq hands out the next change number.
func nextSeq(ctx context.Context, tx *Tx) (int64, error) {
	var seq int64
	err := tx.QueryRowContext(ctx, `UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value`).Scan(&seq)
	return seq, err
}

func scanSummary(rows *sql.Rows) (model.ReportSummary, error) {
	var sum model.ReportSummary
	var status string
	var updatedAt timeColumn
	err := rows.Scan(&sum.ID, &sum.UUID, &sum.Headline, &status, &updatedAt)
	sum.Status, sum.UpdatedAt = model.Status(status), updatedAt.Time
	return sum, err
}

// filterWhere is the WHERE clause (with its leading space, "" for none) of the
// filter's statuses, and its arguments.
func filterWhere(filter model.ReportFilter) (string, []any) {
	var where []string
	var args []any
	if filter.Status != nil {
		where, args = append(where, "status = ?"), append(args, *filter.Status)
	}
	if len(filter.Statuses) > 0 {
		where = append(where, "status IN ("+placeholders(len(filter.Statuses))+")")
		for _, st := range filter.Statuses {
			args = append(args, st)
		}
	}
	if len(where) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(where, " AND "), args
}

// CountReports says how many reports the filter lets through, its Limit and
// Offset aside.
func (s *ReportService) CountReports(ctx context.Context, filter model.ReportFilter) (int, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	where, args := filterWhere(filter)
	var n int
	err = tx.QueryRowContext(ctx, `SELECT count(*) FROM reports`+where, args...).Scan(&n)
	return n, FormatError(err)
}
