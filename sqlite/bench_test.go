package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/photo/phototest"
	"newsdesk/sqlite"
	"newsdesk/vntext"
)

// libraryWith30Photos returns a library holding 2,000 other reports and one report
// of about 5 KB of text with 30 captioned photos between its paragraphs.
func libraryWith30Photos(b *testing.B) (*sqlite.DB, *model.Report) {
	b.Helper()
	db := MustOpenDB(b)
	ctx := context.Background()
	c := newCorpus(3)
	for range 2 {
		batch := make([]*model.Report, 1000)
		for i := range batch {
			batch[i] = c.report(5000)
		}
		if err := sqlite.CreateReports(ctx, db, batch); err != nil {
			b.Fatal(err)
		}
	}

	ps := sqlite.NewPhotoService(db)
	r := model.NewReport("Hội nghị tổng kết công tác xây dựng Đảng năm 2025")
	r.Lead = c.paragraph(45)
	for i := range 30 {
		p, err := ps.AddPhoto(ctx, fmt.Sprintf("DSC_%04d.JPG", i), phototest.CameraJPEG(800+i, 600, 0))
		if err != nil {
			b.Fatal(err)
		}
		r.Body = append(r.Body,
			model.Paragraph(c.paragraph(25)),
			model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: p.ID, Caption: c.sentence(10), Credit: c.person()}})
	}
	MustCreateReport(b, db, r)
	return db, r
}

// Saving an edit to one paragraph of a report with 30 photos (an autosave).
func BenchmarkUpdateReport30Photos(b *testing.B) {
	db, r := libraryWith30Photos(b)
	s := sqlite.NewReportService(db)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		i++
		r.Body[2].Text = fmt.Sprintf("Đoạn văn đã sửa lần thứ %d trong lúc gõ.", i)
		if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/save")
}

// Opening a report with 30 photos for the editor: its text and the thumbnails.
func BenchmarkOpenReport30Photos(b *testing.B) {
	db, r := libraryWith30Photos(b)
	s, ps := sqlite.NewReportService(db), sqlite.NewPhotoService(db)
	ctx := context.Background()
	for b.Loop() {
		got, err := s.FindReportByID(ctx, r.ID)
		if err != nil {
			b.Fatal(err)
		}
		var ids []int64
		for _, p := range got.Photos() {
			ids = append(ids, p.PhotoID)
		}
		thumbs, err := ps.FindThumbs(ctx, ids)
		if err != nil {
			b.Fatal(err)
		} else if len(thumbs) != 30 {
			b.Fatalf("got %d thumbnails, want 30", len(thumbs))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/open")
}

// The search benchmark's library: 100,000 reports of about 5 KB, then 1,000 edits.
const (
	searchLibraryReports = 100_000
	searchLibraryEdits   = 1_000
	searchLibraryName    = "search100k-v4.db" // change the version when the generator or the schema changes
)

// searchLibrary returns the path of the 100,000-report library, generating it on
// first use into $NEWSDESK_BENCH_DIR (or the user's cache folder) and reusing it
// afterwards. Reports go in through the helpers CreateReport uses, 1,000 per
// transaction; then 1,000 reports are edited through UpdateReport, one save each,
// as a library in use has been.
func searchLibrary(b *testing.B) string {
	b.Helper()
	dir := os.Getenv("NEWSDESK_BENCH_DIR")
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			b.Fatal(err)
		}
		dir = filepath.Join(cache, "newsdesk-bench")
	}
	path := filepath.Join(dir, searchLibraryName)
	if _, err := os.Stat(path); err == nil {
		return path
	}

	part := path + ".part"
	for _, p := range []string{part, part + "-wal", part + "-shm"} {
		os.Remove(p)
	}
	fmt.Fprintf(os.Stderr, "generating %d reports into %s (once; later runs reuse it)\n", searchLibraryReports, path)
	start := time.Now()
	db := sqlite.NewDB(part)
	if err := db.Open(); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	c := newCorpus(1)
	for n := 0; n < searchLibraryReports; n += 1000 {
		batch := make([]*model.Report, 1000)
		for i := range batch {
			batch[i] = c.report(5000)
		}
		if err := sqlite.CreateReports(ctx, db, batch); err != nil {
			b.Fatal(err)
		}
		if (n+1000)%10_000 == 0 {
			fmt.Fprintf(os.Stderr, "  %d reports, %s\n", n+1000, time.Since(start).Round(time.Second))
		}
	}
	s := sqlite.NewReportService(db)
	var saves []time.Duration
	for range searchLibraryEdits {
		r, err := s.FindReportByID(ctx, 1+c.rng.Int64N(searchLibraryReports))
		if err != nil {
			b.Fatal(err)
		}
		r.Body[0].Text = c.paragraph(80)
		t := time.Now()
		if err := s.UpdateReport(ctx, r, model.SaveAuto); err != nil {
			b.Fatal(err)
		}
		saves = append(saves, time.Since(t))
	}
	slices.Sort(saves)
	fmt.Fprintf(os.Stderr, "  %d edits: median save %s, slowest %s\n", len(saves), saves[len(saves)/2], saves[len(saves)-1])
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(part, path); err != nil {
		b.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "  done in %s\n", time.Since(start).Round(time.Second))
	return path
}

// searchQueries returns 100 queries of one to three words: half of frequent words,
// half of rare ones (of these, half taken from one report of the library, so they
// find it, and half drawn at random, which mostly find nothing); every other pair
// typed without diacritics.
func searchQueries() []string {
	c := newCorpus(2)
	rank := map[string]int{}
	for i, w := range c.vocab {
		rank[w] = i
	}
	// The library's first reports, made again from the same seed.
	lib := newCorpus(1)
	var qs []string
	for i := range 100 {
		n := 1 + i%3
		var words []string
		switch {
		case i%2 == 0:
			for range n {
				words = append(words, c.vocab[c.rng.IntN(80)])
			}
		case i%4 == 1:
			r := lib.report(5000)
			var rare []string
			for _, w := range vntext.Words(strings.ToLower(r.Lead + " " + r.Body[1].Text)) {
				if rank[w] >= 2000 && !slices.Contains(rare, w) {
					rare = append(rare, w)
				}
			}
			c.rng.Shuffle(len(rare), func(i, j int) { rare[i], rare[j] = rare[j], rare[i] })
			words = rare[:min(n, len(rare))]
		default:
			for range n {
				words = append(words, c.vocab[2000+c.rng.IntN(len(c.vocab)-2000)])
			}
		}
		q := strings.Join(words, " ")
		if i == 0 {
			q = "hội nghị"
		}
		if i%4 >= 2 {
			q = vntext.Fold(q)
		}
		qs = append(qs, q)
	}
	return qs
}

// 100 searches for the first page of 20 results over 100,000 reports.
func BenchmarkSearch100k(b *testing.B) {
	benchmarkSearch(b, searchQueries(), (*sqlite.ReportService).SearchReports)
}

// prefixQueries returns the queries of searchQueries as a search box sees them
// while the last word is being typed: cut to its first one to four characters.
func prefixQueries() []string {
	var qs []string
	for i, q := range searchQueries() {
		words := strings.Fields(q)
		last := []rune(words[len(words)-1])
		words[len(words)-1] = string(last[:min(len(last), 1+i%4)])
		qs = append(qs, strings.Join(words, " "))
	}
	return qs
}

// 100 searches as typed, the last word a prefix of one to four characters, for
// the first page of 20 results over 100,000 reports.
func BenchmarkSearchPrefix100k(b *testing.B) {
	benchmarkSearch(b, prefixQueries(), (*sqlite.ReportService).SearchReportsPrefix)
}

// benchmarkSearch times each query through search, asking for 20 results, over
// the 100,000-report library, and reports the median and the slowest.
func benchmarkSearch(b *testing.B, queries []string, search func(*sqlite.ReportService, context.Context, string, int) ([]model.ReportSummary, error)) {
	path := searchLibrary(b)
	db := sqlite.NewDB(path)
	if err := db.Open(); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s := sqlite.NewReportService(db)
	ctx := context.Background()

	type timing struct {
		q     string
		d     time.Duration
		found int
	}
	var times []timing
	for b.Loop() {
		for _, q := range queries {
			start := time.Now()
			got, err := search(s, ctx, q, 20)
			if err != nil {
				b.Fatal(err)
			}
			times = append(times, timing{q, time.Since(start), len(got)})
		}
	}
	slices.SortFunc(times, func(a, b timing) int { return int(a.d - b.d) })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(times[len(times)/2].d), "median-ms")
	b.ReportMetric(ms(times[len(times)-1].d), "max-ms")
	for _, t := range times[max(0, len(times)-5):] {
		b.Logf("slow: %q %.1f ms, %d found", t.q, ms(t.d), t.found)
	}
	var empty int
	for _, t := range times {
		if t.found == 0 {
			empty++
		}
	}
	b.Logf("%d of %d searches found nothing", empty, len(times))
}

// The vocabulary is Vietnamese and the frequencies are skewed as the benchmark
// needs: common words in most reports, tail words in few.
func TestCorpus(t *testing.T) {
	c := newCorpus(1)
	if n := len(c.vocab); n < 8000 {
		t.Fatalf("got %d words, want at least 8000", n)
	}
	r := c.report(5000)
	text := r.Lead
	for _, b := range r.Body {
		text += " " + b.Text
	}
	if n := len(text); n < 4500 || n > 7000 {
		t.Errorf("got %d bytes of text, want about 5,000", n)
	}
	reports := 400
	common, rare := 0, 0
	for range reports {
		r := c.report(5000)
		words := map[string]bool{}
		for _, w := range vntext.Words(strings.ToLower(r.Headline + " " + r.Lead + " " + r.Body[0].Text)) {
			words[w] = true
		}
		if words["hội"] && words["nghị"] {
			common++
		}
		if words[c.vocab[6000]] {
			rare++
		}
	}
	if common < reports*8/10 {
		t.Errorf("got %d of %d reports with a common word, want most", common, reports)
	}
	if rare > reports/20 {
		t.Errorf("got %d of %d reports with a tail word, want few", rare, reports)
	}
}
