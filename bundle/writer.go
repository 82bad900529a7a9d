package bundle

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"time"

	"newsdesk/model"
)

// uuidPattern is the textual form of a UUID: bundles name reports and photos
// urn:uuid:UUID and photo entries photos/UUID.ext.
var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// zipEpoch is the earliest time a zip entry can carry (MS-DOS time).
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

func writeBundle(w io.Writer, r *model.Report, photoOf PhotoFunc, opts Options) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if !uuidPattern.MatchString(r.UUID) {
		return fmt.Errorf("bundle: report UUID %q is not a UUID", r.UUID)
	}
	variant := variantOriginal
	if opts.PrintPhotos {
		variant = variantPrint
	}

	// Photos are fetched twice, once to describe them in the JSON entries that come
	// first and once to write them, so that only one is in memory at a time.
	files := map[string]*photoFile{}
	var list []photoFile
	for i, p := range r.Photos() {
		if !uuidPattern.MatchString(p.UUID) {
			return model.Errorf(model.EINVALID, "bundle.photo.nouuid", i+1)
		}
		if files[p.UUID] != nil {
			continue
		}
		f, _, err := loadPhoto(photoOf, p)
		if err != nil {
			return err
		}
		files[p.UUID] = f
		list = append(list, *f)
	}

	lineage := opts.Lineage
	if len(lineage) > MaxLineage {
		lineage = lineage[:MaxLineage]
	}
	man, err := encodeJSON(manifest{FormatVersion: FormatVersion, PhotoVariant: variant, Report: toManifest(r), Photos: list,
		Lineage: lineage})
	if err != nil {
		return err
	}
	nin, err := encodeJSON(toNinjs(r, files, variant))
	if err != nil {
		return err
	}

	type entry struct {
		name  string
		data  []byte
		photo *photoFile
	}
	entries := []entry{{name: ManifestName, data: man}, {name: NinjsName, data: nin}}
	if opts.Review != nil {
		rev, err := encodeJSON(toReviewFile(opts.Review))
		if err != nil {
			return err
		}
		entries = append(entries, entry{name: ReviewName, data: rev})
	}
	for i := range list {
		entries = append(entries, entry{name: list[i].Path, photo: &list[i]})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })

	// The same report gives the same bytes: fixed order, and every entry dated by the
	// report's last change.
	mod := r.UpdatedAt.UTC().Truncate(time.Second)
	if mod.Before(zipEpoch) {
		mod = zipEpoch
	}
	zw := zip.NewWriter(w)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod}
		if e.photo != nil {
			// Photos are compressed already: storing them saves time and nothing else.
			h.Method = zip.Store
			f, data, err := loadPhoto(photoOf, e.photo.block)
			if err != nil {
				return err
			}
			if f.SHA256 != e.photo.SHA256 {
				return fmt.Errorf("bundle: photo %s changed while the bundle was written", f.UUID)
			}
			e.data = data
		}
		ew, err := zw.CreateHeader(h)
		if err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		if _, err := ew.Write(e.data); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	return nil
}

// loadPhoto fetches the file of photo block p and describes it for the bundle.
func loadPhoto(photoOf PhotoFunc, p *model.PhotoBlock) (*photoFile, []byte, error) {
	filename, file, err := photoOf(p.PhotoID)
	mime, data := file.MIME, file.Data
	if err != nil {
		return nil, nil, fmt.Errorf("bundle: photo %s: %w", p.UUID, err)
	}
	sum := sha256.Sum256(data)
	f := &photoFile{
		UUID:     p.UUID,
		Path:     PhotoDir + p.UUID + extensionOf(mime, filename),
		Filename: filename,
		MIME:     mime,
		SHA256:   hex.EncodeToString(sum[:]),
		block:    p,
		size:     len(data),
	}
	f.width, f.height = file.Width, file.Height
	return f, data, nil
}

// encodeJSON indents v, leaving <, > and & readable: the HTML body is for people too.
func encodeJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("write bundle: %w", err)
	}
	return b.Bytes(), nil
}
