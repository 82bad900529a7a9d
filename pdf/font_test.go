package pdf_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"

	"newsdesk/assets"
	"newsdesk/model"
	"newsdesk/msg/msgtest"
	"newsdesk/pdf"
)

var parsed sync.Map // font file name → *sfnt.Font

// hasGlyph reports whether the embedded font file has a glyph for r, read with
// sfnt independently of the package.
func hasGlyph(t *testing.T, file string, r rune) bool {
	t.Helper()
	f, ok := parsed.Load(file)
	if !ok {
		data, err := assets.FontFile(file)
		if err != nil {
			t.Fatal(err)
		}
		font, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		f, _ = parsed.LoadOrStore(file, font)
	}
	g, err := f.(*sfnt.Font).GlyphIndex(nil, r)
	return err == nil && g != 0
}

// vietnamese is every letter of Vietnamese, both cases, with every tone mark.
const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
	"AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ"

func TestFontsCoverVietnamese(t *testing.T) {
	t.Parallel()
	for _, file := range []string{assets.FontSerifRegular, assets.FontSerifBold, assets.FontSerifItalic,
		assets.FontSerifBoldItalic, assets.FontSansRegular, assets.FontSansBold} {
		for _, r := range vietnamese + "0123456789.,;:!?()[]“”‘’–—…%/«»·" {
			if !hasGlyph(t, file, r) {
				t.Errorf("%s lacks %q", file, r)
			}
		}
	}
}

// TestNoEmptyBoxes checks that every character is drawn in a font that has it: by a
// fallback font when the text font lacks it, as its plain equivalent, or as a
// question mark that is reported.
func TestNoEmptyBoxes(t *testing.T) {
	t.Parallel()
	in := "Kết quả → tăng ≥ 15% ✓ ★ ☎ ⚕ Ｔổng\u200b\u00ad 😀 Việt"
	runs, missing := pdf.BodyRuns(in)
	var drawn strings.Builder
	for _, r := range runs {
		for _, c := range r.Text {
			if c != ' ' && !hasGlyph(t, r.File, c) {
				t.Errorf("%q is drawn in %s, which has no glyph for it", c, r.File)
			}
		}
		drawn.WriteString(r.Text)
	}
	if got, want := drawn.String(), "Kết quả → tăng ≥ 15% ✓ ★ ☎ ⚕ Tổng ? Việt"; got != want {
		t.Errorf("drawn %q, want %q", got, want)
	}
	if !slices.Equal(missing, []rune{'😀'}) {
		t.Errorf("missing %q, want 😀", missing)
	}
	for s, want := range map[string]string{"→": assets.FontMath, "✓": assets.FontSymbols2, "⚕": assets.FontSymbols, "Việt": assets.FontSerifRegular} {
		if got := fileOf(runs, s); got != want {
			t.Errorf("%s drawn in %s, want %s", s, got, want)
		}
	}

	t.Run("AsAReaderSeesIt", func(t *testing.T) {
		r := model.NewReport("Chỉ số → tăng ≥ 15%")
		r.Lead = "Tỉ lệ hài lòng ✓ đạt ★★★★; đường dây nóng ☎ 1022; trạm y tế ⚕ mở cửa; biểu tượng 😀 không in được."
		data, enc := encodeReport(t, nil, r)
		path := writePDF(t, data)
		txt := words(poppler(t, "pdftotext", "-enc", "UTF-8", path, "-"))
		for _, want := range []string{"Chỉ số → tăng ≥ 15%", "hài lòng ✓ đạt ★★★★", "nóng ☎ 1022", "trạm y tế ⚕ mở", "biểu tượng ? không"} {
			if !strings.Contains(txt, want) {
				t.Errorf("pdftotext lacks %q:\n%s", want, txt)
			}
		}
		if !slices.Equal(enc.Missing(), []rune{'😀'}) {
			t.Errorf("Missing() = %q, want 😀", enc.Missing())
		}
		fonts := poppler(t, "pdffonts", path)
		for _, want := range []string{"notosansmath", "notosanssymbols2", "notosanssymbols "} {
			if !strings.Contains(strings.ToLower(fonts), want) {
				t.Errorf("pdffonts lacks %s:\n%s", want, fonts)
			}
		}
	})
}

func fileOf(runs []pdf.Run, s string) string {
	for _, r := range runs {
		if strings.Contains(r.Text, s) {
			return r.File
		}
	}
	return ""
}

func TestMessages(t *testing.T) {
	msgtest.Check(t, "pdf.")
}
