package pdf

import "newsdesk/model"

// WindowsPrintSetup is what Windows says about printing a PDF on this computer.
type WindowsPrintSetup struct {
	// DefaultPrinter is the default printer's name; "" when none is set.
	DefaultPrinter string
	// PrintVerb: the program that opens PDFs has a Print action, which prints on
	// the default printer with no questions (Adobe Reader, Foxit, SumatraPDF).
	PrintVerb bool
	// PrintToVerb: it has a PrintTo action, which prints on a named printer.
	PrintToVerb bool
	// Viewer: some program opens PDFs (Edge, a browser, a reader).
	Viewer bool
}

// PrintWay is how a PDF is printed on Windows.
type PrintWay int

const (
	// PrintByVerb prints through the PDF application's Print action.
	PrintByVerb PrintWay = iota + 1
	// PrintByPrintTo prints through its PrintTo action, on the printer named.
	PrintByPrintTo
	// PrintInViewer opens the PDF in the viewer: the person prints from there.
	PrintInViewer
)

// ChooseWindowsPrint says how to print a PDF on printer ("" for the default
// printer) with what Windows offers, or why it cannot be printed at all. Nothing
// is printed silently on a printer other than the one asked for: where the
// application cannot print on a named printer, the person chooses it in the viewer.
func ChooseWindowsPrint(s WindowsPrintSetup, printer string) (PrintWay, error) {
	if printer == "" && s.DefaultPrinter == "" {
		return 0, model.Errorf(model.EINVALID, "pdf.print.noprinter")
	}
	switch {
	case printer != "" && s.PrintToVerb:
		return PrintByPrintTo, nil
	case printer == "" && s.PrintVerb:
		return PrintByVerb, nil
	case printer == "" && s.PrintToVerb:
		return PrintByPrintTo, nil
	case s.Viewer || s.PrintVerb || s.PrintToVerb:
		return PrintInViewer, nil
	}
	return 0, model.Errorf(model.EINVALID, "pdf.print.noapp")
}
