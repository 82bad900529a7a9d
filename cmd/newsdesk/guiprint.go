package main

import (
	"context"
	"os/exec"
	"runtime"
	"time"

	"newsdesk/desk"
	"newsdesk/model"
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
		Open:    openWithSystem,
		TempDir: pdf.PrintTempDir,
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
