package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
	"newsdesk/vntext"
)

// PDFJob is one PDF to make: one report, or a bulletin of several.
type PDFJob struct {
	IDs   []int64
	Title string     // a bulletin's title; "" for one report
	Date  model.Date // a bulletin's date
	Path  string     // where to write it
	Force bool       // replace a file of another kind there (the person confirmed it)
}

// Printing is what the window needs from the PDF side: making a PDF with
// progress and printing one (the use cases', see Services.UseDesk), opening one
// with the system's viewer.
type Printing struct {
	// WritePDF writes the job's PDF; it honours ctx and reports progress.
	WritePDF func(ctx context.Context, job PDFJob, progress func(done, total int)) error
	// Print makes the job's PDF, named name, only to hand it to the printer queue
	// (it goes once printed), and returns the printer's name.
	Print func(ctx context.Context, job PDFJob, name string, progress func(done, total int)) (string, error)
	// Open shows a file with the system's viewer.
	Open func(path string) error
}

// ExportPDF asks where to save the open report as a PDF (Ctrl+E), then makes it in
// the background with a progress bar and a way to cancel, and offers to open it.
func (m *MainWindow) ExportPDF() {
	if m.Editor == nil || m.svc.Printing == nil {
		return
	}
	r := m.Editor.Report()
	if err := r.Ready(); err != nil {
		showInformation(msg.T("ui.pdf.title"), model.ErrorMessage(err), m.Window)
		return
	}
	m.Editor.SaveNow()
	m.withMasthead(func() { m.savePDF(fileSlug(r.Headline)+".pdf", PDFJob{IDs: []int64{r.ID}}) })
}

// savePDF asks for a file name with the save dialog, then writes the job there.
func (m *MainWindow) savePDF(name string, job PDFJob) {
	m.askSavePath(outfile.PDF, askFor("ui.files.save.pdf", "ui.files.pdf", ".pdf"), name, func(path string, force bool) {
		job.Path, job.Force = path, force
		m.runPDF(job, func() {
			m.saidSaved(msg.T("ui.pdf.title"), path, func() { m.openFile(msg.T("ui.pdf.title"), path) })
		})
	})
}

// openFile shows a saved file with the system's viewer, off the UI thread (the
// system may wait for the viewer to start), saying under title why it could not.
func (m *MainWindow) openFile(title, path string) {
	if m.svc.Printing == nil || m.svc.Printing.Open == nil {
		return
	}
	go func() {
		if err := m.svc.Printing.Open(path); err != nil {
			fyne.Do(func() { m.inform(title, model.ErrorMessage(err)) })
		}
	}()
}

// saidSaved says a file was saved, naming it and its folder on lines of their
// own (a path wrapped inside a sentence breaks in the middle of a name), with
// the information icon and a button that opens the file.
func (m *MainWindow) saidSaved(title, path string, open func()) {
	name := widget.NewLabelWithStyle(filepath.Base(path), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	folder := widget.NewLabel(msg.T("ui.saved.folder", filepath.Dir(path)))
	folder.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(widget.NewLabel(msg.T("ui.saved")), name, folder)
	var d *dialog.CustomDialog
	openBtn := widget.NewButtonWithIcon(msg.T("ui.pdf.open"), theme.FileIcon(), func() { d.Hide(); open() })
	openBtn.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(title, content, m.Window)
	d.SetIcon(theme.InfoIcon())
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(msg.T("ui.close"), func() { d.Hide() }), openBtn})
	showDialog(m.Window, d, fyne.NewSize(480, 0))
}

// runPDF makes the job's PDF in the background with a progress dialog whose button
// cancels it; done runs on the UI thread after success.
func (m *MainWindow) runPDF(p PDFJob, done func()) {
	m.runPDFWith(p, "ui.pdf", func(ctx context.Context, p PDFJob, progress func(done, total int)) error {
		return m.svc.Printing.WritePDF(ctx, p, progress)
	}, done)
}

// runPDFWith runs work that makes the job's PDF (making it, printing it) as
// runPDF does, in the words of kind ("ui.pdf", "ui.print"): its title, what is
// being done, and that it was cancelled.
func (m *MainWindow) runPDFWith(p PDFJob, kind string, work func(ctx context.Context, p PDFJob, progress func(done, total int)) error, done func()) {
	title := msg.T(kind + ".title")
	var id int64
	if m.Editor != nil {
		id = m.Editor.Report().ID // the PDF is made from the library: with the last words typed
	}
	if m.Editor != nil && !slices.Contains(p.IDs, id) {
		id = 0
	}
	m.runJob(job{title: title, label: msg.T(kind + ".working"), reportID: id,
		retarget: func(to int64) { // the typing went to a linked copy: print that
			p.IDs = slices.Clone(p.IDs)
			p.IDs[slices.Index(p.IDs, id)] = to
		},
		run: func(ctx context.Context, progress func(done, total int)) error { return work(ctx, p, progress) },
		done: func(err error, cancelled bool) {
			switch {
			case cancelled:
				if m.Editor != nil {
					m.Editor.Status.SetText(msg.T(kind + ".cancelled"))
				}
			case err != nil:
				showInformation(title, model.ErrorMessage(err), m.Window)
			default:
				done()
			}
		}})
}

// PrintReport prints the open report (Ctrl+P): a PDF made in a temporary folder,
// sent to the system's printer queue; when no printer is set up, it says so.
func (m *MainWindow) PrintReport() {
	if m.Editor == nil || m.svc.Printing == nil {
		return
	}
	r := m.Editor.Report()
	if err := r.Ready(); err != nil {
		showInformation(msg.T("ui.print.title"), model.ErrorMessage(err), m.Window)
		return
	}
	m.Editor.SaveNow()
	m.withMasthead(func() { m.printJob(PDFJob{IDs: []int64{r.ID}}, fileSlug(r.Headline)+".pdf") })
}

// printJob makes the job's PDF, named name, and sends it to the printer queue,
// in the background with a progress dialog; it says which printer took it, or
// why none did.
func (m *MainWindow) printJob(job PDFJob, name string) {
	var printer string
	m.runPDFWith(job, "ui.print", func(ctx context.Context, job PDFJob, progress func(done, total int)) (err error) {
		printer, err = m.svc.Printing.Print(ctx, job, name, progress)
		return err
	}, func() { showInformation(msg.T("ui.print.title"), msg.T("ui.print.sent", printer), m.Window) })
}

// ShowBulletin picks reports for a clerk's bulletin (approved and published ones are
// ticked first), with its title and date, then saves or prints it.
func (m *MainWindow) ShowBulletin() {
	if m.svc.Printing == nil {
		return
	}
	m.withMasthead(m.showBulletin)
}

func (m *MainWindow) showBulletin() {
	items := m.Library.Items()
	chosen := make([]bool, len(items))
	for i, r := range items {
		chosen[i] = r.Status == model.StatusApproved || r.Status == model.StatusPublished
	}
	// The bulletin prints the ticked reports in this order, which the arrows change.
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	list := container.NewVBox()
	var fill func()
	move := func(at, by int) {
		if to := at + by; to >= 0 && to < len(order) {
			order[at], order[to] = order[to], order[at]
			fill()
		}
	}
	fill = func() {
		list.RemoveAll()
		for at, i := range order {
			r := items[i]
			// Number, time and status beside the headline: reports of one headline
			// must be told apart.
			label := fmt.Sprintf("#%d · %s · %s · %s", r.ID, vntext.Shorten(r.Headline, 70), r.Status.Label(),
				r.UpdatedAt.Local().Format("02/01/2006 15:04"))
			c := widget.NewCheck(label, func(on bool) { chosen[i] = on })
			c.SetChecked(chosen[i])
			up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { move(at, -1) })
			down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { move(at, 1) })
			list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(up, down), c))
		}
		list.Refresh()
	}
	fill()
	title := widget.NewEntry()
	title.SetText(msg.T("ui.bulletin.default", time.Now().Format("02/01/2006")))
	date := widget.NewEntry()
	date.SetText(time.Now().Format("2/1/2006"))
	save := func(print bool) func() {
		return func() {
			var ids []int64
			for _, i := range order {
				if chosen[i] {
					ids = append(ids, items[i].ID)
				}
			}
			d, err := model.ParseDate(date.Text)
			switch {
			case len(ids) == 0:
				showInformation(msg.T("ui.bulletin.title"), msg.T("ui.bulletin.none"), m.Window)
				return
			case err != nil || d == "":
				showInformation(msg.T("ui.bulletin.title"), msg.T("ui.bulletin.baddate", date.Text), m.Window)
				return
			case strings.TrimSpace(title.Text) == "":
				showInformation(msg.T("ui.bulletin.title"), msg.T("ui.bulletin.notitle"), m.Window)
				return
			}
			job := PDFJob{IDs: ids, Title: vntext.OneLine(title.Text), Date: d}
			if print {
				m.printJob(job, fileSlug(job.Title)+".pdf")
			} else {
				m.savePDF(fileSlug(job.Title)+".pdf", job)
			}
		}
	}
	form := widget.NewForm(widget.NewFormItem(msg.T("ui.bulletin.name"), title), widget.NewFormItem(msg.T("ui.field.date"), date))
	buttons := container.NewHBox(widget.NewButton(msg.T("ui.bulletin.save"), save(false)), widget.NewButton(msg.T("ui.bulletin.print"), save(true)))
	content := container.NewBorder(form, buttons, nil, nil, container.NewVScroll(list))
	d := dialog.NewCustom(msg.T("ui.bulletin.title"), msg.T("ui.close"), content, m.Window)
	showDialog(m.Window, d, fyne.NewSize(760, 560))
}

var notSlug = regexp.MustCompile(`[^a-z0-9]+`)

// fileSlug makes a file name from a headline: "Hội nghị tổng kết" → "hoi-nghi-tong-ket".
func fileSlug(s string) string {
	slug := strings.Trim(notSlug.ReplaceAllString(vntext.Fold(s), "-"), "-")
	if len(slug) > 60 {
		// At a word's end: "…-chinh-quyen", not "…-chinh-quyen-dia-p".
		cut := slug[:61]
		if i := strings.LastIndex(cut, "-"); i > 20 {
			cut = cut[:i]
		}
		slug = strings.TrimRight(cut[:min(len(cut), 60)], "-")
	}
	if slug == "" {
		slug = fmt.Sprintf("newsdesk-%d", time.Now().Unix())
	}
	return slug
}
