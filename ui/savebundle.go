package ui

import (
	"context"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.menu.savebundle":  {VI: "Lưu gói duyệt…", EN: "Save review bundle…"},
		"ui.savebundle.title": {VI: "Lưu gói duyệt", EN: "Save a review bundle"},
		"ui.savebundle.why": {
			VI: "Gói duyệt (.zip) mang bài, ảnh, lịch sử phiên bản và các góp ý; gửi qua thư điện tử hoặc USB, bên nhận mở bằng Tệp > Mở gói bài.",
			EN: "A review bundle (.zip) carries the report, its photos, its history and its comments; send it by e-mail or USB stick, and open it with File > Open bundle."},
		"ui.savebundle.photos":   {VI: "Ảnh", EN: "Photos"},
		"ui.savebundle.original": {VI: "Ảnh gốc (đầy đủ)", EN: "Originals (full size)"},
		"ui.savebundle.print":    {VI: "Ảnh cỡ in (nhẹ hơn, để gửi thư)", EN: "Print size (lighter, for e-mail)"},
		"ui.savebundle.next":     {VI: "Chọn nơi lưu…", EN: "Choose where…"},
		"ui.savebundle.working":  {VI: "Đang lưu gói duyệt…", EN: "Saving the review bundle…"},
		"ui.savebundle.saved":    {VI: "Đã lưu gói duyệt: %s (%.1f MB), trong thư mục %s.", EN: "Review bundle saved: %s (%.1f MB), in the folder %s."},
		"ui.savebundle.failed":   {VI: "Chưa lưu được gói duyệt: %s", EN: "The review bundle was not saved: %s"},
	})
}

// ShowSaveBundle asks whether the photos go as originals or print copies and
// where, then saves the open report's review bundle in the background.
func (m *MainWindow) ShowSaveBundle() {
	if m.Editor == nil || m.svc.SaveBundle == nil {
		return
	}
	r := m.Editor.Report()
	m.Editor.SaveNow()
	why := widget.NewLabel(msg.T("ui.savebundle.why"))
	why.Wrapping = fyne.TextWrapWord
	photos := widget.NewRadioGroup([]string{msg.T("ui.savebundle.original"), msg.T("ui.savebundle.print")}, nil)
	photos.Required = true
	photos.SetSelected(msg.T("ui.savebundle.original"))
	form := dialog.NewForm(msg.T("ui.savebundle.title"), msg.T("ui.savebundle.next"), msg.T("ui.cancel"), []*widget.FormItem{
		widget.NewFormItem("", why),
		widget.NewFormItem(msg.T("ui.savebundle.photos"), photos),
	}, func(ok bool) {
		if !ok {
			return
		}
		printPhotos := photos.Selected == msg.T("ui.savebundle.print")
		// .newsdesk.zip: the name the desktop offers "Open with Newsdesk" for.
		m.askSavePath(outfile.Bundle, askFor("ui.files.save.bundle", "ui.files.bundle", ".zip"), fileSlug(r.Headline)+".newsdesk.zip", func(path string, force bool) {
			m.SaveBundleTo(BundleJob{ID: r.ID, Path: path, PrintPhotos: printPhotos, Force: force})
		})
	}, m.Window)
	showDialog(m.Window, form, fyne.NewSize(520, 300))
}

// BundleJob is one review bundle to save.
type BundleJob struct {
	ID          int64  // the report
	Path        string // where to write it
	PrintPhotos bool   // photos as print copies rather than originals
	Force       bool   // replace a file of another kind there (the person confirmed it)
}

// SaveBundleTo saves a review bundle in the background, with a progress bar and a
// way to cancel, then says where it is and how large.
func (m *MainWindow) SaveBundleTo(b BundleJob) {
	m.runJob(job{title: msg.T("ui.savebundle.title"), label: msg.T("ui.savebundle.working"), reportID: b.ID,
		retarget: func(id int64) { b.ID = id },
		run: func(ctx context.Context, progress func(done, total int)) error {
			return m.svc.SaveBundle(ctx, b, progress)
		},
		done: func(err error, cancelled bool) {
			switch {
			case cancelled:
			case err != nil:
				m.inform(msg.T("ui.savebundle.title"), msg.T("ui.savebundle.failed", model.ErrorMessage(err)))
			default:
				size := 0.0
				if st, err := os.Stat(b.Path); err == nil {
					size = float64(st.Size()) / (1 << 20)
				}
				m.inform(msg.T("ui.savebundle.title"), msg.T("ui.savebundle.saved", filepath.Base(b.Path), size, filepath.Dir(b.Path)))
			}
		}})
}
