package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"newsdesk/desk"
	"newsdesk/docx"
	"newsdesk/model"
)

// wordFuncs are the Word format (package docx) as the use cases take it.
var wordFuncs = desk.WordFuncs{
	ReadWord: docx.ReadReport,
	WriteWord: func(ctx context.Context, w io.Writer, r *model.Report, photo desk.PhotoFunc) error {
		return docx.Write(w, r, docx.PhotoFunc(photo), docx.Options{Context: ctx})
	},
}

// isWord says whether a file name is a Word document's (.docx).
func isWord(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".docx")
}
