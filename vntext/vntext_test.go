package vntext_test

import (
	"strings"
	"testing"

	"newsdesk/vntext"
)

func TestClean(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"NFD becomes NFC", "Vie\u0302\u0323t Nam", "Việt Nam"},
		{"control characters removed", "Hội\u0000 nghị\u0007\r\n", "Hội nghị\n"},
		{"tabs and newlines kept", "a\tb\nc", "a\tb\nc"},
		{"BOM removed", "\uFEFFTổ", "Tổ"},
		{"invalid UTF-8 dropped", "a\xffb", "ab"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := vntext.Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	if got, want := vntext.OneLine(" Hội nghị\ttổng kết\nnăm 2025 "), "Hội nghị tổng kết năm 2025"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Ngành Tổ chức xây dựng Đảng": "nganh to chuc xay dung dang",
		"ĐOÀN KẾT":                    "doan ket",
		"Vie\u0302\u0323t":            "viet",
		"Hà Nội 2026":                 "ha noi 2026",
	} {
		if got := vntext.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	got := vntext.Words("Hội nghị: tổng kết (năm 2025)!")
	want := []string{"Hội", "nghị", "tổng", "kết", "năm", "2025"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("word %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Hội nghị", 20, "Hội nghị"},
		{"Đồng chí Nguyễn Thị Thu Hằng phát biểu tại Hội nghị", 30, "Đồng chí Nguyễn Thị Thu Hằng…"},
		{"Tổ chức", 4, "Tổ…"},
	} {
		if got := vntext.Shorten(c.in, c.n); got != c.want || len([]rune(got)) > c.n {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"one line", "Hội nghị tổng kết", []string{"Hội nghị tổng kết"}},
		{"Word: a paragraph a line", "Đoạn một.\r\nĐoạn hai.\r\nĐoạn ba.\r\n", []string{"Đoạn một.", "Đoạn hai.", "Đoạn ba."}},
		{"e-mail: blank lines between, wrapped lines inside", "Sáng 8/1, Sở Nội vụ\ntổ chức hội nghị.\n\nĐồng chí Giám đốc\nchủ trì.\n",
			[]string{"Sáng 8/1, Sở Nội vụ tổ chức hội nghị.", "Đồng chí Giám đốc chủ trì."}},
		{"several blank lines and spaces", "\n\n  Một.  \n \n\n\tHai.\n\n", []string{"Một.", "Hai."}},
		{"nothing", " \n\n ", nil},
	} {
		got := vntext.Paragraphs(c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
