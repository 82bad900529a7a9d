package photo_test

import (
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"testing"

	"newsdesk/photo"
	"newsdesk/photo/phototest"
)

// The eight EXIF orientations, as the standard's tools describe what a viewer does
// to the stored picture to show it: exiftool's "Rotate 90 CW", "Mirror horizontal and
// rotate 270 CW" and so on.
var viewerSteps = map[int][]string{
	1: nil,
	2: {"mirror"},
	3: {"cw", "cw"},
	4: {"mirror", "cw", "cw"}, // mirror vertical
	5: {"mirror", "cw", "cw", "cw"},
	6: {"cw"},
	7: {"mirror", "cw"},
	8: {"cw", "cw", "cw"},
}

func mirror(src *image.RGBA) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(b)
	for y := range b.Dy() {
		for x := range b.Dx() {
			dst.SetRGBA(b.Dx()-1-x, y, src.RGBAAt(x, y))
		}
	}
	return dst
}

// cw turns src a quarter turn clockwise: its top row becomes the right column.
func cw(src *image.RGBA) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dy(), b.Dx()))
	for y := range b.Dy() {
		for x := range b.Dx() {
			dst.SetRGBA(b.Dy()-1-y, x, src.RGBAAt(x, y))
		}
	}
	return dst
}

// stored returns what a camera holding the scene with orientation o records: the
// picture the viewer steps turn back into upright.
func stored(upright *image.RGBA, o int) *image.RGBA {
	img := upright
	steps := viewerSteps[o]
	// Undo the steps in reverse order: a clockwise turn is undone by three more.
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i] == "mirror" {
			img = mirror(img)
		} else {
			img = cw(cw(cw(img)))
		}
	}
	return img
}

func TestPrepare_Orientation(t *testing.T) {
	want := [4]color.RGBA{red, green, blue, white}
	for _, size := range []image.Point{{96, 64}, {2800, 400}} {
		for o := 1; o <= 8; o++ {
			if size.X > 1000 && o != 6 && o != 7 && o != 5 {
				continue // the large picture covers reduce-then-turn on the turning cases
			}
			t.Run(fmt.Sprintf("%dx%d/%d", size.X, size.Y, o), func(t *testing.T) {
				upright := quadrants(size.X, size.Y)
				var bo binary.ByteOrder = binary.LittleEndian
				if o%2 == 1 {
					bo = binary.BigEndian
				}
				data := phototest.WithEXIF(mustJPEG(t, stored(upright, o)), phototest.EXIF(bo, o))
				p, err := photo.Prepare("IMG.JPG", data)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := image.Pt(p.Original.Width, p.Original.Height), size; got != want {
					t.Errorf("Original size: got %v, want %v", got, want)
				}
				print, thumb := mustDecode(t, p.Print), mustDecode(t, p.Thumb)
				if got := print.Bounds().Dx() > print.Bounds().Dy(); !got {
					t.Errorf("print copy %v is not landscape like the scene", print.Bounds().Size())
				}
				if got := thumb.Bounds().Dx() > thumb.Bounds().Dy(); !got {
					t.Errorf("thumbnail %v is not landscape like the scene", thumb.Bounds().Size())
				}
				checkCorners(t, "print", print, want)
				checkCorners(t, "thumb", thumb, want)
			})
		}
	}
}

func TestOrientation(t *testing.T) {
	jpg := mustJPEG(t, quadrants(16, 16))
	for _, tc := range []struct {
		name string
		data []byte
		want int
	}{
		{"NoEXIF", jpg, 1},
		{"LittleEndian6", phototest.WithEXIF(jpg, phototest.EXIF(binary.LittleEndian, 6)), 6},
		{"BigEndian8", phototest.WithEXIF(jpg, phototest.EXIF(binary.BigEndian, 8)), 8},
		{"OutOfRange", phototest.WithEXIF(jpg, phototest.EXIF(binary.BigEndian, 9)), 1},
		{"Zero", phototest.WithEXIF(jpg, phototest.EXIF(binary.LittleEndian, 0)), 1},
		{"AfterXMP", phototest.WithEXIF(phototest.WithEXIF(jpg, phototest.EXIF(binary.LittleEndian, 3)),
			[]byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>")), 3},
		{"LongType", phototest.WithEXIF(jpg, func() []byte {
			b := phototest.EXIF(binary.LittleEndian, 0)
			// The orientation entry is the second of the IFD: type LONG, value 5.
			e := b[6+10+12:]
			binary.LittleEndian.PutUint16(e[2:], 4)
			binary.LittleEndian.PutUint32(e[8:], 5)
			return b
		}()), 5},
		{"IFDOffsetOutside", phototest.WithEXIF(jpg, func() []byte {
			b := phototest.EXIF(binary.LittleEndian, 6)
			binary.LittleEndian.PutUint32(b[6+4:], 0xFFFFFFF0)
			return b
		}()), 1},
		{"EntryCountTooLarge", phototest.WithEXIF(jpg, func() []byte {
			b := phototest.EXIF(binary.BigEndian, 0) // orientation entry says 0...
			binary.BigEndian.PutUint16(b[6+8:], 0xFFFF)
			return b
		}()), 1},
		{"SegmentLengthPastEnd", []byte{0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 'E', 'x', 'i', 'f', 0, 0}, 1},
		{"SegmentLengthZero", []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x00, 0xFF, 0xE1}, 1},
		{"PNG", mustPNG(t, quadrants(8, 8)), 1},
		{"Empty", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := photo.Orientation(tc.data); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// FuzzOrientation feeds the EXIF reader malformed files: it must return 1–8 and
// never panic or hang. Its seeds run with the everyday tests.
func FuzzOrientation(f *testing.F) {
	jpg := phototest.CameraJPEG(16, 16, 0)
	for o := 1; o <= 8; o++ {
		f.Add(phototest.WithEXIF(jpg, phototest.EXIF(binary.BigEndian, o))[:200])
		f.Add(phototest.WithEXIF(jpg, phototest.EXIF(binary.LittleEndian, o))[:60])
	}
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xFF, 0xFF, 0xE1, 0x00, 0x08, 'E', 'x', 'i', 'f', 0, 0})
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xD0, 0xFF, 0xE1, 0x00, 0x02})
	f.Add([]byte("\xff\xd8\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got := photo.Orientation(data); got < 1 || got > 8 {
			t.Errorf("got %v, want 1–8", got)
		}
	})
}
