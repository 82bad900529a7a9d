package desk

import (
	"context"
	"io"
	"os"

	"newsdesk/model"
	"newsdesk/outfile"
)

// BundleFuncs are the report bundle's writer and reader (package bundle).
type BundleFuncs struct {
	// WriteBundle writes a bundle of the report; photo gives each photo's file
	// (asked twice per photo: to describe it, then to write it).
	WriteBundle func(w io.Writer, r *model.Report, photo BundlePhotoFunc, opt BundleOptions) error
	// ReadBundle reads and checks a bundle; its photos stay in the file until
	// the import stores them, so the reader must stay open until then.
	ReadBundle func(r io.ReaderAt, size int64) (*model.Handoff, error)
}

// BundlePhotoFunc returns a photo's file name and stored file by PhotoID.
type BundlePhotoFunc func(photoID int64) (filename string, file model.PhotoFile, err error)

// BundleOptions say what a bundle carries besides the report.
type BundleOptions struct {
	PrintPhotos bool // print copies instead of the originals (lighter, for e-mail)
	// Review, when set, makes a review bundle: the history (with content) and the
	// comments travel with the report.
	Review   bool
	History  []model.Revision
	Comments []model.Comment
	// Lineage is the Revs the report went through, newest first.
	Lineage []string
}

// BundleJob is one bundle to write.
type BundleJob struct {
	ID          int64
	Path        string
	PrintPhotos bool
	Review      bool
	Output      outfile.Options // the rules the file obeys (the library never written over; Force)
}

// ExportBundle writes report job.ID's bundle to job.Path through a temporary
// file — a failed or cancelled export leaves nothing behind — telling progress
// per photo written, then keeps what went away in the history, as it went: the
// point a later merge compares both sides against. An export over the library
// is refused before any work.
func (d *Desk) ExportBundle(ctx context.Context, job BundleJob, progress func(done, total int)) error {
	if err := outfile.Check(job.Path, outfile.Bundle, job.Output); err != nil {
		return err
	}
	r, err := d.report(ctx, job.ID)
	if err != nil {
		return err
	}
	variant := model.VariantOriginal
	if job.PrintPhotos {
		variant = model.VariantPrint
	}
	calls, written, distinct := map[int64]int{}, 0, map[int64]bool{}
	for _, b := range r.Photos() {
		distinct[b.PhotoID] = true
	}
	photo := func(photoID int64) (string, model.PhotoFile, error) {
		if err := ctx.Err(); err != nil {
			return "", model.PhotoFile{}, err
		}
		p, err := d.Photos.FindPhotoByID(ctx, photoID, variant)
		if err != nil {
			return "", model.PhotoFile{}, err
		}
		if calls[photoID]++; calls[photoID] == 2 && progress != nil {
			written++
			progress(written, len(distinct))
		}
		if job.PrintPhotos {
			return p.Filename, p.Print, nil
		}
		return p.Filename, p.Original, nil
	}
	opt := BundleOptions{PrintPhotos: job.PrintPhotos, Review: job.Review}
	if job.Review {
		if opt.History, err = d.History(ctx, job.ID, 0); err != nil {
			return err
		}
		if opt.Comments, err = d.Comments.FindAllComments(ctx, job.ID); err != nil {
			return err
		}
		opt.Lineage = revs(opt.History) // read once, for both
	} else if opt.Lineage, err = d.Lineage(ctx, job.ID); err != nil {
		return err
	}
	if err := outfile.Write(job.Path, outfile.Bundle, job.Output, func(f *os.File) error {
		return d.WriteBundle(f, r, photo, opt)
	}); err != nil {
		return err
	}
	return d.Revisions.RecordHandOff(context.WithoutCancel(ctx), job.ID, r.Rev, r, "", model.ChannelBundle)
}

// ImportBundle brings in the bundle at path by the import rule (DecideImport),
// with its history and comments when it is a review bundle. The zip is read where
// it lies (a bundle of camera originals is hundreds of megabytes).
func (d *Desk) ImportBundle(ctx context.Context, path string, asCopy bool) (*model.ImportResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "desk.file.unreadable", path)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, model.Errorf(model.EINVALID, "desk.file.unreadable", path)
	}
	h, err := d.ReadBundle(f, st.Size())
	if err != nil {
		return nil, err
	}
	return d.Reports.ImportReview(ctx, h.Report, h.Photos, model.ImportOptions{AsCopy: asCopy, Via: model.ChannelBundle}, h.History, h.Comments)
}

// History is the report's revisions with their content, newest first, the newest
// limit of them (0: all): what a review bundle and a push carry.
func (d *Desk) History(ctx context.Context, id int64, limit int) ([]model.Revision, error) {
	list, err := d.Revisions.FindRevisions(ctx, id)
	if err != nil {
		return nil, err
	}
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	var out []model.Revision
	for _, r := range list {
		full, err := d.Revisions.FindRevisionByID(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, *full)
	}
	return out, nil
}

// Lineage is the Revs report id went through, newest first: what a hand-off
// carries so the other side can tell a later version of its own from another
// branch.
func (d *Desk) Lineage(ctx context.Context, id int64) ([]string, error) {
	list, err := d.Revisions.FindRevisions(ctx, id)
	if err != nil {
		return nil, err
	}
	return revs(list), nil
}

// revs is the Revs of a history, newest first, each once.
func revs(history []model.Revision) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range history {
		if !seen[r.Rev] {
			seen[r.Rev] = true
			out = append(out, r.Rev)
		}
	}
	return out
}
