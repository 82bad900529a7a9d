package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/photo"
)

// PhotoService keeps photos in a library: model.PhotoService on SQLite. The bytes
// of each variant are stored once, in their own table, and reports refer to photos
// by UUID, so neither reading a report nor keeping a revision copies an image.
type PhotoService struct {
	db *DB
}

var _ model.PhotoService = (*PhotoService)(nil)

// NewPhotoService returns the photo service of the library db.
func NewPhotoService(db *DB) *PhotoService {
	return &PhotoService{db: db}
}

// AddPhoto stores the image file's bytes with the print copy and thumbnail made from
// one decode. A file the library already has (same bytes) is neither decoded nor
// stored again: the stored photo is returned. The photo returned carries the
// thumbnail's bytes, not the original's or the print copy's.
func (s *PhotoService) AddPhoto(ctx context.Context, filename string, data []byte) (*model.Photo, error) {
	sha := sha256Hex(data)
	if p, err := s.findBySHA(ctx, sha); err == nil || model.ErrorCode(err) != model.ENOTFOUND {
		return p, err
	}

	// Decoding a camera photo takes about a second: it happens before the write
	// transaction, so other windows and processes can keep saving meanwhile.
	p, err := photo.Prepare(filename, data)
	if err != nil {
		return nil, err
	}
	p.SHA256 = sha

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	// Another window or process may have stored the same file meanwhile.
	if got, err := findPhoto(ctx, tx, "sha256 = ?", sha); err == nil {
		return got, FormatError(loadPhotoData(ctx, tx, got, model.VariantThumb))
	} else if model.ErrorCode(err) != model.ENOTFOUND {
		return nil, FormatError(err)
	}
	if err := insertPhoto(ctx, tx, p); err != nil {
		return nil, FormatError(err)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	p.Original.Data, p.Print.Data = nil, nil
	return p, nil
}

func (s *PhotoService) findBySHA(ctx context.Context, sha string) (*model.Photo, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, err := findPhoto(ctx, tx, "sha256 = ?", sha)
	if err != nil {
		return nil, FormatError(err)
	}
	if err := loadPhotoData(ctx, tx, p, model.VariantThumb); err != nil {
		return nil, FormatError(err)
	}
	return p, nil
}

// FindPhotoByID returns the photo with the bytes of the variants asked for (none:
// only what describes it); ENOTFOUND when there is none.
func (s *PhotoService) FindPhotoByID(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, err := findPhoto(ctx, tx, "id = ?", id)
	if err != nil {
		return nil, FormatError(err)
	}
	if err := loadPhotoData(ctx, tx, p, variants...); err != nil {
		return nil, FormatError(err)
	}
	return p, nil
}

// HavePhotos says which of the photo UUIDs the library has.
func (s *PhotoService) HavePhotos(ctx context.Context, uuids []string) (map[string]bool, error) {
	out := make(map[string]bool, len(uuids))
	if len(uuids) == 0 {
		return out, nil
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	args := make([]any, len(uuids))
	for i, u := range uuids {
		args[i] = u
	}
	rows, err := tx.QueryContext(ctx, `SELECT uuid FROM photos WHERE uuid IN (`+placeholders(len(uuids))+`)`, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, FormatError(err)
		}
		out[u] = true
	}
	return out, FormatError(rows.Err())
}

// FindThumbs returns the thumbnails (with their bytes) of the photos ids, by ID, in
// one query: what the editor needs to show a report. IDs the library does not have
// are left out of the map.
func (s *PhotoService) FindThumbs(ctx context.Context, ids []int64) (map[int64]model.PhotoFile, error) {
	out := make(map[int64]model.PhotoFile, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT p.id, p.thumb_mime, p.thumb_width, p.thumb_height, d.data
		FROM photos p JOIN photo_data d ON d.photo_id = p.id AND d.variant = 'thumb'
		WHERE p.id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var f model.PhotoFile
		if err := rows.Scan(&id, &f.MIME, &f.Width, &f.Height, &f.Data); err != nil {
			return nil, FormatError(err)
		}
		out[id] = f
	}
	return out, FormatError(rows.Err())
}

// MinUnusedPhotoAge is the least age at which DeleteUnusedPhotos removes a photo:
// a photo added in the last hour may be in an editor that has not saved yet.
const MinUnusedPhotoAge = time.Hour

// afterUnusedPhotoScan, when set, runs between the two steps of
// DeleteUnusedPhotos; tests use it to save a report in between.
var afterUnusedPhotoScan func()

// DeleteUnusedPhotos removes, with their bytes, the photos added more than
// olderThan ago (at least MinUnusedPhotoAge) that no report and no revision
// refers to, and returns how many it removed. The space they took is reused by
// the library file, which does not shrink.
//
// Finding the references reads every report and revision, which on a large
// library takes seconds: it is done first, beside other windows' saves. Then,
// holding the write lock, only what was saved meanwhile is read again before
// deleting. Every revision is written together with a new change number for its
// report, so what was saved meanwhile is the reports whose change number is past
// the first step's, and their revisions.
func (s *PhotoService) DeleteUnusedPhotos(ctx context.Context, olderThan time.Duration) (int, error) {
	used, seq, err := s.usedPhotos(ctx)
	if err != nil {
		return 0, err
	}
	if afterUnusedPhotoScan != nil {
		afterUnusedPhotoScan()
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if err := photoReferences(ctx, tx, used, "reports", `c.change_seq > ?`, seq); err != nil {
		return 0, FormatError(err)
	}
	if err := photoReferences(ctx, tx, used, "revisions", `c.report_id IN (SELECT id FROM reports WHERE change_seq > ?)`, seq); err != nil {
		return 0, FormatError(err)
	}
	cutoff := tx.now.Add(-max(olderThan, MinUnusedPhotoAge))
	rows, err := tx.QueryContext(ctx, `SELECT id, uuid FROM photos WHERE created_at < ?`, formatTime(cutoff))
	if err != nil {
		return 0, FormatError(err)
	}
	var unused []any
	for rows.Next() {
		var id int64
		var uuid string
		if err := rows.Scan(&id, &uuid); err != nil {
			rows.Close()
			return 0, FormatError(err)
		}
		if !used[uuid] {
			unused = append(unused, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, FormatError(err)
	}
	// photo_data's rows go with their photo (ON DELETE CASCADE).
	for ids := range slices.Chunk(unused, 500) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM photos WHERE id IN (`+placeholders(len(ids))+`)`, ids...); err != nil {
			return 0, FormatError(err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return len(unused), nil
}

// usedPhotos returns the UUIDs of the photos that reports and revisions refer to,
// and the last change number handed out when it looked.
func (s *PhotoService) usedPhotos(ctx context.Context) (map[string]bool, int64, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT value FROM change_counter WHERE id = 1`).Scan(&seq); err != nil {
		return nil, 0, FormatError(err)
	}
	used := map[string]bool{}
	for _, table := range []string{"reports", "revisions"} {
		if err := photoReferences(ctx, tx, used, table, "1"); err != nil {
			return nil, 0, FormatError(err)
		}
	}
	return used, seq, nil
}

// photoReferences adds to used the UUIDs of the photos in the body of the reports
// held by the rows of table (reports or revisions, as c) that match where: from
// the photos column, and from the JSON of contents still kept plain (a library
// from before migration 010 whose content could not be read then; if it still
// cannot, the query fails and no photo is taken for unused).
func photoReferences(ctx context.Context, tx *Tx, used map[string]bool, table, where string, args ...any) error {
	rows, err := tx.QueryContext(ctx, `SELECT photos FROM `+table+` AS c WHERE (`+where+`) AND c.photos != ''`, args...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var photos string
		if err := rows.Scan(&photos); err != nil {
			rows.Close()
			return err
		}
		for _, uuid := range strings.Fields(photos) {
			used[uuid] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// Plain JSON as json.Marshal wrote it: a photo block always holds the text
	// "photo":{ (quotes in text are escaped), so contents without it are not parsed.
	rows, err = tx.QueryContext(ctx, `
		SELECT DISTINCT json_extract(b.value, '$.photo.uuid')
		FROM `+table+` AS c, json_each(c.content, '$.body') AS b
		WHERE (`+where+`) AND hex(substr(c.content, 1, 1)) = '7B' AND instr(c.content, '"photo":{') > 0
			AND json_extract(b.value, '$.photo.uuid') IS NOT NULL`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var uuid string
		if err := rows.Scan(&uuid); err != nil {
			return err
		}
		used[uuid] = true
	}
	return rows.Err()
}

// findPhoto returns the photo matching where (one argument), without bytes.
func findPhoto(ctx context.Context, tx *Tx, where string, arg any) (*model.Photo, error) {
	var p model.Photo
	var createdAt timeColumn
	err := tx.QueryRowContext(ctx, `
		SELECT id, uuid, sha256, filename,
			original_mime, original_width, original_height,
			print_mime, print_width, print_height,
			thumb_mime, thumb_width, thumb_height, created_at
		FROM photos WHERE `+where, arg).Scan(
		&p.ID, &p.UUID, &p.SHA256, &p.Filename,
		&p.Original.MIME, &p.Original.Width, &p.Original.Height,
		&p.Print.MIME, &p.Print.Width, &p.Print.Height,
		&p.Thumb.MIME, &p.Thumb.Width, &p.Thumb.Height, &createdAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.Errorf(model.ENOTFOUND, "sqlite.photo.notfound")
	} else if err != nil {
		return nil, err
	}
	p.CreatedAt = createdAt.Time
	return &p, nil
}

// loadPhotoData fills the bytes of the variants asked for.
func loadPhotoData(ctx context.Context, tx *Tx, p *model.Photo, variants ...model.PhotoVariant) error {
	for _, v := range variants {
		f := variantFile(p, v)
		if f == nil {
			continue
		}
		err := tx.QueryRowContext(ctx, `SELECT data FROM photo_data WHERE photo_id = ? AND variant = ?`, p.ID, string(v)).Scan(&f.Data)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	return nil
}

func variantFile(p *model.Photo, v model.PhotoVariant) *model.PhotoFile {
	switch v {
	case model.VariantOriginal:
		return &p.Original
	case model.VariantPrint:
		return &p.Print
	case model.VariantThumb:
		return &p.Thumb
	}
	return nil
}

// insertPhoto stores a prepared photo and its bytes, giving it a UUID when it has
// none, its ID and the transaction's time.
func insertPhoto(ctx context.Context, tx *Tx, p *model.Photo) error {
	if p.UUID == "" {
		p.UUID = model.NewUUID()
	}
	p.CreatedAt = tx.now
	res, err := tx.ExecContext(ctx, `
		INSERT INTO photos (uuid, sha256, filename,
			original_mime, original_width, original_height,
			print_mime, print_width, print_height,
			thumb_mime, thumb_width, thumb_height, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.UUID, p.SHA256, p.Filename,
		p.Original.MIME, p.Original.Width, p.Original.Height,
		p.Print.MIME, p.Print.Width, p.Print.Height,
		p.Thumb.MIME, p.Thumb.Width, p.Thumb.Height, formatTime(p.CreatedAt))
	if err != nil {
		return err
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	for _, v := range []model.PhotoVariant{model.VariantOriginal, model.VariantPrint, model.VariantThumb} {
		f := variantFile(p, v)
		if f.Data == nil {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO photo_data (photo_id, variant, data) VALUES (?, ?, ?)`,
			p.ID, string(v), f.Data); err != nil {
			return err
		}
	}
	return nil
}

// resolvePhotos checks that every photo block of r names a photo of the library, by
// PhotoID or UUID, and fills in the other.
func resolvePhotos(ctx context.Context, tx *Tx, r *model.Report) error {
	blocks := r.Photos()
	if len(blocks) == 0 {
		return nil
	}
	var ids, uuids []any
	for _, b := range blocks {
		if b.PhotoID != 0 {
			ids = append(ids, b.PhotoID)
		} else {
			uuids = append(uuids, b.UUID)
		}
	}
	byID, byUUID, err := photoIdentities(ctx, tx, ids, uuids)
	if err != nil {
		return err
	}
	for i := range r.Body {
		b := r.Body[i].Photo
		if b == nil {
			continue
		}
		if b.PhotoID != 0 {
			uuid, ok := byID[b.PhotoID]
			if !ok {
				return model.Errorf(model.EINVALID, "sqlite.photo.missing", i+1)
			}
			b.UUID = uuid
		} else {
			id, ok := byUUID[b.UUID]
			if !ok {
				return model.Errorf(model.EINVALID, "sqlite.photo.missing", i+1)
			}
			b.PhotoID = id
		}
	}
	return nil
}

// attachPhotoIDs sets PhotoID in r's photo blocks from their UUIDs; blocks whose
// photo the library lacks keep PhotoID 0.
func attachPhotoIDs(ctx context.Context, tx *Tx, r *model.Report) error {
	blocks := r.Photos()
	if len(blocks) == 0 {
		return nil
	}
	uuids := make([]any, len(blocks))
	for i, b := range blocks {
		uuids[i] = b.UUID
	}
	_, byUUID, err := photoIdentities(ctx, tx, nil, uuids)
	if err != nil {
		return err
	}
	for _, b := range blocks {
		b.PhotoID = byUUID[b.UUID]
	}
	return nil
}

// photoIdentities looks up, in one query, the photos with the given IDs or UUIDs.
func photoIdentities(ctx context.Context, tx *Tx, ids, uuids []any) (byID map[int64]string, byUUID map[string]int64, err error) {
	byID, byUUID = map[int64]string{}, map[string]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT id, uuid FROM photos WHERE id IN (`+placeholders(len(ids))+`) OR uuid IN (`+placeholders(len(uuids))+`)`,
		append(append([]any(nil), ids...), uuids...)...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var uuid string
		if err := rows.Scan(&id, &uuid); err != nil {
			return nil, nil, err
		}
		byID[id], byUUID[uuid] = uuid, id
	}
	return byID, byUUID, rows.Err()
}
