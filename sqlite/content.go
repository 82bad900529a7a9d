package sqlite

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"sync"

	"newsdesk/model"
)

// How a report's content is kept, in reports.content and revisions.content: its
// JSON compressed with DEFLATE behind a mark byte, which takes a typical report
// from about 6.5 KB to under 3 KB (a 100,000-report library from 1.7 GB to about
// 0.5 GB) for some 0.1 ms more to open a report and no more to save one.
// Libraries from before migration 010 held the JSON as text, which starts with
// "{"; reading takes both.
//
// A revision made of the report as it is now holds no content of its own (an
// empty value): it shares the report's, until the report's content changes or
// its revisions move, when keepSharedRevisions gives it its own copy first.
// Most reports have one such revision (created, submitted, approved…), and would
// otherwise hold their text twice.
const contentDeflate = 0x01

// maxContentBytes bounds what one stored content inflates to: far beyond any
// report the model accepts (model.MaxTextRunes), short of what a damaged or
// hostile value could make us allocate.
const maxContentBytes = 64 << 20

var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, 3) // within 3 % of the best size, a third faster
	return w
}}

// encodeContent returns r as stored, and the UUIDs of the photos it shows,
// space-separated, for the photos column (unused photos are found from it).
func encodeContent(r *model.Report) ([]byte, string, error) {
	raw, err := json.Marshal(r)
	if err != nil {
		return nil, "", err
	}
	return compressContent(raw), contentPhotos(r), nil
}

func compressContent(raw []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(raw)/2 + 16)
	b.WriteByte(contentDeflate)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(&b)
	w.Write(raw) // a bytes.Buffer does not fail
	w.Close()
	return b.Bytes()
}

// contentPhotos lists the UUIDs of r's photos, space-separated.
func contentPhotos(r *model.Report) string {
	var ids []string
	for _, p := range r.Photos() {
		if p.UUID != "" {
			ids = append(ids, p.UUID)
		}
	}
	return strings.Join(ids, " ")
}

var errContentDamaged = errors.New("damaged content")

// decodeContent reads stored content into r.
func decodeContent(stored []byte, r *model.Report) error {
	raw, err := contentJSON(stored)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, r)
}

// contentJSON returns the JSON of stored content, old (plain) or new.
func contentJSON(stored []byte) ([]byte, error) {
	if len(stored) == 0 {
		return nil, errContentDamaged
	}
	if stored[0] != contentDeflate {
		return stored, nil
	}
	src := bytes.NewReader(stored[1:])
	fr, _ := inflaters.Get().(io.ReadCloser)
	if fr == nil {
		fr = flate.NewReader(src)
	} else if err := fr.(flate.Resetter).Reset(src, nil); err != nil {
		return nil, errContentDamaged
	}
	defer inflaters.Put(fr)
	// JSON text compresses about 2.5 times: room for that, read at once.
	var b bytes.Buffer
	b.Grow(min(3*len(stored), maxContentBytes) + bytes.MinRead)
	if _, err := b.ReadFrom(io.LimitReader(fr, maxContentBytes+1)); err != nil || b.Len() > maxContentBytes {
		return nil, errContentDamaged
	}
	return b.Bytes(), nil
}

// inflaters keeps flate readers for reuse: each holds a 32 KB window.
var inflaters sync.Pool

// keepSharedRevisions gives the revisions that share report reportID's content
// (see contentDeflate) their own copy of it: called before the content changes
// or the revisions move to another report.
func keepSharedRevisions(ctx context.Context, tx *Tx, reportID int64) error {
	_, err := tx.ExecContext(ctx, `
		UPDATE revisions SET content = r.content, photos = r.photos
		FROM reports r WHERE r.id = revisions.report_id
			AND revisions.report_id = ? AND length(revisions.content) = 0`, reportID)
	return err
}

// compactContent is migration 010's step: each revision that holds exactly its
// report's content shares it, every other content is compressed, and the photos
// columns list what each shows.
func compactContent(ctx context.Context, tx *Tx) error {
	if _, err := tx.ExecContext(ctx, `
		UPDATE revisions SET content = ''
		FROM reports r WHERE r.id = revisions.report_id AND r.rev = revisions.rev
			AND CAST(r.content AS TEXT) = CAST(revisions.content AS TEXT)`); err != nil {
		return err
	}
	if err := compactTable(ctx, tx, `SELECT id, content FROM reports WHERE id > ? ORDER BY id LIMIT 500`,
		`UPDATE reports SET content = ?, photos = ? WHERE id = ?`); err != nil {
		return err
	}
	return compactTable(ctx, tx, `SELECT id, content FROM revisions WHERE id > ? AND length(content) > 0 ORDER BY id LIMIT 500`,
		`UPDATE revisions SET content = ?, photos = ? WHERE id = ?`)
}

// compactTable rewrites, a batch at a time, the plain contents that query finds,
// compressed, with their photos listed. Damaged ones are left as they are:
// reading says so, as before.
func compactTable(ctx context.Context, tx *Tx, query, update string) error {
	var after int64
	for {
		type row struct {
			id      int64
			content []byte
		}
		var batch []row
		rows, err := tx.QueryContext(ctx, query, after)
		if err != nil {
			return err
		}
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.content); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, r := range batch {
			after = r.id
			if len(r.content) == 0 || r.content[0] == contentDeflate {
				continue
			}
			var rep model.Report
			if json.Unmarshal(r.content, &rep) != nil {
				continue
			}
			if _, err := tx.ExecContext(ctx, update, compressContent(r.content), contentPhotos(&rep), r.id); err != nil {
				return err
			}
		}
	}
}
