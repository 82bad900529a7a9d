package model

// Role is what the library's user does in the newsroom; it picks the start view.
type Role string

// The roles.
const (
	RoleReporter Role = "reporter"
	RoleEditor   Role = "editor"
	RoleClerk    Role = "clerk"
)

// Roles lists the roles in the order the settings offer them.
var Roles = []Role{RoleReporter, RoleEditor, RoleClerk}

// ParseRole returns the role named by s; an empty s is a reporter.
func ParseRole(s string) (Role, error) {
	if s == "" {
		return RoleReporter, nil
	}
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "model.role.unknown", s)
}

// Label is the role as people read it in the interface language.
func (r Role) Label() string { return msgT("model.role." + string(r)) }

// StartStatuses are the report statuses the role's start view lists: a reporter
// their drafts and what came back with changes requested, an editor the queue
// waiting for review, a clerk what is approved or published, ready to print.
func (r Role) StartStatuses() []Status {
	switch r {
	case RoleEditor:
		return []Status{StatusReview}
	case RoleClerk:
		return []Status{StatusApproved, StatusPublished}
	}
	return []Status{StatusDraft, StatusChanges}
}

// Approved reports whether the report's status allows publishing it.
func (s Status) Approved() bool { return s == StatusApproved || s == StatusPublished }
