package compare_test

import (
	"reflect"
	"strings"
	"testing"

	"newsdesk/compare"
	"newsdesk/model"
)

func para(key, text string) model.Block {
	return model.Block{Key: key, Kind: model.BlockParagraph, Text: text}
}

func photo(key, uuid, caption string) model.Block {
	return model.Block{Key: key, Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: uuid, Caption: caption, Credit: "Trần Văn Hải"}}
}

func awards(key, form string, names ...string) model.Block {
	a := &model.AwardList{Form: form, By: "Giám đốc Sở Nội vụ"}
	for _, n := range names {
		a.Recipients = append(a.Recipients, model.Recipient{Kind: model.Individual, Name: n, Unit: "Phòng Tổ chức cán bộ"})
	}
	return model.Block{Key: key, Kind: model.BlockAwards, Awards: a}
}

// sample is a small report as a reporter submits it.
func sample() *model.Report {
	return &model.Report{
		ID: 7, UUID: "5b0e1c52-0000-4000-8000-000000000001", Rev: "r1", Status: model.StatusDraft,
		Section:  "Ngành Tổ chức xây dựng Đảng",
		Headline: "Hội nghị tổng kết công tác năm 2025",
		Lead:     "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2025.",
		Event: model.Event{Date: "2026-01-08", PartOfDay: model.Morning, Place: "Hội trường A",
			Chair: []model.Person{{Name: "Nguyễn Thị Lan", Title: "Giám đốc Sở"}}},
		Body: []model.Block{
			para("p1", "Hội nghị đánh giá kết quả công tác năm 2025."),
			photo("f1", "aaaa", "Quang cảnh hội nghị"),
			para("p2", "Đồng chí Nguyễn Thị Lan phát biểu chỉ đạo."),
			awards("a1", "Giấy khen", "Lê Văn Minh", "Phạm Thu Hà", "Đỗ Quang Huy"),
			para("p3", "Hội nghị kết thúc tốt đẹp."),
		},
		Byline: []string{"Hoàng Mai"},
	}
}

func changes(d *compare.Diff) map[string]compare.Change {
	out := make(map[string]compare.Change)
	for _, b := range d.Blocks {
		out[b.Key] = b.Change
	}
	return out
}

func keys(d *compare.Diff) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, b.Key)
	}
	return out
}

func block(t *testing.T, d *compare.Diff, key string) compare.BlockChange {
	t.Helper()
	for _, b := range d.Blocks {
		if b.Key == key {
			return b
		}
	}
	t.Fatalf("no block %q in %v", key, keys(d))
	return compare.BlockChange{}
}

func TestReports(t *testing.T) {
	t.Run("Same", func(t *testing.T) {
		d := compare.Reports(sample(), sample())
		if !d.Empty() || d.Inserted != 0 || d.Deleted != 0 {
			t.Fatalf("got %+v, want empty", d)
		}
		if got := len(d.Blocks); got != 5 {
			t.Errorf("got %d blocks, want all 5 for a side-by-side view", got)
		}
	})
	t.Run("Headline", func(t *testing.T) {
		n := sample()
		n.Headline = "Hội nghị sơ kết công tác năm 2025"
		d := compare.Reports(sample(), n)
		want := []compare.FieldChange{{Field: model.FieldHeadline, Old: sample().Headline, New: n.Headline,
			Ops: ops(eq, "Hội nghị ", del, "tổng", ins, "sơ", eq, " kết công tác năm 2025")}}
		if !reflect.DeepEqual(d.Fields, want) {
			t.Errorf("got %+v, want %+v", d.Fields, want)
		}
		if d.Inserted != 1 || d.Deleted != 1 || d.Empty() {
			t.Errorf("got +%d -%d empty=%v, want +1 -1 not empty", d.Inserted, d.Deleted, d.Empty())
		}
	})
	t.Run("Event", func(t *testing.T) {
		n := sample()
		n.Event.Chair[0].Title = "Phó Giám đốc Sở"
		n.Event.PartOfDay = model.Afternoon
		d := compare.Reports(sample(), n)
		var parts []string
		for _, f := range d.Fields {
			if f.Field != model.FieldEvent {
				t.Errorf("got field %q, want %q", f.Field, model.FieldEvent)
			}
			parts = append(parts, f.Part)
		}
		if want := []string{compare.FieldEventPartOfDay, compare.FieldEventChair}; !reflect.DeepEqual(parts, want) {
			t.Fatalf("got %v, want %v", parts, want)
		}
		if got, want := d.Fields[1].New, "Nguyễn Thị Lan, Phó Giám đốc Sở"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("ParagraphEdited", func(t *testing.T) {
		n := sample()
		n.Body[2].Text = "Đồng chí Nguyễn Thị Lan phát biểu kết luận."
		d := compare.Reports(sample(), n)
		b := block(t, d, "p2")
		if b.Change != compare.Modified || !b.Edited {
			t.Fatalf("got %v edited=%v, want modified", b.Change, b.Edited)
		}
		want := ops(eq, "Đồng chí Nguyễn Thị Lan phát biểu ", del, "chỉ đạo", ins, "kết luận", eq, ".")
		if !reflect.DeepEqual(b.Ops, want) {
			t.Errorf("got %v, want %v", b.Ops, want)
		}
		if d.Inserted != 2 || d.Deleted != 2 {
			t.Errorf("got +%d -%d, want +2 -2", d.Inserted, d.Deleted)
		}
	})
	t.Run("ParagraphInserted", func(t *testing.T) {
		n := sample()
		n.Body = append(n.Body[:2:2], append([]model.Block{para("p9", "Các đại biểu thảo luận sôi nổi.")}, n.Body[2:]...)...)
		d := compare.Reports(sample(), n)
		if want := []string{"p1", "f1", "p9", "p2", "a1", "p3"}; !reflect.DeepEqual(keys(d), want) {
			t.Fatalf("got %v, want %v", keys(d), want)
		}
		b := block(t, d, "p9")
		if b.Change != compare.Added || b.Old != nil || !reflect.DeepEqual(b.Ops, ops(ins, "Các đại biểu thảo luận sôi nổi.")) {
			t.Errorf("got %+v, want added with its text inserted", b)
		}
		if got := changes(d); got["p2"] != compare.Unchanged || got["p3"] != compare.Unchanged {
			t.Errorf("got %v, want the others unchanged", got)
		}
		if d.Inserted != 7 {
			t.Errorf("got %d words inserted, want 7", d.Inserted)
		}
	})
	t.Run("ParagraphRemovedStaysInPlace", func(t *testing.T) {
		n := sample()
		n.Body = append(n.Body[:2:2], n.Body[3:]...)
		d := compare.Reports(sample(), n)
		if want := []string{"p1", "f1", "p2", "a1", "p3"}; !reflect.DeepEqual(keys(d), want) {
			t.Fatalf("got %v, want %v", keys(d), want)
		}
		if b := block(t, d, "p2"); b.Change != compare.Removed || b.New != nil || b.Ops[0].Kind != compare.Delete {
			t.Errorf("got %+v, want removed", b)
		}
	})
	t.Run("ParagraphMoved", func(t *testing.T) {
		n := sample()
		n.Body = []model.Block{n.Body[0], n.Body[1], n.Body[3], n.Body[4], n.Body[2]}
		n.Body[4].Text += " Đồng chí đề nghị tiếp tục cải cách hành chính."
		d := compare.Reports(sample(), n)
		got := changes(d)
		want := map[string]compare.Change{"p1": compare.Unchanged, "f1": compare.Unchanged,
			"a1": compare.Unchanged, "p2": compare.Moved, "p3": compare.Unchanged}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		if !block(t, d, "p2").Edited {
			t.Error("got a moved paragraph not edited, want edited too")
		}
		if want := []string{"p1", "f1", "a1", "p3", "p2"}; !reflect.DeepEqual(keys(d), want) {
			t.Errorf("got order %v, want %v", keys(d), want)
		}
	})
	t.Run("CaptionChanged", func(t *testing.T) {
		n := sample()
		n.Body[1].Photo.Caption = "Quang cảnh buổi lễ"
		n.Body[1].Photo.Rotation = 90
		b := block(t, compare.Reports(sample(), n), "f1")
		want := []compare.FieldChange{
			{Field: model.FieldCaption, Old: "Quang cảnh hội nghị", New: "Quang cảnh buổi lễ",
				Ops: ops(eq, "Quang cảnh ", del, "hội nghị", ins, "buổi lễ")},
			{Field: compare.FieldRotation, Old: "0", New: "90"},
		}
		if b.Change != compare.Modified || !reflect.DeepEqual(b.Fields, want) {
			t.Errorf("got %v %+v, want modified %+v", b.Change, b.Fields, want)
		}
	})
	t.Run("PhotoReplaced", func(t *testing.T) {
		n := sample()
		n.Body[1].Photo.UUID = "bbbb"
		n.Body[1].Photo.PhotoID = 42
		b := block(t, compare.Reports(sample(), n), "f1")
		if b.Change != compare.Modified || len(b.Fields) != 1 || b.Fields[0].Field != compare.FieldPhoto ||
			b.Fields[0].Old != "aaaa" || b.Fields[0].New != "bbbb" {
			t.Errorf("got %v %+v, want the photo replaced aaaa→bbbb", b.Change, b.Fields)
		}
	})
}

func rowSummary(b compare.BlockChange) []string {
	var out []string
	for _, r := range b.Rows {
		name := ""
		if r.New != nil {
			name = r.New.Name
		} else {
			name = r.Old.Name
		}
		out = append(out, string(r.Change)+" "+name)
	}
	return out
}

func TestReportsAwards(t *testing.T) {
	t.Run("RowRenamed", func(t *testing.T) {
		n := sample()
		n.Body[3].Awards.Recipients[1].Name = "Phạm Thu Hằng"
		b := block(t, compare.Reports(sample(), n), "a1")
		want := []string{"unchanged Lê Văn Minh", "modified Phạm Thu Hằng", "unchanged Đỗ Quang Huy"}
		if got := rowSummary(b); !reflect.DeepEqual(got, want) {
			t.Fatalf("got %v, want %v", got, want)
		}
		col := b.Rows[1].Columns
		if len(col) != 1 || col[0].Field != model.FieldRecipientName || col[0].Old != "Phạm Thu Hà" || col[0].New != "Phạm Thu Hằng" {
			t.Errorf("got %+v, want the name Phạm Thu Hà→Phạm Thu Hằng", col)
		}
	})
	t.Run("RowAdded", func(t *testing.T) {
		n := sample()
		a := n.Body[3].Awards
		a.Recipients = append(a.Recipients[:1:1], append([]model.Recipient{{Kind: model.Individual, Name: "Vũ Thị Thanh"}}, a.Recipients[1:]...)...)
		b := block(t, compare.Reports(sample(), n), "a1")
		want := []string{"unchanged Lê Văn Minh", "added Vũ Thị Thanh", "unchanged Phạm Thu Hà", "unchanged Đỗ Quang Huy"}
		if got := rowSummary(b); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("RowRemoved", func(t *testing.T) {
		n := sample()
		a := n.Body[3].Awards
		a.Recipients = append(a.Recipients[:0:0], a.Recipients[0], a.Recipients[2])
		b := block(t, compare.Reports(sample(), n), "a1")
		want := []string{"unchanged Lê Văn Minh", "removed Phạm Thu Hà", "unchanged Đỗ Quang Huy"}
		if got := rowSummary(b); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if b.Rows[1].OldIndex != 1 || b.Rows[1].NewIndex != -1 {
			t.Errorf("got indices %d,%d, want 1,-1", b.Rows[1].OldIndex, b.Rows[1].NewIndex)
		}
	})
	t.Run("RowMovedAndCaseFolded", func(t *testing.T) {
		n := sample()
		a := n.Body[3].Awards
		a.Recipients = []model.Recipient{a.Recipients[2], a.Recipients[0], a.Recipients[1]}
		a.Recipients[0].Name = "ĐỖ QUANG HUY"
		b := block(t, compare.Reports(sample(), n), "a1")
		want := []string{"moved ĐỖ QUANG HUY", "unchanged Lê Văn Minh", "unchanged Phạm Thu Hà"}
		if got := rowSummary(b); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if !b.Rows[0].Edited {
			t.Error("got the moved row not edited, want its name's case change shown")
		}
	})
	t.Run("FormChanged", func(t *testing.T) {
		n := sample()
		n.Body[3].Awards.Form = "Bằng khen"
		b := block(t, compare.Reports(sample(), n), "a1")
		if b.Change != compare.Modified || len(b.Fields) != 1 || b.Fields[0].Field != model.FieldAwardForm ||
			!reflect.DeepEqual(b.Fields[0].Ops, ops(del, "Giấy", ins, "Bằng", eq, " khen")) {
			t.Errorf("got %v %+v, want the form Giấy khen→Bằng khen", b.Change, b.Fields)
		}
	})
}

func TestReportsDoesNotAlias(t *testing.T) {
	o, n := sample(), sample()
	n.Body[0].Text = "Khác."
	d := compare.Reports(o, n)
	block(t, d, "f1").New.Photo.Caption = "đã đổi"
	if o.Body[1].Photo.Caption != "Quang cảnh hội nghị" || n.Body[1].Photo.Caption != "Quang cảnh hội nghị" {
		t.Error("got an input changed through the diff, want copies")
	}
}

// TestBlocksPairedByContent: a paragraph that came back under another key (kept
// on both sides of a "keep both", or through another library's copy) compares as
// changed words, not as deleted and added whole; so does a photo added again. An
// unrelated paragraph is not paired.
func TestBlocksPairedByContent(t *testing.T) {
	old := &model.Report{Body: []model.Block{
		{Key: "a1", Kind: model.BlockParagraph, Text: "Hội nghị đánh giá cao kết quả công tác năm 2025 của Sở."},
		{Key: "a2", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p-1", Caption: "Quang cảnh Hội nghị"}},
		{Key: "a3", Kind: model.BlockParagraph, Text: "Đoạn này bị xoá hẳn."},
	}}
	new := &model.Report{Body: []model.Block{
		{Key: "b1", Kind: model.BlockParagraph, Text: "Hội nghị đánh giá rất cao kết quả công tác năm 2025 của Sở."},
		{Key: "b2", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p-1", Caption: "Quang cảnh Hội nghị"}},
		{Key: "b3", Kind: model.BlockParagraph, Text: "Một đoạn mới về việc khác hoàn toàn."},
	}}
	d := compare.Reports(old, new)
	var kinds []string
	for _, b := range d.Blocks {
		kinds = append(kinds, string(b.Change))
	}
	if got := strings.Join(kinds, ","); got != "modified,unchanged,added,removed" && got != "modified,unchanged,removed,added" {
		t.Fatalf("got %s, want the paragraph modified, the photo unchanged, the unrelated ones added and removed", got)
	}
	var inserted []string
	for _, op := range d.Blocks[0].Ops {
		if op.Kind == compare.Insert {
			inserted = append(inserted, strings.TrimSpace(op.Text))
		}
	}
	if strings.Join(inserted, "|") != "rất" {
		t.Errorf("the paragraph's word diff inserts %q, want only \"rất\"", inserted)
	}
}
