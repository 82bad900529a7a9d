package compare_test

import (
	"strings"
	"testing"

	"newsdesk/compare"
	"newsdesk/model"
)

func keyLine(r *model.Report) string {
	var ks []string
	for _, b := range r.Body {
		ks = append(ks, b.Key)
	}
	return strings.Join(ks, " ")
}

func threeParagraphs() *model.Report {
	r := model.NewReport("Hội nghị giao ban")
	r.Body = []model.Block{
		{Key: "a", Kind: model.BlockParagraph, Text: "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị."},
		{Key: "b", Kind: model.BlockParagraph, Text: "Năm 2025, Sở hoàn thành 18 chỉ tiêu."},
		{Key: "c", Kind: model.BlockParagraph, Text: "Đồng chí Giám đốc phát biểu kết luận."},
	}
	return r
}

// TestMergeOrder: the editor moved a paragraph, the reporter edited one; the merge
// keeps both, in the editor's order. When both moved blocks differently, the
// order is a choice of its own.
func TestMergeOrder(t *testing.T) {
	base := threeParagraphs()
	theirs := base.Clone()
	theirs.Body[1], theirs.Body[2] = theirs.Body[2], theirs.Body[1] // a c b
	mine := base.Clone()
	mine.Body[0].Text = "Sáng 8/1, Sở Nội vụ thành phố tổ chức Hội nghị."
	mine.Body = append(mine.Body, model.Block{Key: "d", Kind: model.BlockParagraph, Text: "Đoạn phóng viên thêm."})

	m := compare.Merge(base, mine, theirs)
	var order *compare.Part
	for _, p := range m.Parts() {
		if p.Key == compare.PartOrder {
			order = &p
		}
	}
	if order == nil || order.Conflict || order.Choice != compare.TakeTheirs {
		t.Fatalf("order part %+v, want theirs taken: only they moved blocks", order)
	}
	if !strings.Contains(order.TheirsText, "2. Đồng chí Giám đốc") {
		t.Errorf("theirs' order reads %q, want the blocks named", order.TheirsText)
	}
	r := m.Result()
	if got := keyLine(r); got != "a c b d" {
		t.Errorf("got %s, want the editor's order with the reporter's new paragraph after its predecessor", got)
	}
	if r.Body[0].Text != mine.Body[0].Text {
		t.Errorf("got %q, want the reporter's edit kept", r.Body[0].Text)
	}

	// Both moved blocks, differently: a conflict on the order.
	mine2 := base.Clone()
	mine2.Body[0], mine2.Body[1] = mine2.Body[1], mine2.Body[0] // b a c
	m = compare.Merge(base, mine2, theirs)
	if m.Conflicts() != 1 {
		t.Fatalf("got %d conflicts, want the order", m.Conflicts())
	}
	if got := keyLine(m.Result()); got != "b a c" {
		t.Errorf("got %s before choosing, want mine", got)
	}
	if err := m.Choose(compare.PartOrder, compare.TakeTheirs); err != nil {
		t.Fatal(err)
	}
	if got := keyLine(m.Result()); got != "a c b" {
		t.Errorf("got %s, want theirs", got)
	}
	if err := m.Choose(compare.PartOrder, compare.TakeBoth); err == nil {
		t.Error("both orders at once accepted")
	}
	// Both versions of a paragraph kept: theirs right after mine, in theirs' order.
	mine2.Body[0].Text = "Năm 2025, Sở hoàn thành 19 chỉ tiêu."
	theirs2 := theirs.Clone()
	theirs2.Body[2].Text = "Năm 2025, Sở hoàn thành 20 chỉ tiêu."
	m = compare.Merge(base, mine2, theirs2)
	m.Choose(compare.PartOrder, compare.TakeTheirs)
	if err := m.Choose("b", compare.TakeBoth); err != nil {
		t.Fatal(err)
	}
	r = m.Result()
	if got := keyLine(r); len(r.Body) != 4 || !strings.HasPrefix(got, "a c b ") || r.Body[3].Text != theirs2.Body[2].Text {
		t.Errorf("got %s (%q), want a c b and theirs' b right after it", got, r.Body[3].Text)
	}

	// Same order: no order part.
	for _, p := range compare.Merge(base, mine, base.Clone()).Parts() {
		if p.Key == compare.PartOrder {
			t.Error("an order part where nobody moved anything")
		}
	}
}
