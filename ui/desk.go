package ui

import (
	"context"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/outfile"
)

// UseDesk sets what the window does through function fields — bundles, Word
// documents, making PDFs, the portal — to the use cases (package desk), the same
// the command line calls, so that the window takes the same steps by the same
// rules; tests set fakes instead. library is the library's file, which no file
// the window writes may replace. Printing, when set, keeps its viewer
// and gets its PDFs and printing from the desk.
func (s *Services) UseDesk(d *desk.Desk, library string) {
	output := func(force bool) outfile.Options { return outfile.Options{Library: library, Force: force} }
	s.OpenBundle = func(ctx context.Context, path string) (*model.ImportResult, error) {
		return d.ImportBundle(ctx, path, false)
	}
	s.SaveBundle = func(ctx context.Context, job BundleJob, progress func(done, total int)) error {
		return d.ExportBundle(ctx, desk.BundleJob{ID: job.ID, Path: job.Path, PrintPhotos: job.PrintPhotos, Review: true,
			Output: output(job.Force)}, progress)
	}
	s.Word = &Word{
		Import: func(ctx context.Context, path string) (int64, []string, error) {
			res, err := d.ImportWord(ctx, path)
			if err != nil {
				return 0, nil, err
			}
			return res.ReportID, res.Notes, nil
		},
		Export: func(ctx context.Context, id int64, path string, force bool) error {
			return d.ExportWord(ctx, id, path, output(force))
		},
	}
	if s.Printing != nil {
		pdfJob := func(job PDFJob) desk.PDFJob {
			return desk.PDFJob{IDs: job.IDs, Title: job.Title, Date: job.Date, Path: job.Path, Output: output(job.Force)}
		}
		s.Printing.WritePDF = func(ctx context.Context, job PDFJob, progress func(done, total int)) error {
			_, err := d.MakePDF(ctx, pdfJob(job), progress)
			return err
		}
		s.Printing.Print = func(ctx context.Context, job PDFJob, name string, progress func(done, total int)) (string, error) {
			_, printer, err := d.Print(ctx, desk.PrintJob{PDFJob: pdfJob(job), Name: name}, progress)
			return printer, err
		}
	}
	s.Portal = &Portal{
		Profiles: d.PortalNames,
		Push: func(ctx context.Context, id int64, portal, status string, overwrite bool, progress func(done, total int)) (*Pushed, error) {
			// The window asked before an unapproved publish (model.PublishGate); a
			// portal out of reach queues the push.
			res, queued, err := d.PushOrQueue(ctx, desk.PushRequest{ReportID: id, Portal: portal, Unapproved: true,
				Progress: progress, QueueOffline: true, PushOptions: model.PushOptions{Status: status, Overwrite: overwrite}})
			if queued {
				return &Pushed{Queued: true}, nil
			}
			if err != nil {
				return nil, err
			}
			return &Pushed{Link: res.State.Link, Where: res.State.Where(), Warnings: res.Warnings}, nil
		},
		SendQueued: func(ctx context.Context, around func(int64) func()) error {
			_, err := d.SendQueued(ctx, desk.QueueRound{Around: around})
			return err
		},
		Where: d.Where,
		Pending: func(ctx context.Context, portal string) ([]PendingPost, error) {
			posts, err := d.PendingPosts(ctx, portal)
			out := make([]PendingPost, 0, len(posts))
			for _, p := range posts {
				out = append(out, PendingPost{ID: p.ID, Author: p.Author, Headline: p.Headline, Modified: p.Modified()})
			}
			return out, err
		},
		Open: func(ctx context.Context, portal string, postID int64, progress func(done, total int)) (*model.ImportResult, []string, error) {
			res, err := d.OpenPost(ctx, portal, postID, progress)
			if err != nil {
				return nil, nil, err
			}
			return &model.ImportResult{ReportID: res.ReportID, Outcome: res.Outcome, LinkedID: res.LinkedID,
				Comments: res.Comments}, res.Warnings, nil
		},
	}
}
