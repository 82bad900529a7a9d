// Package bundle reads and writes the report bundle, Newsdesk's exchange format
// between reporter and editor (by e-mail or USB stick) and for archiving: a zip
// holding ninjs.json (IPTC ninjs 3.3, for other systems), newsdesk.json (the exact
// report, which import trusts) and the photo files. FORMAT.md describes it for
// people who exchange bundles.
//
// It imports only the standard library and Newsdesk's model, msg and vntext.
package bundle

import (
	"io"

	"newsdesk/model"
)

// FormatVersion is the version of newsdesk.json this package writes, and the newest
// it reads.
const FormatVersion = 1

// Limits on what Read accepts, so that a damaged or hostile file cannot exhaust the
// machine.
const (
	MaxEntrySize = 200 << 20 // bytes in one entry, once decompressed
	MaxEntries   = 1000      // entries in the zip
)

// Names of the fixed entries of a bundle.
const (
	NinjsName    = "ninjs.json"
	ManifestName = "newsdesk.json"
	PhotoDir     = "photos/"
)

// PhotoFunc returns the file of a photo by the photo block's PhotoID: its file name
// and the stored file (MIME type, displayed size as the library measured it at
// import, bytes). Write calls it twice per photo (to describe the photo, then to
// write it, so that one photo at a time is in memory) and expects the same bytes
// both times.
type PhotoFunc func(photoID int64) (filename string, file model.PhotoFile, err error)

// Options tunes Write.
type Options struct {
	// PrintPhotos says the PhotoFunc returns print-size copies rather than the
	// originals (export --photos print, for e-mail). The bundle records it.
	PrintPhotos bool
	// Review, when set, makes a review bundle: the report's history and comments
	// travel in review.json.
	Review *Review
	// Lineage is the Revs the report went through before this one, newest first
	// (at most MaxLineage are written).
	Lineage []string
}

// Write writes the bundle of report r to w. photo returns the bytes of a photo (by
// the photo block's PhotoID) with its file name and MIME: the original, or the
// print-size copy when opts.PrintPhotos.
func Write(w io.Writer, r *model.Report, photo PhotoFunc, opts Options) error {
	return writeBundle(w, r, photo, opts)
}

// Read reads and checks a bundle; it returns the report (UUID, Rev, BaseRev as the
// bundle carries them; PhotoID fields zero) and its photo files, read whole
// (ReadAll leaves them in the zip until needed). It refuses a bundle with any
// problem with an EINVALID *model.Error that says what is wrong, and then returns
// no report and no photos.
func Read(r io.ReaderAt, size int64) (*model.Report, []model.ImportPhoto, error) {
	b, err := readBundle(r, size)
	if err != nil {
		return nil, nil, err
	}
	for i := range b.Photos {
		if b.Photos[i].Data, err = b.Photos[i].Open(); err != nil {
			return nil, nil, err
		}
		b.Photos[i].Open = nil
	}
	return b.Report, b.Photos, nil
}
