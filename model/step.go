package model

import "strings"

// The review's steps: who may move a report from one status to another. One rule
// for the window's buttons and for `newsdesk status`: a reporter submits, an
// editor decides (approve, or send back with a note saying what to change) and
// may mark an approved report published; a clerk prints and takes no step.
var steps = map[Role]map[Status][]Status{
	RoleReporter: {
		StatusDraft:   {StatusReview},
		StatusChanges: {StatusReview},
	},
	RoleEditor: {
		StatusReview:   {StatusApproved, StatusChanges},
		StatusApproved: {StatusPublished},
	},
}

// Next lists the statuses role may move a report at status s to.
func (s Status) Next(role Role) []Status { return steps[role][s] }

// CheckStep says whether role may move a report at status s to status to, with
// the note given: nil, or an EINVALID error saying why and what to do.
// Requesting changes needs a note, since the reporter must learn what to change.
func (s Status) CheckStep(to Status, role Role, note string) error {
	if err := s.CanStep(to, role); err != nil {
		return err
	}
	if to == StatusChanges && strings.TrimSpace(note) == "" {
		return Errorf(EINVALID, "model.step.note")
	}
	return nil
}

// CanStep is CheckStep before the note is written: whether role may take the
// step at all (the window asks for the note only then).
func (s Status) CanStep(to Status, role Role) error {
	for _, next := range s.Next(role) {
		if next == to {
			return nil
		}
	}
	for _, from := range steps[role] {
		for _, next := range from {
			if next == to { // the role takes this step, but not from here
				return Errorf(EINVALID, "model.step.notnow", s.Label(), msgT("model.step.verb."+string(to)))
			}
		}
	}
	return Errorf(EINVALID, "model.step.role", role.Label(), msgT("model.step.verb."+string(to)))
}

// PublishGate is what the library's rule says of publishing one report now.
type PublishGate int

const (
	PublishOpen    PublishGate = iota // approved, or not publishing: go ahead
	PublishAsk                        // not approved: go ahead only once the user confirms
	PublishRefused                    // not approved, and the library's setting refuses
)

// PublishGate applies the library's setting review.unapproved_publish ("ask", the
// default, or "refuse") to pushing a report at status s as a post of postStatus:
// publishing needs an approved report, or a confirmation where the setting asks.
func (s Status) PublishGate(postStatus, setting string) PublishGate {
	switch {
	case postStatus != PostPublish || s.Approved():
		return PublishOpen
	case setting == "refuse":
		return PublishRefused
	}
	return PublishAsk
}
