package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"newsdesk/model"
	"newsdesk/outfile"
	"newsdesk/pdf"
	"newsdesk/vntext"
)

func init() {
	spec := flagSpec{values: []string{"output", "printer"}, switches: []string{"print", "force", "help"},
		short: map[string]string{"o": "output"}}
	bulletin := spec
	bulletin.values = append([]string{"title", "date"}, spec.values...)
	commands = append(commands,
		&command{name: "pdf", needs: true, spec: spec, run: runPDF},
		&command{name: "bulletin", needs: true, spec: bulletin, run: runBulletin},
	)
	helpBefore("help", "pdf", "bulletin")
}

// pdfEncoder is what the two PDF commands need of either encoder.
type pdfEncoder interface {
	Encode(ctx context.Context, r *model.Report) error
	Close() error
	Missing() []rune
}

// runPDF prints one report: `newsdesk pdf ID -o FILE.pdf [--print [--printer NAME]]`.
func runPDF(ctx context.Context, m *Main, a *args) error {
	if err := a.want(1, 1); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
	out, err := m.pdfOutput(a)
	if err != nil {
		return err
	}
	r, err := m.findReport(ctx, id)
	if err != nil {
		return err
	}
	opt, err := m.pdfOptions(ctx)
	if err != nil {
		return err
	}
	return m.writePDF(ctx, a, out, []*model.Report{r}, func(w io.Writer) pdfEncoder {
		enc := pdf.NewReportEncoder(w)
		enc.Options = opt
		return enc
	})
}

// runBulletin prints several reports as one bulletin:
// `newsdesk bulletin ID... --title TEXT [--date D] -o FILE.pdf [--print]`.
func runBulletin(ctx context.Context, m *Main, a *args) error {
	if len(a.pos) == 0 {
		return usageErr("cli.bulletin.ids")
	}
	var ids []int64
	for _, s := range a.pos {
		id, err := parseID(s)
		if err != nil {
			return err
		}
		if !slices.Contains(ids, id) { // an ID typed twice is printed once
			ids = append(ids, id)
		}
	}
	title, _ := a.value("title")
	if title = vntext.OneLine(title); title == "" {
		return usageErr("cli.bulletin.title")
	}
	date := model.Date(time.Now().Format("2006-01-02"))
	if s, ok := a.value("date"); ok {
		d, err := model.ParseDate(s)
		if err != nil || d == "" {
			return usageErr("cli.bulletin.date", s)
		}
		date = d
	}
	out, err := m.pdfOutput(a)
	if err != nil {
		return err
	}
	var reports []*model.Report
	for _, id := range ids {
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
	return m.writePDF(ctx, a, out, reports, func(w io.Writer) pdfEncoder {
		enc := pdf.NewBulletinEncoder(w, title, date)
		enc.Options = opt
		return enc
	})
}

// pdfOutput returns the file named by -o, once it is known that a PDF may be
// written there; it may be left out only with --print.
func (m *Main) pdfOutput(a *args) (string, error) {
	out, _ := a.value("output")
	if out == "" && !a.isSet("print") {
		return "", usageErr("cli.pdf.output")
	}
	if _, ok := a.value("printer"); ok && !a.isSet("print") {
		return "", usageErr("cli.pdf.printer")
	}
	if out != "" {
		if err := outfile.Check(out, outfile.PDF, m.outputOptions(a)); err != nil {
			return "", withForceHint(err)
		}
	}
	return out, nil
}

// pdfOptions reads the agency's details and the photo resolution from the settings.
func (m *Main) pdfOptions(ctx context.Context) (pdf.Options, error) {
	settings, err := m.Settings.Settings(ctx)
	if err != nil {
		return pdf.Options{}, err
	}
	return pdf.Options{
		Agency: pdf.AgencyFromSettings(settings),
		DPI:    pdf.DPIFromSettings(settings),
		Photo: func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
			p, err := m.Photos.FindPhotoByID(ctx, b.PhotoID, model.VariantPrint)
			if err != nil {
				return model.PhotoFile{}, err
			}
			return p.Print, nil
		},
	}, nil
}

// writePDF encodes reports into out (a temporary file when only printing), says
// what could not be printed as it should, and sends the file to the printer when
// --print asks.
func (m *Main) writePDF(ctx context.Context, a *args, out string, reports []*model.Report, newEncoder func(io.Writer) pdfEncoder) error {
	path := out
	if path == "" {
		dir, err := os.MkdirTemp("", "newsdesk-print-")
		if err != nil {
			return model.Errorf(model.EINTERNAL, "cli.pdf.temp")
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, fmt.Sprintf("newsdesk-%d.pdf", reports[0].ID))
	}
	var missing []rune
	err := outfile.Write(path, outfile.PDF, m.outputOptions(a), func(f *os.File) error {
		enc := newEncoder(f)
		for _, r := range reports {
			if err := enc.Encode(ctx, r); err != nil {
				return err
			}
		}
		if err := enc.Close(); err != nil {
			return err
		}
		missing = enc.Missing()
		return nil
	})
	if err != nil {
		return withForceHint(err)
	}
	if name, _ := m.Settings.Setting(ctx, model.SettingAgencyName); vntext.OneLine(name) == "" {
		fmt.Fprintln(m.Stderr, msgT("cli.pdf.noagency"))
	}
	if len(missing) > 0 {
		var list []string
		for _, r := range missing {
			list = append(list, fmt.Sprintf("%c (U+%04X)", r, r))
		}
		fmt.Fprintln(m.Stderr, msgT("cli.pdf.missing", strings.Join(list, ", ")))
	}
	if !a.isSet("print") {
		return nil
	}
	printer, _ := a.value("printer")
	name, err := pdf.Print(ctx, path, printer)
	if err != nil {
		if out != "" {
			fmt.Fprintln(m.Stderr, msgT("cli.pdf.saved", out))
		}
		return err
	}
	fmt.Fprintln(m.Stdout, msgT("cli.pdf.printed", name))
	return nil
}
