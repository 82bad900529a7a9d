package docx_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"testing"

	"newsdesk/docx"
	"newsdesk/model"
)

// library holds print copies by photo UUID, as the library's photo store does.
type library map[string]model.PhotoFile

func (l library) photo(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error) {
	f, ok := l[b.UUID]
	if !ok {
		return model.PhotoFile{}, model.Errorf(model.ENOTFOUND, "model.internal")
	}
	return f, nil
}

// MustImage returns a w×h picture with a gradient and a block, as JPEG or PNG.
func MustImage(tb testing.TB, w, h int, format string) model.PhotoFile {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
		}
	}
	for y := h / 4; y < h/2; y++ {
		for x := w / 4; x < w/2; x++ {
			img.Set(x, y, color.White)
		}
	}
	var buf bytes.Buffer
	f := model.PhotoFile{Width: w, Height: h}
	switch format {
	case "png":
		f.MIME = "image/png"
		if err := png.Encode(&buf, img); err != nil {
			tb.Fatal(err)
		}
	default:
		f.MIME = "image/jpeg"
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
			tb.Fatal(err)
		}
	}
	f.Data = buf.Bytes()
	return f
}

// MustReport returns a full conference report (fictional) and its photos' print
// copies: kicker, headline, source-tagged lead, paragraphs, three photos (one
// turned by hand, one PNG, one larger than the document keeps), two award lists
// (collectives and individuals with a decision; individuals with their own
// forms) and two authors.
func MustReport(tb testing.TB) (*model.Report, library) {
	tb.Helper()
	lib := library{}
	photo := func(caption, credit string, rotation int, f model.PhotoFile) model.Block {
		id := model.NewUUID()
		lib[id] = f
		return model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: id, Caption: caption, Credit: credit, Alt: "Ảnh: " + caption, Rotation: rotation}}
	}
	r := model.NewReport("Phường An Hòa tổng kết công tác khuyến học năm 2026")
	r.Section = "Giáo dục – Đào tạo"
	r.SourceTag = "(Anhoa.gov.vn) -"
	r.Lead = "Chiều 18/12, Hội Khuyến học phường An Hòa tổ chức Hội nghị tổng kết công tác khuyến học, khuyến tài năm 2026."
	r.Body = []model.Block{
		model.Paragraph("Dự Hội nghị có đồng chí Nguyễn Thị Lan Phương, Phó Chủ tịch UBND phường; đại diện các chi hội khuyến học và nhà trường trên địa bàn."),
		photo("Quang cảnh Hội nghị", "Hoàng Minh", 0, MustImage(tb, 1200, 800, "jpeg")),
		model.Paragraph("Năm 2026, Hội vận động được hơn 450 triệu đồng cho quỹ khuyến học;\ntrao 320 suất học bổng cho học sinh vượt khó."),
		photo("Đồng chí Nguyễn Thị Lan Phương phát biểu", "Ảnh tư liệu", 90, MustImage(tb, 900, 600, "jpeg")),
		model.Paragraph("Dịp này, Chủ tịch UBND phường tặng Giấy khen cho các tập thể và cá nhân tiêu biểu."),
		{Kind: model.BlockAwards, Awards: &model.AwardList{
			Form: "Giấy khen", By: "Chủ tịch UBND phường An Hòa", Decision: "Quyết định số 41/QĐ-UBND", Date: "2026-12-15",
			Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Chi hội khuyến học Tổ dân phố số 3", Unit: "Hội Khuyến học phường"},
				{Kind: model.Collective, Name: "Trường Trung học cơ sở An Hòa"},
				{Kind: model.Individual, Name: "Vũ Thị Hồng Nhung", Title: "Chi hội trưởng", Unit: "Tổ dân phố số 3"},
				{Kind: model.Individual, Name: "Lý Văn Đức", Title: "Giáo viên"},
			}}},
		photo("Trao Giấy khen cho các tập thể", "", 0, MustImage(tb, 640, 480, "png")),
		{Kind: model.BlockAwards, Awards: &model.AwardList{
			Form: "Giấy khen",
			Recipients: []model.Recipient{
				{Kind: model.Individual, Name: "Đặng Thu Trang", Unit: "Trường Tiểu học An Hòa"},
				{Kind: model.Individual, Name: "Mai Quốc Khánh", Title: "Học sinh lớp 9A", Form: "Bằng khen"},
			}}},
		photo("Các đại biểu chụp ảnh lưu niệm.", "Thu Trang", 0, MustImage(tb, 2400, 1600, "jpeg")),
		model.Paragraph("Năm 2027, Hội phấn đấu mỗi gia đình đều là gia đình học tập."),
	}
	r.Byline = []string{"Hoàng Minh", "Thu Trang"}
	r.Normalize()
	return r, lib
}

// MustWrite writes r as a Word document.
func MustWrite(tb testing.TB, r *model.Report, lib library, opts docx.Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := docx.Write(&buf, r, lib.photo, opts); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// MustRead reads a Word document.
func MustRead(tb testing.TB, data []byte) *docx.Document {
	tb.Helper()
	d, err := docx.Read(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatalf("Read: %v", err)
	}
	return d
}

// MustFile reads a file of testdata.
func MustFile(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}
