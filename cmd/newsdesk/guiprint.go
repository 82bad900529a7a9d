package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"runtime"

	"newsdesk/model"
	"newsdesk/outfile"
	"newsdesk/pdf"
	"newsdesk/ui"
)

// printing gives the window the PDF side: making a report or a bulletin, printing,
// and opening a file with the system's viewer.
func (m *Main) printing() *ui.Printing {
	return &ui.Printing{
		WritePDF: func(ctx context.Context, job ui.PDFJob, progress func(done, total int)) error {
			var reports []*model.Report
			for _, id := range job.IDs {
				r, err := m.findReport(ctx, id)
				if err != nil {
					return err
				}
				reports = append(reports, r)
			}
			opt, err := m.pdfOptions(ctx)
			if err != nil {
				return err
			}
			opt.Progress = progress
			return outfile.Write(job.Path, outfile.PDF, outfile.Options{Library: m.dbPath, Force: job.Force}, func(f *os.File) error {
				var enc pdfEncoder
				if job.Title != "" {
					b := pdf.NewBulletinEncoder(io.Writer(f), job.Title, job.Date)
					b.Options = opt
					enc = b
				} else {
					r := pdf.NewReportEncoder(f)
					r.Options = opt
					enc = r
				}
				for _, r := range reports {
					if err := enc.Encode(ctx, r); err != nil {
						return err
					}
				}
				return enc.Close()
			})
		},
		Print: func(ctx context.Context, path string) (string, error) {
			return pdf.Print(ctx, path, "")
		},
		Open:    openWithSystem,
		TempDir: func() (string, error) { return os.MkdirTemp("", "newsdesk-print-") },
	}
}

// openWithSystem opens a file with the program the desktop associates with it.
func openWithSystem(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return model.Errorf(model.EINVALID, "cli.open.failed", path)
	}
	go cmd.Wait()
	return nil
}
