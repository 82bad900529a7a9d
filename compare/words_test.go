package compare_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newsdesk/compare"
)

func ops(kv ...any) []compare.Op {
	var out []compare.Op
	for i := 0; i < len(kv); i += 2 {
		out = append(out, compare.Op{Kind: kv[i].(compare.OpKind), Text: kv[i+1].(string)})
	}
	return out
}

const (
	eq  = compare.Equal
	ins = compare.Insert
	del = compare.Delete
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []compare.Op
	}{
		{"Same", "Hội nghị", "Hội nghị", ops(eq, "Hội nghị")},
		{"BothEmpty", "", "", nil},
		{"FromEmpty", "", "Hội nghị", ops(ins, "Hội nghị")},
		{"ToEmpty", "Hội nghị", "", ops(del, "Hội nghị")},
		{"ChangedWord",
			"Hội nghị tổng kết công tác năm 2025",
			"Hội nghị sơ kết công tác năm 2025",
			ops(eq, "Hội nghị ", del, "tổng", ins, "sơ", eq, " kết công tác năm 2025")},
		{"DiacriticOnly", "Hà Nội", "Hà Nộị", ops(eq, "Hà ", del, "Nội", ins, "Nộị")},
		{"InsertedWordStartsOnTheWord",
			"Hội nghị tổng kết",
			"Hội nghị lần tổng kết",
			ops(eq, "Hội nghị ", ins, "lần ", eq, "tổng kết")},
		{"DeletedWord",
			"Sở Nội vụ thành phố",
			"Sở Nội vụ",
			ops(eq, "Sở Nội vụ", del, " thành phố")},
		{"Punctuation",
			"Đồng chí Nguyễn Thị Lan, Giám đốc Sở.",
			"Đồng chí Nguyễn Thị Lan - Giám đốc Sở.",
			ops(eq, "Đồng chí Nguyễn Thị Lan", del, ",", ins, " -", eq, " Giám đốc Sở.")},
		{"LoneSpaceFolded",
			"trao Giấy khen cho tập thể",
			"trao Bằng công nhận cho tập thể",
			ops(eq, "trao ", del, "Giấy khen", ins, "Bằng công nhận", eq, " cho tập thể")},
		{"NumberChanged",
			"cho 12 tập thể và 12 cá nhân",
			"cho 12 tập thể và 15 cá nhân",
			ops(eq, "cho 12 tập thể và ", del, "12", ins, "15", eq, " cá nhân")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compare.Words(tt.a, tt.b)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			checkOps(t, tt.a, tt.b, got)
		})
	}
}

// checkOps asserts the properties every diff has: it rebuilds both texts, has no
// empty or neighbouring ops of a kind, and puts a deletion before an insertion.
func checkOps(t *testing.T, a, b string, got []compare.Op) {
	t.Helper()
	var ra, rb strings.Builder
	for i, op := range got {
		if op.Text == "" {
			t.Fatalf("op %d is empty: %v", i, got)
		}
		if i > 0 && got[i-1].Kind == op.Kind {
			t.Fatalf("ops %d and %d are both %v: %v", i-1, i, op.Kind, got)
		}
		if i > 0 && got[i-1].Kind == compare.Insert && op.Kind == compare.Delete {
			t.Fatalf("insertion before deletion at %d: %v", i, got)
		}
		switch op.Kind {
		case compare.Equal:
			ra.WriteString(op.Text)
			rb.WriteString(op.Text)
		case compare.Delete:
			ra.WriteString(op.Text)
		case compare.Insert:
			rb.WriteString(op.Text)
		}
	}
	if ra.String() != a {
		t.Fatalf("old side: got %q, want %q", ra.String(), a)
	}
	if rb.String() != b {
		t.Fatalf("new side: got %q, want %q", rb.String(), b)
	}
}

func TestWordsRebuildsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for range 500 {
		a := randomText(r, r.IntN(40))
		b := mutate(r, a)
		checkOps(t, a, b, compare.Words(a, b))
		c := randomText(r, r.IntN(40))
		checkOps(t, a, c, compare.Words(a, c))
	}
}

func TestWordsLongDifferentTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	a, b := randomText(r, 2500), randomText(r, 2500)
	checkOps(t, a, b, compare.Words(a, b))
	c := revise(r, a)
	checkOps(t, a, c, compare.Words(a, c))
}

func FuzzWords(f *testing.F) {
	f.Add("Hội nghị tổng kết công tác năm 2025", "Hội nghị sơ kết công tác năm 2025")
	f.Add("Hà Nội", "Hà Nộị")
	f.Add("a  b\n\nc.", "a b\nc!")
	f.Add("", "x")
	f.Add("\xff\xfe", "\xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkOps(t, a, b, compare.Words(a, b))
	})
}
