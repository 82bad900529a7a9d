package main

import (
	"context"
	"time"

	"newsdesk/desk"
	"newsdesk/outfile"
	"newsdesk/pdf"
	"newsdesk/ui"
)

// printing gives the window the PDF side: making a report or a bulletin, printing,
// and opening a file with the system's viewer.
func (m *Main) printing() *ui.Printing {
	go pdf.SweepPrintTemp(time.Hour) // what earlier prints left to a PDF viewer
	return &ui.Printing{
		WritePDF: func(ctx context.Context, job ui.PDFJob, progress func(done, total int)) error {
			_, err := m.desk().MakePDF(ctx, desk.PDFJob{IDs: job.IDs, Title: job.Title, Date: job.Date, Path: job.Path,
				Output: outfile.Options{Library: m.dbPath, Force: job.Force}}, progress)
			return err
		},
		Print: func(ctx context.Context, path string) (string, error) {
			return pdf.Print(ctx, path, "")
		},
		Open:    pdf.Show,
		TempDir: pdf.PrintTempDir,
	}
}
