// Package outfile writes the documents people ask for (PDFs, report bundles) where
// they asked, and refuses the places where writing would destroy something: the
// open library and its companion files, a device, a folder or a link, and — unless
// the person says so — an existing file of another kind. The command line and the
// window both write through it, so one rule holds for both. A document is written
// through a temporary file beside it and renamed into place, so a failed, cancelled
// or killed export never leaves half a file; the temporary files a killed process
// left behind are removed by the next write in that folder. It imports model, msg
// and the standard library.
package outfile

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
)

// Kind is what a document is, so that a file of another kind is not replaced by
// mistake.
type Kind int

// The kinds of document Newsdesk writes.
const (
	PDF    Kind = iota + 1 // a report or a bulletin to print
	Bundle                 // a report bundle (.zip)
	Zip                    // another zip archive (the portal plugin)
	Word                   // a Word document (.docx)
)

// Options say what the write must respect.
type Options struct {
	// Library is the open library's file: never written over, nor its -wal, -shm
	// and -journal files, whatever Force says.
	Library string
	// Force replaces an existing file of another kind (the person confirmed it).
	Force bool
}

// Check says whether a document of kind may be written at path: an EINVALID error
// when never (the library, a device, a folder, a link, a folder that does not
// exist), an ECONFLICT error when an existing file of another kind would be
// replaced and opt.Force is not set, nil otherwise. It changes nothing.
func Check(path string, kind Kind, opt Options) error {
	if strings.TrimSpace(path) == "" {
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	if isLibrary(path, opt.Library) {
		return model.Errorf(model.EINVALID, "outfile.library", path)
	}
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if dir, err := os.Stat(filepath.Dir(path)); err != nil || !dir.IsDir() {
			return model.Errorf(model.EINVALID, "outfile.nofolder", filepath.Dir(path))
		}
		return nil
	}
	if err != nil {
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	if !st.Mode().IsRegular() {
		return model.Errorf(model.EINVALID, "outfile.notfile", path)
	}
	if st.Size() == 0 || opt.Force {
		return nil
	}
	found, err := sniff(path, st.Size())
	if err != nil {
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	if found == kindKey(kind) || (kind == Zip && (found == "outfile.kind.zip" || found == "outfile.kind.bundle" || found == "outfile.kind.word")) {
		return nil
	}
	return model.Errorf(model.ECONFLICT, "outfile.otherkind", path, msg.T(found), msg.T(kindKey(kind)))
}

// Write checks path as Check does, then writes the document with write into a
// temporary file in the same folder and renames it into place once write and the
// close succeeded; on any failure nothing at path changes.
func Write(path string, kind Kind, opt Options, write func(*os.File) error) error {
	if err := Check(path, kind, opt); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	removeLeftovers(dir)
	f, err := os.CreateTemp(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-*"+tempSuffix)
	if err != nil {
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		if errors.Is(err, syscall.ENOSPC) {
			return model.Errorf(model.EINVALID, "outfile.full", path)
		}
		return err
	}
	// A temporary file is private (0600); the document is an ordinary file.
	if err := f.Chmod(0o644); err != nil && runtime.GOOS != "windows" {
		f.Close()
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	if err := f.Close(); err != nil {
		if errors.Is(err, syscall.ENOSPC) {
			return model.Errorf(model.EINVALID, "outfile.full", path)
		}
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	// Checked again: the folder may have changed while the document was made.
	if err := Check(path, kind, opt); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return model.Errorf(model.EINVALID, "outfile.unwritable", path)
	}
	return nil
}

// isLibrary reports whether path names the library or one of the files SQLite
// keeps beside it, by name (the file may not exist yet) or as the same file under
// another name (a link).
func isLibrary(path, library string) bool {
	if library == "" {
		return false
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		lib := library + suffix
		if samePath(path, lib) {
			return true
		}
		a, errA := os.Stat(path)
		b, errB := os.Stat(lib)
		if errA == nil && errB == nil && os.SameFile(a, b) {
			return true
		}
	}
	return false
}

// samePath compares two paths once made absolute, with links in their folders
// followed; names compare without case on Windows and macOS, whose usual file
// systems ignore it.
func samePath(a, b string) bool {
	ca, cb := canonical(a), canonical(b)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.EqualFold(ca, cb)
	}
	return ca == cb
}

func canonical(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, name := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, name)
}

// kindKey is the message key naming kind.
func kindKey(kind Kind) string {
	switch kind {
	case Bundle:
		return "outfile.kind.bundle"
	case Zip:
		return "outfile.kind.archive"
	case Word:
		return "outfile.kind.word"
	}
	return "outfile.kind.pdf"
}

// sniff says what the file at path holds, as the message key naming its kind:
// a PDF, a report bundle, a Word document, a SQLite database, another zip archive
// (an Excel file is one), or something else.
func sniff(path string, size int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 16)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return "", err
	}
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return "outfile.kind.pdf", nil
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return "outfile.kind.sqlite", nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if z, err := zip.NewReader(f, size); err == nil {
			for _, e := range z.File {
				switch e.Name {
				case "newsdesk.json":
					return "outfile.kind.bundle", nil
				case "word/document.xml":
					return "outfile.kind.word", nil
				}
			}
		}
		return "outfile.kind.zip", nil
	}
	return "outfile.kind.other", nil
}

// The temporary files' names: the writing process's ID after the prefix tells a
// later run whether the file is still being written.
const (
	tempPrefix = ".newsdesk-"
	tempSuffix = ".tmp"
)

// leftoverAge is how old a temporary file whose writer cannot be told (an older
// version's name) must be before it is taken for a leftover.
const leftoverAge = time.Hour

// removeLeftovers removes the temporary files that killed writes left in dir:
// those whose process is gone, and unattributable ones older than leftoverAge.
func removeLeftovers(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+tempSuffix))
	for _, name := range names {
		middle := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), tempPrefix), tempSuffix)
		pidText, _, attributed := strings.Cut(middle, "-")
		pid, err := strconv.Atoi(pidText)
		switch {
		case attributed && err == nil && pid > 0:
			if pid == os.Getpid() || processAlive(pid) {
				continue
			}
		default:
			st, err := os.Lstat(name)
			if err != nil || !st.Mode().IsRegular() || time.Since(st.ModTime()) < leftoverAge {
				continue
			}
		}
		os.Remove(name)
	}
}

// WithExtension is path with the first of exts added when its name ends in none
// of them: a report saved as "bao-cao" in a system dialog that adds nothing is
// "bao-cao.pdf"; "bao-cao.PDF" stays as typed.
func WithExtension(path string, exts []string) string {
	if len(exts) == 0 {
		return path
	}
	ext := filepath.Ext(path)
	for _, e := range exts {
		if strings.EqualFold(ext, e) {
			return path
		}
	}
	return path + exts[0]
}
