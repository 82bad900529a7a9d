package ui

import (
	"context"

	"newsdesk/desk"
	"newsdesk/model"
	"newsdesk/ui/textfield"
)

// Services are the library's services the window works on; the command wires the
// real ones, tests pass in-memory fakes.
type Services struct {
	Reports   model.ReportService
	Photos    model.PhotoService
	Revisions model.RevisionService
	Settings  model.SettingService
	People    model.PersonService
	// Comments keeps the review comments; nil hides the comments column.
	Comments model.CommentService

	// OpenBundle brings a report bundle (a .zip from review) into the library, with
	// its history and comments; nil leaves "Open bundle" out.
	OpenBundle func(ctx context.Context, path string) (*model.ImportResult, error)
	// SaveBundle writes a report's review bundle, telling progress per photo; nil
	// leaves "Save review bundle" out.
	SaveBundle func(ctx context.Context, job BundleJob, progress func(done, total int)) error

	// Word imports and exports Word documents; nil leaves those actions out.
	Word *Word

	// ReadAwardFile reads a CSV or XLSX list of award recipients (package awardfile).
	ReadAwardFile func(filename string, data []byte) ([]model.Recipient, error)

	// Printing makes, prints and opens PDFs; nil leaves those actions out.
	Printing *Printing
	// Portal pushes reports to the portal; nil leaves that action out.
	Portal *Portal

	// CheckLibrary reads the library file looking for damage (quickly); the window
	// runs it in the background at start and says what to do when it finds some.
	// nil skips it.
	CheckLibrary func(ctx context.Context) error
	// LogPath is the log file that keeps the detail behind the messages (the About
	// dialog names it, for support); "" when there is none.
	LogPath string
	// ReadOnly says the library could only be opened for reading (its file or
	// folder may not be written): the window says so in its title and at start.
	ReadOnly bool

	// FileDialogs are the system's own open and save dialogs; nil: the toolkit's.
	FileDialogs FileDialogs

	// Typing is the Telex/VNI switch every text field shares; nil means Telex.
	Typing *textfield.Typing
}

// desk is the use cases over the window's services: the window takes the same
// steps, by the same rules, as the command line.
func (m *MainWindow) desk() *desk.Desk {
	return &desk.Desk{Reports: m.svc.Reports, Revisions: m.svc.Revisions, Settings: m.svc.Settings, Photos: m.svc.Photos}
}

func (s *Services) typing() *textfield.Typing {
	if s.Typing == nil {
		s.Typing = textfield.NewTyping(textfield.Telex)
	}
	return s.Typing
}
