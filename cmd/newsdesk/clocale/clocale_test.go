package clocale

import "testing"

func TestFix(t *testing.T) {
	for _, c := range []struct {
		lcAll, lang, language string
		want                  bool
	}{
		{lang: "C.UTF-8", want: true},
		{lang: "POSIX.UTF-8", want: true},
		{lcAll: "C.utf8", lang: "vi_VN.UTF-8", want: true},
		{lcAll: "vi_VN.UTF-8", lang: "C.UTF-8", want: false},
		{lang: "C", want: false},
		{lang: "vi_VN.UTF-8", want: false},
		{lang: "C.UTF-8", language: "vi", want: false},
		{want: false},
	} {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		if got := Fix(); got != c.want {
			t.Errorf("LC_ALL=%q LANG=%q LANGUAGE=%q: Fix() = %v, want %v", c.lcAll, c.lang, c.language, got, c.want)
		}
	}
}
