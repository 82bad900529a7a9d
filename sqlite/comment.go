package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"newsdesk/model"
)

// CommentService keeps the comments on reports: model.CommentService on SQLite.
type CommentService struct {
	db *DB
}

var _ model.CommentService = (*CommentService)(nil)

// NewCommentService returns the comment service of the library db.
func NewCommentService(db *DB) *CommentService {
	return &CommentService{db: db}
}

// FindComments returns the report's comments, oldest first; ENOTFOUND when the
// library has no such report.
func (s *CommentService) FindComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := reportSeq(ctx, tx, reportID); err != nil {
		return nil, FormatError(err)
	}
	out, err := findComments(ctx, tx, reportID, false)
	return out, FormatError(err)
}

// FindAllComments is FindComments with the deleted comments, marked.
func (s *CommentService) FindAllComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := reportSeq(ctx, tx, reportID); err != nil {
		return nil, FormatError(err)
	}
	out, err := findComments(ctx, tx, reportID, true)
	return out, FormatError(err)
}

// CreateComment stores a new comment, filling its ID, UUID, time and (when empty)
// its author with the library's user. A reply to a comment the report does not
// have is refused with ENOTFOUND.
func (s *CommentService) CreateComment(ctx context.Context, c *model.Comment) error {
	cp := *c
	cp.UUID = ""
	cp.Normalize()
	if err := cp.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := reportSeq(ctx, tx, cp.ReportID); err != nil {
		return FormatError(err)
	}
	if cp.ReplyTo != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM comments WHERE report_id = ? AND uuid = ? AND NOT deleted`,
			cp.ReportID, cp.ReplyTo).Scan(&n); err != nil {
			return FormatError(err)
		} else if n == 0 {
			return model.Errorf(model.ENOTFOUND, "sqlite.comment.notfound")
		}
	}
	if cp.Author == "" {
		if cp.Author, err = findSetting(ctx, tx, model.SettingReporter); err != nil {
			return FormatError(err)
		}
	}
	cp.CreatedAt, cp.UpdatedAt = tx.now, tx.now
	if err := insertComment(ctx, tx, &cp); err != nil {
		return FormatError(err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	*c = cp
	return nil
}

// ResolveComment marks the comment's thread (its first comment) resolved, or open
// again; ENOTFOUND when there is no such comment.
func (s *CommentService) ResolveComment(ctx context.Context, id int64, resolved bool, by string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var reportID int64
	var uuid, replyTo string
	err = tx.QueryRowContext(ctx, `SELECT report_id, uuid, reply_to FROM comments WHERE id = ?`, id).Scan(&reportID, &uuid, &replyTo)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Errorf(model.ENOTFOUND, "sqlite.comment.notfound")
	} else if err != nil {
		return FormatError(err)
	}
	if replyTo != "" {
		uuid = replyTo // the thread is resolved as a whole, on its first comment
	}
	if by == "" {
		if by, err = findSetting(ctx, tx, model.SettingReporter); err != nil {
			return FormatError(err)
		}
	}
	changed, err := changeTime(ctx, tx, `report_id = ? AND uuid = ?`, reportID, uuid)
	if err != nil {
		return FormatError(err)
	}
	at := formatTime(tx.now)
	if !resolved {
		by, at = "", ""
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE comments SET resolved = ?, resolved_by = ?, resolved_at = ?, updated_at = ?
		WHERE report_id = ? AND uuid = ?`, resolved, by, at, changed, reportID, uuid); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// changeTime is the time a change to the comments matching where is stamped with:
// now, or just after their last change when that is later (another computer's
// clock ahead of this one's), so that a change made here after one received is
// the later one everywhere.
func changeTime(ctx context.Context, tx *Tx, where string, args ...any) (string, error) {
	var last sql.NullString
	if err := tx.QueryRowContext(ctx, `SELECT max(updated_at) FROM comments WHERE `+where, args...).Scan(&last); err != nil {
		return "", err
	}
	t := tx.now
	if last.Valid && last.String != "" {
		var prev timeColumn
		if err := prev.Scan(last.String); err != nil {
			return "", err
		}
		if !t.After(prev.Time) {
			t = prev.Time.Add(time.Microsecond)
		}
	}
	return formatTime(t), nil
}

// DeleteComment takes back the comment and its replies: they no longer show, and
// stay as marks that carry the deletion to other libraries.
func (s *CommentService) DeleteComment(ctx context.Context, id int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	thread := `(id = ? OR (report_id, reply_to) IN (SELECT report_id, uuid FROM comments WHERE id = ?))`
	changed, err := changeTime(ctx, tx, thread, id, id)
	if err != nil {
		return FormatError(err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE comments SET deleted = 1, updated_at = ? WHERE NOT deleted AND `+thread,
		changed, id, id)
	if err != nil {
		return FormatError(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return model.Errorf(model.ENOTFOUND, "sqlite.comment.notfound")
	}
	return tx.Commit()
}

func findComments(ctx context.Context, tx *Tx, reportID int64, deleted bool) ([]model.Comment, error) {
	q := `
		SELECT id, uuid, report_id, block_key, row, quote, reply_to, author, text, created_at,
			resolved, resolved_by, resolved_at, updated_at, deleted
		FROM comments WHERE report_id = ?`
	if !deleted {
		q += ` AND NOT deleted`
	}
	rows, err := tx.QueryContext(ctx, q+` ORDER BY created_at, id`, reportID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Comment
	for rows.Next() {
		var c model.Comment
		var created timeColumn
		var resolvedAt, updatedAt string
		if err := rows.Scan(&c.ID, &c.UUID, &c.ReportID, &c.BlockKey, &c.Row, &c.Quote, &c.ReplyTo,
			&c.Author, &c.Text, &created, &c.Resolved, &c.ResolvedBy, &resolvedAt, &updatedAt, &c.Deleted); err != nil {
			return nil, err
		}
		c.CreatedAt = created.Time
		for _, f := range []struct {
			text string
			to   *time.Time
		}{{resolvedAt, &c.ResolvedAt}, {updatedAt, &c.UpdatedAt}} {
			if f.text != "" {
				var t timeColumn
				if err := t.Scan(f.text); err != nil {
					return nil, err
				}
				*f.to = t.Time
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func insertComment(ctx context.Context, tx *Tx, c *model.Comment) error {
	resolvedAt := ""
	if c.Resolved {
		resolvedAt = formatTime(c.ResolvedAt)
	}
	if c.UpdatedAt.IsZero() {
		c.UpdatedAt = latest(c.CreatedAt, c.ResolvedAt)
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO comments (uuid, report_id, block_key, row, quote, reply_to, author, text, created_at,
			resolved, resolved_by, resolved_at, updated_at, deleted)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.UUID, c.ReportID, c.BlockKey, c.Row, c.Quote, c.ReplyTo, c.Author, c.Text, formatTime(c.CreatedAt),
		c.Resolved, c.ResolvedBy, resolvedAt, formatTime(c.UpdatedAt), c.Deleted)
	if err != nil {
		return err
	}
	c.ID, err = res.LastInsertId()
	return err
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// mergeComments brings in comments from another library: those the report lacks
// (by UUID) are added, deleted ones as marks; for one it has, the later change
// (resolved, reopened, deleted) wins. It returns how many were new and showing.
func mergeComments(ctx context.Context, tx *Tx, reportID int64, comments []model.Comment) (int, error) {
	have, err := findComments(ctx, tx, reportID, true)
	if err != nil {
		return 0, err
	}
	byUUID := map[string]model.Comment{}
	for _, c := range have {
		byUUID[c.UUID] = c
	}
	added := 0
	for _, c := range comments {
		c.ReportID = reportID
		c.Normalize()
		if err := c.Validate(); err != nil {
			return 0, err
		}
		if c.UpdatedAt.IsZero() {
			c.UpdatedAt = latest(c.CreatedAt, c.ResolvedAt)
		}
		old, ok := byUUID[c.UUID]
		if !ok {
			if c.CreatedAt.IsZero() {
				c.CreatedAt, c.UpdatedAt = tx.now, tx.now
			}
			if root, ok := byUUID[c.ReplyTo]; ok && root.Deleted {
				c.Deleted = true // an answer to a thread taken back goes with it
			}
			if err := insertComment(ctx, tx, &c); err != nil {
				return 0, err
			}
			byUUID[c.UUID] = c
			if !c.Deleted {
				added++
			}
			continue
		}
		// A deletion holds whatever came after it elsewhere; otherwise the later
		// change (resolved, reopened) wins.
		deleted := c.Deleted || old.Deleted
		if !c.UpdatedAt.After(old.UpdatedAt) {
			if deleted != old.Deleted {
				if _, err := tx.ExecContext(ctx, `UPDATE comments SET deleted = 1 WHERE id = ?`, old.ID); err != nil {
					return 0, err
				}
			}
			continue
		}
		resolvedAt := ""
		if c.Resolved {
			resolvedAt = formatTime(c.ResolvedAt)
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE comments SET resolved = ?, resolved_by = ?, resolved_at = ?, deleted = ?, updated_at = ?
			WHERE id = ?`, c.Resolved, c.ResolvedBy, resolvedAt, deleted, formatTime(c.UpdatedAt), old.ID); err != nil {
			return 0, err
		}
	}
	// Answers to a thread taken back go with it, wherever they were written.
	if _, err := tx.ExecContext(ctx, `
		UPDATE comments SET deleted = 1 WHERE report_id = ? AND NOT deleted AND reply_to IN (
			SELECT uuid FROM comments WHERE report_id = ? AND deleted AND reply_to = '')`, reportID, reportID); err != nil {
		return 0, err
	}
	return added, nil
}
