package main

import (
	"context"
	"fmt"
	"os"

	"newsdesk/bundle"
	"newsdesk/model"
	"newsdesk/outfile"
)

func init() {
	commands = append(commands,
		&command{name: "export", needs: true, spec: flagSpec{values: []string{"output", "photos"},
			switches: []string{"review", "force", "help"}, short: map[string]string{"o": "output"}}, run: runExport},
		&command{name: "import", needs: true, spec: flagSpec{switches: []string{"as-copy", "help"}}, run: runImport},
	)
}

func runExport(ctx context.Context, m *Main, a *args) error {
	if err := a.want(1, 1); err != nil {
		return err
	}
	id, err := parseID(a.pos[0])
	if err != nil {
		return err
	}
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
	return withForceHint(m.exportBundle(ctx, id, out, m.outputOptions(a), opts.PrintPhotos, a.isSet("review"), nil))
}

// exportBundle writes report id's bundle to out (a review bundle with its
// history and comments when review is set), through a temporary file: a failed or
// cancelled export leaves nothing behind. progress, when set, is told of each
// photo written.
func (m *Main) exportBundle(ctx context.Context, id int64, out string, outOpts outfile.Options, printPhotos, review bool, progress func(done, total int)) error {
	// Refused before any work: an export over the library must not even begin.
	if err := outfile.Check(out, outfile.Bundle, outOpts); err != nil {
		return err
	}
	r, err := m.findReport(ctx, id)
	if err != nil {
		return err
	}
	opts := bundle.Options{PrintPhotos: printPhotos}
	variant := model.VariantOriginal
	if opts.PrintPhotos {
		variant = model.VariantPrint
	}
	// bundle.Write asks for each photo twice: to describe it, then to write it.
	calls, written := map[int64]int{}, 0
	distinct := map[int64]bool{}
	for _, b := range r.Photos() {
		distinct[b.PhotoID] = true
	}
	total := len(distinct)
	photo := func(photoID int64) (string, model.PhotoFile, error) {
		if err := ctx.Err(); err != nil {
			return "", model.PhotoFile{}, err
		}
		p, err := m.Photos.FindPhotoByID(ctx, photoID, variant)
		if err != nil {
			return "", model.PhotoFile{}, err
		}
		if calls[photoID]++; calls[photoID] == 2 && progress != nil {
			written++
			progress(written, total)
		}
		if opts.PrintPhotos {
			return p.Filename, p.Print, nil
		}
		return p.Filename, p.Original, nil
	}
	if review {
		if opts.Review, err = m.review(ctx, id); err != nil {
			return err
		}
		opts.Lineage = revs(opts.Review.Revisions) // read once, for both
	} else if opts.Lineage, err = m.lineage(ctx, id); err != nil {
		return err
	}
	if err := outfile.Write(out, outfile.Bundle, outOpts, func(f *os.File) error { return bundle.Write(f, r, photo, opts) }); err != nil {
		return err
	}
	// What went away is kept in the history, as it went (the window may have
	// saved meanwhile): the point a later merge compares both sides against.
	return m.Revisions.RecordHandOff(context.WithoutCancel(ctx), id, r.Rev, r, "", model.ChannelBundle)
}

func runImport(ctx context.Context, m *Main, a *args) error {
	if err := a.want(1, 1); err != nil {
		return err
	}
	if isWord(a.pos[0]) {
		res, err := m.desk().ImportWord(ctx, a.pos[0])
		if err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, res.ReportID)
		for _, n := range res.Notes {
			fmt.Fprintln(m.Stderr, "newsdesk: "+n)
		}
		return nil
	}
	res, err := m.importBundleFile(ctx, a.pos[0], a.isSet("as-copy"))
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, res.ReportID)
	if res.Revisions > 0 || res.Comments > 0 {
		fmt.Fprintln(m.Stderr, msgT("cli.import.review", res.Revisions, res.Comments))
	}
	if res.Outcome == model.ImportConflict {
		fmt.Fprintln(m.Stderr, msgT("cli.import.conflict", res.LinkedID, res.ReportID))
	}
	return nil
}

// review gathers what a review bundle carries: the report's revisions with their
// content, and its comments.
func (m *Main) review(ctx context.Context, id int64) (*bundle.Review, error) {
	revs, err := m.history(ctx, id, 0)
	if err != nil {
		return nil, err
	}
	rv := &bundle.Review{Revisions: revs}
	if rv.Comments, err = m.Comments.FindAllComments(ctx, id); err != nil {
		return nil, err
	}
	return rv, nil
}

// history is the report's revisions with their content, newest first, the
// newest limit of them (0: all): what a review bundle and a push carry.
func (m *Main) history(ctx context.Context, id int64, limit int) ([]model.Revision, error) {
	list, err := m.Revisions.FindRevisions(ctx, id)
	if err != nil {
		return nil, err
	}
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	var out []model.Revision
	for _, r := range list {
		full, err := m.Revisions.FindRevisionByID(ctx, r.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, *full)
	}
	return out, nil
}

// importBundleFile brings in a bundle's report by the library's rules, with its
// history and comments when it is a review bundle. The zip is read where it
// lies (a bundle of camera originals is hundreds of megabytes); the bundle's own
// limits apply.
func (m *Main) importBundleFile(ctx context.Context, path string, asCopy bool) (*model.ImportResult, error) {
	f, size, err := openInputFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := bundle.ReadAll(f, size)
	if err != nil {
		return nil, err
	}
	var comments []model.Comment
	if b.Review != nil {
		comments = b.Review.Comments
	}
	return m.Reports.ImportReview(ctx, b.Report, b.Photos, model.ImportOptions{AsCopy: asCopy, Via: model.ChannelBundle}, b.History(), comments)
}

// lineage is the Revs report id went through, newest first: what a hand-off
// carries so the other side can tell a later version of its own from another
// branch.
func (m *Main) lineage(ctx context.Context, id int64) ([]string, error) {
	list, err := m.Revisions.FindRevisions(ctx, id)
	if err != nil {
		return nil, err
	}
	return revs(list), nil
}

// revs is the Revs of a history, newest first, each once.
func revs(history []model.Revision) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range history {
		if !seen[r.Rev] {
			seen[r.Rev] = true
			out = append(out, r.Rev)
		}
	}
	return out
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
	return &model.Error{Code: model.ECONFLICT, Message: model.ErrorMessage(err) + " " + msgT("cli.output.force")}
}
