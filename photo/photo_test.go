package photo_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// Colours of the test scenes, far apart so JPEG never confuses them.
var (
	red   = color.RGBA{220, 20, 20, 255}
	green = color.RGBA{20, 200, 20, 255}
	blue  = color.RGBA{20, 20, 220, 255}
	white = color.RGBA{255, 255, 255, 255}
	black = color.RGBA{0, 0, 0, 255}
)

// quadrants returns a w×h scene: red top left, green top right, blue bottom left,
// white bottom right. Seen upright, its corners say which way up it is.
func quadrants(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := white
			switch {
			case x < w/2 && y < h/2:
				c = red
			case y < h/2:
				c = green
			case x < w/2:
				c = blue
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// halves returns a w×h scene, left half one colour and right half another.
func halves(w, h int, left, right color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := left
			if x >= (w+1)/2 {
				c = right
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

func mustJPEG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func mustPNG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// mustDecode decodes a stored copy, checking it is the JPEG of the size it claims.
func mustDecode(tb testing.TB, f model.PhotoFile) image.Image {
	tb.Helper()
	if f.MIME != "image/jpeg" {
		tb.Fatalf("copy MIME: got %v, want image/jpeg", f.MIME)
	}
	img, err := jpeg.Decode(bytes.NewReader(f.Data))
	if err != nil {
		tb.Fatalf("copy does not decode: %v", err)
	}
	if got, want := img.Bounds().Size(), image.Pt(f.Width, f.Height); got != want {
		tb.Fatalf("copy size: got %v, want %v", got, want)
	}
	return img
}

// near reports whether c is within tolerance of want in every channel.
func near(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	d := func(a uint32, w uint8) bool { return max(int(a>>8), int(w))-min(int(a>>8), int(w)) <= 40 }
	return d(r, want.R) && d(g, want.G) && d(b, want.B)
}

// corners returns the colours just inside the four corners of img: top left, top
// right, bottom left, bottom right.
func corners(img image.Image) [4]color.Color {
	b := img.Bounds()
	dx, dy := b.Dx()/10, b.Dy()/10
	return [4]color.Color{
		img.At(b.Min.X+dx, b.Min.Y+dy), img.At(b.Max.X-1-dx, b.Min.Y+dy),
		img.At(b.Min.X+dx, b.Max.Y-1-dy), img.At(b.Max.X-1-dx, b.Max.Y-1-dy),
	}
}

func checkCorners(tb testing.TB, what string, img image.Image, want [4]color.RGBA) {
	tb.Helper()
	for i, c := range corners(img) {
		if !near(c, want[i]) {
			tb.Errorf("%s, corner %s: got %v, want %v", what, []string{"top left", "top right", "bottom left", "bottom right"}[i], color.RGBAModel.Convert(c), want[i])
		}
	}
}

func TestPrepare(t *testing.T) {
	upright := [4]color.RGBA{red, green, blue, white}
	for _, tc := range []struct {
		name       string
		file       string
		data       []byte
		mime       string
		w, h       int
		printW     int
		printH     int
		thumbW     int
		thumbH     int
		wantCorner [4]color.RGBA
	}{
		{name: "JPEG", file: "hoi-nghi.jpg", data: mustJPEG(t, quadrants(800, 600)), mime: "image/jpeg",
			w: 800, h: 600, printW: 800, printH: 600, thumbW: 320, thumbH: 240, wantCorner: upright},
		{name: "PNG", file: "so-do.png", data: mustPNG(t, quadrants(3000, 1000)), mime: "image/png",
			w: 3000, h: 1000, printW: 2400, printH: 800, thumbW: 320, thumbH: 107, wantCorner: upright},
		{name: "WebP", file: "quadrants.webp", data: mustRead(t, "testdata/quadrants.webp"), mime: "image/webp",
			w: 64, h: 48, printW: 64, printH: 48, thumbW: 64, thumbH: 48, wantCorner: upright},
		{name: "WebPTransparentOverWhite", file: "alpha.webp", data: mustRead(t, "testdata/alpha.webp"), mime: "image/webp",
			w: 40, h: 30, printW: 40, printH: 30, thumbW: 40, thumbH: 30, wantCorner: [4]color.RGBA{red, white, red, white}},
		{name: "WebPLossyTransparentOverWhite", file: "alpha-lossy.webp", data: mustRead(t, "testdata/alpha-lossy.webp"), mime: "image/webp",
			w: 40, h: 30, printW: 40, printH: 30, thumbW: 40, thumbH: 30, wantCorner: [4]color.RGBA{red, white, red, white}},
		{name: "GrayJPEG", file: "den-trang.jpg", data: func() []byte {
			img := image.NewGray(image.Rect(0, 0, 3000, 2000))
			for y := range 2000 {
				for x := range 1500 {
					img.Pix[y*img.Stride+x] = 255
				}
			}
			return mustJPEG(t, img)
		}(), mime: "image/jpeg", w: 3000, h: 2000, printW: 2400, printH: 1600, thumbW: 320, thumbH: 213,
			wantCorner: [4]color.RGBA{white, black, white, black}},
		{name: "OnePixel", file: "cham.jpg", data: mustJPEG(t, halves(1, 1, red, red)), mime: "image/jpeg",
			w: 1, h: 1, printW: 1, printH: 1, thumbW: 1, thumbH: 1, wantCorner: [4]color.RGBA{red, red, red, red}},
		{name: "Strip", file: "bang-ron.png", data: mustPNG(t, halves(5000, 2, red, green)), mime: "image/png",
			w: 5000, h: 2, printW: 2400, printH: 1, thumbW: 320, thumbH: 1, wantCorner: [4]color.RGBA{red, green, red, green}},
		{name: "GIF", file: "logo.gif", data: func() []byte {
			q := quadrants(120, 90)
			img := image.NewPaletted(q.Rect, color.Palette{red, green, blue, white})
			draw.Draw(img, img.Rect, q, image.Point{}, draw.Src)
			var buf bytes.Buffer
			if err := gif.Encode(&buf, img, nil); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}(), mime: "image/gif", w: 120, h: 90, printW: 120, printH: 90, thumbW: 120, thumbH: 90, wantCorner: upright},
		{name: "PNGTransparentOverWhite", file: "con-dau.png", data: func() []byte {
			img := image.NewNRGBA(image.Rect(0, 0, 500, 400))
			for y := range 400 {
				for x := range 250 {
					img.Set(x, y, color.NRGBA{220, 20, 20, 255})
				}
			}
			return mustPNG(t, img)
		}(), mime: "image/png", w: 500, h: 400, printW: 500, printH: 400, thumbW: 320, thumbH: 256,
			wantCorner: [4]color.RGBA{red, white, red, white}},
		{name: "JPEGNamedPNG", file: "anh.png", data: mustJPEG(t, quadrants(64, 64)), mime: "image/jpeg",
			w: 64, h: 64, printW: 64, printH: 64, thumbW: 64, thumbH: 64, wantCorner: upright},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := photo.Prepare(tc.file, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(tc.data)
			if got, want := p.SHA256, hex.EncodeToString(sum[:]); got != want {
				t.Errorf("SHA256: got %v, want %v", got, want)
			}
			if p.Filename != tc.file {
				t.Errorf("Filename: got %v, want %v", p.Filename, tc.file)
			}
			if !bytes.Equal(p.Original.Data, tc.data) {
				t.Error("Original.Data is not the file's bytes")
			}
			if got, want := p.Original, (model.PhotoFile{MIME: tc.mime, Width: tc.w, Height: tc.h, Data: p.Original.Data}); got.MIME != want.MIME || got.Width != want.Width || got.Height != want.Height {
				t.Errorf("Original: got %v %d×%d, want %v %d×%d", got.MIME, got.Width, got.Height, want.MIME, want.Width, want.Height)
			}
			print := mustDecode(t, p.Print)
			if got, want := image.Pt(p.Print.Width, p.Print.Height), image.Pt(tc.printW, tc.printH); got != want {
				t.Errorf("Print size: got %v, want %v", got, want)
			}
			thumb := mustDecode(t, p.Thumb)
			if got, want := image.Pt(p.Thumb.Width, p.Thumb.Height), image.Pt(tc.thumbW, tc.thumbH); got != want {
				t.Errorf("Thumb size: got %v, want %v", got, want)
			}
			checkCorners(t, "print", print, tc.wantCorner)
			checkCorners(t, "thumb", thumb, tc.wantCorner)
			if p.ID != 0 || p.UUID != "" || !p.CreatedAt.IsZero() {
				t.Errorf("library fields set: ID %v, UUID %q, CreatedAt %v", p.ID, p.UUID, p.CreatedAt)
			}
		})
	}
}

func TestPrepare_Camera(t *testing.T) {
	// A camera-sized photo held upright: the print copy is 2400 px on the long
	// side, not larger and not smaller, and the thumbnail 320.
	data := phototest.CameraJPEG(3000, 2000, 6)
	p, err := photo.Prepare("DSC_0042.JPG", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want image.Point
	}{
		{"Original", image.Pt(p.Original.Width, p.Original.Height), image.Pt(2000, 3000)},
		{"Print", image.Pt(p.Print.Width, p.Print.Height), image.Pt(1600, 2400)},
		{"Thumb", image.Pt(p.Thumb.Width, p.Thumb.Height), image.Pt(213, 320)},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	mustDecode(t, p.Print)
	mustDecode(t, p.Thumb)
	if n := len(p.Print.Data); n > 2<<20 {
		t.Errorf("print copy weighs %d bytes, want under 2 MB", n)
	}
}

func TestPrepare_FileName(t *testing.T) {
	data := mustJPEG(t, quadrants(32, 32))
	nfc := "Ảnh Hội nghị tổng kết.jpg"
	for _, tc := range []struct{ name, in, want string }{
		{"NFD", norm.NFD.String(nfc), nfc},
		{"SlashPath", "/home/lan/Ảnh/" + nfc, nfc},
		{"BackslashPath", `C:\Users\lan\Ảnh\` + nfc, nfc},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := photo.Prepare(tc.in, data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Filename != tc.want {
				t.Errorf("Filename: got %q, want %q", p.Filename, tc.want)
			}
		})
	}
	t.Run("NFDInMessage", func(t *testing.T) {
		_, err := photo.Prepare(norm.NFD.String(nfc), []byte("không phải ảnh"))
		m := model.ErrorMessage(err)
		if !strings.Contains(m, "“"+nfc+"”") {
			t.Errorf("got %q, want the name %q in NFC", m, nfc)
		}
		if m != norm.NFC.String(m) {
			t.Errorf("message is not NFC: %q", m)
		}
	})
}

// refusal checks that err is the sentence key says about file, in Vietnamese.
func refusal(tb testing.TB, err error, key string, args ...any) {
	tb.Helper()
	var e *model.Error
	if !errors.As(err, &e) {
		tb.Fatalf("got %v (%T), want a *model.Error", err, err)
	}
	if e.Code != model.EINVALID {
		tb.Errorf("code: got %v, want %v", e.Code, model.EINVALID)
	}
	if want := msg.In(msg.Vietnamese, key, args...); e.Message != want {
		tb.Errorf("got %q, want %q", e.Message, want)
	}
}

var (
	cameraOnce sync.Once
	camera     map[int][]byte // by orientation
)

// cameraJPEGs makes the 24-megapixel benchmark photos once per test binary.
func cameraJPEGs(tb testing.TB) map[int][]byte {
	tb.Helper()
	cameraOnce.Do(func() {
		camera = map[int][]byte{1: phototest.CameraJPEG(6000, 4000, 1)}
		camera[6] = phototest.WithOrientation(camera[1][:len(camera[1]):len(camera[1])], 6)
	})
	return camera
}

// BenchmarkPrepare24MP imports a 24-megapixel camera JPEG (about 11 MB): the bar is
// under 1.5 s per photo on a 2-core laptop. cpu-s/op is the processor time on all
// cores together, which other work on the machine does not inflate.
func BenchmarkPrepare24MP(b *testing.B) {
	for _, o := range []int{1, 6} {
		b.Run(map[int]string{1: "Upright", 6: "Orientation6"}[o], func(b *testing.B) {
			data := cameraJPEGs(b)[o]
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if _, err := photo.Prepare("DSC_0001.JPG", data); err != nil {
					b.Fatal(err)
				}
			}
			if cpu := cpuTime() - cpu; cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			}
		})
	}
}
