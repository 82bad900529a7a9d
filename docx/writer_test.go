package docx_test

import (
	"bytes"
	"image"
	"os"
	"strings"
	"testing"
	"time"

	"newsdesk/docx"
	"newsdesk/model"
)

// TestRoundTrip writes a report and reads the document back: the same head,
// blocks, captions, credits, award lists and byline come back, and each photo
// block names a picture of the document, turned as the reporter turned it.
func TestRoundTrip(t *testing.T) {
	r, lib := MustReport(t)
	data := MustWrite(t, r, lib, docx.Options{})
	if os.Getenv("NEWSDESK_KEEP") != "" {
		os.WriteFile(os.Getenv("NEWSDESK_KEEP"), data, 0o644)
	}
	assertSame(t, r, lib, MustRead(t, data))
}

// assertSame checks that d, read from a document written of r, holds r.
func assertSame(t *testing.T, r *model.Report, lib library, d *docx.Document) {
	t.Helper()
	got := d.Report
	if len(d.Notes) != 0 {
		t.Errorf("notes %q, want none", d.Notes)
	}
	for _, f := range []struct{ name, got, want string }{
		{"section", got.Section, r.Section},
		{"headline", got.Headline, r.Headline},
		{"source tag", got.SourceTag, r.SourceTag},
		{"lead", got.Lead, r.Lead},
		{"byline", strings.Join(got.Byline, "|"), strings.Join(r.Byline, "|")},
	} {
		if f.got != f.want {
			t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
		}
	}
	if got.UUID == r.UUID {
		t.Error("the document's report kept the written report's UUID; a Word file makes a new report")
	}
	if len(got.Body) != len(r.Body) {
		t.Fatalf("got %d blocks %v, want %d", len(got.Body), kinds(got), len(r.Body))
	}
	photos := map[string]model.ImportPhoto{}
	for _, p := range d.Photos {
		photos[p.UUID] = p
	}
	for i, want := range r.Body {
		g := got.Body[i]
		if g.Kind != want.Kind {
			t.Fatalf("block %d: got %s, want %s", i, g.Kind, want.Kind)
		}
		switch want.Kind {
		case model.BlockParagraph:
			if g.Text != want.Text {
				t.Errorf("block %d: got %q, want %q", i, g.Text, want.Text)
			}
		case model.BlockPhoto:
			if g.Photo.Caption != want.Photo.Caption || g.Photo.Credit != want.Photo.Credit || g.Photo.Alt != want.Photo.Alt {
				t.Errorf("block %d: got caption %q credit %q alt %q, want %q %q %q", i,
					g.Photo.Caption, g.Photo.Credit, g.Photo.Alt, want.Photo.Caption, want.Photo.Credit, want.Photo.Alt)
			}
			p, ok := photos[g.Photo.UUID]
			if !ok {
				t.Fatalf("block %d: photo %s is not among the document's photos", i, g.Photo.UUID)
			}
			data, err := p.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("block %d: picture does not decode: %v", i, err)
			}
			orig := lib[want.Photo.UUID]
			wide := orig.Width > orig.Height
			if want.Photo.Rotation == 90 {
				wide = !wide
			}
			if (cfg.Width > cfg.Height) != wide {
				t.Errorf("block %d: picture is %d×%d, turned wrong", i, cfg.Width, cfg.Height)
			}
		case model.BlockAwards:
			a, w := g.Awards, want.Awards
			if a.Form != w.Form || a.By != w.By || a.Decision != w.Decision || a.Date != w.Date {
				t.Errorf("block %d: got list %q %q %q %q, want %q %q %q %q", i, a.Form, a.By, a.Decision, a.Date, w.Form, w.By, w.Decision, w.Date)
			}
			if len(a.Recipients) != len(w.Recipients) {
				t.Fatalf("block %d: got %d recipients, want %d", i, len(a.Recipients), len(w.Recipients))
			}
			for j, rc := range w.Recipients {
				gr := a.Recipients[j]
				if gr.Kind != rc.Kind || gr.Name != rc.Name || gr.Title != rc.Title || gr.Unit != rc.Unit || a.FormOf(gr) != w.FormOf(rc) {
					t.Errorf("block %d recipient %d: got %+v, want %+v", i, j, gr, rc)
				}
			}
		}
	}
	if err := got.Validate(); err != nil {
		t.Errorf("the report read back is refused: %v", err)
	}
}

func kinds(r *model.Report) []model.BlockKind {
	var out []model.BlockKind
	for _, b := range r.Body {
		out = append(out, b.Kind)
	}
	return out
}

// TestWrite_SameBytes: the same report gives the same bytes (no clock), and a
// creation time given is the document's.
func TestWrite_SameBytes(t *testing.T) {
	r, lib := MustReport(t)
	a := MustWrite(t, r, lib, docx.Options{})
	b := MustWrite(t, r, lib, docx.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same report differ")
	}
	when := time.Date(2026, 12, 18, 15, 30, 0, 0, time.UTC)
	c := MustWrite(t, r, lib, docx.Options{Created: when})
	if core := string(Entry(t, c, "docProps/core.xml")); !strings.Contains(core, "2026-12-18T15:30:00Z") {
		t.Errorf("core.xml lacks the creation time: %s", core)
	} else if !strings.Contains(core, "<dc:title>"+r.Headline+"</dc:title>") {
		t.Errorf("core.xml lacks the title: %s", core)
	}
}

// TestWrite_Text: text arrives in NFC however it was typed, characters XML
// reserves come through, and a paragraph's line breaks and tabs are Word's.
func TestWrite_Text(t *testing.T) {
	r := model.NewReport("")
	r.Headline = "Nguye\u0302\u0303n Văn A & <B> trao đổi \"kinh nghiệm\""
	r.Body = []model.Block{{Kind: model.BlockParagraph, Key: "k", Text: "Dòng một\nDòng hai\tcột"}}
	data := MustWrite(t, r, library{}, docx.Options{})
	doc := string(Entry(t, data, "word/document.xml"))
	for _, want := range []string{"Nguyễn Văn A &amp; &lt;B&gt; trao đổi &quot;kinh nghiệm&quot;", "Dòng một</w:t><w:br/><w:t xml:space=\"preserve\">Dòng hai</w:t><w:tab/>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
	got := MustRead(t, data).Report
	if got.Headline != "Nguyễn Văn A & <B> trao đổi \"kinh nghiệm\"" {
		t.Errorf("headline read back %q", got.Headline)
	}
	if len(got.Body) != 1 || got.Body[0].Text != "Dòng một\nDòng hai cột" {
		t.Errorf("body read back %q", describe(got))
	}
}

// TestWrite_PhotoMissing: a photo the library no longer has stops the export
// with a sentence naming it, and nothing is written.
func TestWrite_PhotoMissing(t *testing.T) {
	r, lib := MustReport(t)
	for id := range lib {
		if lib[id].MIME == "image/png" {
			delete(lib, id)
		}
	}
	var buf bytes.Buffer
	err := docx.Write(&buf, r, lib.photo, docx.Options{})
	if model.ErrorCode(err) != model.ENOTFOUND || !strings.Contains(model.ErrorMessage(err), "Trao Giấy khen cho các tập thể") {
		t.Errorf("got %v, want ENOTFOUND naming the photo by its caption", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes with the error", buf.Len())
	}
}
