package desk

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"newsdesk/model"
	"newsdesk/outfile"
)

// PDFFuncs are the PDF side (package pdf).
type PDFFuncs struct {
	// WritePDF encodes the reports to w: one report's PDF, or a bulletin when
	// opt.Title is set. It returns the characters no font could draw.
	WritePDF func(ctx context.Context, w io.Writer, reports []*model.Report, opt PDFOptions) (missing []rune, err error)
	// PrintPDF hands the PDF at path to the printer queue — printer's, or the
	// default one's when it is "" — and returns the printer's name.
	PrintPDF func(ctx context.Context, path, printer string) (string, error)
	// PrintTempDir makes a folder for a PDF made only to be printed;
	// ReleasePrintTemp removes it once no program needs the PDF any more.
	PrintTempDir     func() (string, error)
	ReleasePrintTemp func(dir string)
}

// PDFOptions are what the PDF encoder needs besides the reports.
type PDFOptions struct {
	Title    string     // a bulletin's title; "" for one report
	Date     model.Date // a bulletin's date
	Settings map[string]string
	Photo    PhotoFunc // the print copies
	Progress func(done, total int)
}

// PDFJob is one PDF to make.
type PDFJob struct {
	IDs    []int64
	Title  string     // a bulletin's title; "" for one report
	Date   model.Date // a bulletin's date
	Path   string
	Output outfile.Options
}

// PDFMade is what making a PDF has to say besides the file.
type PDFMade struct {
	// Missing are the characters no font could draw (printed as boxes).
	Missing []rune
	// NoAgency says the settings name no agency, so the header is blank.
	NoAgency bool
}

// MakePDF makes the job's PDF at job.Path (a report asked for twice, once), by
// the rules for output files, through a temporary file (a failed or cancelled
// run leaves nothing), with the agency's details and the photo resolution the
// settings give and the photos' print copies, telling progress per photo.
func (d *Desk) MakePDF(ctx context.Context, job PDFJob, progress func(done, total int)) (*PDFMade, error) {
	if err := outfile.Check(job.Path, outfile.PDF, job.Output); err != nil {
		return nil, err
	}
	var reports []*model.Report
	for i, id := range job.IDs {
		if slices.Contains(job.IDs[:i], id) {
			continue // a report asked for twice is printed once
		}
		r, err := d.report(ctx, id)
		if err != nil {
			return nil, err
		}
		reports = append(reports, r)
	}
	settings, err := d.Settings.Settings(ctx)
	if err != nil {
		return nil, err
	}
	opt := PDFOptions{Title: job.Title, Date: job.Date, Settings: settings, Progress: progress,
		Photo: func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
			p, err := d.Photos.FindPhotoByID(ctx, b.PhotoID, model.VariantPrint)
			if err != nil {
				return model.PhotoFile{}, err
			}
			return p.Print, nil
		}}
	made := &PDFMade{NoAgency: strings.TrimSpace(settings[model.SettingAgencyName]) == ""}
	err = outfile.Write(job.Path, outfile.PDF, job.Output, func(f *os.File) error {
		made.Missing, err = d.WritePDF(ctx, f, reports, opt)
		return err
	})
	if err != nil {
		return nil, err
	}
	return made, nil
}

// PrintJob is a PDF to print.
type PrintJob struct {
	PDFJob
	// Name is the file's name when the PDF is made only to be printed (Path
	// ""): it goes to a folder of its own, and the print queue shows the name.
	Name    string
	Printer string // "" for the default printer
}

// Print makes the job's PDF (MakePDF) and hands it to the printer queue,
// returning what making it had to say and the printer's name. A PDF made only
// to be printed goes once the printing system has taken it, or once the program
// it was handed to lets it go; one kept at job.Path stays whatever the printer
// says (made is then not nil).
func (d *Desk) Print(ctx context.Context, job PrintJob, progress func(done, total int)) (made *PDFMade, printer string, err error) {
	if job.Path == "" {
		dir, err := d.PrintTempDir()
		if err != nil {
			return nil, "", model.Errorf(model.EINTERNAL, "desk.print.temp")
		}
		defer d.ReleasePrintTemp(dir)
		job.Path = filepath.Join(dir, job.Name)
	}
	if made, err = d.MakePDF(ctx, job.PDFJob, progress); err != nil {
		return nil, "", err
	}
	printer, err = d.PrintPDF(ctx, job.Path, job.Printer)
	return made, printer, err
}
