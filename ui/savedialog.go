package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage/repository"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
)

func init() {
	msg.Register(map[string]msg.Text{
		"ui.save.refused": {VI: "Không lưu vào đó", EN: "Not saved there"},
		"ui.filedialog.failed": {
			VI: "Không dùng được tệp hay thư mục vừa chọn (có thể đường dẫn gõ vào không đúng, hoặc bạn không có quyền đọc, ghi ở đó). Hãy chọn lại trong danh sách, hoặc gõ đường dẫn đầy đủ.",
			EN: "The file or folder chosen could not be used (the path typed may be wrong, or you may not read or write there). Choose again from the list, or type the whole path."},
		"ui.save.replace":  {VI: "Thay thế tệp?", EN: "Replace the file?"},
		"ui.save.question": {VI: "%s\n\nVẫn thay thế nó?", EN: "%s\n\nReplace it anyway?"},
		"ui.save.yes":      {VI: "Thay thế", EN: "Replace"},
	})
}

// askSavePath asks where to save a document of kind (ask: the dialog's title and
// the files it offers), suggesting name, and calls save with the chosen path once
// it is known that the document may go there (outfile's rules: never the library,
// a device or a folder; a file of another kind only once the person confirmed,
// force set). The system's own save dialog is used where there is one.
//
// Fyne's save dialog opens the chosen file for writing, truncating it, before it
// hands it over; with the library chosen, that alone would empty it. So while the
// dialog is open, file URIs are written lazily: nothing is created or truncated
// until a byte is written, and this dialog writes none — the document is written
// by outfile, through a temporary file, after the checks.
func (m *MainWindow) askSavePath(kind outfile.Kind, ask fileAsk, name string, save func(path string, force bool)) {
	chooseSavePath(m.Window, m.svc.FileDialogs, ask, name, func(path string) {
		m.confirmSavePath(kind, path, save)
	})
}

// confirmSavePath applies outfile's rules to path: refused with the reason, asked
// about when it would replace a file of another kind, else saved.
func (m *MainWindow) confirmSavePath(kind outfile.Kind, path string, save func(path string, force bool)) {
	opt := outfile.Options{Library: m.libraryPath}
	err := outfile.Check(path, kind, opt)
	switch model.ErrorCode(err) {
	case "":
		save(path, false)
	case model.ECONFLICT:
		ask := dialog.NewConfirm(msg.T("ui.save.replace"), msg.T("ui.save.question", model.ErrorMessage(err)), func(ok bool) {
			if ok {
				save(path, true)
			}
		}, m.Window)
		ask.SetConfirmText(msg.T("ui.save.yes"))
		ask.SetDismissText(msg.T("ui.cancel"))
		ask.Show()
	default:
		m.inform(msg.T("ui.save.refused"), model.ErrorMessage(err))
	}
}

// useLazyFileWriters makes the file repository's writers lazy (see askSavePath).
// The repository is registered again by each new app, so this is checked on
// every use.
func useLazyFileWriters() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(lazyFileRepository); done {
		return
	}
	repository.Register("file", lazyFileRepository{r})
}

// lazyFileRepository is Fyne's file repository whose writers touch the file only
// when the first byte is written; everything else is passed through.
type lazyFileRepository struct{ repository.Repository }

var (
	_ repository.WritableRepository     = lazyFileRepository{}
	_ repository.ListableRepository     = lazyFileRepository{}
	_ repository.HierarchicalRepository = lazyFileRepository{}
)

func (r lazyFileRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u}, nil
}

func (r lazyFileRepository) CanWrite(u fyne.URI) (bool, error) {
	if w, ok := r.Repository.(repository.WritableRepository); ok {
		return w.CanWrite(u)
	}
	return false, repository.ErrOperationNotSupported
}

func (r lazyFileRepository) Delete(u fyne.URI) error {
	if w, ok := r.Repository.(repository.WritableRepository); ok {
		return w.Delete(u)
	}
	return repository.ErrOperationNotSupported
}

func (r lazyFileRepository) CanList(u fyne.URI) (bool, error) {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.CanList(u)
	}
	return false, repository.ErrOperationNotSupported
}

func (r lazyFileRepository) List(u fyne.URI) ([]fyne.URI, error) {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.List(u)
	}
	return nil, repository.ErrOperationNotSupported
}

func (r lazyFileRepository) CreateListable(u fyne.URI) error {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.CreateListable(u)
	}
	return repository.ErrOperationNotSupported
}

func (r lazyFileRepository) Parent(u fyne.URI) (fyne.URI, error) {
	if h, ok := r.Repository.(repository.HierarchicalRepository); ok {
		return h.Parent(u)
	}
	return repository.GenericParent(u)
}

func (r lazyFileRepository) Child(u fyne.URI, name string) (fyne.URI, error) {
	if h, ok := r.Repository.(repository.HierarchicalRepository); ok {
		return h.Child(u, name)
	}
	return repository.GenericChild(u, name)
}

// lazyWriter creates (or truncates) its file at the first Write.
type lazyWriter struct {
	uri fyne.URI
	f   *os.File
}

func (w *lazyWriter) URI() fyne.URI { return w.uri }

func (w *lazyWriter) Write(p []byte) (int, error) {
	if w.f == nil {
		f, err := os.Create(filePath(w.uri))
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(p)
}

func (w *lazyWriter) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Close()
}
