package pdf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/pdf"
)

// TestChooseWindowsPrint: on Windows a PDF is printed silently only where its
// application can print on its own; with Edge as the PDF viewer (no Print action)
// it is opened there with a note, and with nothing to print on, the person is
// told what to set up.
func TestChooseWindowsPrint(t *testing.T) {
	msg.SetLang(msg.English)
	t.Cleanup(func() { msg.SetLang(msg.Vietnamese) })
	reader := pdf.WindowsPrintSetup{DefaultPrinter: "Office", PrintVerb: true, PrintToVerb: true, Viewer: true}
	edge := pdf.WindowsPrintSetup{DefaultPrinter: "Office", Viewer: true}
	for _, tc := range []struct {
		name    string
		setup   pdf.WindowsPrintSetup
		printer string
		want    pdf.PrintWay
		err     string // words of the sentence shown
	}{
		{"ReaderPrintsSilently", reader, "", pdf.PrintByVerb, ""},
		{"ReaderPrintsOnNamedPrinter", reader, "Hall", pdf.PrintByPrintTo, ""},
		{"PrintToOnlyOnDefault", pdf.WindowsPrintSetup{DefaultPrinter: "Office", PrintToVerb: true, Viewer: true}, "", pdf.PrintByPrintTo, ""},
		{"EdgeOpensViewer", edge, "", pdf.PrintInViewer, ""},
		{"EdgeNamedPrinterOpensViewer", edge, "Hall", pdf.PrintInViewer, ""},
		{"PrintVerbButNamedPrinterOpensViewer", pdf.WindowsPrintSetup{DefaultPrinter: "Office", PrintVerb: true, Viewer: true}, "Hall", pdf.PrintInViewer, ""},
		{"ErrNoPrinter", pdf.WindowsPrintSetup{PrintVerb: true, Viewer: true}, "", 0, "No printer is set up"},
		{"ErrNoPDFProgram", pdf.WindowsPrintSetup{DefaultPrinter: "Office"}, "", 0, "no program that opens PDF files"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := pdf.ChooseWindowsPrint(tc.setup, tc.printer)
			if tc.err != "" {
				if err == nil || !strings.Contains(model.ErrorMessage(err), tc.err) {
					t.Fatalf("got %v, %v; want the sentence %q", got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
	t.Run("NoteIsOneLine", func(t *testing.T) {
		for _, l := range []msg.Lang{msg.Vietnamese, msg.English} {
			if s := msg.In(l, "pdf.print.inviewer"); strings.Contains(s, "\n") || !strings.Contains(s, "Ctrl+P") {
				t.Errorf("%s note %q: want one line naming Ctrl+P", l, s)
			}
		}
	})
}

// TestSweepPrintTemp: PDFs made for printing and left behind are gone at the next
// start; recent ones (a viewer may be showing one) and other folders stay.
func TestSweepPrintTemp(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	old, err := pdf.PrintTempDir()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(old, "bao-cao.pdf"), []byte("%PDF-1.4"), 0o644)
	long := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, long, long)
	recent, _ := pdf.PrintTempDir()
	other := filepath.Join(os.TempDir(), "newsdesk-other")
	os.Mkdir(other, 0o755)
	os.Chtimes(other, long, long)
	pdf.SweepPrintTemp(time.Hour)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the old print folder is still there: %v", err)
	}
	for _, d := range []string{recent, other} {
		if _, err := os.Stat(d); err != nil {
			t.Errorf("%s was removed: %v", d, err)
		}
	}
}
