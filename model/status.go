package model

// Status is where a report stands in the newsroom's workflow. The portal's post
// statuses (draft, pending, publish) are another thing, used only when pushing.
type Status string

// The report statuses, in workflow order.
const (
	StatusDraft     Status = "draft"
	StatusReview    Status = "review"
	StatusChanges   Status = "changes"
	StatusApproved  Status = "approved"
	StatusPublished Status = "published"
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusDraft, StatusReview, StatusChanges, StatusApproved, StatusPublished}

// ParseStatus returns the status named by s, or an EINVALID error listing the words.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", Errorf(EINVALID, "model.status.unknown", s)
}

// Label is the status as people read it in the interface language.
func (s Status) Label() string { return msgStatus(s) }
