package bundle_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"newsdesk/bundle"
	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/msg/msgtest"
	"newsdesk/photo"
)

// storedPhoto is a photo as the fake library keeps it.
type storedPhoto struct {
	filename string
	original []byte
	print    []byte
}

// library is a fake photo store: the callback Write needs, by PhotoID.
type library map[int64]storedPhoto

func (l library) photo(print bool) bundle.PhotoFunc {
	return func(id int64) (string, model.PhotoFile, error) {
		p, ok := l[id]
		if !ok {
			return "", model.PhotoFile{}, model.Errorf(model.ENOTFOUND, "model.internal")
		}
		data := p.original
		if print {
			data = p.print
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return "", model.PhotoFile{}, err
		}
		w, h := cfg.Width, cfg.Height
		if photo.Orientation(data) >= 5 { // as the library measures it: upright
			w, h = h, w
		}
		return p.filename, model.PhotoFile{MIME: "image/jpeg", Width: w, Height: h, Data: data}, nil
	}
}

// MustJPEG returns a w×h JPEG of a gradient tinted c: small, and different per call.
func MustJPEG(tb testing.TB, w, h int, c color.RGBA) []byte {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{c.R ^ uint8(x*7), c.G ^ uint8(y*5), c.B, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 85}); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// WithOrientation returns jpg with an EXIF block, as cameras write it right after the
// start marker, saying the picture is shown turned: orientation 6 is a quarter turn.
func WithOrientation(jpg []byte, orientation byte) []byte {
	tiff := []byte{'I', 'I', 42, 0, 8, 0, 0, 0, // little-endian, first IFD at 8
		1, 0, // one entry
		0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, // Orientation, SHORT, 1 value
		0, 0, 0, 0} // no next IFD
	seg := append([]byte("Exif\x00\x00"), tiff...)
	app1 := append([]byte{0xFF, 0xE1, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}, seg...)
	out := append([]byte{0xFF, 0xD8}, app1...)
	return append(out, jpg[2:]...)
}

const (
	uuidReport = "3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f"
	uuidPhoto1 = "2d804b6c-3e5f-4071-8c1d-2e3f4a5b6c7d" // used first, sorts last
	uuidPhoto2 = "1c7f3a5b-2d4e-4f60-9b0c-1d2e3f4a5b6c"
	uuidPhoto3 = "0b6e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"
	uuidLinked = "4e915c7d-4f60-4182-9d2e-3f4a5b6c7d8e"
)

// MustReport returns a full conference report with three photos, and the library
// holding them. Every field is filled; the text has every Vietnamese diacritic.
func MustReport(tb testing.TB) (*model.Report, library) {
	tb.Helper()
	lib := library{
		11: {filename: "quang-canh-hoi-nghi.jpg", original: MustJPEG(tb, 64, 48, color.RGBA{200, 40, 40, 255}), print: MustJPEG(tb, 32, 24, color.RGBA{200, 40, 40, 255})},
		12: {filename: "Phát biểu.JPG", original: WithOrientation(MustJPEG(tb, 48, 32, color.RGBA{40, 200, 40, 255}), 6), print: MustJPEG(tb, 16, 24, color.RGBA{40, 200, 40, 255})},
		13: {filename: "trao-giay-khen.jpg", original: MustJPEG(tb, 80, 40, color.RGBA{40, 40, 200, 255}), print: MustJPEG(tb, 40, 20, color.RGBA{40, 40, 200, 255})},
	}
	r := &model.Report{
		UUID:      uuidReport,
		Section:   "Ngành Tổ chức xây dựng Đảng",
		Headline:  "Hội nghị tổng kết công tác năm 2025 của Sở Thông tin phường Bến Gỗ",
		SourceTag: "(Cổng TTĐT) -",
		Event: model.Event{
			Date:      "2026-01-08",
			PartOfDay: model.Morning,
			Place:     "Hội trường tầng 3, trụ sở Ủy ban nhân dân phường Bến Gỗ",
			Organiser: "Sở Thông tin phường Bến Gỗ",
			Chair: []model.Person{
				{Name: "Trịnh Thị Ngọc Ánh", Title: "Giám đốc Sở Thông tin phường Bến Gỗ"},
			},
			Guests: []model.Person{
				{Name: "Đặng Hữu Lộc", Title: "Phó Chủ tịch Ủy ban nhân dân phường"},
				{Name: "Vương Quỳnh Như"},
			},
		},
		Lead: "Sáng 8/1, Sở Thông tin phường Bến Gỗ tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
		Body: []model.Block{
			{Key: "b01", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: 11, UUID: uuidPhoto1, Caption: "Quang cảnh Hội nghị", Credit: "Ảnh: Lã Quý Hưng", Alt: "Hội trường kín chỗ, phía trước là sân khấu"}},
			{Key: "b02", Kind: model.BlockParagraph, Text: "Đủ dấu: sắc á, huyền à, hỏi ả, ngã ã, nặng ạ; ă ằ ắ ẳ ẵ ặ, â ầ ấ ẩ ẫ ậ, ê ề ế ể ễ ệ, ô ồ ố ổ ỗ ộ, ơ ờ ớ ở ỡ ợ, ư ừ ứ ử ữ ự, ỳ ý ỷ ỹ ỵ, đ Đ.\nHOA: ẮẰẲẴẶ ẤẦẨẪẬ ỀẾỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ỲÝỶỸỴ."},
			{Key: "b03", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: 12, UUID: uuidPhoto2, Caption: "Đồng chí Trịnh Thị Ngọc Ánh phát biểu tại Hội nghị", Rotation: 90}},
			{Key: "b04", Kind: model.BlockParagraph, Text: "Năm 2025, Sở hoàn thành 18/18 chỉ tiêu, trong đó 5 chỉ tiêu vượt kế hoạch."},
			{Key: "b05", Kind: model.BlockAwards, Awards: &model.AwardList{
				Form:     "Giấy khen",
				By:       "Giám đốc Sở Thông tin phường Bến Gỗ",
				Decision: "Quyết định số 15/QĐ-STT",
				Date:     "2026-01-05",
				Recipients: []model.Recipient{
					{Kind: model.Collective, Name: "Phòng Báo chí – Xuất bản", Unit: "Sở Thông tin phường Bến Gỗ"},
					{Kind: model.Collective, Name: "Trung tâm Dữ liệu số"},
					{Kind: model.Individual, Name: "Ông Bảo Khuê", Title: "Phó Trưởng phòng phụ trách Phòng Quản lý nhà nước về bưu chính, viễn thông và công nghệ thông tin kiêm Tổ trưởng Tổ công tác chuyển đổi số", Unit: "Sở Thông tin phường Bến Gỗ"},
					{Kind: model.Individual, Name: "Lưu Thị Yến", Title: "Chuyên viên", Form: "Bằng khen"},
					{Kind: model.Individual, Name: "Nguyễn Đức Ưng"},
				},
			}},
			{Key: "b06", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: 13, UUID: uuidPhoto3, Caption: "Trao Giấy khen cho các tập thể, cá nhân", Credit: "Ảnh: Lã Quý Hưng"}},
			{Key: "b07", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: 11, UUID: uuidPhoto1, Caption: "Toàn cảnh (nhắc lại ảnh đầu)"}},
		},
		Byline:     []string{"Hoàng Minh Thư", "Quách Gia Bảo"},
		Tags:       []string{"tổng kết", "chuyển đổi số"},
		Status:     model.StatusReview,
		CreatedAt:  time.Date(2026, 1, 8, 2, 15, 0, 0, time.UTC),
		UpdatedAt:  time.Date(2026, 1, 8, 4, 40, 12, 345678901, time.UTC),
		Rev:        "a1b2c3d4e5f60718",
		BaseRev:    "0f1e2d3c4b5a6978",
		LinkedUUID: uuidLinked,
	}
	r.Normalize()
	return r, lib
}

// MustWrite returns the bundle of r.
func MustWrite(tb testing.TB, r *model.Report, lib library, opts bundle.Options) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := bundle.Write(&b, r, lib.photo(opts.PrintPhotos), opts); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

// Read reads the bundle b.
func Read(b []byte) (*model.Report, []model.ImportPhoto, error) {
	return bundle.Read(bytes.NewReader(b), int64(len(b)))
}

// Entry returns the bytes of the named entry of bundle b.
func Entry(tb testing.TB, b []byte, name string) []byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// withoutPhotoIDs is r as a bundle gives it back: the library's photo IDs unknown.
func withoutPhotoIDs(r *model.Report) *model.Report {
	c := r.Clone()
	for _, p := range c.Photos() {
		p.PhotoID = 0
	}
	return c
}

func asJSON(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

func TestRoundTrip(t *testing.T) {
	r, lib := MustReport(t)
	b := MustWrite(t, r, lib, bundle.Options{})
	got, photos, err := Read(b)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if want := withoutPhotoIDs(r); !reflect.DeepEqual(got, want) {
		t.Errorf("got report\n%s\nwant\n%s", asJSON(got), asJSON(want))
	}
	if got, want := got.UpdatedAt, r.UpdatedAt; !got.Equal(want) {
		t.Errorf("got updated %v, want %v", got, want)
	}

	// Photo 1 is used twice but travels once, in first-use order.
	want := []model.ImportPhoto{
		{UUID: uuidPhoto1, Filename: "quang-canh-hoi-nghi.jpg", Data: lib[11].original},
		{UUID: uuidPhoto2, Filename: "Phát biểu.JPG", Data: lib[12].original},
		{UUID: uuidPhoto3, Filename: "trao-giay-khen.jpg", Data: lib[13].original},
	}
	if len(photos) != len(want) {
		t.Fatalf("got %d photos, want %d", len(photos), len(want))
	}
	for i := range want {
		if photos[i].UUID != want[i].UUID || photos[i].Filename != want[i].Filename {
			t.Errorf("photo %d: got %s %q, want %s %q", i, photos[i].UUID, photos[i].Filename, want[i].UUID, want[i].Filename)
		}
		if !bytes.Equal(photos[i].Data, want[i].Data) {
			t.Errorf("photo %d: bytes differ from the library's (%d, want %d bytes)", i, len(photos[i].Data), len(want[i].Data))
		}
	}
}

func TestWriteDeterministic(t *testing.T) {
	r, lib := MustReport(t)
	b1 := MustWrite(t, r, lib, bundle.Options{})
	b2 := MustWrite(t, r.Clone(), lib, bundle.Options{})
	if !bytes.Equal(b1, b2) {
		t.Fatal("the same report gave different bundles")
	}
	zr, err := zip.NewReader(bytes.NewReader(b1), int64(len(b1)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if got, want := f.Modified.UTC(), r.UpdatedAt.Truncate(time.Second); !got.Equal(want) {
			t.Errorf("%s: got time %v, want %v", f.Name, got, want)
		}
	}
	want := []string{"newsdesk.json", "ninjs.json", "photos/" + uuidPhoto3 + ".jpg", "photos/" + uuidPhoto2 + ".jpg", "photos/" + uuidPhoto1 + ".jpg"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("got entries %v, want %v", names, want)
	}
}

func TestWritePrintPhotos(t *testing.T) {
	r, lib := MustReport(t)
	b := MustWrite(t, r, lib, bundle.Options{PrintPhotos: true})
	_, photos, err := Read(b)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	for i, id := range []int64{11, 12, 13} {
		if !bytes.Equal(photos[i].Data, lib[id].print) {
			t.Errorf("photo %d: got %d bytes, want the %d-byte print copy", i, len(photos[i].Data), len(lib[id].print))
		}
	}
	var m struct {
		PhotoVariant string `json:"photo_variant"`
	}
	if err := json.Unmarshal(Entry(t, b, "newsdesk.json"), &m); err != nil {
		t.Fatal(err)
	}
	if got, want := m.PhotoVariant, "print"; got != want {
		t.Errorf("got photo_variant %q, want %q", got, want)
	}
	n := MustNinjs(t, b)
	if got, want := n.Associations[0].Renditions[0].Name, "print"; got != want {
		t.Errorf("got rendition %q, want %q", got, want)
	}
	if got, want := n.Associations[0].Renditions[0].Width, 32; got != want {
		t.Errorf("got width %d, want %d", got, want)
	}
}

func TestWriteErrors(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	t.Run("ErrReportInvalid", func(t *testing.T) {
		r, lib := MustReport(t)
		r.Status = "xong"
		err := bundle.Write(io.Discard, r, lib.photo(false), bundle.Options{})
		if got, want := model.ErrorMessage(err), msg.T("model.status.unknown", "xong"); !strings.Contains(got, want) {
			t.Errorf("got %q, want it to say %q", got, want)
		}
	})
	t.Run("ErrPhotoNotFound", func(t *testing.T) {
		r, lib := MustReport(t)
		delete(lib, 13)
		err := bundle.Write(io.Discard, r, lib.photo(false), bundle.Options{})
		if got, want := model.ErrorCode(err), model.ENOTFOUND; got != want {
			t.Errorf("got code %q (%v), want %q", got, err, want)
		}
	})
	t.Run("ErrPhotoChangedWhileWriting", func(t *testing.T) {
		// Photos are fetched once to describe them and once to write them.
		r, lib := MustReport(t)
		calls := 0
		changing := func(id int64) (string, model.PhotoFile, error) {
			calls++
			name, file, err := lib.photo(false)(id)
			if calls > 3 {
				file.Data = append([]byte(nil), file.Data...)
				file.Data[len(file.Data)-3] ^= 1
			}
			return name, file, err
		}
		err := bundle.Write(io.Discard, r, changing, bundle.Options{})
		if got, want := model.ErrorCode(err), model.EINTERNAL; got != want {
			t.Errorf("got code %q (%v), want %q", got, err, want)
		}
	})
	t.Run("ErrPhotoWithoutUUID", func(t *testing.T) {
		r, lib := MustReport(t)
		r.Body[2].Photo.UUID = ""
		err := bundle.Write(io.Discard, r, lib.photo(false), bundle.Options{})
		if got, want := model.ErrorMessage(err), msg.T("bundle.photo.nouuid", 2); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

func TestReadNormalizesNFD(t *testing.T) {
	r, lib := MustReport(t)
	b := EditManifest(t, MustWrite(t, r, lib, bundle.Options{}), func(m map[string]any) {
		rep := m["report"].(map[string]any)
		rep["headline"] = norm.NFD.String(r.Headline)
		blocks := rep["blocks"].([]any)
		blocks[1].(map[string]any)["text"] = norm.NFD.String(r.Body[1].Text)
		blocks[0].(map[string]any)["photo"].(map[string]any)["caption"] = norm.NFD.String("  Quang cảnh\tHội nghị ")
		m["photos"].([]any)[1].(map[string]any)["filename"] = norm.NFD.String("Phát biểu.JPG")
	})
	if norm.NFC.String(r.Headline) == norm.NFD.String(r.Headline) {
		t.Fatal("the sample headline has no diacritics to decompose")
	}
	got, photos, err := Read(b)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if got.Headline != r.Headline {
		t.Errorf("got headline %+q, want %+q", got.Headline, r.Headline)
	}
	if got.Body[1].Text != r.Body[1].Text {
		t.Errorf("got paragraph %+q, want %+q", got.Body[1].Text, r.Body[1].Text)
	}
	if got, want := got.Body[0].Photo.Caption, "Quang cảnh Hội nghị"; got != want {
		t.Errorf("got caption %+q, want %+q", got, want)
	}
	if got, want := photos[1].Filename, "Phát biểu.JPG"; got != want {
		t.Errorf("got filename %+q, want %+q", got, want)
	}
}

func TestMessages(t *testing.T) {
	msgtest.Check(t, "bundle.")
	n := 0
	for k, v := range msg.Keys() {
		if !strings.HasPrefix(k, "bundle.") {
			continue
		}
		n++
		if v.VI == v.EN || !strings.ContainsAny(v.VI, "ảạấầẩệểịốồộơởợủưừửữ") {
			t.Errorf("%s: the Vietnamese sentence %q has no Vietnamese diacritics", k, v.VI)
		}
	}
	if n == 0 {
		t.Fatal("no bundle sentences registered")
	}
	msg.SetLang(msg.English)
	defer msg.SetLang(msg.Vietnamese)
	_, _, err := Read([]byte("not a zip"))
	if got, want := model.ErrorMessage(err), "This file is not a Newsdesk report bundle (it cannot be read as a zip file). Choose the .zip file exported from Newsdesk; if it came by e-mail, download the attachment again."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
