package plaintext_test

import (
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/plaintext"
)

func sample() *model.Report {
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.ID, r.Lead = 7, "Sáng 8/1, Sở Nội vụ tổ chức hội nghị."
	r.Event = model.Event{PartOfDay: "morning", Date: "2026-01-08", Place: "Hội trường tỉnh",
		Chair: []model.Person{{Name: "Nguyễn Văn An", Title: "Giám đốc Sở"}}}
	r.Body = []model.Block{
		model.Paragraph("Hội nghị đánh giá kết quả năm 2025."),
		{Key: "k2", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Bằng khen", By: "UBND tỉnh",
			Recipients: []model.Recipient{{Kind: model.Collective, Name: "Phòng Tổ chức"}, {Kind: model.Individual, Name: "Trần Thị Bình", Unit: "Sở Nội vụ"}}}},
	}
	r.Byline = []string{"Minh Anh"}
	return r
}

// TestReport: every field a reader needs, the blocks numbered as the command
// line takes them, each award recipient on a line of its own.
func TestReport(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	out := plaintext.Report(sample())
	for _, want := range []string{
		"Bài viết #7 · ",
		"Tiêu đề: Hội nghị tổng kết công tác năm 2025\n",
		"Thời gian: Sáng 8/1/2026\n",
		"Chủ trì: Nguyễn Văn An (Giám đốc Sở)\n",
		"\nSapo:\nSáng 8/1, Sở Nội vụ tổ chức hội nghị.\n",
		"\n§1 Hội nghị đánh giá kết quả năm 2025.\n",
		"\n§2 [Khen thưởng 1] Bằng khen · UBND tỉnh\n",
		"  1. Tập thể: Phòng Tổ chức\n",
		"  2. Cá nhân: Trần Thị Bình, Sở Nội vụ\n",
		"\nTác giả: Minh Anh\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("got\n%s\nwant %q in it", out, want)
		}
	}
	if strings.Contains(out, "Địa điểm: \n") || strings.Contains(out, "Thẻ:") {
		t.Errorf("got\n%s\nwant empty fields left out", out)
	}
}

// TestChecksAndPlace: a problem's place names the block as Report numbers it, the
// entry of a list and the characters at fault; a comment on an award row points
// to "block:row".
func TestChecksAndPlace(t *testing.T) {
	msg.SetLang(msg.English)
	defer msg.SetLang(msg.Vietnamese)
	r := sample()
	got := plaintext.Checks(r, []model.Problem{
		{Kind: "misspelled", BlockKey: r.Body[0].Key, Field: model.FieldText, Start: 4, End: 8, Fix: &model.Fix{Text: "nghị"}},
		{Kind: model.ProblemLeadEmpty, Field: model.FieldByline, Index: 0},
	})
	want := "§1.text:4-8\tmisspelled\tnghị\tnghị\nbyline[1]\tlead_empty\tMinh Anh\t\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c := model.Comment{ID: 3, BlockKey: "k2", Row: 2, Author: "Biên tập", Text: "Sai tên\nđơn vị"}
	if got := plaintext.Comment(c, plaintext.Place(r, c)); got != "3\t2:2\tBiên tập\topen\tSai tên đơn vị\n" {
		t.Errorf("got %q", got)
	}
	c.BlockKey = "deleted"
	if got := plaintext.Place(r, c); got != "(block deleted)" {
		t.Errorf("got %q for a block no longer there", got)
	}
}

// TestBlockAtRowAt: a place typed as Place writes it names the block and row;
// one the report does not have is refused, saying how many blocks there are.
func TestBlockAtRowAt(t *testing.T) {
	msg.SetLang(msg.English)
	defer msg.SetLang(msg.Vietnamese)
	r := sample()
	if key, err := plaintext.BlockAt(r, "2"); key != "k2" || err != nil {
		t.Errorf("block 2: got %q, %v", key, err)
	}
	if key, _ := plaintext.BlockAt(r, "lead"); key != model.FieldLead {
		t.Errorf("lead: got %q", key)
	}
	if _, err := plaintext.BlockAt(r, "3"); model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "1 to 2") {
		t.Errorf("block 3 of 2: got %v", err)
	}
	if n, err := plaintext.RowAt(r, "k2", "2"); n != 2 || err != nil {
		t.Errorf("row 2: got %d, %v", n, err)
	}
	for _, c := range []struct{ key, row string }{{"k2", "3"}, {r.Body[0].Key, "1"}, {"", "1"}, {"k2", "x"}} {
		if _, err := plaintext.RowAt(r, c.key, c.row); model.ErrorCode(err) != model.EINVALID {
			t.Errorf("row %q of block %q: got %v, want it refused", c.row, c.key, err)
		}
	}
}
