package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Print sends the PDF file at path to the system's printer queue, to printer when
// it is not empty and else to the default printer: through CUPS's lp on Linux and
// macOS; on Windows through the PDF application's Print action, with no window of
// ours, or — where that application cannot print on its own (Edge as the PDF
// viewer) — by opening the PDF in it, returning the one-line note
// "pdf.print.inviewer" that tells the person to print from there. It returns the
// name of the printer the job went to ("" when the system does not say), or a
// sentence saying what to do when no printing system or no printer is set up. A
// PDF in a folder of PrintTempDir's is removed once the printing system has taken
// it; one a program still reads is removed when it closes, or by SweepPrintTemp.
func Print(ctx context.Context, path, printer string) (string, error) {
	name, handed, err := printSystem(ctx, path, printer)
	if !handed {
		removePrintTemp(path)
	}
	return name, err
}

// printCUPS prints through CUPS; lp has read the file when it returns.
func printCUPS(ctx context.Context, path, printer string) (string, error) {
	lp, err := exec.LookPath("lp")
	if err != nil {
		return "", model.Errorf(model.EINVALID, "pdf.print.nocups")
	}
	if printer == "" {
		// lp alone would only say "no default destination"; lpstat tells whether
		// there is any printer at all, so the sentence can say what to do.
		printer, err = defaultPrinter(ctx)
		if err != nil {
			return "", err
		}
	}
	title := vntext.OneLine(filepath.Base(path))
	cmd := exec.CommandContext(ctx, lp, "-d", printer, "-t", title, "--", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", canceled(ctx)
		}
		detail := vntext.OneLine(stderr.String())
		if strings.Contains(strings.ToLower(detail), "does not exist") || strings.Contains(strings.ToLower(detail), "unknown") {
			return "", model.Errorf(model.EINVALID, "pdf.print.unknown", printer)
		}
		return "", model.Errorf(model.EINVALID, "pdf.print.failed", printer, detail)
	}
	return printer, nil
}

// defaultPrinter asks CUPS for the default printer, or the only one there is.
func defaultPrinter(ctx context.Context) (string, error) {
	lpstat, err := exec.LookPath("lpstat")
	if err != nil {
		return "", model.Errorf(model.EINVALID, "pdf.print.nocups")
	}
	run := func(arg string) string {
		cmd := exec.CommandContext(ctx, lpstat, arg)
		cmd.Env = append(os.Environ(), "LC_ALL=C") // CUPS's own words, to read them
		out, _ := cmd.Output()
		return string(out)
	}
	// "system default destination: Office", or "no system default destination".
	if _, name, ok := strings.Cut(run("-d"), "destination:"); ok {
		if name = strings.TrimSpace(name); name != "" {
			return name, nil
		}
	}
	printers := strings.Fields(run("-e"))
	switch len(printers) {
	case 0:
		return "", model.Errorf(model.EINVALID, "pdf.print.noprinter")
	case 1:
		return printers[0], nil
	}
	return "", model.Errorf(model.EINVALID, "pdf.print.nodefault", strings.Join(printers, ", "))
}
