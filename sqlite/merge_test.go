package sqlite_test

import (
	"context"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func TestReportService_MergeReports(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, cs := sqlite.NewReportService(db), sqlite.NewCommentService(db)

	// The reporter's report, and the editor's version back from review as a
	// linked copy with a comment and its own history.
	mine := MustCreateReport(t, db, sampleReport("Hội nghị tổng kết"))
	theirs := mine.Clone()
	theirs.Rev, theirs.BaseRev = model.NewRev(), mine.Rev
	theirs.Body[0].Text = "Bản của biên tập viên."
	mine.Body[0].Text = "Bản của phóng viên."
	if err := s.UpdateReport(ctx, mine, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	res, err := s.ImportReview(ctx, theirs, nil, model.ImportOptions{},
		[]model.Revision{{Rev: theirs.Rev, Reason: model.ReasonChanges, Author: "Trần Văn Biên", Note: "Sửa đoạn 1.", Report: theirs.Clone()}},
		[]model.Comment{{UUID: model.NewUUID(), BlockKey: theirs.Body[0].Key, Author: "Trần Văn Biên", Text: "Gọn hơn."}})
	if err != nil || res.Outcome != model.ImportConflict {
		t.Fatalf("got %+v, %v; want a conflict", res, err)
	}
	copyID := res.ReportID

	// The copy came from the portal: it knows the post; the merged report will.
	ps := sqlite.NewPortalService(db)
	if err := ps.CreatePortal(ctx, &model.Portal{Name: "cong", URL: "https://cong.example.vn", User: "bientap"}); err != nil {
		t.Fatal(err)
	}
	if err := ps.SavePushState(ctx, &model.PushState{ReportID: copyID, Portal: "cong", PostID: 412, PostStatus: model.PostPending, PostModified: "2026-01-08T02:00:00"}); err != nil {
		t.Fatal(err)
	}
	if err := ps.SavePushState(ctx, &model.PushState{ReportID: mine.ID, Portal: "cong", PostID: 399, PostStatus: model.PostPending}); err != nil {
		t.Fatal(err)
	}

	merged := mine.Clone()
	merged.Body[0].Text = "Bản của biên tập viên."
	merged.Body = append(merged.Body, model.Paragraph("Bản của phóng viên."))
	if err := s.MergeReports(ctx, mine.ID, copyID, merged, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindReportByID(ctx, mine.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Body[0].Text != "Bản của biên tập viên." || got.Body[len(got.Body)-1].Text != "Bản của phóng viên." {
		t.Errorf("got %q … %q, want the merged content", got.Body[0].Text, got.Body[len(got.Body)-1].Text)
	}
	// The next hand-off with the editor is an update: the base is their version.
	if got.BaseRev != theirs.Rev || got.LinkedUUID != "" || got.UUID != mine.UUID {
		t.Errorf("got base %s linked %q uuid %s; want base %s, the reporter's identity", got.BaseRev, got.LinkedUUID, got.UUID, theirs.Rev)
	}
	if _, err := s.FindReportByID(ctx, copyID); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("got %v, want the copy gone", err)
	}
	if st, err := ps.FindPushState(ctx, mine.ID, "cong"); err != nil || st == nil || st.PostID != 412 || st.PostModified != "2026-01-08T02:00:00" {
		t.Errorf("got %+v, %v; want the copy's post, so the next push updates it", st, err)
	}
	comments, _ := cs.FindComments(ctx, mine.ID)
	if len(comments) != 1 || comments[0].Text != "Gọn hơn." {
		t.Errorf("got %+v, want the editor's comment on the merged report", comments)
	}
	revs, _ := sqlite.NewRevisionService(db).FindRevisions(ctx, mine.ID)
	var hasMerged, hasChanges bool
	for _, r := range revs {
		hasMerged = hasMerged || r.Reason == model.ReasonMerged
		hasChanges = hasChanges || (r.Reason == model.ReasonChanges && r.Note == "Sửa đoạn 1.")
	}
	if !hasMerged || !hasChanges {
		t.Errorf("got history %s, want a merged revision and the editor's request", reasons(revs))
	}

	// A merge from a stale copy of the report is refused, nothing changed.
	stale := got.Clone()
	stale.Rev = mine.Rev
	other := MustCreateReport(t, db, sampleReport("Bài khác"))
	if err := s.MergeReports(ctx, mine.ID, other.ID, stale, nil); model.ErrorCode(err) != model.ECONFLICT {
		t.Errorf("got %v, want a conflict for a stale merge", err)
	}
	if _, err := s.FindReportByID(ctx, other.ID); err != nil {
		t.Errorf("got %v, want the other report kept after a refused merge", err)
	}
}

// TestMergeKeepsTheLaterPush: the library's report pushed after the copy was made
// keeps its own post; a push of the copy waiting in the queue stays waiting.
func TestMergeKeepsTheLaterPush(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, ps := sqlite.NewReportService(db), sqlite.NewPortalService(db)
	mine := MustCreateReport(t, db, sampleReport("Hội nghị"))
	theirs := sampleReport("Hội nghị")
	theirs.LinkedUUID = mine.UUID
	if err := s.CreateReport(ctx, theirs); err != nil {
		t.Fatal(err)
	}
	if err := ps.CreatePortal(ctx, &model.Portal{Name: "cong", URL: "https://cong.example.vn", User: "bientap"}); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 1, 8, 2, 0, 0, 0, time.UTC)
	ps.SavePushState(ctx, &model.PushState{ReportID: theirs.ID, Portal: "cong", PostID: 412, PushedAt: t0,
		Waiting: true, QueuedAt: t0.Add(time.Hour), WantStatus: model.PostPending})
	ps.SavePushState(ctx, &model.PushState{ReportID: mine.ID, Portal: "cong", PostID: 399, PushedAt: t0.Add(2 * time.Hour)})
	merged, _ := s.FindReportByID(ctx, mine.ID)
	if err := s.MergeReports(ctx, mine.ID, theirs.ID, merged, nil); err != nil {
		t.Fatal(err)
	}
	st, err := ps.FindPushState(ctx, mine.ID, "cong")
	if err != nil || st == nil || st.PostID != 399 || !st.Waiting || st.WantStatus != model.PostPending {
		t.Errorf("got %+v, %v; want the later post, still waiting to be sent", st, err)
	}
}

// TestMergeKeepsTheLatestReviewStep: the reporter submitted, then edited the same
// paragraph as the editor, who requested changes with a note and sent the report
// back: the merge keeps the editor's later step (changes requested, with its note
// and author in the history the review bar reads), whatever status the merged
// content came with. A step the reporter took after the editor's wins in turn.
func TestMergeKeepsTheLatestReviewStep(t *testing.T) {
	for _, c := range []struct {
		name         string
		resubmitted  bool
		want         model.Status
		wantDecision model.RevisionReason
	}{
		{"EditorLater", false, model.StatusChanges, model.ReasonChanges},
		{"ReporterLater", true, model.StatusReview, model.ReasonSubmitted},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			db := MustOpenDB(t)
			clock := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
			db.Now = func() time.Time { return clock }
			s := sqlite.NewReportService(db)
			mine := MustCreateReport(t, db, sampleReport("Hội nghị tổng kết"))
			if err := s.SetStatus(ctx, mine.ID, model.StatusReview, "Thanh Hà", ""); err != nil {
				t.Fatal(err)
			}
			mine, _ = s.FindReportByID(ctx, mine.ID)
			theirs := mine.Clone()
			theirs.Rev, theirs.BaseRev, theirs.Status = model.NewRev(), mine.Rev, model.StatusChanges
			theirs.Body[0].Text = "Bản của biên tập viên."
			clock = clock.Add(time.Hour)
			mine.Body[0].Text = "Bản của phóng viên."
			if err := s.UpdateReport(ctx, mine, model.SaveExplicit); err != nil {
				t.Fatal(err)
			}
			res, err := s.ImportReview(ctx, theirs, nil, model.ImportOptions{}, []model.Revision{{Rev: theirs.Rev, Reason: model.ReasonChanges,
				Author: "Trần Văn Biên", Note: "Sửa đoạn 1.", Report: theirs.Clone(), CreatedAt: clock.Add(time.Hour)}}, nil)
			if err != nil || res.Outcome != model.ImportConflict {
				t.Fatalf("got %+v, %v; want a conflict", res, err)
			}
			if c.resubmitted {
				clock = clock.Add(3 * time.Hour)
				if err := s.SetStatus(ctx, mine.ID, model.StatusChanges, "Thanh Hà", ""); err != nil {
					t.Fatal(err)
				}
				if err := s.SetStatus(ctx, mine.ID, model.StatusReview, "Thanh Hà", "Đã sửa theo góp ý."); err != nil {
					t.Fatal(err)
				}
				mine, _ = s.FindReportByID(ctx, mine.ID)
			}
			merged := mine.Clone() // the merge window starts from the reporter's side
			merged.Body[0].Text = "Bản của biên tập viên."
			if err := s.MergeReports(ctx, mine.ID, res.ReportID, merged, nil); err != nil {
				t.Fatal(err)
			}
			got, _ := s.FindReportByID(ctx, mine.ID)
			if got.Status != c.want {
				t.Errorf("merged status %s, want %s", got.Status, c.want)
			}
			revs, _ := sqlite.NewRevisionService(db).FindRevisions(ctx, mine.ID)
			for _, r := range revs { // newest first: the step the bar shows
				if _, step := model.ReviewSteps[r.Reason]; step {
					if r.Reason != c.wantDecision {
						t.Errorf("newest step in the history %s, want %s", r.Reason, c.wantDecision)
					}
					break
				}
			}
			reporterView, _ := s.FindReports(ctx, model.ReportFilter{Statuses: []model.Status{model.StatusDraft, model.StatusChanges}})
			if inView := len(reporterView) == 1; inView != (c.want == model.StatusChanges) {
				t.Errorf("in the reporter's view %v with status %s", inView, got.Status)
			}
		})
	}
}

// TestKeepBothMovesTheirComments: both sides changed a paragraph and the merge
// keeps both versions. The editor's remark written on their version goes with
// their copy; a thread the two sides shared from before the hand-off (and a reply
// to it) stays on the paragraph that kept the key.
func TestKeepBothMovesTheirComments(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	s, cs := sqlite.NewReportService(db), sqlite.NewCommentService(db)
	mine := MustCreateReport(t, db, sampleReport("Hội nghị tổng kết"))
	key := mine.Body[0].Key
	shared := model.Comment{UUID: model.NewUUID(), ReportID: mine.ID, BlockKey: key, Author: "Trần Văn Biên", Text: "Nêu rõ thời gian."}
	if err := cs.CreateComment(ctx, &shared); err != nil {
		t.Fatal(err)
	}
	mine, _ = s.FindReportByID(ctx, mine.ID)
	theirs := mine.Clone()
	theirs.Rev, theirs.BaseRev = model.NewRev(), mine.Rev
	theirs.Body[0].Text = "Bản của biên tập viên."
	mine.Body[0].Text = "Bản của phóng viên."
	if err := s.UpdateReport(ctx, mine, model.SaveExplicit); err != nil {
		t.Fatal(err)
	}
	theirsNew := model.Comment{UUID: model.NewUUID(), BlockKey: key, Author: "Trần Văn Biên", Text: "Câu này gọn hơn."}
	reply := model.Comment{UUID: model.NewUUID(), BlockKey: key, ReplyTo: shared.UUID, Author: "Trần Văn Biên", Text: "Đã thấy."}
	sharedCopy := shared
	sharedCopy.ID, sharedCopy.ReportID = 0, 0
	res, err := s.ImportReview(ctx, theirs, nil, model.ImportOptions{}, nil, []model.Comment{sharedCopy, theirsNew, reply})
	if err != nil || res.Outcome != model.ImportConflict {
		t.Fatalf("got %+v, %v; want a conflict", res, err)
	}

	merged := mine.Clone()
	copyBlock := theirs.Body[0]
	copyBlock.Key = "c0c0c0c0c0c0c0c0"
	merged.Body = append([]model.Block{merged.Body[0], copyBlock}, merged.Body[1:]...)
	if err := s.MergeReports(ctx, mine.ID, res.ReportID, merged, map[string]string{key: copyBlock.Key}); err != nil {
		t.Fatal(err)
	}
	got, err := cs.FindComments(ctx, mine.ID)
	if err != nil {
		t.Fatal(err)
	}
	on := map[string]string{}
	for _, c := range got {
		on[c.Text] = c.BlockKey
	}
	want := map[string]string{"Nêu rõ thời gian.": key, "Đã thấy.": key, "Câu này gọn hơn.": copyBlock.Key}
	for text, k := range want {
		if on[text] != k {
			t.Errorf("comment %q on block %q, want %q", text, on[text], k)
		}
	}
	if len(got) != 3 {
		t.Errorf("got %d comments, want 3 (none twice)", len(got))
	}
}
