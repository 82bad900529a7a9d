package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/pdf"
	"newsdesk/vntext"
)

// runPDF prints one report: `newsdesk pdf ID -o FILE.pdf [--print [--printer NAME]]`.
func runPDF(ctx context.Context, m *Main, a *args) error {
	return m.makePDF(ctx, a, desk.PDFJob{IDs: []int64{a.id}})
}

// runBulletin prints several reports as one bulletin:
// `newsdesk bulletin ID... --title TEXT [--date D] -o FILE.pdf [--print]`.
func runBulletin(ctx context.Context, m *Main, a *args) error {
	var ids []int64
	for _, s := range a.pos {
		id, err := parseID(s)
		if err != nil {
			return err
		}
		ids = append(ids, id)
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
	return m.makePDF(ctx, a, desk.PDFJob{IDs: ids, Title: title, Date: date})
}

// pdfOutput returns the file named by -o, which may be left out only with
// --print (whether a PDF may be written there is desk.MakePDF's first check).
func pdfOutput(a *args) (string, error) {
	out, _ := a.value("output")
	if out == "" && !a.isSet("print") {
		return "", usageErr("cli.pdf.output")
	}
	if _, ok := a.value("printer"); ok && !a.isSet("print") {
		return "", usageErr("cli.pdf.printer")
	}
	return out, nil
}

// pdfFuncs are the PDF encoders and the printer (package pdf) as the use cases
// take them.
var pdfFuncs = desk.PDFFuncs{
	WritePDF: func(ctx context.Context, w io.Writer, reports []*model.Report, o desk.PDFOptions) ([]rune, error) {
		return pdf.WriteReports(ctx, w, reports, o.Title, o.Date, o.Settings, pdf.PhotoFunc(o.Photo), o.Progress)
	},
	PrintPDF: pdf.Print, PrintTempDir: pdf.PrintTempDir, ReleasePrintTemp: pdf.ReleasePrintTemp,
}

// makePDF makes the job's PDF where -o says, or prints it (desk.Print) when
// --print asks, and says what could not be printed as it should.
func (m *Main) makePDF(ctx context.Context, a *args, job desk.PDFJob) (err error) {
	out, err := pdfOutput(a)
	if err != nil {
		return err
	}
	job.Path, job.Output = out, m.outputOptions(a)
	var made *desk.PDFMade
	var printer string
	if a.isSet("print") {
		p := desk.PrintJob{PDFJob: job, Name: fmt.Sprintf("newsdesk-%d.pdf", job.IDs[0])}
		p.Printer, _ = a.value("printer")
		made, printer, err = m.desk().Print(ctx, p, nil)
	} else {
		made, err = m.desk().MakePDF(ctx, job, nil)
	}
	if made != nil && made.NoAgency {
		fmt.Fprintln(m.Stderr, msg.T("cli.pdf.noagency"))
	}
	if made != nil && len(made.Missing) > 0 {
		var list []string
		for _, r := range made.Missing {
			list = append(list, fmt.Sprintf("%c (U+%04X)", r, r))
		}
		fmt.Fprintln(m.Stderr, msg.T("cli.pdf.missing", strings.Join(list, ", ")))
	}
	switch {
	case err != nil && made != nil && out != "": // made, not printed
		fmt.Fprintln(m.Stderr, msg.T("cli.pdf.saved", out))
		return err
	case err != nil:
		return withForceHint(err)
	case a.isSet("print"):
		fmt.Fprintln(m.Stdout, msg.T("cli.pdf.printed", printer))
	}
	return nil
}
