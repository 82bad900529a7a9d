package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/sqlite"
)

func TestReportService_SearchReports(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	ctx := context.Background()
	photo := MustAddPhotos(t, db, 1)[0]

	report := func(headline, lead string, body ...model.Block) *model.Report {
		r := model.NewReport(headline)
		r.Lead, r.Body = lead, body
		return MustCreateReport(t, db, r)
	}
	// Oldest first.
	a := report("Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025", "")
	report("Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng", "")
	report("Giao ban công tác quý I", "Ban Tổ chức Quận ủy chủ trì buổi giao ban.")
	report("TỔ CHỨC hội nghị cán bộ chủ chốt", "")
	report("Khai mạc lớp bồi dưỡng nghiệp vụ", "",
		model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: photo.ID, Caption: "Đồng chí Vũ Hải Yến phát biểu khai mạc lớp học"}})
	report("Trao giấy khen cho các tập thể", "",
		model.Block{Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
			{Kind: model.Collective, Name: "Đoàn Thanh niên phường Bến Ngự"},
			{Kind: model.Individual, Name: "Lê Văn Khoa", Title: "Bí thư Chi đoàn", Unit: "Khu dân cư số 3"},
		}}})

	search := func(t *testing.T, q string, limit int) string {
		t.Helper()
		got, err := s.SearchReports(ctx, q, limit)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		var hs []string
		for _, r := range got {
			hs = append(hs, r.Headline)
		}
		return strings.Join(hs, " | ")
	}

	for _, tt := range []struct {
		name, query string
		limit       int
		want        string
	}{
		{"ExactHeadlineThenFoldedThenAnywhere", "tổ chức", 10,
			"TỔ CHỨC hội nghị cán bộ chủ chốt | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025 | Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng | Giao ban công tác quý I"},
		{"WithoutDiacritics", "to chuc", 10,
			"TỔ CHỨC hội nghị cán bộ chủ chốt | Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025 | Giao ban công tác quý I"},
		{"DFolded", "dang", 10,
			"Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025"},
		{"WordsInAnyOrder", "chức TỔ", 10,
			"TỔ CHỨC hội nghị cán bộ chủ chốt | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025 | Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng | Giao ban công tác quý I"},
		{"Limit", "tổ chức", 2,
			"TỔ CHỨC hội nghị cán bộ chủ chốt | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025"},
		{"PhotoCaption", "hai yen phat bieu", 10, "Khai mạc lớp bồi dưỡng nghiệp vụ"},
		{"AwardRecipient", "Lê Văn Khoa", 10, "Trao giấy khen cho các tập thể"},
		{"AwardUnitAndTitle", "ben ngu bi thu chi doan", 10, "Trao giấy khen cho các tập thể"},
		{"AllWordsRequired", "tổ chức Hà Nội", 10, ""},
		{"NoMatch", "bóng đá", 10, ""},
		{"Punctuation", `"tổ" chức*: (`, 2,
			"TỔ CHỨC hội nghị cán bộ chủ chốt | Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025"},
		{"QuerySyntaxIsText", `NOT {h_exact}: "x" OR NEAR(a b)`, 10, ""},
		{"OnlyPunctuation", `"*:()-`, 10, ""},
		{"Empty", "   ", 10, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := search(t, tt.query, tt.limit); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.query, got, tt.want)
			}
		})
	}

	t.Run("NewerFirstWithinATier", func(t *testing.T) {
		a.Body = append(a.Body, model.Paragraph("Bổ sung số liệu."))
		if err := s.UpdateReport(ctx, a, model.SaveAuto); err != nil {
			t.Fatal(err)
		}
		want := "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025 | TỔ CHỨC hội nghị cán bộ chủ chốt | Đồng chí Tô Chúc nhận Huy hiệu 40 năm tuổi Đảng | Giao ban công tác quý I"
		if got := search(t, "tổ chức", 10); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})

	t.Run("EditedTextFound", func(t *testing.T) {
		if got, want := search(t, "so lieu", 10), a.Headline; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
		a.Body = a.Body[:0]
		if err := s.UpdateReport(ctx, a, model.SaveAuto); err != nil {
			t.Fatal(err)
		}
		if got := search(t, "so lieu", 10); got != "" {
			t.Errorf("got %s, want the removed text no longer found", got)
		}
	})
}

func TestReportService_SearchReportsPrefix(t *testing.T) {
	db := MustOpenDB(t)
	s := sqlite.NewReportService(db)
	ctx := context.Background()
	// Oldest first.
	for _, r := range []struct{ headline, lead string }{
		{"Hội nghị tổng kết công tác năm 2025", ""},
		{"Hội thảo nghiệp vụ báo chí", ""},
		{"Giao ban quý I", "Hội nghị giao ban do Ban Tổ chức chủ trì."},
		{"HỘI NGHỊ cán bộ chủ chốt", ""},
	} {
		rep := model.NewReport(r.headline)
		rep.Lead = r.lead
		MustCreateReport(t, db, rep)
	}
	headlines := func(got []model.ReportSummary) string {
		var hs []string
		for _, r := range got {
			hs = append(hs, r.Headline)
		}
		return strings.Join(hs, " | ")
	}

	for _, tt := range []struct {
		name, query string
		want        string
	}{
		{"LastWordBeingTyped", "hội ngh",
			"HỘI NGHỊ cán bộ chủ chốt | Hội thảo nghiệp vụ báo chí | Hội nghị tổng kết công tác năm 2025 | Giao ban quý I"},
		{"WithoutDiacritics", "hoi ngh",
			"HỘI NGHỊ cán bộ chủ chốt | Hội thảo nghiệp vụ báo chí | Hội nghị tổng kết công tác năm 2025 | Giao ban quý I"},
		// Typing "nghị" passes through "nghi", which begins "nghiệp" as typed; the
		// folded tier finds "nghị" meanwhile.
		{"ToneNotYetTyped", "Hội nghi",
			"Hội thảo nghiệp vụ báo chí | HỘI NGHỊ cán bộ chủ chốt | Hội nghị tổng kết công tác năm 2025 | Giao ban quý I"},
		{"WholeWordStillAPrefix", "hội nghị",
			"HỘI NGHỊ cán bộ chủ chốt | Hội nghị tổng kết công tác năm 2025 | Hội thảo nghiệp vụ báo chí | Giao ban quý I"},
		{"SpaceEndsTheWord", "hội nghị ",
			"HỘI NGHỊ cán bộ chủ chốt | Hội nghị tổng kết công tác năm 2025 | Giao ban quý I"},
		{"PunctuationEndsTheWord", "hội ngh.", ""},
		{"OnlyTheLastWord", "ngh hội", ""},
		{"AnywhereInTheReport", "ban tổ ch", "Giao ban quý I"},
		{"OneCharacterIsAWholeWord", "hội n", ""},
		{"OneCharacterWord", "quý i", "Giao ban quý I"},
		{"QuerySyntaxIsText", `hội "ngh*`, ""},
		{"Empty", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.SearchReportsPrefix(ctx, tt.query, 10)
			if err != nil {
				t.Fatal(err)
			}
			if got := headlines(got); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.query, got, tt.want)
			}
		})
	}

	t.Run("Limit", func(t *testing.T) {
		got, err := s.SearchReportsPrefix(ctx, "hội ngh", 2)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := headlines(got), "HỘI NGHỊ cán bộ chủ chốt | Hội thảo nghiệp vụ báo chí"; got != want {
			t.Errorf("got %s, want %s", got, want)
		}
	})

	// The command line's search, given words, keeps to whole words.
	t.Run("SearchReportsWholeWords", func(t *testing.T) {
		got, err := s.SearchReports(ctx, "hội ngh", 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := headlines(got); got != "" {
			t.Errorf("got %s, want nothing", got)
		}
	})
}

// A library made before search as you type gets the new search tables when it is
// opened, with every report in them; a damaged report does not stop it.
func TestSearchPrefixMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	old := sqlite.NewDB(path)
	if err := old.Open(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s := sqlite.NewReportService(old)
	for _, h := range []string{"Hội nghị tổng kết công tác năm 2025", "Giao ban quý I", "Hội thảo nghiệp vụ báo chí"} {
		if err := s.CreateReport(ctx, model.NewReport(h)); err != nil {
			t.Fatal(err)
		}
	}
	// The tables as the first layout made them, and the migration not applied.
	var b strings.Builder
	b.WriteString(`DELETE FROM migrations WHERE name = '003_search_prefix.sql';`)
	for _, table := range []string{"search_headline", "search_headline_folded", "search_text"} {
		fmt.Fprintf(&b, `DROP TABLE %[1]s; CREATE VIRTUAL TABLE %[1]s USING fts5 (words, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');`, table)
	}
	b.WriteString(`UPDATE reports SET content = '{"headline": ' WHERE headline = 'Giao ban quý I';`)
	if _, err := old.SQL().Exec(b.String()); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	db := MustOpenDBAt(t, path)
	var sql string
	if err := db.SQL().QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'search_text'`).Scan(&sql); err != nil {
		t.Fatal(err)
	} else if !strings.Contains(sql, "prefix = '2 3'") {
		t.Errorf("got %s, want the table with prefix indexes", sql)
	}
	for _, table := range []string{"search_headline", "search_headline_folded", "search_text"} {
		if _, err := db.SQL().Exec(`INSERT INTO ` + table + ` (` + table + `, rank) VALUES ('integrity-check', 0)`); err != nil {
			t.Errorf("search index %s damaged: %v", table, err)
		}
	}
	got, err := sqlite.NewReportService(db).SearchReportsPrefix(ctx, "hội ngh", 10)
	if err != nil {
		t.Fatal(err)
	}
	var hs []string
	for _, r := range got {
		hs = append(hs, r.Headline)
	}
	if got, want := strings.Join(hs, " | "), "Hội thảo nghiệp vụ báo chí | Hội nghị tổng kết công tác năm 2025"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
