package pdf_test

import (
	"fmt"
	"strings"
	"time"

	"newsdesk/model"
)

// Fixtures: fictional units and people of a fictional city, written for these tests.

var units = []string{"Sở Tài chính", "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường",
	"Ủy ban nhân dân phường Đông Thành", "Ủy ban nhân dân xã An Lạc", "Ban Quản lý các khu công nghiệp"}

var people = []string{"Nguyễn Văn Thắng", "Lê Thị Ngọc Ánh", "Trần Đức Mạnh", "Phạm Thị Hương Giang", "Hoàng Văn Lộc",
	"Vũ Thị Thu Thủy", "Đặng Quốc Bảo", "Bùi Thị Kiều Oanh", "Đỗ Minh Quân", "Ngô Thị Yến"}

var sentences = []string{
	"Năm qua, đơn vị đã hoàn thành toàn bộ chỉ tiêu được giao, nhiều chỉ tiêu vượt kế hoạch đề ra.",
	"Công tác cải cách thủ tục hành chính được đẩy mạnh, thời gian giải quyết hồ sơ rút ngắn đáng kể.",
	"Lãnh đạo thành phố ghi nhận những nỗ lực của tập thể cán bộ, công chức trong bối cảnh nhiều khó khăn.",
	"Hội nghị đã thảo luận, thống nhất các giải pháp trọng tâm cho năm tới, gắn trách nhiệm với từng phòng.",
	"Việc ứng dụng công nghệ thông tin giúp người dân nộp hồ sơ trực tuyến ở mọi lúc, mọi nơi.",
	"Đơn vị tiếp tục rà soát, sắp xếp đội ngũ bảo đảm đúng vị trí việc làm, nâng cao chất lượng phục vụ.",
}

// paragraph returns n sentences starting at the k-th, as one paragraph.
func paragraphText(k, n int) string {
	var s []string
	for i := range n {
		s = append(s, sentences[(k+i)%len(sentences)])
	}
	return strings.Join(s, " ")
}

// textReport returns a report without photos, numbered n, with a few paragraphs.
func textReport(n int) *model.Report {
	r := model.NewReport(fmt.Sprintf("Hội nghị tổng kết công tác năm 2025 của %s (bài %d)", units[n%len(units)], n))
	r.ID = int64(n)
	r.Section = "Hoạt động sở, ngành"
	r.SourceTag = "(Haidong.gov.vn) -"
	r.Lead = fmt.Sprintf("Sáng %d/1, %s tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. %s", n%28+1, units[n%len(units)], sentences[n%len(sentences)])
	for i := range 5 {
		r.Body = append(r.Body, model.Paragraph(paragraphText(n+i, 3+i%3)))
	}
	r.Byline = []string{people[n%len(people)]}
	r.CreatedAt = time.Date(2026, 1, 2, 8, 0, 0, 0, time.UTC).Add(time.Duration(n) * time.Hour)
	r.UpdatedAt = r.CreatedAt.Add(90 * time.Minute)
	r.Normalize()
	return r
}

// awardList returns an award list of c collectives and i individuals.
func awardList(c, i int) *model.AwardList {
	a := &model.AwardList{Form: "Giấy khen", By: "Chủ tịch Ủy ban nhân dân thành phố", Decision: "Quyết định số 27/QĐ-UBND", Date: "2025-12-29"}
	for k := range c {
		a.Recipients = append(a.Recipients, model.Recipient{Kind: model.Collective,
			Name: fmt.Sprintf("Phòng Kế hoạch tổng hợp số %d", k+1), Unit: units[k%len(units)]})
	}
	for k := range i {
		a.Recipients = append(a.Recipients, model.Recipient{Kind: model.Individual,
			Name: fmt.Sprintf("%s %d", people[k%len(people)], k+1), Title: "Chuyên viên Phòng Tổng hợp", Unit: units[k%len(units)]})
	}
	a.Normalize()
	return a
}
