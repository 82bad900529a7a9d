package model

import "time"

// Revision is a snapshot of a report kept at a meaningful point: an explicit save, a
// status change, before an import or pull replaces content, and at most one every
// few minutes while editing. Photos are referenced, never copied per revision.
type Revision struct {
	ID        int64
	ReportID  int64
	Rev       string // the report's Rev at the snapshot
	Reason    RevisionReason
	Author    string // who made it, when known
	Note      string // what the reviewer said, for submissions and review decisions
	CreatedAt time.Time
	Report    *Report // the content; nil in lists
}

// RevisionReason says why a revision was kept.
type RevisionReason string

// The reasons a revision is kept.
const (
	ReasonCreated        RevisionReason = "created"
	ReasonReceivedBundle RevisionReason = "received_bundle" // came in from a bundle, new to the library
	ReasonOpened         RevisionReason = "opened"          // came in from the portal, new to the library
	ReasonSample         RevisionReason = "sample"          // the sample report, brought on first start
	ReasonFromWord       RevisionReason = "word"            // made from a Word document
	ReasonSave           RevisionReason = "save"            // the reporter saved explicitly
	ReasonEditing        RevisionReason = "editing"         // periodic, while editing
	ReasonStatus         RevisionReason = "status"          // the status changed
	ReasonImportBundle   RevisionReason = "import_bundle"   // before a bundle replaced the content
	ReasonPull           RevisionReason = "pull"            // before the portal's copy replaced it
	ReasonRestored       RevisionReason = "restored"        // before an older revision was restored
	ReasonMerged         RevisionReason = "merged"          // before versions were merged into it
	ReasonSentBundle     RevisionReason = "sent_bundle"     // as it went out in a bundle
	ReasonPushed         RevisionReason = "pushed"          // as it went to the portal

	// Reasons older libraries recorded before the channel was known: their
	// labels say "bundle or portal".
	ReasonReceived RevisionReason = "received"
	ReasonImport   RevisionReason = "import"
	ReasonHandOff  RevisionReason = "handoff"

	// Review steps, each a revision of its own so that "what changed since I
	// submitted" is a comparison of two revisions.
	ReasonSubmitted RevisionReason = "submitted" // sent for review
	ReasonChanges   RevisionReason = "changes"   // changes requested
	ReasonApproved  RevisionReason = "approved"  // approved for publishing
	ReasonPublished RevisionReason = "published" // marked published
)

// StatusReason is the revision reason a change to the status records.
func StatusReason(s Status) RevisionReason {
	switch s {
	case StatusReview:
		return ReasonSubmitted
	case StatusChanges:
		return ReasonChanges
	case StatusApproved:
		return ReasonApproved
	case StatusPublished:
		return ReasonPublished
	}
	return ReasonStatus
}

// ReviewSteps are the reasons that record a review step, each setting a status.
var ReviewSteps = map[RevisionReason]Status{
	ReasonSubmitted: StatusReview,
	ReasonChanges:   StatusChanges,
	ReasonApproved:  StatusApproved,
	ReasonPublished: StatusPublished,
}

// Label is the reason as people read it in the interface language.
func (r RevisionReason) Label() string { return msgT("model.reason." + string(r)) }

// EditingRevisionInterval is the least time between two periodic revisions.
const EditingRevisionInterval = 5 * time.Minute
