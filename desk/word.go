package desk

import (
	"context"
	"io"
	"os"

	"newsdesk/model"
	"newsdesk/outfile"
)

// WordImport is what importing a Word document did.
type WordImport struct {
	ReportID int64
	// Notes say what could not be placed as it stood (kept as plain paragraphs),
	// for the user to look at.
	Notes []string
}

// ImportWord makes a new report of the Word document at path: its kicker,
// headline, lead, paragraphs, photos with captions (through the library's photo
// import, as any photo), award tables and byline, read by ReadWord. Nothing is
// stored when any part fails. The history says it was made from a Word document.
func (d *Desk) ImportWord(ctx context.Context, path string) (*WordImport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "desk.file.unreadable", path)
	}
	defer f.Close() // the photos are read from it until the import has stored them
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, model.Errorf(model.EINVALID, "desk.file.unreadable", path)
	}
	doc, err := d.ReadWord(f, st.Size())
	if err != nil {
		return nil, err
	}
	res, err := d.Reports.ImportReport(ctx, doc.Report, doc.Photos, model.ImportOptions{AsCopy: true, Via: model.ChannelWord})
	if err != nil {
		return nil, err
	}
	return &WordImport{ReportID: res.ReportID, Notes: doc.Notes}, nil
}

// ExportWord writes report id as a Word document at path, by the rules for
// output files (never the library; a file of another kind only when force says
// the user agreed): a document for people to read and edit, so it holds what
// readers see — no comments, notes or history.
func (d *Desk) ExportWord(ctx context.Context, id int64, path string, opt outfile.Options) error {
	if err := outfile.Check(path, outfile.Word, opt); err != nil {
		return err
	}
	r, err := d.report(ctx, id)
	if err != nil {
		return err
	}
	photo := func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
		p, err := d.Photos.FindPhotoByID(ctx, b.PhotoID, model.VariantPrint)
		if err != nil {
			return model.PhotoFile{}, err
		}
		return p.Print, nil
	}
	return outfile.Write(path, outfile.Word, opt, func(f *os.File) error {
		return d.WriteWord(ctx, f, r, photo)
	})
}

// PhotoFunc returns the upright print copy of the photo a block shows.
type PhotoFunc func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error)

// WordFuncs are the Word document format's reader and writer (package docx).
type WordFuncs struct {
	// ReadWord makes a report of a Word document; a file that is none, or too
	// large, is an EINVALID error saying why.
	ReadWord func(r io.ReaderAt, size int64) (*model.ReportFile, error)
	// WriteWord writes the report as a Word document, its photos from photo.
	WriteWord func(ctx context.Context, w io.Writer, r *model.Report, photo PhotoFunc) error
}
