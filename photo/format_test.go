package photo_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	_ "image/gif" // for image.DecodeConfig in FuzzPrepare
	"runtime"
	"strings"
	"testing"

	_ "golang.org/x/image/webp"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// ftyp returns the start of an ISO media file (HEIC, AVIF, CR3, MOV) with the given
// major and compatible brands.
func ftyp(major string, compatible ...string) []byte {
	box := []byte("\x00\x00\x00\x00ftyp" + major + "\x00\x00\x00\x00" + strings.Join(compatible, ""))
	binary.BigEndian.PutUint32(box, uint32(len(box)))
	return append(box, make([]byte, 64)...)
}

// withJPEGSize returns a copy of a JPEG whose frame header claims w×h.
func withJPEGSize(tb testing.TB, jpg []byte, w, h int) []byte {
	tb.Helper()
	out := bytes.Clone(jpg)
	i := bytes.Index(out, []byte{0xFF, 0xC0})
	if i < 0 {
		tb.Fatal("no SOF0 marker")
	}
	binary.BigEndian.PutUint16(out[i+5:], uint16(h))
	binary.BigEndian.PutUint16(out[i+7:], uint16(w))
	return out
}

// withPNGSize returns a copy of a PNG whose header chunk claims w×h, checksum fixed.
func withPNGSize(png []byte, w, h int) []byte {
	out := bytes.Clone(png)
	ihdr := out[12 : 12+4+13] // type and data
	binary.BigEndian.PutUint32(ihdr[4:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[8:], uint32(h))
	binary.BigEndian.PutUint32(out[12+4+13:], crc32.ChecksumIEEE(ihdr))
	return out
}

func TestPrepare_Refused(t *testing.T) {
	camera := phototest.CameraJPEG(400, 300, 1)
	pngFile := mustPNG(t, quadrants(200, 100))
	tiff := append([]byte("II*\x00\x08\x00\x00\x00"), make([]byte, 64)...)
	for _, tc := range []struct {
		name string
		file string
		data []byte
		key  string
		args []any
	}{
		{"Empty", "IMG_0001.JPG", nil, "photo.empty", nil},
		{"TextNamedJPG", "bien-ban.jpg", []byte("Biên bản Hội nghị tổng kết công tác năm của phường Hoà Bình\n"), "photo.notimage", nil},
		{"HTMLNamedJPG", "anh-tai-ve.jpg", []byte("<!DOCTYPE html><html><body>Không tìm thấy trang</body></html>"), "photo.notimage", nil},
		{"JPEGCutInHalf", "DSC_0007.JPG", camera[:len(camera)/2], "photo.truncated", nil},
		{"JPEGWithoutEndMarker", "DSC_0008.JPG", camera[:len(camera)-2], "photo.truncated", nil},
		{"JPEGHeaderOnly", "DSC_0009.JPG", []byte{0xFF, 0xD8, 0xFF}, "photo.truncated", nil},
		{"PNGCutShort", "so-do.png", pngFile[:len(pngFile)*2/3], "photo.truncated", nil},
		{"PNGDamaged", "so-do.png", func() []byte {
			b := bytes.Clone(pngFile)
			i := bytes.Index(b, []byte("IDAT"))
			b[i+10] ^= 0x55
			return b
		}(), "photo.damaged", nil},
		{"ArithmeticJPEG", "cu.jpg", func() []byte {
			b := bytes.Clone(camera)
			b[bytes.Index(b, []byte{0xFF, 0xC0})+1] = 0xC9
			return b
		}(), "photo.variant", []any{"JPEG"}},
		{"HEIC", "IMG_0420.HEIC", ftyp("heic", "mif1", "heic"), "photo.heic", nil},
		{"HEIFMif1", "IMG_0421.heif", ftyp("mif1", "heic"), "photo.heic", nil},
		{"HEICNamedJPG", "IMG_0422.jpg", ftyp("heix", "mif1"), "photo.heic", nil},
		{"AVIF", "anh.avif", ftyp("avif", "mif1", "miaf"), "photo.unsupported", []any{"AVIF"}},
		{"AVIFMif1", "anh2.avif", ftyp("mif1", "avif"), "photo.unsupported", []any{"AVIF"}},
		{"CR3", "IMG_1001.CR3", ftyp("crx ", "crx ", "isom"), "photo.raw", []any{"CR3"}},
		{"Video", "IMG_0423.MOV", ftyp("qt  ", "qt  "), "photo.video", nil},
		{"TIFF", "ban-scan.tif", tiff, "photo.unsupported", []any{"TIFF"}},
		{"NEF", "DSC_0100.NEF", tiff, "photo.raw", []any{"NEF"}},
		{"DNG", "anh.dng", tiff, "photo.raw", []any{"DNG"}},
		{"CR2", "IMG_2002.CR2", append([]byte("II*\x00\x10\x00\x00\x00CR\x02\x00"), make([]byte, 64)...), "photo.raw", []any{"CR2"}},
		{"RAF", "DSCF0001.RAF", []byte("FUJIFILMCCD-RAW 0201FF383501"), "photo.raw", []any{"RAF"}},
		{"BMP", "anh.bmp", append([]byte("BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00"), make([]byte, 64)...), "photo.unsupported", []any{"BMP"}},
		{"PSD", "bia.psd", append([]byte("8BPS\x00\x01"), make([]byte, 32)...), "photo.unsupported", []any{"PSD (Photoshop)"}},
		{"PDF", "giay-moi.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "photo.unsupported", []any{"PDF"}},
		{"SVG", "logo.svg", []byte("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "photo.unsupported", []any{"SVG"}},
		{"HugeJPEGHeader", "toan-canh.jpg", withJPEGSize(t, camera, 12000, 9000), "photo.toolarge", []any{12000, 9000, 108.0, 100}},
		{"HugePNGHeader", "bom.png", withPNGSize(pngFile, 50000, 50000), "photo.toolarge", []any{50000, 50000, 2500.0, 100}},
		{"ZeroSizePNG", "rong.png", withPNGSize(pngFile, 0, 0), "photo.damaged", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := photo.Prepare(tc.file, tc.data)
			if p != nil {
				t.Errorf("got a photo %d×%d, want none", p.Original.Width, p.Original.Height)
			}
			refusal(t, err, tc.key, append([]any{tc.file}, tc.args...)...)
			if m := model.ErrorMessage(err); !strings.Contains(m, "“"+tc.file+"”") {
				t.Errorf("message does not name the file: %q", m)
			}
		})
	}
}

func TestPrepare_RefusedInEnglish(t *testing.T) {
	msg.SetLang(msg.English)
	defer msg.SetLang(msg.Vietnamese)
	_, err := photo.Prepare("IMG_0420.HEIC", ftyp("heic", "mif1"))
	if got, want := model.ErrorMessage(err), "The photo “IMG_0420.HEIC” is in the HEIC/HEIF format phones use"; !strings.HasPrefix(got, want) {
		t.Errorf("got %q, want it to start %q", got, want)
	}
	if m := model.ErrorMessage(err); !strings.Contains(m, "Settings > Camera > Formats > Most Compatible") {
		t.Errorf("got %q, want the iPhone setting named", m)
	}
}

// A decompression bomb is refused from its header: nothing near its claimed size
// (108 megapixels, 324 MB decoded) is allocated.
func TestPrepare_BombNotDecoded(t *testing.T) {
	data := withJPEGSize(t, phototest.CameraJPEG(64, 64, 0), 12000, 9000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := photo.Prepare("bom.jpg", data)
	runtime.ReadMemStats(&after)
	if model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("got %v, want a refusal", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("allocated %d bytes, want under 1 MB", got)
	}
}

// FuzzPrepare feeds Prepare damaged and hostile files: it must never panic, and
// whatever it refuses it refuses with a sentence for the reporter. Inputs whose
// header claims a big picture are skipped to keep each run small; the size limit
// itself is tested above.
func FuzzPrepare(f *testing.F) {
	f.Add(mustJPEG(f, quadrants(24, 16)))
	f.Add(phototest.CameraJPEG(32, 24, 6))
	f.Add(mustPNG(f, quadrants(24, 16)))
	f.Add(mustRead(f, "testdata/quadrants.webp"))
	f.Add(mustRead(f, "testdata/alpha.webp"))
	f.Add(mustRead(f, "testdata/alpha-lossy.webp"))
	f.Add([]byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"))
	f.Add(ftyp("heic", "mif1"))
	f.Add([]byte("II*\x00\x08\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil && cfg.Width*cfg.Height > 1<<16 {
			t.Skip("large picture")
		}
		p, err := photo.Prepare("mau.jpg", data)
		if err != nil {
			if model.ErrorCode(err) != model.EINVALID {
				t.Fatalf("got %v, want an EINVALID refusal", err)
			}
			return
		}
		if p.Print.Width > model.PrintLongSide || p.Thumb.Width > model.ThumbLongSide || len(p.Thumb.Data) == 0 {
			t.Errorf("got print %d×%d, thumb %d×%d", p.Print.Width, p.Print.Height, p.Thumb.Width, p.Thumb.Height)
		}
	})
}

// pngHeader is a PNG holding only its header: w×h at the bit depth and colour
// type given, as a small hostile file claims.
func pngHeader(w, h uint32, depth, colorType byte) []byte {
	var ihdr bytes.Buffer
	ihdr.WriteString("IHDR")
	binary.Write(&ihdr, binary.BigEndian, w)
	binary.Write(&ihdr, binary.BigEndian, h)
	ihdr.Write([]byte{depth, colorType, 0, 0, 0})
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	binary.Write(&b, binary.BigEndian, uint32(ihdr.Len()-4))
	b.Write(ihdr.Bytes())
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(ihdr.Bytes()))
	b.Write([]byte{0, 0, 0, 0})
	b.WriteString("IEND")
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE([]byte("IEND")))
	return b.Bytes()
}

// A 16-bit PNG of 10000×10000 is under the pixel limit but would take 800 MB to
// decode: it is refused from its header, saying how much memory it needs.
func TestPrepare_DeepPNGNotDecoded(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	data := pngHeader(10000, 10000, 16, 6) // RGBA, 16 bits a channel
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := photo.Prepare("ban-do.png", data)
	runtime.ReadMemStats(&after)
	if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), "762 MB") {
		t.Fatalf("got %v, want a refusal naming the memory it needs", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("allocated %d bytes, want under 1 MB", got)
	}
	// The same size at 8 bits a channel (400 MB) is within the limit.
	if _, err := photo.Prepare("ban-do.png", pngHeader(9000, 9000, 8, 6)); model.ErrorCode(err) != model.EINVALID ||
		strings.Contains(model.ErrorMessage(err), "MB") {
		t.Errorf("an 8-bit 81-megapixel PNG: %v; want it judged by its pixels (damaged here: no data)", err)
	}
}
