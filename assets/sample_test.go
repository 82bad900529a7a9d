package assets_test

import (
	"bytes"
	"encoding/json"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/assets"
	"newsdesk/model"
)

func mustSample(tb testing.TB) (*model.Report, []model.ImportPhoto) {
	tb.Helper()
	r, photos, err := assets.SampleReport()
	if err != nil {
		tb.Fatalf("SampleReport: %v", err)
	}
	return r, photos
}

func TestSampleReport(t *testing.T) {
	r, _ := mustSample(t)
	if err := r.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if r.Status != model.StatusDraft {
		t.Errorf("status: got %q, want %q", r.Status, model.StatusDraft)
	}
	for name, v := range map[string]string{"section": r.Section, "headline": r.Headline, "source tag": r.SourceTag, "lead": r.Lead,
		"place": r.Event.Place, "organiser": r.Event.Organiser} {
		if v == "" {
			t.Errorf("%s is empty", name)
		}
	}
	if strings.HasSuffix(r.Section, ":") {
		t.Errorf("section %q keeps the kicker's colon", r.Section)
	}
	if _, ok := r.Event.Date.Time(); !ok || r.Event.PartOfDay == "" {
		t.Errorf("event date %q, part of day %q", r.Event.Date, r.Event.PartOfDay)
	}
	if len(r.Event.Chair) == 0 || len(r.Event.Guests) == 0 {
		t.Errorf("event: %d chairs, %d guests", len(r.Event.Chair), len(r.Event.Guests))
	}
	if len(r.Byline) == 0 || len(r.Tags) < 3 {
		t.Errorf("byline %q, tags %q", r.Byline, r.Tags)
	}
	if n := len([]rune(r.Headline)); n > model.HeadlineWarnLength || r.HeadlineTooLong() {
		t.Errorf("headline: got %d characters, want at most %d", n, model.HeadlineWarnLength)
	}
	paragraphs := 0
	for _, b := range r.Body {
		if b.Kind == model.BlockParagraph {
			paragraphs++
		}
	}
	if paragraphs < 6 {
		t.Errorf("paragraphs: got %d, want at least 6", paragraphs)
	}
}

func TestSampleReportIsACopy(t *testing.T) {
	a, _ := mustSample(t)
	b, _ := mustSample(t)
	if a.UUID == "" || a.UUID == b.UUID {
		t.Errorf("UUIDs %q and %q: each call should give a new report", a.UUID, b.UUID)
	}
	a.Body[1].Text = "changed"
	if b.Body[1].Text == "changed" {
		t.Error("two calls share their body")
	}
}

func TestSamplePhotos(t *testing.T) {
	r, photos := mustSample(t)
	blocks := r.Photos()
	if len(blocks) != 4 {
		t.Fatalf("photo blocks: got %d, want 4", len(blocks))
	}
	for i, b := range r.Body {
		if b.Kind != model.BlockPhoto {
			continue
		}
		if i == len(r.Body)-1 || r.Body[i+1].Kind == model.BlockPhoto {
			t.Errorf("photo block %d is not followed by text", i+1)
		}
		if b.Photo.Caption == "" || b.Photo.Credit == "" || b.Photo.Alt == "" {
			t.Errorf("photo %s: caption %q, credit %q, alt %q", b.Photo.UUID, b.Photo.Caption, b.Photo.Credit, b.Photo.Alt)
		}
	}
	if len(photos) != len(blocks) {
		t.Fatalf("photo files: got %d, want %d", len(photos), len(blocks))
	}
	names := make(map[string]bool)
	for i, p := range photos {
		if p.UUID != blocks[i].UUID {
			t.Errorf("photo %d: got %s, want %s (body order)", i+1, p.UUID, blocks[i].UUID)
		}
		if !strings.HasSuffix(p.Filename, ".jpg") || names[p.Filename] {
			t.Errorf("photo %d: file name %q", i+1, p.Filename)
		}
		names[p.Filename] = true
		img, err := jpeg.Decode(bytes.NewReader(p.Data))
		if err != nil {
			t.Errorf("photo %s: %v", p.UUID, err)
			continue
		}
		if b := img.Bounds(); b.Dx() < 1200 || b.Dy() < 800 {
			t.Errorf("photo %s: %v is too small to print", p.UUID, b.Size())
		}
	}

	// every file shipped is used by the report
	files, err := os.ReadDir(filepath.Join("sample", "photos"))
	if err != nil {
		t.Fatal(err)
	}
	used := make(map[string]bool)
	for _, b := range blocks {
		used[b.UUID+".jpg"] = true
	}
	for _, f := range files {
		if !used[f.Name()] {
			t.Errorf("sample/photos/%s is not in the report", f.Name())
		}
	}
}

func TestSampleAwards(t *testing.T) {
	r, _ := mustSample(t)
	lists := r.AwardLists()
	if len(lists) != 1 {
		t.Fatalf("award lists: got %d, want 1", len(lists))
	}
	a := lists[0]
	if a.Form == "" || a.By == "" || a.Decision == "" || a.Date == "" {
		t.Errorf("award list: form %q, by %q, decision %q, date %q", a.Form, a.By, a.Decision, a.Date)
	}
	if c, i := a.Count(); c != 12 || i != 12 {
		t.Errorf("recipients: got %d collectives and %d individuals, want 12 and 12", c, i)
	}
	for n, rc := range a.Recipients {
		if rc.Unit == "" || (rc.Kind == model.Individual && rc.Title == "") {
			t.Errorf("recipient %d %q: unit %q, title %q", n+1, rc.Name, rc.Unit, rc.Title)
		}
	}
	// the paragraph announcing the awards states the list's own counts
	want := a.Summary()
	found := strings.Contains(r.Lead, want)
	for _, b := range r.Body {
		found = found || (b.Kind == model.BlockParagraph && strings.Contains(b.Text, want))
	}
	if !found {
		t.Errorf("no paragraph says %q", want)
	}
}

func TestSampleNFC(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("sample", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !norm.NFC.IsNormal(raw) {
		t.Error("sample/report.json is not in NFC")
	}
	r, _ := mustSample(t)
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !norm.NFC.IsNormal(out) {
		t.Error("the sample report is not in NFC")
	}
}

// captionPerson reads "Đồng chí Name, Title phát biểu…" in a caption.
var captionPerson = regexp.MustCompile(`(?i)đồng chí ([^,]+), (.+?) (?:phát biểu|trao|tặng|chủ trì|trình bày|dự)`)

func TestSampleTitles(t *testing.T) {
	r, _ := mustSample(t)
	titles := make(map[string]string)
	add := func(where, name, title string) {
		if old, ok := titles[name]; ok && old != title {
			t.Errorf("%s: %s is %q here but %q elsewhere", where, name, title, old)
			return
		}
		titles[name] = title
	}
	for _, p := range append(append([]model.Person(nil), r.Event.Chair...), r.Event.Guests...) {
		add("event", p.Name, p.Title)
	}
	for _, p := range r.Photos() {
		for _, m := range captionPerson.FindAllStringSubmatch(p.Caption, -1) {
			add("caption "+p.Caption, m[1], m[2])
		}
	}
	if len(titles) < 4 {
		t.Errorf("people named with a title: got %d, want at least 4", len(titles))
	}
	// wherever the text gives a known person's title, it is the same title
	texts := []string{r.Lead}
	for _, b := range r.Body {
		texts = append(texts, b.Text)
		if b.Photo != nil {
			texts = append(texts, b.Photo.Caption)
		}
	}
	for name, title := range titles {
		for _, text := range texts {
			for _, part := range strings.Split(text, name+", ")[1:] {
				if !strings.HasPrefix(part, title) {
					t.Errorf("%s is given another title than %q in: %.80s…", name, title, part)
				}
			}
		}
	}
}
