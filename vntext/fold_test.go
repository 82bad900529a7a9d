package vntext

import (
	"strings"
	"testing"
)

// FuzzFold: the table-driven Fold agrees with its rule (foldSlow) on any text.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Tổ chức Đảng", "Ủy ban nhân dân thành phố", "Hội nghị tổng kết năm 2025",
		"to\u0302\u0309 chu\u031b\u0301c", "ǄŁØßÆ œ ĳ", "Krông Pắc, Cư M'gar", "東京 Москва", "ﬁ ｱ", "\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("Hội nghị tổng kết công tác thi đua khen thưởng năm 2025 của Ủy ban nhân dân phường. ", 60)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fold(s)
	}
}

func BenchmarkFoldSlow(b *testing.B) {
	s := strings.Repeat("Hội nghị tổng kết công tác thi đua khen thưởng năm 2025 của Ủy ban nhân dân phường. ", 60)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		foldSlow(s)
	}
}
