// Package docx brings Word documents (.docx) in as reports and writes reports out
// as Word documents. Read makes a report of a document's structure: the kicker
// and headline, the source-tagged lead, paragraphs, every embedded picture as a
// photo block with its caption, award tables as award lists, other tables as text,
// and the byline; what it cannot place stays as text and is listed in notes.
// Write lays a report out as a document Word and LibreOffice open cleanly, with
// named styles, photos at column width, award lists as tables, on an A4 page.
//
// It is written on the standard library's archive/zip and encoding/xml: the parts
// Newsdesk reads and writes are few, and no maintained Go package for OOXML reads
// text boxes, tracked changes and VML pictures as well while bounding what it
// unpacks. The low-level reading lives in docx/wordml, which package awardfile
// shares to read award tables from a decision's annex.
//
// It imports the standard library, golang.org/x/sync, golang.org/x/image (WebP
// print copies), and Newsdesk's model, msg, vntext, photo, awardfile and
// docx/wordml.
package docx

import (
	"io"

	"newsdesk/model"
)

// Document is what Read makes of a Word document.
type Document struct {
	// Report is a new draft with its own UUID. Its photo blocks name their photos by
	// UUID, as Photos does.
	Report *model.Report
	// Photos are the pictures the photo blocks show, each once, for the library's
	// photo import; their bytes are read from the document when asked for (Open),
	// so the document's reader must stay open until they are imported.
	Photos []model.ImportPhoto
	// Notes say, one sentence each in the interface language, what Read could not
	// place as it stood (a table kept as text, a linked picture, text above the
	// headline); empty when everything found its place.
	Notes []string
}

// Read makes a report of the Word document in r (size bytes). A file that is not
// a Word document, or passes a limit (see wordml), is refused with an EINVALID
// *model.Error saying why; nothing is half-read.
func Read(r io.ReaderAt, size int64) (*Document, error) {
	return read(r, size)
}

// ReadReport reads the Word document in r as a report file: the report, its
// photos (read from r when the import stores them) and the notes on what stayed
// plain text.
func ReadReport(r io.ReaderAt, size int64) (*model.ReportFile, error) {
	doc, err := Read(r, size)
	if err != nil {
		return nil, err
	}
	return &model.ReportFile{Report: doc.Report, Photos: doc.Photos, Notes: doc.Notes}, nil
}
