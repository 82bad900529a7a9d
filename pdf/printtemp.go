package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// PrintTempPrefix starts the name of every folder PrintTempDir makes in the
// system's temporary folder.
const PrintTempPrefix = "newsdesk-print-"

// PrintTempDir makes a folder for a PDF made only to be printed.
func PrintTempDir() (string, error) {
	return os.MkdirTemp("", PrintTempPrefix)
}

// handedOut holds the print folders whose PDF a program still reads (a viewer
// showing it, an application printing it).
var handedOut sync.Map

// ReleasePrintTemp removes a folder of PrintTempDir's and the PDF in it, unless
// Print handed the PDF to a program that still needs it: that one goes when the
// program closes, or at a later SweepPrintTemp.
func ReleasePrintTemp(dir string) {
	if _, busy := handedOut.Load(filepath.Clean(dir)); !busy && isPrintTemp(dir) {
		os.RemoveAll(dir)
	}
}

// removePrintTemp removes the PDF at path and its folder when the folder is one
// of PrintTempDir's; any other file is the person's and stays.
func removePrintTemp(path string) {
	dir := filepath.Dir(path)
	if !isPrintTemp(dir) {
		return
	}
	os.Remove(path)
	os.Remove(dir) // only when empty
}

func isPrintTemp(dir string) bool {
	return filepath.Dir(filepath.Clean(dir)) == filepath.Clean(os.TempDir()) &&
		strings.HasPrefix(filepath.Base(dir), PrintTempPrefix)
}

// SweepPrintTemp removes the folders of PDFs made for printing that are older
// than age: those a PDF viewer was given to print from, or a job that never
// said it had finished. A file still open in a program stays for the next sweep.
func SweepPrintTemp(age time.Duration) {
	tmp := os.TempDir()
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), PrintTempPrefix) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > age {
			os.RemoveAll(filepath.Join(tmp, e.Name()))
		}
	}
}
