package sqlite_test

import (
	"context"
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
