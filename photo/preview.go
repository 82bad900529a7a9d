package photo

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
)

// Preview returns the small picture a camera or phone stores in a JPEG's EXIF
// block (its IFD1 thumbnail), turned upright, or nil when the file carries none:
// a picker shows a folder of camera photos at once from these, without decoding
// the photos (most of a second each). Only the first bytes of the file are needed;
// like Orientation, it never follows an offset outside the block.
func Preview(data []byte) image.Image {
	b := exifBlock(data)
	if b == nil {
		return nil
	}
	thumb := tiffThumbnail(b)
	if thumb == nil {
		return nil
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(thumb))
	if err != nil || cfg.Width*cfg.Height > 1<<20 { // a thumbnail, not a second photo
		return nil
	}
	img, err := jpeg.Decode(bytes.NewReader(thumb))
	if err != nil {
		return nil
	}
	switch Orientation(data) {
	case 3:
		return Rotate(img, 180)
	case 6:
		return Rotate(img, 90)
	case 8:
		return Rotate(img, 270)
	}
	return img
}

// exifBlock returns the TIFF block of a JPEG's EXIF segment, nil when none.
func exifBlock(data []byte) []byte {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return nil
	}
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return nil
		}
		m := data[i+1]
		switch {
		case m == 0xFF:
			i++
			continue
		case m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7):
			i += 2
			continue
		case m == 0xDA || m == 0xD9:
			return nil
		}
		n := int(binary.BigEndian.Uint16(data[i+2:]))
		if n < 2 || i+2+n > len(data) {
			return nil
		}
		seg := data[i+4 : i+2+n]
		if m == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return seg[6:]
		}
		i += 2 + n
	}
	return nil
}

// tiffThumbnail returns the JPEG thumbnail IFD1 of a TIFF block points at
// (tags 0x0201 offset and 0x0202 length), nil when there is none.
func tiffThumbnail(b []byte) []byte {
	bo := tiffByteOrder(b)
	if bo == nil {
		return nil
	}
	ifd := func(off uint64) (entries []byte, next uint64, ok bool) {
		if off+2 > uint64(len(b)) {
			return nil, 0, false
		}
		count := uint64(bo.Uint16(b[off:]))
		end := off + 2 + 12*count
		if end+4 > uint64(len(b)) {
			return nil, 0, false
		}
		return b[off+2 : end], uint64(bo.Uint32(b[end:])), true
	}
	_, next, ok := ifd(uint64(bo.Uint32(b[4:])))
	if !ok || next == 0 {
		return nil
	}
	entries, _, ok := ifd(next)
	if !ok {
		return nil
	}
	var off, n uint64
	for k := 0; 12*k+12 <= len(entries); k++ {
		e := entries[12*k:][:12]
		switch bo.Uint16(e) {
		case 0x0201:
			off = uint64(bo.Uint32(e[8:]))
		case 0x0202:
			n = uint64(bo.Uint32(e[8:]))
		}
	}
	if n < 4 || off+n > uint64(len(b)) || b[off] != 0xFF || b[off+1] != 0xD8 {
		return nil
	}
	return b[off : off+n]
}

// Thumbnail decodes the image file named filename (as Prepare would: sniffed by
// content, its header checked first, within the program's decoding budget) and
// returns it reduced to long pixels on its long side and turned upright: the
// picture a picker shows for a photo that carries no Preview. It takes as long as
// the decode, most of a second for a 24-megapixel camera JPEG. A file it cannot
// use gives the error Prepare gives.
func Thumbnail(filename string, data []byte, long int) (image.Image, error) {
	name := baseName(filename)
	f, cfg, err := check(name, data)
	if err != nil {
		return nil, err
	}
	o := 1
	if f == formatJPEG {
		o = Orientation(data)
	}
	release := reserve(decodedBytes(cfg))
	defer release()
	img, err := f.decode(data)
	if err != nil {
		return nil, decodeError(f, name, data, err)
	}
	return scaled(fromImage(img, long), long, o).image(), nil
}
