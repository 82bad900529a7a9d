package ui_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"sync"
	"time"

	"newsdesk/model"
)

// library is an in-memory stand-in for the SQLite library, enough for the window:
// ui tests stay free of cgo. It keeps whole reports and counts saves.
type library struct {
	mu      sync.Mutex
	moved   map[string]string // the last merge's
	reports map[int64]*model.Report
	photos  map[int64]*model.Photo
	saves   []model.SaveKind
	nextID  int64
	seq     int64
	updated map[int64]int64
	revs    []model.Revision
	user    string // the library's user, for an empty author
}

func newLibrary() *library {
	return &library{reports: map[int64]*model.Report{}, photos: map[int64]*model.Photo{}, updated: map[int64]int64{}}
}

func (l *library) FindReportByID(ctx context.Context, id int64) (*model.Report, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.reports[id]
	if !ok {
		return nil, &model.Error{Code: model.ENOTFOUND, Message: "not found"}
	}
	return r.Clone(), nil
}

func (l *library) FindReportByUUID(ctx context.Context, uuid string) (*model.Report, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.reports {
		if r.UUID == uuid {
			return r.Clone(), nil
		}
	}
	return nil, &model.Error{Code: model.ENOTFOUND, Message: "not found"}
}

func (l *library) FindReports(ctx context.Context, f model.ReportFilter) ([]model.ReportSummary, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []model.ReportSummary
	for seq := l.seq; seq > 0; seq-- {
		for id, s := range l.updated {
			if s == seq {
				r := l.reports[id]
				if !statusMatches(f, r.Status) {
					continue
				}
				out = append(out, model.ReportSummary{ID: r.ID, UUID: r.UUID, Headline: r.Headline, Status: r.Status, UpdatedAt: r.UpdatedAt})
			}
		}
	}
	return out, nil
}

func (l *library) CountReports(ctx context.Context, f model.ReportFilter) (int, error) {
	f.Limit, f.Offset = 0, 0
	got, err := l.FindReports(ctx, f)
	return len(got), err
}

func (l *library) SearchReports(ctx context.Context, q string, limit int) ([]model.ReportSummary, error) {
	return l.FindReports(ctx, model.ReportFilter{})
}

func (l *library) SearchReportsPrefix(ctx context.Context, q string, limit int) ([]model.ReportSummary, error) {
	return l.SearchReports(ctx, q, limit)
}

func (l *library) CreateReport(ctx context.Context, r *model.Report) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.nextID++
	r.ID, r.Rev = l.nextID, model.NewRev()
	r.CreatedAt, r.UpdatedAt = time.Now(), time.Now()
	l.seq++
	l.updated[r.ID] = l.seq
	l.reports[r.ID] = r.Clone()
	return nil
}

func (l *library) UpdateReport(ctx context.Context, r *model.Report, kind model.SaveKind) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	old, ok := l.reports[r.ID]
	if !ok {
		return &model.Error{Code: model.ENOTFOUND, Message: "not found"}
	}
	if old.Rev != r.Rev {
		return &model.Error{Code: model.ECONFLICT, Message: "changed elsewhere"}
	}
	r.Rev, r.UpdatedAt = model.NewRev(), time.Now()
	l.seq++
	l.updated[r.ID] = l.seq
	l.reports[r.ID] = r.Clone()
	l.saves = append(l.saves, kind)
	if kind == model.SaveExplicit {
		l.revs = append(l.revs, model.Revision{ID: int64(len(l.revs) + 1), ReportID: r.ID, Rev: r.Rev,
			Reason: model.ReasonSave, CreatedAt: time.Now(), Report: r.Clone()})
	}
	return nil
}

func (l *library) FindRevisions(ctx context.Context, reportID int64) ([]model.Revision, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []model.Revision
	for i := len(l.revs) - 1; i >= 0; i-- {
		if l.revs[i].ReportID == reportID {
			r := l.revs[i]
			r.Report = nil
			out = append(out, r)
		}
	}
	return out, nil
}

func (l *library) FindRevisionByID(ctx context.Context, id int64) (*model.Revision, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.revs {
		if r.ID == id {
			c := r
			c.Report = r.Report.Clone()
			return &c, nil
		}
	}
	return nil, &model.Error{Code: model.ENOTFOUND, Message: "not found"}
}

func (l *library) KeepRevision(ctx context.Context, reportID int64, reason model.RevisionReason) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.reports[reportID]
	if !ok {
		return &model.Error{Code: model.ENOTFOUND, Message: "not found"}
	}
	for _, rv := range l.revs {
		if rv.ReportID == reportID && rv.Rev == r.Rev {
			return nil
		}
	}
	l.revs = append(l.revs, model.Revision{ID: int64(len(l.revs) + 1), ReportID: reportID, Rev: r.Rev,
		Reason: reason, CreatedAt: time.Now(), Report: r.Clone()})
	return nil
}

func (l *library) RecordHandOff(ctx context.Context, reportID int64, fromRev string, sent *model.Report, author string, via model.Channel) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.reports[reportID]
	if !ok {
		return &model.Error{Code: model.ENOTFOUND, Message: "not found"}
	}
	if r.Rev == fromRev {
		r.Status, r.Rev = sent.Status, sent.Rev
	}
	l.revs = append(l.revs, model.Revision{ID: int64(len(l.revs) + 1), ReportID: reportID, Rev: sent.Rev,
		Reason: via.Sent(), Author: author, CreatedAt: time.Now(), Report: sent.Clone()})
	return nil
}

func (l *library) SetStatus(ctx context.Context, id int64, s model.Status, author, note string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.reports[id]
	if !ok {
		return &model.Error{Code: model.ENOTFOUND, Message: "not found"}
	}
	if author == "" {
		author = l.user
	}
	r.Status, r.Rev = s, model.NewRev()
	l.seq++
	l.updated[id] = l.seq
	l.revs = append(l.revs, model.Revision{ID: int64(len(l.revs) + 1), ReportID: id, Rev: r.Rev,
		Reason: model.StatusReason(s), Author: author, Note: note, CreatedAt: time.Now(), Report: r.Clone()})
	return nil
}

func (l *library) DeleteReport(ctx context.Context, id int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.reports, id)
	delete(l.updated, id)
	return nil
}

func (l *library) ImportReport(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions) (*model.ImportResult, error) {
	return nil, &model.Error{Code: model.EINTERNAL, Message: "not in the fake"}
}

func (l *library) ImportReview(ctx context.Context, r *model.Report, photos []model.ImportPhoto, opts model.ImportOptions, history []model.Revision, comments []model.Comment) (*model.ImportResult, error) {
	return nil, &model.Error{Code: model.EINTERNAL, Message: "not in the fake"}
}

func (l *library) stored(id int64) *model.Report {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reports[id].Clone()
}

func (l *library) saveCount() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.saves)
}

func (l *library) AddPhoto(ctx context.Context, filename string, data []byte) (*model.Photo, error) {
	if _, _, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
		return nil, &model.Error{Code: model.EINVALID, Message: "“" + filename + "” is not an image"}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	id := int64(len(l.photos) + 1)
	p := &model.Photo{ID: id, UUID: model.NewUUID(), Filename: filename,
		Thumb: model.PhotoFile{MIME: "image/jpeg", Width: 32, Height: 24, Data: testJPEG(32, 24)}}
	l.photos[id] = p
	return p, nil
}

func (l *library) FindPhotoByID(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.photos[id], nil
}

func (l *library) FindThumbs(ctx context.Context, ids []int64) (map[int64]model.PhotoFile, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[int64]model.PhotoFile{}
	for _, id := range ids {
		if p, ok := l.photos[id]; ok {
			out[id] = p.Thumb
		}
	}
	return out, nil
}

func (l *library) HavePhotos(ctx context.Context, uuids []string) (map[string]bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string]bool{}
	for _, p := range l.photos {
		for _, u := range uuids {
			if p.UUID == u {
				out[u] = true
			}
		}
	}
	return out, nil
}

func testJPEG(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 8), uint8(y * 10), 120, 255})
		}
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	return b.Bytes()
}

// statusMatches applies a ReportFilter's Status and Statuses as the library does.
func statusMatches(f model.ReportFilter, s model.Status) bool {
	if f.Status != nil && s != *f.Status {
		return false
	}
	if len(f.Statuses) == 0 {
		return true
	}
	for _, st := range f.Statuses {
		if st == s {
			return true
		}
	}
	return false
}

// settings is an in-memory SettingService.
type settings struct {
	mu     sync.Mutex
	values map[string]string
}

func newSettings(kv ...string) *settings {
	s := &settings{values: map[string]string{}}
	for i := 0; i+1 < len(kv); i += 2 {
		s.values[kv[i]] = kv[i+1]
	}
	return s
}

func (s *settings) Setting(ctx context.Context, key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values[key], nil
}

func (s *settings) SetSetting(ctx context.Context, key, value string) error {
	if st, ok := model.FindSetting(key); ok && st.Valid != nil && value != "" {
		if err := st.Valid(value); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.values[key] = value
	return nil
}

func (s *settings) Settings(ctx context.Context) (map[string]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]string{}
	for k, v := range s.values {
		out[k] = v
	}
	return out, nil
}

// comments is an in-memory CommentService; an empty author is user.
type comments struct {
	mu   sync.Mutex
	user string
	all  []model.Comment
}

func (c *comments) FindComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []model.Comment
	for _, cm := range c.all {
		if cm.ReportID == reportID {
			out = append(out, cm)
		}
	}
	return out, nil
}

func (c *comments) CreateComment(ctx context.Context, cm *model.Comment) error {
	cm.Normalize()
	if err := cm.Validate(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	cm.ID = int64(len(c.all) + 1)
	if cm.Author == "" {
		cm.Author = c.user
	}
	cm.CreatedAt = time.Now().Add(time.Duration(len(c.all)) * time.Second)
	c.all = append(c.all, *cm)
	return nil
}

func (c *comments) ResolveComment(ctx context.Context, id int64, resolved bool, by string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var uuid string
	for _, cm := range c.all {
		if cm.ID == id {
			uuid = cm.UUID
			if cm.ReplyTo != "" {
				uuid = cm.ReplyTo
			}
		}
	}
	if by == "" {
		by = c.user
	}
	for i := range c.all {
		if c.all[i].UUID == uuid {
			c.all[i].Resolved, c.all[i].ResolvedBy = resolved, by
		}
	}
	return nil
}

func (c *comments) DeleteComment(ctx context.Context, id int64) error { return nil }

func (c *comments) FindAllComments(ctx context.Context, reportID int64) ([]model.Comment, error) {
	return c.FindComments(ctx, reportID)
}
