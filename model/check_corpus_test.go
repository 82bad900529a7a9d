package model_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
)

// corpus reads testdata/corpus.txt (made by testdata/mkcorpus): reports in the
// portal's style with fictional units and people.
func corpus(tb testing.TB) []*model.Report {
	tb.Helper()
	data, err := os.ReadFile("testdata/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var out []*model.Report
	for i, block := range strings.Split(strings.TrimSpace(string(data)), "\n\n") {
		lines := strings.Split(block, "\n")
		r := model.NewReport(lines[0])
		r.Lead = lines[1]
		for k, l := range lines[2:] {
			key := fmt.Sprintf("b%d", k)
			switch {
			case strings.HasPrefix(l, "! "):
				name, title, _ := strings.Cut(l[2:], "|")
				r.Event.Guests = append(r.Event.Guests, model.Person{Name: name, Title: title})
			case strings.HasPrefix(l, "@ "):
				r.Body = append(r.Body, model.Block{Key: key, Kind: model.BlockPhoto,
					Photo: &model.PhotoBlock{UUID: key, Caption: l[2:], Alt: "Ảnh hội nghị"}})
			default:
				r.Body = append(r.Body, paragraph(key, l))
			}
		}
		r.Byline = []string{"Minh Khôi"}
		r.ID = int64(i + 1)
		out = append(out, r)
	}
	return out
}

func corpusWords(rs []*model.Report) int {
	n := 0
	for _, r := range rs {
		n += len(strings.Fields(r.Headline)) + len(strings.Fields(r.Lead))
		for _, b := range r.Body {
			n += len(strings.Fields(b.Text))
			if b.Photo != nil {
				n += len(strings.Fields(b.Photo.Caption))
			}
		}
	}
	return n
}

// The checks find nothing in reports written as the portal writes them: every
// finding on the corpus would be a false alarm a reporter learns to ignore.
func TestCheckCorpus(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	reports := corpus(t)
	if n := corpusWords(reports); n < 50000 {
		t.Fatalf("the corpus has %d words, want at least 50,000", n)
	}
	found := 0
	for _, r := range reports {
		for _, p := range model.CheckWith(r, model.CheckOptions{}) {
			found++
			if found <= 30 {
				t.Errorf("report %d: %s %s[%d]: %s", r.ID, p.Kind, p.Field, p.Index, p.Message)
			}
		}
	}
	if found > 0 {
		t.Errorf("%d findings on the corpus, want none", found)
	}
}
