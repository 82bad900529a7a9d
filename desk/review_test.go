package desk_test

import (
	"context"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
)

// TestStep: a review step is taken only as the role may, with the note it needs,
// for the window and the command line alike; a refused step changes nothing.
func TestStep(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		from model.Status
		to   model.Status
		role model.Role
		note string
		ok   bool
	}{
		{"ReporterSubmits", model.StatusDraft, model.StatusReview, model.RoleReporter, "", true},
		{"ReporterMayNotApprove", model.StatusReview, model.StatusApproved, model.RoleReporter, "", false},
		{"EditorApproves", model.StatusReview, model.StatusApproved, model.RoleEditor, "", true},
		{"SendBackNeedsANote", model.StatusReview, model.StatusChanges, model.RoleEditor, "  ", false},
		{"SendBackWithNote", model.StatusReview, model.StatusChanges, model.RoleEditor, "Bổ sung số liệu.", true},
		{"ClerkTakesNoStep", model.StatusApproved, model.StatusPublished, model.RoleClerk, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var set []model.Status
			d := &desk.Desk{Reports: &mock.ReportService{
				FindReportByIDFn: func(ctx context.Context, id int64) (*model.Report, error) {
					r := model.NewReport("Hội nghị")
					r.ID, r.Status = id, c.from
					return r, nil
				},
				SetStatusFn: func(ctx context.Context, id int64, st model.Status, author, note string) error {
					set = append(set, st)
					return nil
				},
			}}
			err := d.Step(ctx, 4, c.to, c.role, c.note)
			if (err == nil) != c.ok || (len(set) == 1) != c.ok {
				t.Errorf("got %v with %v set; want ok %v", err, set, c.ok)
			}
			if err != nil && model.ErrorMessage(err) == err.Error() && model.ErrorCode(err) == "" {
				t.Errorf("refusal %q is not in words", err)
			}
		})
	}
}
