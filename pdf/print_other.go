//go:build !windows

package pdf

import (
	"context"
	"newsdesk/model"
	"os/exec"
	"runtime"
)

// printSystem prints through CUPS: lp has read the file when it returns, so no
// program is handed the file.
func printSystem(ctx context.Context, path, printer string) (name string, handed bool, err error) {
	name, err = printCUPS(ctx, path, printer)
	return name, false, err
}

// Show opens the PDF at path in the program the desktop shows PDFs with.
func Show(path string) error {
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	cmd := exec.Command(name, path)
	if err := cmd.Start(); err != nil {
		return model.Errorf(model.EINVALID, "pdf.open.failed", path)
	}
	go cmd.Wait()
	return nil
}
