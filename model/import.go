package model

import "slices"

// Channel is the way a report travels between libraries: a bundle file or the
// portal. It names the revisions an import or a hand-off keeps, so the history
// says what happened ("Mở từ cổng", not "Nhận về (gói hoặc cổng)").
type Channel string

// The channels a report travels by.
const (
	ChannelBundle Channel = "bundle"
	ChannelPortal Channel = "portal"
	// ChannelSample is the sample report the program brings on first start.
	ChannelSample Channel = "sample"
	// ChannelWord is a Word document made elsewhere.
	ChannelWord Channel = "word"
)

// ReportFile is a report read from a document another program made (a Word
// file): a new draft, the photos its blocks show, and what could not be placed
// as it stood, one sentence each in the interface language.
type ReportFile struct {
	Report *Report
	Photos []ImportPhoto
	Notes  []string
}

// ImportOptions say how a report comes in.
type ImportOptions struct {
	// AsCopy brings it in as a new report with a new UUID, whatever the library has.
	AsCopy bool
	// Via is where it came from; empty counts as a bundle.
	Via Channel
}

// Received is the reason of the revision a report new to the library starts with.
func (o ImportOptions) Received() RevisionReason {
	switch o.Via {
	case ChannelPortal:
		return ReasonOpened
	case ChannelSample:
		return ReasonSample
	case ChannelWord:
		return ReasonFromWord
	}
	return ReasonReceivedBundle
}

// Replaced is the reason of the revision kept of the library's copy before an
// import replaces its content.
func (o ImportOptions) Replaced() RevisionReason {
	if o.Via == ChannelPortal {
		return ReasonPull
	}
	return ReasonImportBundle
}

// Sent is the reason of the revision a hand-off by channel c keeps when it moves
// no status.
func (c Channel) Sent() RevisionReason {
	if c == ChannelPortal {
		return ReasonPushed
	}
	return ReasonSentBundle
}

// ImportState is what the library knows when a report comes in, for
// DecideImport.
type ImportState struct {
	AsCopy bool
	// Have says the library has a report with the incoming UUID; Rev and BaseRev
	// are then its own.
	Have         bool
	Rev, BaseRev string
	// Known says the library's history of that report holds the incoming Rev.
	Known bool
	// In is the incoming report's Rev and BaseRev (where its sender started).
	InRev, InBaseRev string
	// History is the incoming history's Revs (or lineage), newest first; nil
	// when it brings none.
	History []string
}

// DecideImport says what an import does with a report coming in — the one rule for
// bundles and the portal. Asked for as a copy, it is a copy. Unknown to the
// library, it is created. The library having that version already (as its copy,
// or in its history: an older bundle, a post pushed before the last hand-off), it
// is unchanged. When the library's copy has not changed since the hand-off — the
// sender started from it, or the incoming history went through it, or, with no
// history given, the library's copy is still as it last came in (its Rev is its
// own BaseRev: nothing done here to lose) — it is updated in place. Otherwise both
// sides changed it: a conflict, the incoming report a new one linked to the
// library's.
func DecideImport(s ImportState) ImportOutcome {
	switch {
	case s.AsCopy:
		return ImportCopy
	case !s.Have:
		return ImportCreated
	case s.Rev == s.InRev || s.Known:
		return ImportUnchanged
	case s.Rev == s.InBaseRev || slices.Contains(s.History, s.Rev) || (s.Rev == s.BaseRev && len(s.History) == 0):
		return ImportUpdated
	}
	return ImportConflict
}

// Handoff is a report as a bundle carries it between libraries: the report, its
// photo files, and for a review bundle the history and comments. History holds
// what an import compares the library's copy with: the review's revisions, then
// the Revs the report went through (lineage) as revisions without content.
type Handoff struct {
	Report   *Report
	Photos   []ImportPhoto
	History  []Revision
	Comments []Comment
}
