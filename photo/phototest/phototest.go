// Package phototest makes test photos for Newsdesk's tests and benchmarks: camera-like
// JPEGs with real texture (so they weigh what a camera file weighs) and EXIF
// orientation, and a camera's EXIF thumbnail. Output is deterministic. It imports only the standard library.
package phototest

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"runtime"
	"sync"
)

// CameraJPEG returns a w×h JPEG that looks, to a decoder, like a camera original:
// a scene of gradients and shapes with sensor-like noise, encoded at quality 92 with
// an EXIF block carrying orientation (1–8; 0 writes no EXIF). A 6000×4000 photo
// weighs about 10 MB. The same arguments always give the same bytes.
func CameraJPEG(w, h int, orientation int) []byte {
	img := CameraImage(w, h)
	var buf bytes.Buffer
	buf.Grow(w * h / 2)
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 92}); err != nil {
		panic("phototest: " + err.Error()) // cannot happen with a valid image
	}
	if orientation == 0 {
		return buf.Bytes()
	}
	return WithOrientation(buf.Bytes(), orientation)
}

// CameraImage returns the w×h scene CameraJPEG encodes, as 4:2:0 YCbCr like a
// decoded camera JPEG.
func CameraImage(w, h int) *image.YCbCr {
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	// Rows are independent (each seeds its own noise), so two cores share the work
	// and the result does not depend on how.
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := k; y < h; y += workers {
				fillRow(img, w, h, y)
			}
		}()
	}
	wg.Wait()
	return img
}

func fillRow(img *image.YCbCr, w, h, y int) {
	s := uint32(y)*2654435761 + 12345
	next := func() uint32 { // xorshift32: cheap, seeded per row
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		return s
	}
	next()
	yrow := img.Y[y*img.YStride:]
	for x := range w {
		// A sky-to-ground gradient, a few bright "windows" and fine texture.
		v := 60 + 140*(h-y)/h
		if (x/(w/12+1)+y/(h/8+1))%3 == 0 && (x/7+y/5)%4 != 0 {
			v += 40
		}
		v += int((x*x+y*3)%23) - 11
		v += int(next()%16) - 8
		yrow[x] = clamp(v)
	}
	if y%2 == 0 {
		cy := y / 2
		cb := img.Cb[cy*img.CStride:]
		cr := img.Cr[cy*img.CStride:]
		for x := range (w + 1) / 2 {
			n := next()
			cb[x] = clamp(128 - 30*y/h + int(n%16) - 8 + (x*8/(w/2+1))*3)
			cr[x] = clamp(128 + 25*x/(w/2+1) + int(n>>8%16) - 8)
		}
	}
}

func clamp(v int) uint8 {
	if v < 0 {
		return 0
	} else if v > 255 {
		return 255
	}
	return uint8(v)
}

// WithOrientation returns a copy of the JPEG jpg with an EXIF block (APP1, little-
// endian TIFF, like most cameras write) right after the start marker, saying the
// photo is to be shown with the given orientation (1–8).
func WithOrientation(jpg []byte, orientation int) []byte {
	return WithEXIF(jpg, EXIF(binary.LittleEndian, orientation))
}

// EXIF returns an APP1 payload ("Exif\0\0" and a TIFF block in byte order bo) whose
// first IFD holds a camera make and the orientation tag.
func EXIF(bo binary.ByteOrder, orientation int) []byte {
	b := []byte("Exif\x00\x00")
	tiff := make([]byte, 8+2+2*12+4+8)
	if bo == binary.BigEndian {
		copy(tiff, "MM")
	} else {
		copy(tiff, "II")
	}
	bo.PutUint16(tiff[2:], 42)
	bo.PutUint32(tiff[4:], 8)
	bo.PutUint16(tiff[8:], 2) // two entries
	e := tiff[10:]
	// Make, ASCII, 8 bytes stored after the IFD.
	bo.PutUint16(e[0:], 0x010f)
	bo.PutUint16(e[2:], 2)
	bo.PutUint32(e[4:], 8)
	bo.PutUint32(e[8:], 8+2+2*12+4)
	// Orientation, SHORT, 1 value, kept in the first two bytes of the value field.
	bo.PutUint16(e[12:], 0x0112)
	bo.PutUint16(e[14:], 3)
	bo.PutUint32(e[16:], 1)
	bo.PutUint16(e[20:], uint16(orientation))
	copy(tiff[8+2+2*12+4:], "NDCAM\x00\x00\x00")
	return append(b, tiff...)
}

// WithEXIF returns a copy of jpg with an APP1 segment holding payload inserted after
// the start-of-image marker.
func WithEXIF(jpg []byte, payload []byte) []byte {
	out := make([]byte, 0, len(jpg)+len(payload)+4)
	out = append(out, jpg[:2]...)
	out = append(out, 0xFF, 0xE1)
	out = binary.BigEndian.AppendUint16(out, uint16(len(payload)+2))
	out = append(out, payload...)
	return append(out, jpg[2:]...)
}

// WithThumbnail returns a copy of the JPEG photo whose EXIF block holds orientation o and, in IFD1,
// the thumbnail thumb, as cameras write them.
func WithThumbnail(photoJPEG, thumb []byte, o uint16) []byte {
	var tiff bytes.Buffer
	le := binary.LittleEndian
	w := func(v any) { binary.Write(&tiff, le, v) }
	tiff.WriteString("II")
	w(uint16(42))
	w(uint32(8)) // IFD0 at 8
	// IFD0: one entry (orientation), then the offset of IFD1.
	w(uint16(1))
	w(uint16(0x0112))
	w(uint16(3))
	w(uint32(1))
	w(uint32(o))
	ifd1 := uint32(8 + 2 + 12 + 4)
	w(ifd1)
	// IFD1: thumbnail offset and length, no next IFD.
	w(uint16(2))
	thumbAt := ifd1 + 2 + 2*12 + 4
	w(uint16(0x0201))
	w(uint16(4))
	w(uint32(1))
	w(thumbAt)
	w(uint16(0x0202))
	w(uint16(4))
	w(uint32(1))
	w(uint32(len(thumb)))
	w(uint32(0))
	tiff.Write(thumb)
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	var out bytes.Buffer
	out.Write([]byte{0xFF, 0xD8, 0xFF, 0xE1})
	binary.Write(&out, binary.BigEndian, uint16(len(seg)+2))
	out.Write(seg)
	out.Write(photoJPEG[2:]) // the photo's own segments after its SOI
	return out.Bytes()
}
