package desk

import (
	"context"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Step moves report id to status to, a review step taken in role with the note
// (model.Status.CheckStep: a reporter submits; an editor approves, or sends back
// with a note saying what to change, and may mark an approved report published;
// a clerk takes none). A refused step changes nothing and says why. The library
// keeps a revision of the step in the user's name.
func (d *Desk) Step(ctx context.Context, id int64, to model.Status, role model.Role, note string) error {
	r, err := d.report(ctx, id)
	if err != nil {
		return err
	}
	note = vntext.Clean(note)
	if err := r.Status.CheckStep(to, role, note); err != nil {
		return err
	}
	return d.Reports.SetStatus(ctx, id, to, "", note)
}

// Role is the library's user's role (the user.role setting).
func (d *Desk) Role(ctx context.Context) (model.Role, error) {
	v, err := d.Settings.Setting(ctx, model.SettingRole)
	if err != nil {
		return "", err
	}
	return model.ParseRole(v)
}
