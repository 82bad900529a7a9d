// Command mklibrary makes a library of generated reports for measuring the window
// (start-up with a large library, idle cost): go run ./scripts/mklibrary -n 10000 -o FILE.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/model"
	"newsdesk/sqlite"
)

var words = strings.Fields(`hội nghị tổng kết công tác năm triển khai nhiệm vụ thành phố sở ban ngành
đồng chí giám đốc phó chủ tịch ủy ban nhân dân cán bộ công chức viên chức đơn vị phòng
xã phường quận huyện kết quả nổi bật chỉ tiêu kế hoạch giải pháp trọng tâm cải cách hành chính
chuyển đổi số người dân doanh nghiệp khen thưởng tập thể cá nhân giấy khen bằng khen thi đua
đào tạo bồi dưỡng tuyển dụng chính sách lao động việc làm an sinh xã hội đầu tư xây dựng`)

func main() {
	n := flag.Int("n", 10000, "reports to make")
	out := flag.String("o", "", "library file to make (must not exist)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: mklibrary -n N -o FILE")
		os.Exit(2)
	}
	db := sqlite.NewDB(*out)
	if err := db.Open(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer db.Close()
	reports := sqlite.NewReportService(db)
	rnd := rand.New(rand.NewSource(1))
	sentence := func(k int) string {
		s := make([]string, k)
		for i := range s {
			s[i] = words[rnd.Intn(len(words))]
		}
		// The first letter, not the first byte: "đ", "ư" and their kin take two.
		text := strings.Join(s, " ")
		first, size := utf8.DecodeRuneInString(text)
		return string(unicode.ToUpper(first)) + text[size:] + "."
	}
	for i := 0; i < *n; i++ {
		r := model.NewReport(sentence(12))
		r.Lead = sentence(40)
		for p := 0; p < 6; p++ {
			r.Body = append(r.Body, model.Paragraph(sentence(120)))
		}
		r.Normalize()
		if err := reports.CreateReport(context.Background(), r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
