package pdf_test

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/photo/phototest"
)

// The page as the tests measure it, in points: the column's edges, the height of a
// tall photo (narrower than the column), and the share of the column's width below
// which a photo is never shrunk.
var (
	columnLeft     = 22 * 72 / 25.4
	columnWidth    = 170 * 72 / 25.4
	maxPhotoHeight = 150 * 72 / 25.4
)

const minPhotoShare = 0.75

// pageLayout is what pdftohtml finds on a page, in points from its top left: the
// lines of text and the images, each in the order drawn.
type pageLayout struct {
	lines  []textLine
	images []rect
}

type rect struct{ top, left, width, height float64 }

func (r rect) bottom() float64 { return r.top + r.height }

type textLine struct {
	rect
	text string
}

// xmlRect is a box in pdftohtml's XML.
type xmlRect struct {
	Top    float64 `xml:"top,attr"`
	Left   float64 `xml:"left,attr"`
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
}

func (r xmlRect) rect() rect { return rect{r.Top, r.Left, r.Width, r.Height} }

var tagRE = regexp.MustCompile(`<[^>]*>`)

// pageLayouts reads where the text and images of each page (page n at n-1) are.
func pageLayouts(tb testing.TB, path string) []pageLayout {
	tb.Helper()
	out := filepath.Join(tb.TempDir(), "layout")
	poppler(tb, "pdftohtml", "-q", "-xml", "-zoom", "1", "-noroundcoord", path, out)
	data, err := os.ReadFile(out + ".xml")
	if err != nil {
		tb.Fatal(err)
	}
	var doc struct {
		Pages []struct {
			Texts []struct {
				xmlRect
				Inner string `xml:",innerxml"`
			} `xml:"text"`
			Images []xmlRect `xml:"image"`
		} `xml:"page"`
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		tb.Fatalf("pdftohtml's XML: %v", err)
	}
	var pages []pageLayout
	for _, p := range doc.Pages {
		var pl pageLayout
		for _, t := range p.Texts {
			l := textLine{t.rect(), words(html.UnescapeString(tagRE.ReplaceAllString(t.Inner, "")))}
			// pdftohtml cuts a line where the face changes: join the pieces.
			if n := len(pl.lines); n > 0 && math.Abs(pl.lines[n-1].top-l.top) < 1 && l.left >= pl.lines[n-1].left+pl.lines[n-1].width-1 {
				prev := &pl.lines[n-1]
				prev.text = words(prev.text + " " + l.text)
				prev.width = l.left + l.width - prev.left
				prev.height = max(prev.height, l.height)
				continue
			}
			pl.lines = append(pl.lines, l)
		}
		for _, im := range p.Images {
			pl.images = append(pl.images, im.rect())
		}
		pages = append(pages, pl)
	}
	return pages
}

// footEmpty returns, for each page, the share of its printed height left blank at
// its foot, as the page shows it: rendered in gray, the blank rows between the
// lowest ink above the footer's rule and that rule, out of the height from the
// page's first ink (the masthead or the running header) to the rule.
func footEmpty(tb testing.TB, path string) []float64 {
	tb.Helper()
	prefix := filepath.Join(tb.TempDir(), "page")
	poppler(tb, "pdftoppm", "-gray", "-r", "72", path, prefix)
	files, err := filepath.Glob(prefix + "-*.pgm")
	if err != nil || len(files) == 0 {
		tb.Fatalf("pdftoppm made no pages: %v", err)
	}
	sort.Strings(files) // the numbers are padded to one width
	x0, x1 := int(columnLeft), int(columnLeft+columnWidth)
	var out []float64
	for _, f := range files {
		w, h, px := readPGM(tb, f)
		if x1 > w {
			tb.Fatalf("%s is %d px wide", f, w)
		}
		inked := func(y, level int) int {
			n := 0
			for x := x0; x < x1; x++ {
				if px[y*w+x] < byte(level) {
					n++
				}
			}
			return n
		}
		// The footer's rule is the lowest line drawn across the whole column.
		rule := -1
		for y := h - 1; y >= 0 && rule < 0; y-- {
			if inked(y, 230) >= (x1-x0)*9/10 {
				rule = y
			}
		}
		top := 0
		for top < h && inked(top, 200) == 0 {
			top++
		}
		if rule < 0 || top >= rule {
			tb.Fatalf("%s: no footer rule found", f)
		}
		low := rule - 1
		for low > top && inked(low, 200) == 0 {
			low--
		}
		// Skip the anti-aliased edge of the rule itself.
		for low > top && inked(low, 230) >= (x1-x0)*9/10 {
			low--
			for low > top && inked(low, 200) == 0 {
				low--
			}
		}
		out = append(out, float64(rule-low)/float64(rule-top))
	}
	return out
}

// readPGM reads a binary 8-bit PGM image.
func readPGM(tb testing.TB, path string) (w, h int, px []byte) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	r := bufio.NewReader(bytes.NewReader(data))
	var magic string
	var maxv int
	if _, err := fmt.Fscan(r, &magic, &w, &h, &maxv); err != nil || magic != "P5" || maxv != 255 {
		tb.Fatalf("%s is not an 8-bit PGM: %v", path, err)
	}
	r.ReadByte() // the white space after the header
	px = make([]byte, w*h)
	if _, err := io.ReadFull(r, px); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return w, h, px
}

// captionText is a photo's caption as the page prints it: the caption, then the
// credit in brackets.
func captionText(p *model.PhotoBlock) string {
	return words(p.Caption + " (" + p.CreditLine() + ")")
}

// block is one thing of a report a reader must find in its column text once: its
// words, or the caption of a photo.
type block struct {
	text  string
	photo bool
}

// readingOrder returns the blocks of r in order, as the column's text holds them
// when each photo is where the report puts it. An award table is its sentence, its
// header row, then its rows, each cell's text in turn.
func readingOrder(r *model.Report) []block {
	out := []block{{text: words(r.Section)}, {text: words(r.Headline)}, {text: words(r.SourceTag + " " + r.Lead)}}
	for _, b := range r.Body {
		switch b.Kind {
		case model.BlockParagraph:
			if t := words(b.Text); t != "" {
				out = append(out, block{text: t})
			}
		case model.BlockPhoto:
			out = append(out, block{text: captionText(b.Photo), photo: true})
		case model.BlockAwards:
			a := b.Awards
			c, i := a.Count()
			out = append(out, block{text: words(a.By + " " + a.Summary() + " (" + a.Decision + " ngày " + a.Date.Short() + "):")},
				block{text: words(strings.Join(model.AwardColumns(c, i), " "))})
			n := 0
			for k, rc := range a.Recipients {
				if c > 0 && i > 0 && (k == 0 || rc.Kind != a.Recipients[k-1].Kind) {
					label := "Cá nhân"
					if rc.Kind == model.Collective {
						label = "Tập thể"
					}
					out = append(out, block{text: label})
					n = 0
				}
				n++
				out = append(out, block{text: words(fmt.Sprintf("%d %s %s %s", n, rc.Name, rc.Detail(), a.FormOf(rc)))})
			}
		}
	}
	return append(out, block{text: words(strings.Join(r.Byline, " - "))})
}

// checkFlow checks the PDF of r at path as a reader would read it:
//   - the column's text is the report's, every word once and in order, but for
//     the photos, which may wait for the next page, and the award table's header
//     row, repeated on every page the table continues on;
//   - each photo sits either where the report puts it, or at the top of the page
//     after the one where it is reached (where the text and the photo before it
//     end), above all text of that page: photos keep their order, and none floats
//     past more than the text that fills a page;
//   - each caption sits directly under its photo, on the same page, centred on it;
//   - each photo keeps its shape, and is either at its natural size (the column's
//     width, or 150 mm high for a tall one) or shrunk to no less than three
//     quarters of the column's width.
//
// It returns how many photos waited for the next page and how many were shrunk.
func checkFlow(t *testing.T, r *model.Report, path string) (floated, shrunk int) {
	t.Helper()
	order := readingOrder(r)
	pages := columnPages(t, path)
	layouts := pageLayouts(t, path)
	if len(layouts) != len(pages) {
		t.Fatalf("pdftohtml reads %d pages, pdftotext %d", len(layouts), len(pages))
	}

	// Where is each caption? Take it out of the text.
	var photoPage []int
	for _, b := range order {
		if !b.photo {
			continue
		}
		found := 0
		for p := range pages {
			if c := strings.Count(pages[p], b.text); c > 0 {
				found += c
				photoPage = append(photoPage, p)
				pages[p] = words(strings.Replace(pages[p], b.text, " ", 1))
			}
		}
		if found != 1 {
			t.Errorf("caption %q is in the text %d times, want once", b.text, found)
			photoPage = append(photoPage, -1)
		}
	}
	var joined strings.Builder
	var starts []int
	for _, p := range pages {
		if p != "" && joined.Len() > 0 {
			joined.WriteString(" ")
		}
		starts = append(starts, joined.Len())
		joined.WriteString(p)
	}
	pageAt := func(off int) int { return sort.SearchInts(starts, off+1) - 1 }

	// The text, block by block; the table's header row only where the table starts
	// or continues on a new page.
	text := joined.String()
	waited := make([]bool, len(photoPage))
	at, last, photo := 0, 0, 0
	var header string
	for _, b := range order {
		if b.photo {
			p := photoPage[photo]
			photo++
			if p < 0 {
				continue
			}
			// Photos keep their order: a photo is reached where both the text
			// and the photo before it are.
			if photo > 1 {
				last = max(last, photoPage[photo-2])
			}
			switch {
			case p == last:
			case p == last+1:
				floated++
				waited[photo-1] = true
			default:
				t.Errorf("photo %q is on page %d, but is reached on page %d", b.text, p+1, last+1)
			}
			continue
		}
		for header != "" && strings.HasPrefix(text[at:], header+" ") && !strings.HasPrefix(b.text, header) {
			if p := pageAt(at); at != starts[p] {
				t.Errorf("the table's header row is repeated in the middle of page %d", p+1)
			}
			at += len(header) + 1
		}
		if !strings.HasPrefix(text[at:], b.text) {
			k := 0
			for k < len(b.text) && at+k < len(text) && text[at+k] == b.text[k] {
				k++
			}
			t.Fatalf("page %d: the text reads %q where the report has %q", pageAt(at+k)+1, clip(text[at+k:], 120), clip(b.text[k:], 120))
		}
		if strings.HasPrefix(b.text, "STT ") {
			header = b.text
		}
		at += len(b.text)
		last = pageAt(at - 1)
		for at < len(text) && text[at] == ' ' {
			at++
		}
	}
	if rest := strings.TrimSpace(text[at:]); rest != "" {
		t.Errorf("text after the byline: %q", clip(rest, 200))
	}

	// The photos on their pages.
	var captions []string
	for _, b := range order {
		if b.photo {
			captions = append(captions, b.text)
		}
	}
	var sizes []imageSize
	for _, l := range strings.Split(poppler(t, "pdfimages", "-list", path), "\n")[2:] {
		if f := strings.Fields(l); len(f) > 13 && f[2] == "image" {
			w, _ := strconv.Atoi(f[3])
			h, _ := strconv.Atoi(f[4])
			sizes = append(sizes, imageSize{w, h})
		}
	}
	n := 0
	for p, pl := range layouts {
		lines := byTop(pl.lines)
		for k, im := range pl.images {
			if n >= len(captions) || n >= len(sizes) {
				t.Fatalf("more images than photos")
			}
			caption := captions[n]
			if photoPage[n] >= 0 && photoPage[n] != p {
				t.Errorf("photo %d is on page %d, its caption %q on page %d", n+1, p+1, caption, photoPage[n]+1)
			}
			// The lines directly under the photo spell its caption, the first no
			// further than the caption's gap and a line below it.
			var under []string
			first := -1.0
			for _, l := range lines {
				if l.top+l.height/2 > im.top && l.top < im.bottom()-1 {
					t.Errorf("page %d: text %q over photo %d", p+1, l.text, n+1)
				}
				if l.top >= im.bottom()-1 && len(strings.Join(under, " ")) < len(caption) {
					if first < 0 {
						first = l.top
						if mid := l.left + l.width/2; math.Abs(mid-(im.left+im.width/2)) > 3 {
							t.Errorf("page %d: the caption of photo %d is centred at %.1f pt, the photo at %.1f pt", p+1, n+1, mid, im.left+im.width/2)
						}
					}
					under = append(under, l.text)
				}
			}
			if got := strings.Join(under, " "); got != caption {
				t.Errorf("page %d: under photo %d is %q, want its caption %q", p+1, n+1, clip(got, 120), caption)
			} else if gap := first - im.bottom(); gap < 0 || gap > 8 {
				t.Errorf("page %d: the caption of photo %d is %.1f pt under it", p+1, n+1, gap)
			}
			// A photo that waited opens its page: above it are only the photos that
			// waited with it, and their captions.
			if waited[n] {
				var above, want []string
				for _, l := range lines {
					if l.top > cropTop && l.top < im.top {
						above = append(above, l.text)
					}
				}
				for j := n - k; j < n; j++ {
					if !waited[j] {
						t.Errorf("page %d: photo %d waited for this page, photo %d above it did not", p+1, n+1, j+1)
					}
					want = append(want, captions[j])
				}
				if got := strings.Join(above, " "); got != strings.Join(want, " ") {
					t.Errorf("page %d: photo %d waited for this page, but %q is above it", p+1, n+1, clip(got, 200))
				}
			}
			// Its shape and size.
			s := sizes[n]
			if ratio := (im.width / im.height) / (float64(s.w) / float64(s.h)); math.Abs(ratio-1) > 0.01 {
				t.Errorf("photo %d is drawn %.1f×%.1f pt from %d×%d px: its shape changed", n+1, im.width, im.height, s.w, s.h)
			}
			// Its natural size: the column's width, or 150 mm high for a tall one.
			natural := columnWidth
			if h := natural * float64(s.h) / float64(s.w); h > maxPhotoHeight {
				natural = maxPhotoHeight * float64(s.w) / float64(s.h)
			}
			if im.width < natural-0.5 {
				shrunk++
				if im.width < minPhotoShare*columnWidth-0.5 {
					t.Errorf("photo %d was shrunk to %.0f %% of the column's width", n+1, 100*im.width/columnWidth)
				}
			}
			n++
		}
	}
	if n != len(captions) {
		t.Errorf("%d images drawn, the report has %d photos", n, len(captions))
	}
	return floated, shrunk
}

// imageSize is an embedded image's size in pixels.
type imageSize struct{ w, h int }

// byTop returns the lines from the page's top down.
func byTop(ls []textLine) []textLine {
	out := append([]textLine(nil), ls...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].top < out[j].top })
	return out
}

// clip shortens s to n characters for a message.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// feetText writes the shares footEmpty measures as percentages.
func feetText(feet []float64) string {
	var s []string
	for _, e := range feet {
		s = append(s, fmt.Sprintf("%.0f", 100*e))
	}
	return strings.Join(s, " ") + " %"
}

// checkFeet checks that no page but the last is more than 30 % empty at its foot.
func checkFeet(t *testing.T, path string) []float64 {
	t.Helper()
	feet := footEmpty(t, path)
	for p, e := range feet[:len(feet)-1] {
		if e > 0.30 {
			t.Errorf("page %d of %d is %.0f %% empty at its foot, want at most 30 %%", p+1, len(feet), 100*e)
		}
	}
	return feet
}

func TestPagesFilled(t *testing.T) {
	t.Parallel()
	t.Run("Sample", func(t *testing.T) {
		t.Parallel()
		r, lib := sample(t)
		data, _ := encodeReport(t, lib, r)
		path := writePDF(t, data)
		feet := checkFeet(t, path)
		floated, shrunk := checkFlow(t, r, path)
		t.Logf("%d pages, empty at the foot: %s; %d photos waited for the next page, %d were shrunk", len(feet), feetText(feet), floated, shrunk)
	})
	t.Run("30Photos", func(t *testing.T) {
		t.Parallel()
		// Portrait photos are never shrunk (they are narrower than three quarters
		// of the column already), and the photos are a sentence apart, so some
		// pages keep a hole: the bar is the number of pages.
		r, lib := photoReport(t, smallPrints(), 30)
		data, _ := encodeReport(t, lib, r)
		path := writePDF(t, data)
		feet := footEmpty(t, path)
		if n := pageCount(t, path); n >= 31 {
			t.Errorf("%d pages, want fewer than 31 (one photo a page)", n)
		}
		floated, shrunk := checkFlow(t, r, path)
		t.Logf("%d pages, empty at the foot: %s; %d photos waited for the next page, %d were shrunk", len(feet), feetText(feet), floated, shrunk)
	})
}

// TestPhotoAtPageFoot moves a photo down the first page, one paragraph at a time,
// with text after it: where it fits it is placed as it is; lower, it is shrunk a
// little; lower still, it waits for the next page while the text and the award
// table after it fill this one. Whatever happens, the page it leaves is full.
func TestPhotoAtPageFoot(t *testing.T) {
	t.Parallel()
	small := model.PhotoFile{MIME: "image/jpeg", Width: 600, Height: 400, Data: cropJPEG(t, phototest.CameraJPEG(600, 400, 0), 600, 400)}
	lib := &library{prints: map[string]model.PhotoFile{"p": small}}
	var placed, shrunk, waited, tableFirst int
	for k := 4; k <= 16; k += 2 {
		r := model.NewReport(fmt.Sprintf("Ảnh ở chân trang sau %d đoạn", k))
		r.SourceTag, r.Lead = "(Haidong.gov.vn) -", "Sáng 9/1, Sở Tư pháp tổ chức Hội nghị tổng kết công tác năm 2025."
		for i := range k {
			r.Body = append(r.Body, model.Paragraph(fmt.Sprintf("Đoạn %d. %s", i+1, sentences[i%len(sentences)])))
		}
		r.Body = append(r.Body, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "p",
			Caption: "Quang cảnh Hội nghị tổng kết", Credit: "Ảnh: Minh Khôi"}})
		for i := range 6 {
			r.Body = append(r.Body, model.Paragraph(fmt.Sprintf("Đoạn sau ảnh %d. %s", i+1, paragraphText(i, 3))))
			if i == 0 {
				// A table may flow past a waiting photo too, and continue under it.
				r.Body = append(r.Body, model.Block{Kind: model.BlockAwards, Awards: awardList(2, 14)})
			}
		}
		r.Byline = []string{"Minh Khôi"}
		r.Normalize()
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			data, _ := encodeReport(t, lib, r)
			path := writePDF(t, data)
			feet := checkFeet(t, path)
			f, s := checkFlow(t, r, path)
			switch {
			case f > 0:
				waited++
				pages := columnPages(t, path)
				if strings.Contains(pages[1], "Quang cảnh") && strings.Contains(pages[0], "STT ") {
					tableFirst++
				}
			case s > 0:
				shrunk++
			default:
				placed++
			}
			t.Logf("after %d paragraphs: %d waited, %d shrunk; empty at the foot: %s", k, f, s, feetText(feet))
		})
	}
	if tableFirst == 0 {
		t.Errorf("the table never started above a photo that waited: the sweep should reach that")
	}
	if placed == 0 || shrunk == 0 || waited == 0 {
		t.Errorf("the photo was placed as it is %d times, shrunk %d times, moved on %d times: the sweep should reach all three", placed, shrunk, waited)
	}
}
