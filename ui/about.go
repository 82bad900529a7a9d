package ui

import (
	"fmt"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsdesk/msg"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.menu.about":         {VI: "Giới thiệu Newsdesk", EN: "About Newsdesk"},
		"ui.menu.libraryfolder": {VI: "Thư mục thư viện…", EN: "Library folder…"},
		"ui.about.title":        {VI: "Giới thiệu Newsdesk", EN: "About Newsdesk"},
		"ui.about.version":      {VI: "Phiên bản %s (bản dựng %d)", EN: "Version %s (build %d)"},
		"ui.about.tagline":      {VI: "Soạn, kiểm tra và chuyển bài tường thuật hội nghị.", EN: "Write, check and hand off conference reports."},
		"ui.about.log":          {VI: "Nhật ký lỗi (gửi kèm khi báo lỗi cho bộ phận kỹ thuật): %s", EN: "Error log (send it along when reporting a problem): %s"},
		"ui.library.title":      {VI: "Thư mục thư viện", EN: "Library folder"},
		"ui.library.explain":    {VI: "Toàn bộ bài viết, các phiên bản và ảnh nằm trong một tệp. Sao chép tệp này để sao lưu.", EN: "Every report, its revisions and its photos are in one file. Copy that file to back everything up."},
		"ui.library.openfolder": {VI: "Mở thư mục", EN: "Open folder"},
		"ui.library.copypath":   {VI: "Chép đường dẫn", EN: "Copy path"},
		"ui.library.copied":     {VI: "Đã chép đường dẫn.", EN: "Path copied."},
		"ui.library.openfailed": {VI: "Không mở được thư mục “%s”. Hãy mở nó bằng trình quản lý tệp.", EN: "Could not open the folder “%s”. Open it with your file manager."},
	})
}

// OpenFolder shows a folder in the system's file manager (xdg-open, Explorer,
// Finder, through Fyne); tests replace it.
var OpenFolder = func(dir string) error {
	u, err := url.Parse(storage.NewFileURI(dir).String())
	if err != nil {
		return err
	}
	return fyne.CurrentApp().OpenURL(u)
}

// ShowAbout shows the app's name, version and icon, as FyneApp.toml gives them, and
// where the library lives.
func (m *MainWindow) ShowAbout() {
	meta := fyne.CurrentApp().Metadata()
	name := meta.Name
	if name == "" {
		name = "Newsdesk"
	}
	title := widget.NewLabelWithStyle(name, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	version := widget.NewLabelWithStyle(msg.T("ui.about.version", meta.Version, meta.Build), fyne.TextAlignCenter, fyne.TextStyle{})
	items := []fyne.CanvasObject{}
	if meta.Icon != nil {
		icon := canvas.NewImageFromResource(meta.Icon)
		icon.FillMode = canvas.ImageFillContain
		icon.SetMinSize(fyne.NewSize(96, 96))
		items = append(items, container.NewCenter(icon))
	}
	items = append(items, title, version,
		widget.NewLabelWithStyle(msg.T("ui.about.tagline"), fyne.TextAlignCenter, fyne.TextStyle{}),
		widget.NewSeparator(), m.libraryBox())
	if m.svc.LogPath != "" {
		log := widget.NewLabel(msg.T("ui.about.log", m.svc.LogPath))
		log.Wrapping = fyne.TextWrapWord
		items = append(items, log)
	}
	m.showWide(msg.T("ui.about.title"), container.NewVBox(items...))
}

// ShowLibraryFolder says where the library file is, so it can be backed up, and
// offers to open its folder.
func (m *MainWindow) ShowLibraryFolder() {
	m.showWide(msg.T("ui.library.title"), m.libraryBox())
}

// showWide shows content in a dialog wide enough for a long path to wrap sensibly.
func (m *MainWindow) showWide(title string, content fyne.CanvasObject) {
	d := dialog.NewCustom(title, msg.T("ui.ok"), content, m.Window)
	showDialog(m.Window, d, fyne.NewSize(560, content.MinSize().Height+120))
}

// libraryBox is the library's path with its explanation and the buttons.
func (m *MainWindow) libraryBox() fyne.CanvasObject {
	path := widget.NewLabel(m.libraryPath)
	path.Wrapping = fyne.TextWrapBreak
	path.TextStyle = fyne.TextStyle{Monospace: true}
	explain := widget.NewLabel(msg.T("ui.library.explain"))
	explain.Wrapping = fyne.TextWrapWord
	dir := filepath.Dir(m.libraryPath)
	open := widget.NewButton(msg.T("ui.library.openfolder"), func() {
		if err := OpenFolder(dir); err != nil {
			fyne.LogError(fmt.Sprintf("open folder %s", dir), err)
			showInformation(msg.T("ui.library.title"), msg.T("ui.library.openfailed", dir), m.Window)
		}
	})
	open.Importance = widget.HighImportance
	copyPath := widget.NewButton(msg.T("ui.library.copypath"), func() {
		fyne.CurrentApp().Clipboard().SetContent(m.libraryPath)
		m.Library.Status.SetText(msg.T("ui.library.copied"))
	})
	return container.NewVBox(explain, path, container.NewHBox(open, copyPath))
}
