package model

import (
	"context"
	"errors"
	"time"
)

// EUNAVAILABLE is the code of an error saying that an outside service (the portal)
// could not be reached or did not answer in time: worth trying again later.
const EUNAVAILABLE = "unavailable"

// Portal is a portal profile: a WordPress site and the account Newsdesk uses on it.
// Its application password is never kept here; the operating system's keyring
// holds it.
type Portal struct {
	ID        int64
	Name      string // what the reporter calls it: "cong-quan"
	URL       string // the site's address, without a trailing slash
	User      string // the account's user name
	CreatedAt time.Time
}

// KeyringAccount is the profile's entry in the keyring: its user on the site.
func (p *Portal) KeyringAccount() string { return p.User + "@" + p.URL }

// SecretStore keeps the application passwords of portal profiles by their
// KeyringAccount: the operating system's keyring (package keyring). Get returns
// an error or "" when it holds none.
type SecretStore interface {
	Get(account string) (string, error)
	Set(account, password string) error
	Delete(account string) error
}

// ErrNoKeyring is wrapped by the errors of a SecretStore that cannot be used at
// all: no keyring service runs (a server, CI, a session without D-Bus) or it
// refused.
var ErrNoKeyring = errors.New("keyring: unavailable")

// PortalAccount is what a portal says of the account a profile signs in as.
type PortalAccount struct {
	Name string // the account's display name
	Role string // its first role: "author", "contributor"…

	// What the account may do: write posts, upload photos, publish, create
	// categories.
	MayWrite, MayUpload, MayPublish, MayCreateCategories bool

	// Plugin is the version of the portal's Newsdesk plugin; NoPlugin is set when
	// the portal said it has none. Neither: the portal did not say.
	Plugin   string
	NoPlugin bool
}

// Post statuses on the portal that a push may ask for.
const (
	PostDraft   = "draft"
	PostPending = "pending"
	PostPublish = "publish"
)

// PushStatus is the post status a push sends: the one asked for; with none asked,
// the status the post already has on the portal ("" when there is no post yet),
// so that a plain re-push never takes a published article offline nor publishes a
// pending one; pending for a new post.
func PushStatus(asked, onPortal string) string {
	switch {
	case asked != "":
		return asked
	case onPortal != "" && onPortal != "trash" && onPortal != "auto-draft":
		return onPortal
	}
	return PostPending
}

// OfferedPush is the post status a push offers first for a report in status s:
// publish for an approved report (approval is what publishing waits for), else
// "" — keep the post's status (PushStatus).
func (s Status) OfferedPush() string {
	if s == StatusApproved {
		return PostPublish
	}
	return ""
}

// AfterPush is the report's status once a push made its post postStatus: a
// published post makes the report published, a draft report sent for review is
// in review; otherwise it stays as it is.
func (s Status) AfterPush(postStatus string) Status {
	switch {
	case postStatus == PostPublish:
		return StatusPublished
	case postStatus == PostPending && s == StatusDraft:
		return StatusReview
	}
	return s
}

// PushState is where a report stands on one portal: what the last push made there,
// so that the next push updates the same post and uploads only changed photos, and
// so that the report list can say "waiting", "pending review" or "published".
type PushState struct {
	ReportID int64
	Portal   string // the profile's name

	// Waiting is set while a push waits in the offline queue.
	Waiting    bool
	QueuedAt   time.Time
	WantStatus string // the post status asked for by the waiting (or last) push
	TextOnly   bool   // the waiting (or last) push leaves the photos out

	PostID       int64
	PostStatus   string // the post's status on the portal after the last push
	Link         string // the post's address on the portal
	PostModified string // the post's modification time (GMT) as the last push left it
	PushedAt     time.Time
	Media        []PushedMedia
	// SentHash is of what the last push sent for the post: a push that would send
	// the same to a post nobody changed since sends nothing.
	SentHash string

	// Failure is why a push from the offline queue was refused (a conflict, a
	// right the account lacks…), in the interface language; empty otherwise. Such a
	// push leaves the queue: trying again would be refused again.
	Failure string
}

// PushedMedia is a photo of the report as uploaded to the portal.
type PushedMedia struct {
	PhotoUUID string
	MediaID   int64
	URL       string
	FileHash  string // of the bytes uploaded: a new hash means upload again
	MetaHash  string // of alt text, caption and credit: a new hash means update the media
	Post      int64  // the post the media is attached to on the portal (0: none known)
}

// MediaFor returns the pushed media of the photo, nil when it was not uploaded.
func (s *PushState) MediaFor(photoUUID string) *PushedMedia {
	for i := range s.Media {
		if s.Media[i].PhotoUUID == photoUUID {
			return &s.Media[i]
		}
	}
	return nil
}

// Where says, in the interface language, where the report stands on the portal:
// not pushed, waiting, draft, pending review or published. A nil state is "not
// pushed".
func (s *PushState) Where() string {
	switch {
	case s == nil:
		return msgT("model.push.none")
	case s.Waiting:
		return msgT("model.push.waiting")
	case s.Failure != "":
		return msgT("model.push.failed", s.Failure)
	case s.PostID == 0:
		return msgT("model.push.none")
	}
	switch s.PostStatus {
	case PostDraft, PostPending, PostPublish, "future", "private":
		return msgT("model.push.post." + s.PostStatus)
	}
	return s.PostStatus
}

// PortalService keeps portal profiles and where each report stands on each portal.
type PortalService interface {
	// FindPortals lists the profiles by name.
	FindPortals(ctx context.Context) ([]Portal, error)
	// FindPortalByName returns the profile, ENOTFOUND when there is none.
	FindPortalByName(ctx context.Context, name string) (*Portal, error)
	// CreatePortal stores a new profile, ECONFLICT when the name is taken.
	CreatePortal(ctx context.Context, p *Portal) error
	// DeletePortal removes the profile and what the library knows of its pushes.
	DeletePortal(ctx context.Context, name string) error

	// FindPushStates returns where the report stands on each portal it was pushed
	// (or queued) to.
	FindPushStates(ctx context.Context, reportID int64) ([]PushState, error)
	// FindPushState returns where the report stands on the portal, nil (and no
	// error) when it was never pushed there.
	FindPushState(ctx context.Context, reportID int64, portal string) (*PushState, error)
	// SavePushState stores the state, replacing the one of the same report and portal.
	SavePushState(ctx context.Context, s *PushState) error
	// FindWaitingPushes returns the pushes waiting in the offline queue, oldest first.
	FindWaitingPushes(ctx context.Context) ([]PushState, error)
	// FindRefusedPushes returns the pushes the portal refused (Failure set) that no
	// later push settled, oldest first.
	FindRefusedPushes(ctx context.Context) ([]PushState, error)
}

// PushOptions are what the reporter asked of a push.
type PushOptions struct {
	// Status is draft, pending or publish; "" keeps an existing post's status and
	// makes a new one pending (PushStatus).
	Status    string
	TextOnly  bool // leave the photos out (a contributor's push)
	Overwrite bool // replace the post even if it was changed on the portal
}

// PushResult is what a push did.
type PushResult struct {
	State *PushState
	// Sent is the report as the push made it: its status follows the post's
	// (Status.AfterPush). The library takes it once the push went through.
	Sent         *Report
	Created      bool     // a new post (not an update)
	Unchanged    bool     // nothing new to send: the post was left as it was
	Uploaded     int      // photos uploaded
	MediaUpdated int      // photos whose text was updated without uploading again
	Warnings     []string // things the reporter should know, in the interface language
}

// PortalClient works on the portal with one profile's account (package
// wordpress): it sends reports as posts that carry them, lists the posts waiting
// for review, and brings one into the library.
type PortalClient interface {
	// Push sends the report as a post of the status asked for, starting from prev
	// (nil for the first push), telling progress per photo (progress may be nil).
	// A post changed on the portal since the last push is refused with ECONFLICT
	// unless opt.Overwrite; what the account may not do, with EUNAUTHORIZED; a
	// portal out of reach is EUNAVAILABLE.
	Push(ctx context.Context, r *Report, prev *PushState, portal string, opt PushOptions, progress func(done, total int)) (*PushResult, error)
	// PendingPosts returns the posts pending review that carry a report, newest
	// first.
	PendingPosts(ctx context.Context) ([]PendingPost, error)
	// OpenPost brings the post into the library as the report it carries (by the
	// import rule, DecideImport), with its photos, comments and travelled
	// history, and records where the report stands on the portal named portal.
	// A result with a ReportID and an error: the report came in, where it stands
	// was not recorded.
	OpenPost(ctx context.Context, postID int64, portal string, progress func(done, total int)) (*OpenResult, error)
}

// PendingPost is a post waiting for review on the portal.
type PendingPost struct {
	ID          int64
	Author      string // the display name of the account that pushed it
	Headline    string
	ModifiedGMT string // "2026-01-08T09:30:00"
}

// Modified is when the post was last changed (the portal's modified_gmt, in
// UTC); zero when the portal gave no such time.
func (p PendingPost) Modified() time.Time {
	t, err := time.ParseInLocation("2006-01-02T15:04:05", p.ModifiedGMT, time.UTC)
	if err != nil {
		return time.Time{}
	}
	return t
}

// OpenResult is what opening a post did.
type OpenResult struct {
	ReportID   int64
	Outcome    ImportOutcome
	LinkedID   int64 // on conflict, the library's report the new one is linked to
	Downloaded int   // photos downloaded from the portal
	Reused     int   // photos the library already had
	Comments   int   // comments new to the library
	Edited     bool  // the post was changed on the portal after the push
	State      *PushState
	Warnings   []string // in the interface language
}

// RefusedByPortal reports whether err refuses a push for good (a post changed
// there, a right the account lacks, content the portal will not take): trying
// again would be refused again. A portal out of reach and problems of this
// computer are not.
func RefusedByPortal(err error) bool {
	switch ErrorCode(err) {
	case ECONFLICT, EUNAUTHORIZED, EINVALID:
		return true
	}
	return false
}
