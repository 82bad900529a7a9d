package wordpress_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
	"sync"
	"testing"
	"time"

	"newsdesk/model"
	"newsdesk/wordpress"
	"newsdesk/wordpress/wptest"
)

func TestMain(m *testing.M) { wptest.Main(m) }

// MustPortal returns the test portal's settings (see wptest).
func MustPortal(tb testing.TB) map[string]string {
	tb.Helper()
	return wptest.Portal(tb)
}

// MustClient returns a client of the local portal signed in as the user (editor,
// author or contributor).
func MustClient(tb testing.TB, user string) *wordpress.Client {
	tb.Helper()
	env := MustPortal(tb)
	c, err := wordpress.NewClient(env["NEWSDESK_PORTAL_URL"], user, env["NEWSDESK_PORTAL_"+strings.ToUpper(user)+"_PASSWORD"])
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// photoService is a model.PhotoService holding small generated JPEGs.
type photoService struct {
	mu     sync.Mutex
	photos map[int64]*model.Photo
	loads  int
}

func newPhotoService() *photoService { return &photoService{photos: map[int64]*model.Photo{}} }

// add makes a photo of the given shade and returns its block.
func (s *photoService) add(tb testing.TB, shade uint8, caption string) model.Block {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for i := range img.Pix {
		img.Pix[i] = shade + uint8(i%7)
	}
	img.Set(1, 1, color.Black)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		tb.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := int64(len(s.photos) + 1)
	p := &model.Photo{ID: id, UUID: model.NewUUID(), Filename: fmt.Sprintf("Ảnh hội nghị %d.jpg", id),
		SHA256: fmt.Sprintf("%x-%d", shade, id),
		Print:  model.PhotoFile{MIME: "image/jpeg", Width: 64, Height: 48, Data: buf.Bytes()}}
	s.photos[id] = p
	return model.Block{Key: p.UUID[:8], Kind: model.BlockPhoto, Photo: &model.PhotoBlock{PhotoID: id, UUID: p.UUID,
		Caption: caption, Credit: "Ảnh: Minh Châu", Alt: "Quang cảnh hội nghị"}}
}

func (s *photoService) AddPhoto(ctx context.Context, filename string, data []byte) (*model.Photo, error) {
	panic("not used")
}

func (s *photoService) FindPhotoByID(ctx context.Context, id int64, variants ...model.PhotoVariant) (*model.Photo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.photos[id]
	if !ok {
		return nil, model.Errorf(model.ENOTFOUND, "model.internal")
	}
	c := *p
	if len(variants) == 0 {
		c.Print.Data = nil
	} else {
		s.loads++
	}
	return &c, nil
}

func (s *photoService) HavePhotos(ctx context.Context, uuids []string) (map[string]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]bool{}
	for _, u := range uuids {
		for _, p := range s.photos {
			if p.UUID == u {
				out[u] = true
			}
		}
	}
	return out, nil
}

func (s *photoService) FindThumbs(ctx context.Context, ids []int64) (map[int64]model.PhotoFile, error) {
	return nil, nil
}

// newReport returns a report with two photos (one caption with a script in it),
// an award list, a section the portal has and a tag.
func newReport(tb testing.TB, photos *photoService) *model.Report {
	tb.Helper()
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025 <b>Phường Hồng Phúc</b>")
	r.ID = 1
	r.Section = "Tin tức sự kiện"
	r.SourceTag = "(Cổng TTĐT) -"
	r.Lead = "Sáng 8/1, UBND phường tổ chức Hội nghị tổng kết công tác năm 2025."
	r.Tags = []string{"hội nghị", "tổng kết"}
	r.Byline = []string{"Minh Châu"}
	r.Body = []model.Block{
		model.Paragraph("Dự hội nghị có đồng chí Trần Văn An, Bí thư Đảng uỷ phường."),
		photos.add(tb, 40, "Quang cảnh Hội nghị <script>alert(1)</script>"),
		model.Paragraph("Hội nghị đã đánh giá kết quả [gallery] công tác năm 2025."),
		photos.add(tb, 120, "Đồng chí Trần Văn An phát biểu"),
		{Key: "awards", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", By: "Chủ tịch UBND phường",
			Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Tổ dân phố số 3"},
				{Kind: model.Individual, Name: "Nguyễn Thị Hoa", Title: "Tổ trưởng", Unit: "Tổ dân phố số 5"},
			}}},
	}
	r.Normalize()
	return r
}

// waitNextSecond waits until the clock has passed the portal time gmt by a second.
func waitNextSecond(gmt string) {
	t, err := time.Parse("2006-01-02T15:04:05", gmt)
	if err != nil {
		return
	}
	time.Sleep(time.Until(t.Add(1100 * time.Millisecond)))
}
