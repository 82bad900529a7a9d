// Package desk holds the newsroom's use cases — the steps a reporter, an editor or
// a clerk triggers: push a report to the portal and the offline queue of pushes,
// the editor's queue and opening a pending post, Word files in and out, and review
// steps and comments, report bundles out and in, PDFs of a report or a bulletin,
// new drafts, photos and award lists added from files, and the sample; portal
// profiles added and removed, and where their passwords come from. The window
// (package ui) and the command line (cmd/newsdesk) both call it, so both give the
// same answer to the same request; it follows the rules written in model and adds
// none of its own.
//
// It imports only the standard library and Newsdesk's model, msg, vntext and
// outfile (the one rule for files it writes): the library, the portal and the
// file formats come in through model's interfaces and function fields, wired by
// cmd, and its tests run with the function-field mocks of package mock in
// milliseconds.
package desk

import (
	"context"
	"sync/atomic"

	"newsdesk/model"
)

// Desk is the use cases over one library, for one run of the program (it says
// some things once in its life); it is not copied.
type Desk struct {
	Reports   model.ReportService
	Revisions model.RevisionService
	Settings  model.SettingService
	Portals   model.PortalService
	Photos    model.PhotoService
	Comments  model.CommentService

	// WordFuncs read and write Word documents; BundleFuncs, report bundles;
	// PDFFuncs make PDFs.
	WordFuncs
	BundleFuncs
	PDFFuncs

	// ReadAwards reads a CSV or XLSX list of award recipients (package
	// awardfile); a file with any bad row is an EINVALID error naming the rows.
	ReadAwards func(filename string, data []byte) ([]model.Recipient, error)
	// Sample is the team's sample report with its photos (package assets).
	Sample func() (*model.Report, []model.ImportPhoto, error)

	// Connect returns the client for a portal profile: its account, with the
	// password the keyring (or the environment) holds (Password). A missing
	// password is an error of this computer, said in words.
	Connect func(ctx context.Context, p *model.Portal) (model.PortalClient, error)
	// PortalSignIn checks a new profile's address and account (AddPortal).
	PortalSignIn

	// Keyring keeps the portals' application passwords; nil keeps none.
	Keyring model.SecretStore
	// Prompt is the person at the command line: asked for a password the keyring
	// does not hold, told that no keyring runs; nil asks and tells nothing.
	Prompt Prompt

	// keyringSaid is set once the Desk has said that no keyring runs.
	keyringSaid atomic.Bool

	// Log keeps the detail behind an error the user is shown in words (the
	// portal's answer); nil logs nothing.
	Log func(err error)
}

func (d *Desk) log(err error) {
	if d.Log != nil && err != nil {
		d.Log(err)
	}
}

// report reads report id, naming it when the library has none.
func (d *Desk) report(ctx context.Context, id int64) (*model.Report, error) {
	r, err := d.Reports.FindReportByID(ctx, id)
	if model.ErrorCode(err) == model.ENOTFOUND {
		return nil, model.Errorf(model.ENOTFOUND, "desk.report.notfound", id)
	}
	return r, err
}
