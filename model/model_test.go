package model_test

import (
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/msg/msgtest"
)

func TestReportNormalize(t *testing.T) {
	r := &model.Report{
		Headline: "Hội nghị\ttổng kết\nnăm 2025 ",
		Lead:     "Sa\u0301ng 8/1\u0000",
		Body: []model.Block{
			{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "x", Caption: "Quang ca\u0309nh Hội nghị", Rotation: -90}},
			{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{{Kind: model.Individual, Name: "Lê Văn A", Form: "Giấy khen"}}}},
		},
	}
	r.Normalize()
	if r.Headline != "Hội nghị tổng kết năm 2025" {
		t.Errorf("headline %q", r.Headline)
	}
	if r.Lead != "Sáng 8/1" {
		t.Errorf("lead %q", r.Lead)
	}
	if got := r.Body[0].Photo.Caption; got != "Quang cảnh Hội nghị" {
		t.Errorf("caption %q", got)
	}
	if got := r.Body[0].Photo.Rotation; got != 270 {
		t.Errorf("rotation %d, want 270", got)
	}
	if r.Body[0].Key == "" || r.Body[0].Key == r.Body[1].Key {
		t.Errorf("blocks need distinct keys: %q %q", r.Body[0].Key, r.Body[1].Key)
	}
	if got := r.Body[1].Awards.Recipients[0].Form; got != "" {
		t.Errorf("recipient form equal to the list's should be dropped, got %q", got)
	}
	if r.Status != model.StatusDraft {
		t.Errorf("status %q", r.Status)
	}
}

func TestReportValidate(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	t.Run("OK", func(t *testing.T) {
		if err := model.NewReport("Hội nghị").Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("DraftWithoutHeadlineIsStorable", func(t *testing.T) {
		r := model.NewReport("")
		r.Body = []model.Block{{Kind: model.BlockAwards, Awards: &model.AwardList{Recipients: []model.Recipient{{Kind: model.Individual}}}}}
		if err := r.Validate(); err != nil {
			t.Fatalf("a draft without headline or recipient name must be storable: %v", err)
		}
	})
	t.Run("ErrHeadlineRequired", func(t *testing.T) {
		err := model.NewReport("  ").Ready()
		if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "tiêu đề") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("ErrRecipient", func(t *testing.T) {
		r := model.NewReport("Hội nghị")
		r.Body = []model.Block{{Kind: model.BlockAwards, Awards: &model.AwardList{Recipients: []model.Recipient{{Kind: model.Individual}}}}}
		err := r.Ready()
		if !strings.Contains(model.ErrorMessage(err), "thứ 1 chưa có tên") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("English", func(t *testing.T) {
		msg.SetLang(msg.English)
		defer msg.SetLang(msg.Vietnamese)
		err := model.NewReport("").Ready()
		if got, want := model.ErrorMessage(err), "The report needs a headline."; got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
}

func TestAwardSummary(t *testing.T) {
	a := &model.AwardList{Form: "Giấy khen"}
	for i := 0; i < 12; i++ {
		a.Recipients = append(a.Recipients, model.Recipient{Kind: model.Collective, Name: "Phòng"}, model.Recipient{Kind: model.Individual, Name: "Người"})
	}
	if got, want := a.Summary(), "trao Giấy khen cho 12 tập thể và 12 cá nhân"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]model.Date{"2026-01-08": "2026-01-08", "8/1/2026": "2026-01-08", "": ""} {
		got, err := model.ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := model.ParseDate("31/2/2026"); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("31/2/2026 accepted")
	}
}

func TestParseRecipientKind(t *testing.T) {
	for in, want := range map[string]model.RecipientKind{"Tập thể": model.Collective, "CÁ NHÂN": model.Individual, "ca nhan": model.Individual, "individual": model.Individual} {
		if got, ok := model.ParseRecipientKind(in); !ok || got != want {
			t.Errorf("%q: got %q", in, got)
		}
	}
}

func TestMessagesInBothLanguages(t *testing.T) {
	msgtest.Check(t, "model.")
}

func TestAwardSentence(t *testing.T) {
	a := &model.AwardList{Form: "Giấy khen", By: "Giám đốc Sở Nội vụ", Decision: "Quyết định số 15/QĐ-SNV", Date: "2025-12-30",
		Recipients: []model.Recipient{{Kind: model.Collective, Name: "Phòng Tổ chức"}, {Kind: model.Individual, Name: "Lê Văn An"}}}
	if got, want := a.Sentence(), "Giám đốc Sở Nội vụ trao Giấy khen cho 1 tập thể và 1 cá nhân (Quyết định số 15/QĐ-SNV, ngày 30/12/2025)."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	a.By, a.Decision, a.Date = "", "", ""
	if got, want := a.Sentence(), "Trao Giấy khen cho 1 tập thể và 1 cá nhân."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLabels: every status, role and revision reason reads as words in the
// interface, never as a catalog key.
func TestLabels(t *testing.T) {
	var labels []string
	for _, s := range model.Statuses {
		labels = append(labels, s.Label())
	}
	for _, r := range model.Roles {
		labels = append(labels, r.Label())
	}
	for _, r := range []model.RevisionReason{model.ReasonCreated, model.ReasonReceived, model.ReasonSave, model.ReasonEditing, model.ReasonStatus,
		model.ReasonImport, model.ReasonPull, model.ReasonRestored, model.ReasonMerged, model.ReasonHandOff,
		model.ReasonReceivedBundle, model.ReasonOpened, model.ReasonSample, model.ReasonFromWord, model.ReasonImportBundle, model.ReasonSentBundle, model.ReasonPushed,
		model.ReasonSubmitted, model.ReasonChanges, model.ReasonApproved, model.ReasonPublished} {
		labels = append(labels, r.Label())
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "model.") {
			t.Errorf("label %q is not words", l)
		}
	}
}

func TestPushStatus(t *testing.T) {
	for _, c := range []struct{ asked, onPortal, want string }{
		{"", "", model.PostPending},        // a new post
		{"", "publish", model.PostPublish}, // a live article stays live
		{"", "pending", model.PostPending}, // and a pending one is not published
		{"", "draft", model.PostDraft},
		{"", "trash", model.PostPending},              // deleted there: made again
		{model.PostDraft, "publish", model.PostDraft}, // asked: as asked
		{model.PostPublish, "pending", model.PostPublish},
	} {
		if got := model.PushStatus(c.asked, c.onPortal); got != c.want {
			t.Errorf("PushStatus(%q, %q) = %q, want %q", c.asked, c.onPortal, got, c.want)
		}
	}
	for _, c := range []struct {
		report model.Status
		post   string
		want   model.Status
	}{
		{model.StatusDraft, model.PostPending, model.StatusReview},
		{model.StatusChanges, model.PostPending, model.StatusChanges},
		{model.StatusApproved, model.PostPublish, model.StatusPublished},
		{model.StatusDraft, model.PostDraft, model.StatusDraft},
		{model.StatusPublished, model.PostPublish, model.StatusPublished},
	} {
		if got := c.report.AfterPush(c.post); got != c.want {
			t.Errorf("%s.AfterPush(%q) = %s, want %s", c.report, c.post, got, c.want)
		}
	}
}

// TestAwardSentenceNotTwice: the list's sentence is printed above its table unless the
// reporter's paragraph before it says the same counts.
func TestAwardSentenceNotTwice(t *testing.T) {
	list := &model.AwardList{Form: "Giấy khen", By: "Giám đốc Sở Nội vụ", Recipients: []model.Recipient{
		{Kind: model.Collective, Name: "Phòng Tổ chức"}, {Kind: model.Collective, Name: "Văn phòng Sở"},
		{Kind: model.Individual, Name: "Lê Văn Hùng"}}}
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"Dịp này, Giám đốc Sở trao Giấy khen cho 2 tập thể và 1 cá nhân.", false},
		{"Dịp này, Giám đốc Sở trao Giấy khen cho 2 tập thể và 3 cá nhân.", true}, // other counts: a slip the checks name; the list speaks
		{"Hội nghị đã đánh giá kết quả công tác năm 2025.", true},
		{"", true},
	} {
		r := model.NewReport("Hội nghị")
		r.Body = []model.Block{{Kind: model.BlockAwards, Awards: list}}
		if c.before != "" {
			r.Body = append([]model.Block{model.Paragraph(c.before)}, r.Body...)
		}
		got := r.AwardSentence(list)
		if (got != "") != c.want {
			t.Errorf("after %q: sentence %q, want printed %v", c.before, got, c.want)
		}
	}
}

func TestReplyCycle(t *testing.T) {
	a, b, c := model.NewUUID(), model.NewUUID(), model.NewUUID()
	for _, tc := range []struct {
		name     string
		comments []model.Comment
		want     int
	}{
		{"Thread", []model.Comment{{UUID: a}, {UUID: b, ReplyTo: a}, {UUID: c, ReplyTo: b}}, -1},
		{"ToMissing", []model.Comment{{UUID: b, ReplyTo: a}}, -1}, // the first comment is shown as it is
		{"Self", []model.Comment{{UUID: a, ReplyTo: a}}, 0},
		{"Circle", []model.Comment{{UUID: a}, {UUID: b, ReplyTo: c}, {UUID: c, ReplyTo: b}}, 1},
	} {
		if got := model.ReplyCycle(tc.comments); got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestReportSizeLimits: a report past a limit no real report meets is refused,
// naming the limit; one at the limit is not.
func TestReportSizeLimits(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	at := model.NewReport("Hội nghị")
	for i := 0; i < model.MaxBlocks; i++ {
		at.Body = append(at.Body, model.Paragraph("Đoạn."))
	}
	if err := at.Validate(); err != nil {
		t.Errorf("%d blocks: %v, want accepted", model.MaxBlocks, err)
	}
	over := at.Clone()
	over.Body = append(over.Body, model.Paragraph("Thêm."))
	long := model.NewReport("Hội nghị")
	long.Body = []model.Block{model.Paragraph(strings.Repeat("chữ ", model.MaxTextRunes/4+1))}
	list := &model.AwardList{Form: "Giấy khen"}
	for i := 0; i <= model.MaxRecipients; i++ {
		list.Recipients = append(list.Recipients, model.Recipient{Kind: model.Individual, Name: "Lê Văn An"})
	}
	names := model.NewReport("Hội nghị")
	names.Body = []model.Block{{Kind: model.BlockAwards, Awards: list}}
	for _, c := range []struct {
		name string
		r    *model.Report
		want string
	}{
		{"Blocks", over, "giới hạn 1000 khối"},
		{"Text", long, "500000 ký tự"},
		{"Recipients", names, "giới hạn 5000 tên"},
	} {
		if err := c.r.Validate(); model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), c.want) {
			t.Errorf("%s: got %v, want refused naming %q", c.name, err, c.want)
		}
	}
}

func TestOfferedPush(t *testing.T) {
	for s, want := range map[model.Status]string{model.StatusApproved: model.PostPublish, model.StatusDraft: "",
		model.StatusReview: "", model.StatusChanges: "", model.StatusPublished: ""} {
		if got := s.OfferedPush(); got != want {
			t.Errorf("%s.OfferedPush() = %q, want %q", s, got, want)
		}
	}
}
