package model

import "context"

// ReportService keeps reports in a library.
type ReportService interface {
	// FindReportByID returns the whole report, ENOTFOUND when there is none.
	FindReportByID(ctx context.Context, id int64) (*Report, error)
	// FindReportByUUID returns the report with that identity, ENOTFOUND when none.
	FindReportByUUID(ctx context.Context, uuid string) (*Report, error)
	// FindReports lists reports, last changed first.
	FindReports(ctx context.Context, filter ReportFilter) ([]ReportSummary, error)
	// CountReports says how many reports the filter lets through (its Limit and
	// Offset aside): the list says "1 of 3" when a view hides some.
	CountReports(ctx context.Context, filter ReportFilter) (int, error)
	// SearchReports returns the reports containing every word of the query, best
	// first: exact-diacritic headline matches, then folded headline matches, then the
	// rest; newer first within a tier.
	SearchReports(ctx context.Context, query string, limit int) ([]ReportSummary, error)
	// SearchReportsPrefix is SearchReports for a search box, while the last word is
	// still being typed: unless the query ends with a space, its last word also finds
	// the words it begins ("hội ngh" finds "hội nghị").
	SearchReportsPrefix(ctx context.Context, query string, limit int) ([]ReportSummary, error)
	// CreateReport stores a new report, filling its ID, times and Rev.
	CreateReport(ctx context.Context, r *Report) error
	// UpdateReport stores the report's new content. kind says whether this is an
	// autosave or an explicit save, which decides whether a revision is kept.
	UpdateReport(ctx context.Context, r *Report, kind SaveKind) error
	// SetStatus changes the report's status, keeping a revision whose reason is the
	// review step (StatusReason) with the note the reviewer wrote, if any. An empty
	// author is the library's user.
	SetStatus(ctx context.Context, id int64, status Status, author, note string) error
	// DeleteReport removes the report and its revisions.
	DeleteReport(ctx context.Context, id int64) error
	// ImportReport brings in a report from a bundle or the portal (opts.Via) with its
	// photo files, in one transaction: nothing is stored when any part fails. What
	// becomes of it is DecideImport's rule: a report whose UUID the library has is
	// updated in place (a revision kept first) when the library's copy has not
	// changed since the hand-off; when both sides changed, or opts.AsCopy is set, it
	// comes in as a new report with a new UUID (linked to the first on conflict).
	ImportReport(ctx context.Context, r *Report, photos []ImportPhoto, opts ImportOptions) (*ImportResult, error)
	// ImportReview is ImportReport for a report coming back from review, with its
	// history and comments, all in the same transaction. Revisions the library has
	// (same Rev and reason) and comments it has (same UUID) are not added twice; a
	// comment resolved on either side stays resolved. The revisions and comments go
	// with the report the import lands in (the new one on a conflict).
	ImportReview(ctx context.Context, r *Report, photos []ImportPhoto, opts ImportOptions, history []Revision, comments []Comment) (*ImportResult, error)
}

// MergeService folds a version of a report that came back from review as a linked
// copy (both sides had changed it) into the library's report, once the user has
// picked per block what to keep.
type MergeService interface {
	// MergeReports gives report intoID the merged content, in one transaction: a
	// revision (merged) of intoID as it was is kept first, fromID's comments and
	// history join intoID's, and fromID is deleted. merged.Rev must be intoID's
	// current Rev (ECONFLICT otherwise: it changed meanwhile). moved maps the key
	// of a fromID block that took another key in merged (both versions kept) to
	// that key: fromID's comments on it follow it (FollowMovedBlocks).
	MergeReports(ctx context.Context, intoID, fromID int64, merged *Report, moved map[string]string) error
}

// ImportPhoto is a photo file as a bundle carries it: its bytes in Data, or read
// by Open when needed (a bundle's photos stay in the zip until the import
// stores them, one at a time, so a bundle of camera originals does not fill the
// memory). SHA256 (hex), when set, is the checksum of those bytes.
type ImportPhoto struct {
	UUID     string
	Filename string
	// Source says where the photo came from, for a message about it: the bundle's
	// entry ("photos/….jpg") or the portal's address; empty for a file.
	Source string
	SHA256 string
	Data   []byte
	Open   func() ([]byte, error)
}

// Bytes returns the photo's bytes: Data, or what Open reads.
func (p ImportPhoto) Bytes() ([]byte, error) {
	if p.Data != nil || p.Open == nil {
		return p.Data, nil
	}
	return p.Open()
}

// ImportOutcome says what an import did with the report.
type ImportOutcome string

// The outcomes of an import.
const (
	ImportCreated   ImportOutcome = "created"   // the library did not have it
	ImportUpdated   ImportOutcome = "updated"   // updated in place
	ImportUnchanged ImportOutcome = "unchanged" // the library already had this content
	ImportConflict  ImportOutcome = "conflict"  // both sides changed: a new, linked report
	ImportCopy      ImportOutcome = "copy"      // asked for as a copy
)

// ImportResult is what ImportReport did.
type ImportResult struct {
	ReportID int64
	Outcome  ImportOutcome
	LinkedID int64 // on conflict, the library's report the new one is linked to

	Revisions int // revisions of the history that were new to the library
	Comments  int // comments that were new to the library
}

// SaveKind says why the editor is saving.
type SaveKind int

// The kinds of save.
const (
	SaveAuto     SaveKind = iota // while typing: a revision at most every few minutes
	SaveExplicit                 // Ctrl+S or close: always a revision
)

// ReportFilter narrows FindReports; nil fields are not applied.
type ReportFilter struct {
	Status   *Status
	Statuses []Status // any of these; with Status, both apply
	Limit    int      // 0: no limit
	Offset   int      // reports to skip, for lists that load a page at a time
}

// PhotoService keeps photos in a library.
type PhotoService interface {
	// AddPhoto checks, decodes once and stores the image file's bytes with its print
	// copy and thumbnail. A file already in the library returns the stored photo.
	AddPhoto(ctx context.Context, filename string, data []byte) (*Photo, error)
	// FindPhotoByID returns the photo with the bytes of the variants asked for.
	FindPhotoByID(ctx context.Context, id int64, variants ...PhotoVariant) (*Photo, error)
	// FindThumbs returns the thumbnails of the photos, by ID, in one go: what the
	// editor shows. IDs the library does not have are left out.
	FindThumbs(ctx context.Context, ids []int64) (map[int64]PhotoFile, error)
	// HavePhotos says which of the photo UUIDs the library has, so that a report
	// coming in again fetches only the photos it lacks.
	HavePhotos(ctx context.Context, uuids []string) (map[string]bool, error)
}

// PersonService remembers the officials and titles reporters type, so a long title
// is offered again and spelled the same the next time.
type PersonService interface {
	// FindPeople returns people whose name contains the words typed (diacritics
	// ignored), most recently used first.
	FindPeople(ctx context.Context, query string, limit int) ([]Person, error)
	// RememberPeople records the people (name and title) of a report.
	RememberPeople(ctx context.Context, people []Person) error
}

// RevisionService reads a report's history.
type RevisionService interface {
	FindRevisions(ctx context.Context, reportID int64) ([]Revision, error)
	FindRevisionByID(ctx context.Context, id int64) (*Revision, error)
	// KeepRevision keeps a revision of the report as it is now, unless the history
	// has one of its current Rev already: a hand-off (an export, a push) is a point
	// a later merge compares both sides against.
	KeepRevision(ctx context.Context, reportID int64, reason RevisionReason) error
	// RecordHandOff records that the report went out as sent (a push made it
	// "sent" with its status moved and a Rev of its own): when the library's copy
	// is still at fromRev, it takes sent's status and Rev, with a revision of the
	// review step; when it was edited meanwhile, it stays as it is and sent is kept
	// as a revision (via.Sent), the point a later merge goes back to.
	RecordHandOff(ctx context.Context, reportID int64, fromRev string, sent *Report, author string, via Channel) error
}

// SettingService keeps the settings both the window and the commands need.
type SettingService interface {
	Setting(ctx context.Context, key string) (string, error)
	SetSetting(ctx context.Context, key, value string) error
	Settings(ctx context.Context) (map[string]string, error)
}
