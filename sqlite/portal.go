package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

func init() {
	msg.Register(map[string]msg.Text{
		"sqlite.portal.incomplete": {
			VI: "Hồ sơ cổng cần có tên, địa chỉ trang và tên đăng nhập.",
			EN: "A portal profile needs a name, the site's address and a user name."},
		"sqlite.portal.exists": {
			VI: "Đã có hồ sơ cổng tên %q; hãy chọn tên khác, hoặc xoá hồ sơ cũ trước.",
			EN: "There is already a portal profile named %q; choose another name, or remove the old one first."},
		"sqlite.portal.notfound": {
			VI: "Không có hồ sơ cổng tên %q; xem danh sách bằng lệnh newsdesk portal list.",
			EN: "There is no portal profile named %q; see the list with newsdesk portal list."},
	})
}

// PortalService keeps portal profiles and push states: model.PortalService on SQLite.
type PortalService struct {
	db *DB
}

var _ model.PortalService = (*PortalService)(nil)

// NewPortalService returns the portal service of the library db.
func NewPortalService(db *DB) *PortalService {
	return &PortalService{db: db}
}

// FindPortals lists the profiles by name.
func (s *PortalService) FindPortals(ctx context.Context) ([]model.Portal, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, name, url, user_name, created_at FROM portals ORDER BY name`)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []model.Portal
	for rows.Next() {
		var p model.Portal
		var created timeColumn
		if err := rows.Scan(&p.ID, &p.Name, &p.URL, &p.User, &created); err != nil {
			return nil, FormatError(err)
		}
		p.CreatedAt = created.Time
		out = append(out, p)
	}
	return out, FormatError(rows.Err())
}

// FindPortalByName returns the profile, ENOTFOUND when there is none.
func (s *PortalService) FindPortalByName(ctx context.Context, name string) (*model.Portal, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findPortal(ctx, tx, name)
}

// CreatePortal stores a new profile, ECONFLICT when the name is taken.
func (s *PortalService) CreatePortal(ctx context.Context, p *model.Portal) error {
	p.Name = vntext.OneLine(p.Name)
	p.URL = strings.TrimRight(strings.TrimSpace(p.URL), "/")
	p.User = strings.TrimSpace(p.User)
	if p.Name == "" || p.URL == "" || p.User == "" {
		return model.Errorf(model.EINVALID, "sqlite.portal.incomplete")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := findPortal(ctx, tx, p.Name); err == nil {
		return model.Errorf(model.ECONFLICT, "sqlite.portal.exists", p.Name)
	} else if model.ErrorCode(err) != model.ENOTFOUND {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO portals (name, url, user_name, created_at) VALUES (?, ?, ?, ?)`,
		p.Name, p.URL, p.User, formatTime(tx.now))
	if err != nil {
		return FormatError(err)
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return FormatError(err)
	}
	p.CreatedAt = tx.now
	return tx.Commit()
}

// DeletePortal removes the profile and its push states.
func (s *PortalService) DeletePortal(ctx context.Context, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, err := findPortal(ctx, tx, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM portals WHERE id = ?`, p.ID); err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// FindPushStates returns where the report stands on each portal, by portal name.
func (s *PortalService) FindPushStates(ctx context.Context, reportID int64) ([]model.PushState, error) {
	return s.findPushes(ctx, `WHERE pu.report_id = ? ORDER BY po.name`, reportID)
}

// FindPushState returns where the report stands on the portal, nil when it was
// never pushed there; ENOTFOUND when there is no such portal.
func (s *PortalService) FindPushState(ctx context.Context, reportID int64, portal string) (*model.PushState, error) {
	if _, err := s.FindPortalByName(ctx, portal); err != nil {
		return nil, err
	}
	states, err := s.findPushes(ctx, `WHERE pu.report_id = ? AND po.name = ?`, reportID, portal)
	if err != nil || len(states) == 0 {
		return nil, err
	}
	return &states[0], nil
}

// FindWaitingPushes returns the pushes in the offline queue, oldest first.
func (s *PortalService) FindWaitingPushes(ctx context.Context) ([]model.PushState, error) {
	return s.findPushes(ctx, `WHERE pu.waiting = 1 ORDER BY pu.queued_at, pu.report_id`)
}

// FindRefusedPushes returns the pushes the portal refused that no later push
// settled, oldest first.
func (s *PortalService) FindRefusedPushes(ctx context.Context) ([]model.PushState, error) {
	return s.findPushes(ctx, `WHERE pu.waiting = 0 AND pu.failure != '' ORDER BY pu.queued_at, pu.report_id`)
}

// SavePushState stores the state, replacing the one of the same report and portal.
func (s *PortalService) SavePushState(ctx context.Context, st *model.PushState) error {
	media, err := json.Marshal(pushedMediaRows(st.Media))
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	p, err := findPortal(ctx, tx, st.Portal)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `
		INSERT OR REPLACE INTO pushes (report_id, portal_id, waiting, queued_at, want_status,
			text_only, post_id, post_status, link, post_modified, pushed_at, media, failure, sent_hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		st.ReportID, p.ID, st.Waiting, optTime(st.QueuedAt), st.WantStatus, st.TextOnly,
		st.PostID, st.PostStatus, st.Link, st.PostModified, optTime(st.PushedAt), string(media), st.Failure, st.SentHash)
	if err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

func (s *PortalService) findPushes(ctx context.Context, where string, args ...any) ([]model.PushState, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `
		SELECT pu.report_id, po.name, pu.waiting, pu.queued_at, pu.want_status, pu.text_only,
			pu.post_id, pu.post_status, pu.link, pu.post_modified, pu.pushed_at, pu.media, pu.failure, pu.sent_hash
		FROM pushes pu JOIN portals po ON po.id = pu.portal_id `+where, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []model.PushState
	for rows.Next() {
		var st model.PushState
		var queued, pushed, media string
		if err := rows.Scan(&st.ReportID, &st.Portal, &st.Waiting, &queued, &st.WantStatus, &st.TextOnly,
			&st.PostID, &st.PostStatus, &st.Link, &st.PostModified, &pushed, &media, &st.Failure, &st.SentHash); err != nil {
			return nil, FormatError(err)
		}
		st.QueuedAt, st.PushedAt = parseOptTime(queued), parseOptTime(pushed)
		var mr []pushedMediaRow
		if err := json.Unmarshal([]byte(media), &mr); err != nil {
			return nil, err
		}
		for _, m := range mr {
			st.Media = append(st.Media, model.PushedMedia(m))
		}
		out = append(out, st)
	}
	return out, FormatError(rows.Err())
}

// pushedMediaRow is model.PushedMedia as the media column stores it.
type pushedMediaRow struct {
	PhotoUUID string `json:"photo_uuid"`
	MediaID   int64  `json:"media_id"`
	URL       string `json:"url"`
	FileHash  string `json:"file_hash"`
	MetaHash  string `json:"meta_hash"`
	Post      int64  `json:"post,omitempty"`
}

func pushedMediaRows(in []model.PushedMedia) []pushedMediaRow {
	out := make([]pushedMediaRow, 0, len(in))
	for _, m := range in {
		out = append(out, pushedMediaRow(m))
	}
	return out
}

func findPortal(ctx context.Context, tx *Tx, name string) (*model.Portal, error) {
	var p model.Portal
	var created timeColumn
	err := tx.QueryRowContext(ctx, `SELECT id, name, url, user_name, created_at FROM portals WHERE name = ?`,
		vntext.OneLine(name)).Scan(&p.ID, &p.Name, &p.URL, &p.User, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.Errorf(model.ENOTFOUND, "sqlite.portal.notfound", name)
	} else if err != nil {
		return nil, FormatError(err)
	}
	p.CreatedAt = created.Time
	return &p, nil
}

// optTime is formatTime with "" for the zero time.
func optTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatTime(t)
}

func parseOptTime(s string) time.Time {
	t, _ := time.Parse(timeLayout, s)
	return t
}

// dropPortalURLCredentials takes a user name and password out of every stored
// portal address (migration 008): earlier versions accepted them in the address.
func dropPortalURLCredentials(ctx context.Context, tx *Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, url FROM portals WHERE url LIKE '%@%'`)
	if err != nil {
		return err
	}
	fixed := map[int64]string{}
	for rows.Next() {
		var id int64
		var raw string
		if err := rows.Scan(&id, &raw); err != nil {
			rows.Close()
			return err
		}
		if u, err := url.Parse(raw); err == nil && u.User != nil {
			u.User = nil
			fixed[id] = u.String()
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for id, u := range fixed {
		if _, err := tx.ExecContext(ctx, `UPDATE portals SET url = ? WHERE id = ?`, u, id); err != nil {
			return err
		}
	}
	return nil
}
