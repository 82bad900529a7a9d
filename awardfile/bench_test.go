package awardfile_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"newsdesk/awardfile"
)

// bigList is an award list of n individuals, as a CSV text.
func bigList(n int) string {
	var b strings.Builder
	b.WriteString("DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n\nSTT,Họ và tên,Chức vụ,Đơn vị,Hình thức khen thưởng\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,Nguyễn Thị Hồng Nhung %d,Chuyên viên,\"Phòng Tổ chức cán bộ, Sở Nội vụ\",Giấy khen\n", i+1, i+1)
	}
	return b.String()
}

func benchmarkRead(b *testing.B, filename string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := awardfile.Read(filename, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCSV(b *testing.B) {
	text := bigList(1000)
	b.Run("UTF8", func(b *testing.B) { benchmarkRead(b, "list.csv", []byte(text)) })
	for enc, data := range encodeAll(b, text) {
		b.Run(enc, func(b *testing.B) { benchmarkRead(b, "list.csv", data) })
	}
	// The largest list Read accepts, in an encoding that needs detection.
	big := bigList(awardfile.MaxRows - 3)
	data, _ := awardfile.EncodeVNI(big)
	b.Run("vni-10000rows", func(b *testing.B) { benchmarkRead(b, "list.csv", data) })
}

func BenchmarkReadXLSX(b *testing.B) {
	data := workbook(b, func(f *excelize.File, sheet string) {
		f.SetCellValue(sheet, "A1", "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG")
		rows := [][]any{{"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"}}
		for i := range 1000 {
			rows = append(rows, []any{i + 1, fmt.Sprintf("Nguyễn Thị Hồng Nhung %d", i+1), "Chuyên viên", "Phòng Tổ chức cán bộ, Sở Nội vụ", "Giấy khen"})
		}
		setRows(b, f, sheet, 3, rows)
	})
	benchmarkRead(b, "list.xlsx", data)
}
