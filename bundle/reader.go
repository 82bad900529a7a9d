package bundle

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

const megabyte = 1 << 20

func readBundle(ra io.ReaderAt, size int64) (*Bundle, error) {
	zr, err := zip.NewReader(ra, size)
	if errors.Is(err, zip.ErrInsecurePath) {
		err = nil // checked below, name by name, with a message that names the entry
	}
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "bundle.notzip")
	}
	if len(zr.File) > MaxEntries {
		return nil, model.Errorf(model.EINVALID, "bundle.entry.toomany", len(zr.File), MaxEntries)
	}
	entries := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		if !safePath(f.Name) {
			return nil, model.Errorf(model.EINVALID, "bundle.entry.path", f.Name)
		}
		if _, dup := entries[f.Name]; dup {
			return nil, model.Errorf(model.EINVALID, "bundle.entry.duplicate", f.Name)
		}
		if f.UncompressedSize64 > MaxEntrySize {
			return nil, model.Errorf(model.EINVALID, "bundle.entry.toolarge", f.Name, MaxEntrySize/megabyte)
		}
		entries[f.Name] = f
	}

	mf := entries[ManifestName]
	if mf == nil {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.missing")
	}
	raw, err := readEntry(mf)
	if err != nil {
		return nil, err
	}
	m, err := decodeManifest(raw)
	if err != nil {
		return nil, err
	}

	r, err := fromManifest(m.Report)
	if err != nil {
		return nil, err
	}
	if !uuidPattern.MatchString(r.UUID) {
		return nil, model.Errorf(model.EINVALID, "bundle.uuid.invalid", r.UUID)
	}
	r.Normalize()
	if err := r.Validate(); err != nil {
		return nil, model.Errorf(model.EINVALID, "bundle.report.invalid", model.ErrorMessage(err))
	}

	photos, err := readPhotos(entries, m.Photos)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	for i, b := range r.Body {
		if b.Kind != model.BlockPhoto || b.Photo == nil {
			continue
		}
		if photos[b.Photo.UUID] == nil {
			return nil, model.Errorf(model.EINVALID, "bundle.block.photo", i+1, b.Photo.UUID)
		}
		used[b.Photo.UUID] = true
	}
	// Photos no block uses are checked but not returned: the library would keep them
	// for nothing.
	var out []model.ImportPhoto
	for _, pf := range m.Photos {
		if used[pf.UUID] {
			out = append(out, *photos[pf.UUID])
		}
	}
	if len(m.Lineage) > MaxLineage {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", "lineage")
	}
	for _, rev := range m.Lineage {
		if rev == "" || len(rev) > 64 {
			return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", "lineage")
		}
	}
	b := &Bundle{Report: r, Photos: out, Lineage: m.Lineage}
	if rf := entries[ReviewName]; rf != nil {
		raw, err := readEntry(rf)
		if err != nil {
			return nil, err
		}
		if b.Review, err = fromReviewFile(raw); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// decodeManifest reads newsdesk.json, refusing a format newer than this package's.
func decodeManifest(raw []byte) (*manifest, error) {
	var v struct {
		FormatVersion json.RawMessage `json:"format_version"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.json")
	}
	var version int
	if err := json.Unmarshal(v.FormatVersion, &version); err != nil || version < 1 {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", "format_version")
	}
	if version > FormatVersion {
		return nil, model.Errorf(model.EINVALID, "bundle.version.newer", version, FormatVersion)
	}
	m := new(manifest)
	if err := json.Unmarshal(raw, m); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", te.Field)
		}
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.json")
	}
	return m, nil
}

// readPhotos checks every photo newsdesk.json lists and returns them, by photo
// UUID, to be read (and checked against their checksums) when needed.
func readPhotos(entries map[string]*zip.File, list []photoFile) (map[string]*model.ImportPhoto, error) {
	out := make(map[string]*model.ImportPhoto, len(list))
	for _, pf := range list {
		if !uuidPattern.MatchString(pf.UUID) {
			return nil, model.Errorf(model.EINVALID, "bundle.uuid.invalid", pf.UUID)
		}
		if out[pf.UUID] != nil {
			return nil, model.Errorf(model.EINVALID, "bundle.photo.duplicate", pf.UUID)
		}
		if !safePath(pf.Path) {
			return nil, model.Errorf(model.EINVALID, "bundle.entry.path", pf.Path)
		}
		f := entries[pf.Path]
		if f == nil || pf.Path == ManifestName || pf.Path == NinjsName {
			return nil, model.Errorf(model.EINVALID, "bundle.photo.missing", pf.Path)
		}
		if len(pf.SHA256) != 64 {
			return nil, model.Errorf(model.EINVALID, "bundle.photo.checksum", pf.Path)
		}
		// Read when the import needs it, and checked then.
		open := func() ([]byte, error) {
			data, err := readEntry(f)
			if err != nil {
				return nil, err
			}
			sum := sha256.Sum256(data)
			if !strings.EqualFold(hex.EncodeToString(sum[:]), pf.SHA256) {
				return nil, model.Errorf(model.EINVALID, "bundle.photo.checksum", pf.Path)
			}
			return data, nil
		}
		name := pf.Filename
		if i := strings.LastIndexAny(name, `/\`); i >= 0 {
			name = name[i+1:]
		}
		if name = vntext.OneLine(name); name == "" {
			name = path.Base(pf.Path)
		}
		out[pf.UUID] = &model.ImportPhoto{UUID: pf.UUID, Filename: name, Source: pf.Path, SHA256: strings.ToLower(pf.SHA256), Open: open}
	}
	return out, nil
}

// readEntry returns the bytes of a zip entry, stopping past MaxEntrySize whatever
// its header claims.
func readEntry(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "bundle.entry.damaged", f.Name)
	}
	defer rc.Close()
	// The declared size is only a hint: a header can lie, so never trust it with
	// more than a photo's worth of memory before the bytes arrive.
	var b bytes.Buffer
	b.Grow(int(min(f.UncompressedSize64, 32*megabyte)) + bytes.MinRead)
	n, err := b.ReadFrom(io.LimitReader(rc, MaxEntrySize+1))
	if n > MaxEntrySize {
		return nil, model.Errorf(model.EINVALID, "bundle.entry.toolarge", f.Name, MaxEntrySize/megabyte)
	}
	if err != nil {
		// archive/zip stops with ErrFormat at the size the header declares and
		// with ErrChecksum when the bytes do not match it.
		return nil, model.Errorf(model.EINVALID, "bundle.entry.damaged", f.Name)
	}
	return b.Bytes(), nil
}

// safePath reports whether name stays inside the bundle wherever it is unpacked:
// relative, forward slashes only, no "." or ".." element, no drive letter or colon.
// Directory entries ("photos/") are allowed.
func safePath(name string) bool {
	name = strings.TrimSuffix(name, "/")
	return fs.ValidPath(name) && name != "." && !strings.ContainsAny(name, `\:`)
}
