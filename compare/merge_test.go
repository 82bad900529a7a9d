package compare_test

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"newsdesk/compare"
	"newsdesk/model"
)

func part(t *testing.T, m *compare.Merger, key string) compare.Part {
	t.Helper()
	for _, p := range m.Parts() {
		if p.Key == key {
			return p
		}
	}
	t.Fatalf("no part %q", key)
	return compare.Part{}
}

func bodyKeys(r *model.Report) []string {
	var out []string
	for _, b := range r.Body {
		out = append(out, b.Key)
	}
	return out
}

func text(r *model.Report, key string) string {
	for _, b := range r.Body {
		if b.Key == key {
			return b.Text
		}
	}
	return "<absent>"
}

const (
	mineP2   = "Đồng chí Nguyễn Thị Lan phát biểu kết luận hội nghị."
	theirsP2 = "Đồng chí Nguyễn Thị Lan, Giám đốc Sở, phát biểu chỉ đạo."
)

func TestMerge(t *testing.T) {
	t.Run("NoChange", func(t *testing.T) {
		m := compare.Merge(sample(), sample(), sample())
		if m.Conflicts() != 0 {
			t.Fatalf("got %d conflicts, want 0", m.Conflicts())
		}
		if got := m.Result(); !reflect.DeepEqual(got, sample()) {
			t.Errorf("got %+v, want the report unchanged", got)
		}
		if got := len(m.Parts()); got != 7+5 {
			t.Errorf("got %d parts, want 7 fields and 5 blocks", got)
		}
	})
	t.Run("OnlyMineChanged", func(t *testing.T) {
		mine := sample()
		mine.Body[2].Text = mineP2
		mine.Headline = "Tổng kết công tác năm 2025"
		m := compare.Merge(sample(), mine, sample())
		if p := part(t, m, "p2"); p.Conflict || p.Choice != compare.TakeMine {
			t.Errorf("got conflict=%v %v, want mine", p.Conflict, p.Choice)
		}
		r := m.Result()
		if text(r, "p2") != mineP2 || r.Headline != mine.Headline {
			t.Errorf("got %q / %q, want mine", text(r, "p2"), r.Headline)
		}
	})
	t.Run("OnlyTheirsChanged", func(t *testing.T) {
		theirs := sample()
		theirs.Body[2].Text = theirsP2
		theirs.Event.Place = "Hội trường B"
		theirs.Rev = "t9"
		m := compare.Merge(sample(), sample(), theirs)
		if p := part(t, m, "p2"); p.Conflict || p.Choice != compare.TakeTheirs {
			t.Errorf("got conflict=%v %v, want theirs", p.Conflict, p.Choice)
		}
		if p := part(t, m, model.FieldEvent); p.Choice != compare.TakeTheirs || p.TheirsEvent.Place != "Hội trường B" {
			t.Errorf("got %v %+v, want theirs' event", p.Choice, p.TheirsEvent)
		}
		r := m.Result()
		if text(r, "p2") != theirsP2 || r.Event.Place != "Hội trường B" {
			t.Errorf("got %q / %q, want theirs", text(r, "p2"), r.Event.Place)
		}
		if r.Rev != "r1" || r.ID != 7 || r.UUID != sample().UUID {
			t.Errorf("got identity %d %s %s, want mine's", r.ID, r.UUID, r.Rev)
		}
	})
	t.Run("BothChangedSameParagraph", func(t *testing.T) {
		mine, theirs := sample(), sample()
		mine.Body[2].Text, theirs.Body[2].Text = mineP2, theirsP2
		for _, tt := range []struct {
			choice compare.Choice
			keys   []string
			p2     string
		}{
			{compare.TakeMine, []string{"p1", "f1", "p2", "a1", "p3"}, mineP2},
			{compare.TakeTheirs, []string{"p1", "f1", "p2", "a1", "p3"}, theirsP2},
			{compare.TakeBoth, nil, mineP2},
		} {
			t.Run(string(tt.choice), func(t *testing.T) {
				m := compare.Merge(sample(), mine, theirs)
				p := part(t, m, "p2")
				if !p.Conflict || p.Choice != compare.TakeMine || m.Conflicts() != 1 || m.Unresolved() != 1 {
					t.Fatalf("got conflict=%v %v (%d), want one conflict, mine pre-chosen", p.Conflict, p.Choice, m.Conflicts())
				}
				if p.Mine.Text != mineP2 || p.Theirs.Text != theirsP2 || p.Base.Text != sample().Body[2].Text || len(p.Ops) == 0 {
					t.Fatalf("got %+v, want both texts and their diff", p)
				}
				if err := m.Choose("p2", tt.choice); err != nil {
					t.Fatal(err)
				}
				if m.Unresolved() != 0 {
					t.Errorf("got %d unresolved, want 0", m.Unresolved())
				}
				r := m.Result()
				if text(r, "p2") != tt.p2 {
					t.Errorf("got %q, want %q", text(r, "p2"), tt.p2)
				}
				if tt.keys != nil && !reflect.DeepEqual(bodyKeys(r), tt.keys) {
					t.Errorf("got %v, want %v", bodyKeys(r), tt.keys)
				}
				if tt.choice == compare.TakeBoth {
					if len(r.Body) != 6 || r.Body[3].Text != theirsP2 || r.Body[3].Key == "p2" || len(r.Body[3].Key) != 16 {
						t.Errorf("got %v, want theirs after mine under a new key", r.Body)
					}
					// What was said about theirs' version follows it to its new key.
					if moved := m.Moved(); len(moved) != 1 || moved["p2"] != r.Body[3].Key {
						t.Errorf("moved %v, want p2 → %s (theirs' copy)", moved, r.Body[3].Key)
					}
					if again := m.Result(); again.Body[3].Key != r.Body[3].Key {
						t.Errorf("a second result put theirs' copy under %s, the first under %s", again.Body[3].Key, r.Body[3].Key)
					}
				}
			})
		}
	})
	t.Run("TheirsInsertedAfterPredecessor", func(t *testing.T) {
		mine, theirs := sample(), sample()
		mine.Body = append(mine.Body, para("m1", "Phần của tôi."))
		theirs.Body = slices.Insert(theirs.Body, 3, para("t1", "Ý kiến của biên tập."), para("t2", "Thêm một đoạn."))
		m := compare.Merge(sample(), mine, theirs)
		if m.Conflicts() != 0 {
			t.Fatalf("got %d conflicts, want 0", m.Conflicts())
		}
		want := []string{"p1", "f1", "p2", "t1", "t2", "a1", "p3", "m1"}
		if got := bodyKeys(m.Result()); !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		if p := part(t, m, "t1"); p.Mine != nil || p.Choice != compare.TakeTheirs {
			t.Errorf("got %+v, want theirs-only and taken", p)
		}
	})
	t.Run("DeletedOnOneSideUnchangedOnOther", func(t *testing.T) {
		mine, theirs := sample(), sample()
		mine.Body = slices.Delete(mine.Body, 4, 5)     // p3
		theirs.Body = slices.Delete(theirs.Body, 0, 1) // p1
		m := compare.Merge(sample(), mine, theirs)
		if m.Conflicts() != 0 {
			t.Fatalf("got %d conflicts, want 0", m.Conflicts())
		}
		if got, want := bodyKeys(m.Result()), []string{"f1", "p2", "a1"}; !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("DeletedOnOneSideChangedOnOther", func(t *testing.T) {
		mine, theirs := sample(), sample()
		mine.Body = slices.Delete(mine.Body, 2, 3)
		theirs.Body[2].Text = theirsP2
		m := compare.Merge(sample(), mine, theirs)
		p := part(t, m, "p2")
		if !p.Conflict || p.Mine != nil || p.Choice != compare.TakeMine {
			t.Fatalf("got %+v, want a conflict with mine (removed) pre-chosen", p)
		}
		if err := m.Choose("p2", compare.TakeBoth); !errors.Is(err, compare.ErrChoice) {
			t.Errorf("got %v, want ErrChoice", err)
		}
		if text(m.Result(), "p2") != "<absent>" {
			t.Error("got p2 kept, want removed as mine")
		}
		if err := m.Choose("p2", compare.TakeTheirs); err != nil {
			t.Fatal(err)
		}
		if text(m.Result(), "p2") != theirsP2 {
			t.Error("got p2 absent, want theirs kept")
		}
	})
	t.Run("NoBaseEveryDifferenceConflicts", func(t *testing.T) {
		mine, theirs := sample(), sample()
		mine.Headline = "Tổng kết năm 2025"
		theirs.Body[0].Text = "Hội nghị đánh giá kết quả."
		theirs.Body = append(theirs.Body, para("t1", "Thêm."))
		m := compare.Merge(nil, mine, theirs)
		var conflicts []string
		for _, p := range m.Parts() {
			if p.Conflict {
				conflicts = append(conflicts, p.Key)
			}
			if p.Choice != compare.TakeMine {
				t.Errorf("got %v for %s, want mine", p.Choice, p.Key)
			}
		}
		if want := []string{model.FieldHeadline, "p1", "t1"}; !reflect.DeepEqual(conflicts, want) {
			t.Errorf("got conflicts %v, want %v", conflicts, want)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		m := compare.Merge(nil, sample(), sample())
		if err := m.Choose("nope", compare.TakeMine); !errors.Is(err, compare.ErrNoPart) {
			t.Errorf("got %v, want ErrNoPart", err)
		}
		if err := m.Choose(model.FieldHeadline, compare.TakeBoth); !errors.Is(err, compare.ErrChoice) {
			t.Errorf("got %v, want ErrChoice", err)
		}
	})
}

func TestMergeResultDoesNotAlias(t *testing.T) {
	base, mine, theirs := sample(), sample(), sample()
	mine.Body[1].Photo.Caption = "Ảnh của tôi"
	theirs.Body[3].Awards.Recipients[0].Unit = "Văn phòng Sở"
	theirs.Event.Guests = []model.Person{{Name: "Trần Quốc Bảo", Title: "Chuyên viên"}}
	m := compare.Merge(base, mine, theirs)
	r := m.Result()
	if r.Body[1].Photo.Caption != "Ảnh của tôi" || r.Body[3].Awards.Recipients[0].Unit != "Văn phòng Sở" || len(r.Event.Guests) != 1 {
		t.Fatalf("got %+v, want both sides' changes", r)
	}
	r.Body[1].Photo.Caption = "x"
	r.Body[3].Awards.Recipients[0].Unit = "x"
	r.Body[0].Text = "x"
	r.Event.Guests[0].Name = "x"
	r.Event.Chair[0].Name = "x"
	r.Byline[0] = "x"
	if mine.Body[1].Photo.Caption != "Ảnh của tôi" || theirs.Body[3].Awards.Recipients[0].Unit != "Văn phòng Sở" ||
		theirs.Event.Guests[0].Name != "Trần Quốc Bảo" || mine.Event.Chair[0].Name != "Nguyễn Thị Lan" ||
		mine.Byline[0] != "Hoàng Mai" || mine.Body[0].Text != sample().Body[0].Text {
		t.Error("got an input changed through the result, want copies")
	}
	if again := m.Result(); again.Body[1].Photo.Caption != "Ảnh của tôi" || again.Event.Guests[0].Name != "Trần Quốc Bảo" {
		t.Error("got the merger changed through a result, want copies")
	}
	if !reflect.DeepEqual(base, sample()) {
		t.Error("got base changed")
	}
}
