package ui

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.menu.wordin":           {VI: "Nhập tài liệu Word…", EN: "Import Word document…"},
		"ui.menu.wordout":          {VI: "Lưu thành tài liệu Word…", EN: "Save as Word document…"},
		"ui.word.title":            {VI: "Tài liệu Word", EN: "Word document"},
		"ui.word.reading":          {VI: "Đang đọc “%s” và nhập ảnh…", EN: "Reading “%s” and importing its photos…"},
		"ui.word.writing":          {VI: "Đang ghi tài liệu Word…", EN: "Writing the Word document…"},
		"ui.word.failed":           {VI: "Không nhập được “%s”: %s", EN: "Could not import “%s”: %s"},
		"ui.word.created":          {VI: "Đã tạo bài mới từ “%s”.", EN: "A new report was made from “%s”."},
		"ui.word.notes":            {VI: "Những phần sau được giữ lại thành đoạn văn, hãy xem lại:", EN: "These parts were kept as plain paragraphs; look them over:"},
		"ui.word.cancelled":        {VI: "Đã hủy; thư viện không thay đổi.", EN: "Cancelled; the library did not change."},
		"ui.word.export.cancelled": {VI: "Đã hủy lưu tài liệu Word; không có tệp nào được ghi.", EN: "Saving the Word document was cancelled; no file was written."},
	})
}

// Word reads and writes Word documents (the use cases of package desk); nil
// leaves those actions out.
type Word struct {
	// Import makes a new report of the .docx at path and returns its ID and what
	// could not be placed as it stood.
	Import func(ctx context.Context, path string) (id int64, notes []string, err error)
	// Export writes report id as a .docx at path (force: the person agreed to
	// replace a file of another kind).
	Export func(ctx context.Context, id int64, path string, force bool) error
}

// isWordFile says whether a file is a Word document by its name.
func isWordFile(u fyne.URI) bool { return strings.EqualFold(u.Extension(), ".docx") }

// ShowImportWord picks a Word document (.docx) and makes a report of it.
func (m *MainWindow) ShowImportWord() {
	if m.svc.Word != nil {
		chooseFile(m.Window, m.svc.FileDialogs, askFor("ui.files.open.word", "ui.files.word", ".docx"), m.ImportWord)
	}
}

// ImportWord makes a new report of the Word document at path in the background,
// with a way to cancel, then opens it and lists what stayed as plain text.
func (m *MainWindow) ImportWord(path string) {
	if m.svc.Word == nil {
		return
	}
	name := filepath.Base(path)
	var id int64
	var notes []string
	m.runJob(job{title: msg.T("ui.word.title"), label: msg.T("ui.word.reading", name),
		run: func(ctx context.Context, _ func(done, total int)) (err error) {
			id, notes, err = m.svc.Word.Import(ctx, path)
			return err
		},
		done: func(err error, cancelled bool) {
			switch {
			case cancelled:
				m.inform(msg.T("ui.word.title"), msg.T("ui.word.cancelled"))
			case err != nil:
				m.inform(msg.T("ui.word.title"), msg.T("ui.word.failed", name, model.ErrorMessage(err)))
			default:
				m.Library.Refresh()
				m.Open(id)
				text := msg.T("ui.word.created", name)
				if len(notes) > 0 {
					text += "\n\n" + msg.T("ui.word.notes") + "\n• " + strings.Join(notes, "\n• ")
				}
				m.inform(msg.T("ui.word.title"), text)
			}
		}})
}

// ExportWord asks where to save the open report as a Word document, writes it in
// the background, and offers to open it.
func (m *MainWindow) ExportWord() {
	if m.Editor == nil || m.svc.Word == nil {
		return
	}
	r := m.Editor.Report()
	m.Editor.SaveNow()
	m.askSavePath(outfile.Word, askFor("ui.files.save.word", "ui.files.word", ".docx"), fileSlug(r.Headline)+".docx", func(path string, force bool) {
		m.runJob(job{title: msg.T("ui.word.title"), label: msg.T("ui.word.writing"), reportID: r.ID,
			retarget: func(id int64) { r.ID = id },
			run: func(ctx context.Context, _ func(done, total int)) error {
				return m.svc.Word.Export(ctx, r.ID, path, force)
			},
			done: func(err error, cancelled bool) {
				switch {
				case cancelled:
					if m.Editor != nil {
						m.Editor.Status.SetText(msg.T("ui.word.export.cancelled"))
					}
				case err != nil:
					m.inform(msg.T("ui.word.title"), model.ErrorMessage(err))
				default:
					m.saidSaved(msg.T("ui.word.title"), path, func() { m.openFile(msg.T("ui.word.title"), path) })
				}
			}})
	})
}
