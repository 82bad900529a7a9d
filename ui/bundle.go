package ui

import (
	"context"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.menu.openbundle":   {VI: "Mở gói bài…", EN: "Open bundle…"},
		"ui.bundle.title":      {VI: "Gói bài", EN: "Report bundle"},
		"ui.bundle.opening":    {VI: "Đang mở gói “%s”…", EN: "Opening “%s”…"},
		"ui.bundle.failed":     {VI: "Không mở được gói bài “%s”: %s", EN: "Could not open the bundle “%s”: %s"},
		"ui.bundle.created":    {VI: "Đã thêm bài mới vào thư viện.", EN: "A new report came into the library."},
		"ui.bundle.updated":    {VI: "Đã cập nhật bài theo bản trong gói.", EN: "The report was updated from the bundle."},
		"ui.bundle.unchanged":  {VI: "Thư viện đã có đúng bản này của bài.", EN: "The library already had this version of the report."},
		"ui.bundle.copy":       {VI: "Đã lưu bài trong gói thành một bản sao.", EN: "The bundle's report was saved as a copy."},
		"ui.bundle.comments":   {VI: "%d góp ý mới.", EN: "New comments: %d."},
		"ui.bundle.revisions":  {VI: "%d phiên bản mới trong lịch sử.", EN: "New revisions in the history: %d."},
		"ui.bundle.nothingnew": {VI: "Không có góp ý mới.", EN: "No new comments."},
	})
}

// ShowOpenBundle picks a report bundle (.zip) and opens it (Ctrl+O).
func (m *MainWindow) ShowOpenBundle() {
	if m.svc.OpenBundle != nil {
		chooseFile(m.Window, m.svc.FileDialogs, askFor("ui.files.open.bundle", "ui.files.bundle", ".zip"), m.OpenBundle)
	}
}

// Drop handles files dropped on the window: a report bundle (.zip) is opened, a
// Word document (.docx) becomes a new report, other files go to the open report
// as photos.
func (m *MainWindow) Drop(uris []fyne.URI) {
	var photos []fyne.URI
	bundle, word := "", ""
	for _, u := range uris {
		switch {
		case m.svc.OpenBundle != nil && bundle == "" && strings.EqualFold(u.Extension(), ".zip"):
			bundle = filePath(u)
		case m.svc.Word != nil && word == "" && isWordFile(u):
			word = filePath(u)
		default:
			photos = append(photos, u)
		}
	}
	if bundle != "" {
		m.OpenBundle(bundle)
	}
	if word != "" {
		m.ImportWord(word)
	}
	if len(photos) > 0 && m.Editor != nil {
		m.Editor.ImportPhotos(photos, nil)
	}
}

// OpenBundle brings the bundle at path into the library in the background, then
// opens its report and says what came in; when both sides changed the report, both
// versions are kept and shown side by side.
func (m *MainWindow) OpenBundle(path string) {
	if m.svc.OpenBundle == nil {
		return
	}
	name := filepath.Base(path)
	// The bundle may bring a new version of the open report: the editor saves and
	// steps aside first.
	m.stepAside(msg.T("ui.bundle.opening", name), func() { m.openBundle(path, name) })
}

func (m *MainWindow) openBundle(path, name string) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(msg.T("ui.bundle.title"),
		container.NewVBox(widget.NewLabel(msg.T("ui.bundle.opening", name)), bar), m.Window)
	showDialog(m.Window, d, fyne.Size{})
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		res, err := m.svc.OpenBundle(ctx, path)
		fyne.Do(func() {
			bar.Stop()
			d.Hide()
			if err != nil {
				m.comeBack(0)
				m.inform(msg.T("ui.bundle.title"), msg.T("ui.bundle.failed", name, model.ErrorMessage(err)))
				return
			}
			m.Library.Refresh()
			if res.Outcome == model.ImportConflict {
				// The merge window says what happened and what to do; a dialog over
				// the main window would still be there, out of date, after the merge.
				m.merge(res.LinkedID, res.ReportID)
				return
			}
			m.comeBack(res.ReportID)
			m.inform(msg.T("ui.bundle.title"), bundleNews(res))
		})
	}()
}

// bundleNews says what an opened bundle brought in.
func bundleNews(res *model.ImportResult) string {
	var parts []string
	switch res.Outcome {
	case model.ImportCreated:
		parts = append(parts, msg.T("ui.bundle.created"))
	case model.ImportUpdated:
		parts = append(parts, msg.T("ui.bundle.updated"))
	case model.ImportCopy:
		parts = append(parts, msg.T("ui.bundle.copy"))
	default:
		parts = append(parts, msg.T("ui.bundle.unchanged"))
	}
	if res.Comments > 0 {
		parts = append(parts, msg.T("ui.bundle.comments", res.Comments))
	} else {
		parts = append(parts, msg.T("ui.bundle.nothingnew"))
	}
	if res.Revisions > 0 {
		parts = append(parts, msg.T("ui.bundle.revisions", res.Revisions))
	}
	return strings.Join(parts, " ")
}

// merge shows the merge of a version that came back beside the library's report
// (or tells OnMerge, in tests).
func (m *MainWindow) merge(mineID, theirsID int64) {
	if m.OnMerge != nil {
		m.comeBack(mineID)
		m.OnMerge(mineID, theirsID)
		return
	}
	m.ShowMerge(mineID, theirsID, nil)
}
