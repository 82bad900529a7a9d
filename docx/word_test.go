package docx_test

import (
	"bytes"
	"image"
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/docx"
	"newsdesk/model"
)

// TestRead_WordMade reads documents Microsoft Word made (testdata/word, from
// python-docx's tests, MIT licence): each comes in, every line of text that
// python-docx, another reader, finds in it (NAME.txt, made by extract.py) is in
// the report, and every photo the report shows decodes.
func TestRead_WordMade(t *testing.T) {
	files, _ := filepath.Glob("testdata/word/*.docx")
	if len(files) < 10 {
		t.Fatalf("found %d Word files, want the 12 of testdata/word", len(files))
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := docx.Read(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			all := reportText(d.Report)
			want, err := os.ReadFile(strings.TrimSuffix(file, ".docx") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				if line != "" && !strings.Contains(all, line) {
					t.Errorf("the report lacks %q", line)
				}
			}
			for _, p := range d.Photos {
				b, err := p.Bytes()
				if err != nil {
					t.Fatal(err)
				}
				if _, _, err := image.DecodeConfig(bytes.NewReader(b)); err != nil {
					t.Errorf("photo %s does not decode: %v", p.Filename, err)
				}
			}
			if strings.Contains(file, "comments") && (len(d.Notes) == 0 || !strings.Contains(d.Notes[len(d.Notes)-1], "4")) {
				t.Errorf("notes %q, want one saying the 4 comments were not imported", d.Notes)
			}
			if err := d.Report.Validate(); err != nil {
				t.Errorf("the library refuses the report: %v", err)
			}
			t.Logf("%d blocks, %d photos, notes %q", len(d.Report.Body), len(d.Photos), d.Notes)
		})
	}
}

// reportText is every text of a report, one line a piece, its lines' runs of
// spaces single.
func reportText(r *model.Report) string {
	parts := []string{r.Section, r.Headline, r.SourceTag + " " + r.Lead}
	for _, b := range r.Body {
		switch {
		case b.Photo != nil:
			parts = append(parts, b.Photo.Caption, b.Photo.Credit)
		case b.Awards != nil:
			for _, rc := range b.Awards.Recipients {
				parts = append(parts, rc.Name, rc.Title, rc.Unit, rc.Form)
			}
		default:
			parts = append(parts, strings.Split(b.Text, " | ")...)
		}
	}
	parts = append(parts, strings.Join(r.Byline, " - "))
	var out []string
	for _, p := range parts {
		for _, l := range strings.Split(p, "\n") {
			out = append(out, strings.Join(strings.Fields(l), " "))
		}
	}
	return "\n" + strings.Join(out, "\n") + "\n"
}
