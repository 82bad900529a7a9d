package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"newsdesk/bundle"
	"newsdesk/desk"
	"newsdesk/docx"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/outfile"
)

func runExport(ctx context.Context, m *Main, a *args) error {
	id := a.id
	out, ok := a.value("output")
	if !ok || out == "" {
		return usageErr("cli.output.required")
	}
	if isWord(out) {
		if a.isSet("review") || a.isSet("photos") {
			return usageErr("cli.export.word.flags")
		}
		return withForceHint(m.desk().ExportWord(ctx, id, out, m.outputOptions(a)))
	}
	var opts bundle.Options
	switch p, _ := a.value("photos"); p {
	case "", "original":
	case "print":
		opts.PrintPhotos = true
	default:
		return usageErr("cli.export.photos", p)
	}
	return withForceHint(m.desk().ExportBundle(ctx, desk.BundleJob{ID: id, Path: out, PrintPhotos: opts.PrintPhotos,
		Review: a.isSet("review"), Output: m.outputOptions(a)}, nil))
}

func runImport(ctx context.Context, m *Main, a *args) error {
	if isWord(a.pos[0]) {
		res, err := m.desk().ImportWord(ctx, a.pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, res.ReportID)
		for _, n := range res.Notes {
			m.warn(n)
		}
		return nil
	}
	res, err := m.desk().ImportBundle(ctx, a.pos[0], a.isSet("as-copy"))
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, res.ReportID)
	if res.Revisions > 0 || res.Comments > 0 {
		fmt.Fprintln(m.Stderr, msg.T("cli.import.review", res.Revisions, res.Comments))
	}
	if res.Outcome == model.ImportConflict {
		fmt.Fprintln(m.Stderr, msg.T("cli.import.conflict", res.LinkedID, res.ReportID))
	}
	return nil
}

// bundleFuncs are the report bundle (package bundle) as the use cases take it.
var bundleFuncs = desk.BundleFuncs{
	WriteBundle: func(w io.Writer, r *model.Report, photo desk.BundlePhotoFunc, opt desk.BundleOptions) error {
		o := bundle.Options{PrintPhotos: opt.PrintPhotos, Lineage: opt.Lineage}
		if opt.Review {
			o.Review = &bundle.Review{Revisions: opt.History, Comments: opt.Comments}
		}
		return bundle.Write(w, r, bundle.PhotoFunc(photo), o)
	},
	ReadBundle: bundle.ReadHandoff,
}

// outputOptions are the rules an output file of this command obeys: never the
// library, and a file of another kind replaced only with --force.
func (m *Main) outputOptions(a *args) outfile.Options {
	return outfile.Options{Library: m.dbPath, Force: a != nil && a.isSet("force")}
}

// withForceHint adds how to replace anyway to the refusal of an output file of
// another kind.
func withForceHint(err error) error {
	if model.ErrorCode(err) != model.ECONFLICT {
		return err
	}
	return &model.Error{Code: model.ECONFLICT, Message: model.ErrorMessage(err) + " " + msg.T("cli.output.force")}
}

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
