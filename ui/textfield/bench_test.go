package textfield_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsdesk/ui/textfield"
)

var benchWords = strings.Fields(`Sáng 8 tháng 1 Ban Tổ chức Thành ủy tổ chức hội nghị tổng kết công tác
xây dựng Đảng năm và triển khai nhiệm vụ năm mới dự hội nghị có đồng chí Phó Bí thư
Thường trực Thành ủy Chủ tịch Hội đồng nhân dân thành phố cùng lãnh đạo các sở ban
ngành quận huyện theo báo cáo trong năm qua ngành đã tham mưu ban hành nhiều văn bản
quan trọng về công tác cán bộ bảo vệ chính trị nội bộ và phát triển đảng viên mới`)

// benchText returns n runes of report-like Vietnamese, different for each seed.
func benchText(n, seed int) string {
	var b strings.Builder
	for i := seed * 7; b.Len() < n*3; i++ {
		b.WriteString(benchWords[i%len(benchWords)])
		b.WriteByte(' ')
	}
	r := []rune(b.String())
	return strings.TrimSpace(string(r[:n-1])) + "."
}

// benchReport returns the paragraphs of a report: long, the edited one, with others
// around it making up 10,000 characters in all.
func benchReport(long int) (texts []string, at int) {
	others := []int{420, 980, 1200, 760, 1100, 640, 900, 1300, 1200}
	for i, n := range others {
		if i == 3 {
			at = len(texts)
			texts = append(texts, benchText(long, 99))
		}
		texts = append(texts, benchText(n, i))
	}
	return texts, at
}

// keys are typed over and over: Telex for the paragraph, so the engine's rewrites
// are part of the cost.
const benchKeys = "xin chaof cacs banj "

// frame does what the window's frame loop does after a key: when a field's minimum
// size changed, the column is laid out again.
type frame struct {
	box  *fyne.Container
	min  fyne.Size
	obj  fyne.CanvasObject
	size fyne.Size
}

func (f *frame) after() {
	if m := f.obj.MinSize(); m != f.min {
		f.min = m
		f.box.Resize(fyne.NewSize(f.size.Width, f.box.MinSize().Height))
	}
}

// BenchmarkTypeInLongParagraph types one key at a time into the middle of a long
// paragraph (1,500, 8,000 and 16,000 characters) of a report laid out in a scrolling column, and
// compares Fyne's stock word-wrapped multi-line Entry on the same report. ns/op is
// the time per key: the field's own work, its renderer's refresh, and the column's
// layout when the field grew a line.
func BenchmarkTypeInLongParagraph(b *testing.B) {
	for _, long := range []int{1500, 8000, 16000} {
		texts, at := benchReport(long)
		b.Run(fmt.Sprintf("Paragraph/chars=%d", long), func(b *testing.B) {
			test.NewTempApp(b)
			ty := textfield.NewTyping(textfield.Telex)
			var objs []fyne.CanvasObject
			var p *textfield.Paragraph
			for i, s := range texts {
				q := textfield.NewParagraphWithText(ty, s)
				if i == at {
					p = q
				}
				objs = append(objs, q)
			}
			benchTyping(b, objs, p, func() {
				p.SetText(texts[at])
				p.SetCursorOffset(p.Len() / 2)
			}, p.TypedRune)
		})
		if long > 8000 {
			continue // Fyne's own Entry takes seconds a key there (DESIGN.md)
		}
		b.Run(fmt.Sprintf("StockEntry/chars=%d", long), func(b *testing.B) {
			test.NewTempApp(b)
			var objs []fyne.CanvasObject
			var e *widget.Entry
			for i, s := range texts {
				q := widget.NewMultiLineEntry()
				q.Wrapping = fyne.TextWrapWord
				q.SetText(s)
				if i == at {
					e = q
				}
				objs = append(objs, q)
			}
			benchTyping(b, objs, e, func() {
				e.SetText(texts[at])
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
			}, e.TypedRune)
		})
	}
}

func benchTyping(b *testing.B, objs []fyne.CanvasObject, field fyne.Focusable, reset func(), typeRune func(rune)) {
	box := container.NewVBox(objs...)
	w := test.NewTempWindow(b, container.NewVScroll(box))
	size := fyne.NewSize(800, 600)
	w.Resize(size)
	box.Refresh()
	f := &frame{box: box, obj: field.(fyne.CanvasObject), size: box.Size()}
	w.Canvas().Focus(field)
	reset()
	f.after()
	keys := []rune(benchKeys)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i > 0 && i%200 == 0 { // keep the paragraph near its size
			b.StopTimer()
			reset()
			f.after()
			b.StartTimer()
		}
		typeRune(keys[i%len(keys)])
		f.after()
	}
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/float64(time.Millisecond), "ms/key")
}

// BenchmarkLayoutReport lays out a 10,000-character report of paragraphs at a new
// width (a window resize, or opening the report once words are measured).
func BenchmarkLayoutReport(b *testing.B) {
	test.NewTempApp(b)
	texts, _ := benchReport(1500)
	var objs []fyne.CanvasObject
	for _, s := range texts {
		objs = append(objs, textfield.NewParagraphWithText(nil, s))
	}
	box := container.NewVBox(objs...)
	test.NewTempWindow(b, container.NewVScroll(box))
	widths := []float32{780, 640}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		box.Resize(fyne.NewSize(widths[i%2], 400))
		box.Resize(fyne.NewSize(widths[i%2], box.MinSize().Height))
	}
}
