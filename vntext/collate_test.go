package vntext_test

import (
	"bytes"
	"math/rand"
	"slices"
	"sync"
	"testing"

	"newsdesk/vntext"
)

func TestSortNames(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string // in order
	}{
		{"given names first, đ after d", []string{
			"Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Hoàng Văn Dũng", "Phạm Thị Đào",
		}},
		{"d before đ in every part", []string{
			"Lê Văn Dung", "Lê Văn Dũng", "Lê Văn Đông", "Dương Văn Hùng", "Đỗ Văn Hùng",
		}},
		{"given equal: family name, then middle names", []string{
			"Bùi Thế An", "Lê An", "Lê Thị An", "Lê Thị Thu An", "Lê Văn An", "Ngô Ngọc An", "Nguyễn Thị An", "Trần An", "Vũ Thị Mai An",
		}},
		{"Vietnamese letters: a ă â, e ê, o ô ơ, u ư", []string{
			"Hà An", "Hà Anh", "Hà Ánh", "Hà Ân", "Hà Bảo", "Hà Băng", "Hà Bẩy",
			"Hà Em", "Hà Ên", "Hà Hoa", "Hà Hồng", "Hà Hơn", "Hà Hùng", "Hà Huy", "Hà Hưng",
		}},
		{"tones: none, huyền, hỏi, ngã, sắc, nặng", []string{
			"Lê Ha", "Lê Hà", "Lê Hả", "Lê Hã", "Lê Há", "Lê Hạ", "Lê Hai",
		}},
		{"letters before tones", []string{
			"Lê Thị Mạ", "Lê Thị Mai", "Lê Thị Mài", "Lê Thị Mái", "Lê Thị Man",
		}},
		{"the sample's award list", []string{
			"Bùi Thị Ngọc Anh", "Đỗ Văn Hùng", "Đinh Quang Huy", "Vũ Thị Mai Lan", "Mai Văn Lực",
			"Nguyễn Đức Mạnh", "Tạ Thị Bích Ngọc", "Phan Thị Hồng Nhung", "Lương Văn Toàn",
			"Trịnh Thu Trang", "Cao Minh Tuấn", "Hà Thị Thanh Xuân",
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.want)
			rand.New(rand.NewSource(1)).Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
			slices.Reverse(got)
			vntext.SortNames(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for i := 1; i < len(tt.want); i++ {
				if c := vntext.CompareNames(tt.want[i-1], tt.want[i]); c >= 0 {
					t.Errorf("CompareNames(%q, %q) = %d, want -1", tt.want[i-1], tt.want[i], c)
				}
				if c := vntext.CompareNames(tt.want[i], tt.want[i-1]); c <= 0 {
					t.Errorf("CompareNames(%q, %q) = %d, want +1", tt.want[i], tt.want[i-1], c)
				}
			}
		})
	}
}

// The two tone styles spell one name: "Hòa" and "Hoà" sort together, between "Hoa"
// and "Hóa", however the collator would place the marks.
func TestSortNamesToneStyle(t *testing.T) {
	names := []string{"Lê Thị Hóa", "Lê Thị Hoà", "Lê Thị Hoa", "Lê Thị Hòa", "Lê Thị Hoá", "Lê Thị Hoan"}
	vntext.SortNames(names)
	pos := map[string]int{}
	for i, n := range names {
		pos[n] = i
	}
	if !(pos["Lê Thị Hoa"] == 0 && pos["Lê Thị Hòa"] <= 2 && pos["Lê Thị Hoà"] <= 2 &&
		pos["Lê Thị Hóa"] >= 3 && pos["Lê Thị Hoá"] >= 3 && pos["Lê Thị Hoan"] == 5) {
		t.Errorf("got %q", names)
	}
	if c := vntext.CompareNames("Trần Thủy", "Lê Thuỷ"); c <= 0 {
		t.Errorf("Thủy and Thuỷ are one given name; the family names decide: got %d", c)
	}
}

func TestCompareNamesEdges(t *testing.T) {
	if c := vntext.CompareNames("Nguyễn Văn An", "Nguyễn Văn An"); c != 0 {
		t.Errorf("same name: %d", c)
	}
	// decomposed text sorts where its composed form does
	names := []string{"Nguyễn Văn Bình", "Nguye\u0302\u0303n Văn Ánh", "Nguyễn Văn Anh"}
	vntext.SortNames(names)
	if names[1] != "Nguye\u0302\u0303n Văn Ánh" {
		t.Errorf("got %q", names)
	}
	if c := vntext.CompareNames("", "An"); c >= 0 {
		t.Errorf("empty name should sort first: %d", c)
	}
	if c := vntext.CompareNames("an", "Ánh"); c >= 0 {
		t.Errorf("case must not beat letters: %d", c)
	}
	if c := vntext.CompareNames("Lê  Văn   An", "Lê Văn Anh"); c >= 0 {
		t.Errorf("extra spaces: %d", c)
	}
}

func TestCompare(t *testing.T) {
	want := []string{"Ban Tổ chức", "Đoàn Thanh niên", "Đội Kiểm tra", "Phòng Cải cách hành chính", "Phòng Công chức, viên chức", "Phòng Người có công", "Phòng Thi đua, khen thưởng", "Văn phòng Sở"}
	for i := 1; i < len(want); i++ {
		if c := vntext.Compare(want[i-1], want[i]); c >= 0 {
			t.Errorf("Compare(%q, %q) = %d", want[i-1], want[i], c)
		}
	}
	if c := vntext.Compare("Đà Nẵng", "Đà Nẵng"); c != 0 {
		t.Errorf("equal: %d", c)
	}
}

func TestNameKeyConcurrent(t *testing.T) {
	want := vntext.NameKey("Phạm Thị Đào")
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if !bytes.Equal(vntext.NameKey("Phạm Thị Đào"), want) {
					t.Error("key changed under concurrent use")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkSortNames(b *testing.B) {
	base := []string{"Bùi Thị Ngọc Anh", "Đỗ Văn Hùng", "Trịnh Thu Trang", "Vũ Thị Mai Lan", "Nguyễn Đức Mạnh", "Lương Văn Toàn", "Phan Thị Hồng Nhung", "Cao Minh Tuấn", "Đinh Quang Huy", "Hà Thị Thanh Xuân", "Tạ Thị Bích Ngọc", "Mai Văn Lực"}
	var names []string
	for i := 0; i < 9; i++ {
		names = append(names, base...)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := slices.Clone(names)
		vntext.SortNames(s)
	}
}

func TestSplitTone(t *testing.T) {
	for _, c := range []struct {
		in, letters string
		tone        int
	}{
		{"Việt", "Viêt", 5}, {"Thủy", "Thuy", 2}, {"Thuỷ", "Thuy", 2}, {"Đà", "Đa", 1}, {"ngã", "nga", 3},
		{"Ánh", "Anh", 4}, {"An", "An", 0}, {"Vie\u0302\u0323t", "Viêt", 5}, {"", "", 0}, {"2026", "2026", 0},
	} {
		l, tn := vntext.SplitTone(c.in)
		if l != c.letters || tn != c.tone {
			t.Errorf("SplitTone(%q) = %q, %d; want %q, %d", c.in, l, tn, c.letters, c.tone)
		}
	}
}
