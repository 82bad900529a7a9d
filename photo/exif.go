package photo

import (
	"bytes"
	"encoding/binary"
)

// Orientation returns the EXIF orientation (1–8) of the JPEG file data: how the
// camera was held, i.e. how the stored pixels must be turned to stand upright. It
// returns 1 when data is not a JPEG, carries no EXIF block, or the block is
// malformed. It reads only the segments before the image data and never follows an
// offset outside the block, so no input can make it loop, panic or allocate.
func Orientation(data []byte) int {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return 1
	}
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xFF {
			return 1
		}
		m := data[i+1]
		switch {
		case m == 0xFF: // fill byte before a marker
			i++
			continue
		case m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7): // markers without a length
			i += 2
			continue
		case m == 0xDA || m == 0xD9: // image data or end: EXIF comes before either
			return 1
		}
		n := int(binary.BigEndian.Uint16(data[i+2:]))
		if n < 2 || i+2+n > len(data) {
			return 1
		}
		seg := data[i+4 : i+2+n]
		if m == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return tiffOrientation(seg[6:])
		}
		i += 2 + n
	}
	return 1
}

// tiffOrientation reads tag 0x0112 from the first IFD of a TIFF block.
func tiffOrientation(b []byte) int {
	if len(b) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(b[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	if bo.Uint16(b[2:]) != 42 {
		return 1
	}
	off := uint64(bo.Uint32(b[4:]))
	if off+2 > uint64(len(b)) {
		return 1
	}
	count := int(bo.Uint16(b[off:]))
	entries := b[off+2:]
	for k := 0; k < count && 12*k+12 <= len(entries); k++ {
		e := entries[12*k:][:12]
		if bo.Uint16(e) != 0x0112 {
			continue
		}
		var v int
		switch typ := bo.Uint16(e[2:]); typ {
		case 3: // SHORT, as the standard says
			v = int(bo.Uint16(e[8:]))
		case 4: // LONG, written by a few programs
			v = int(bo.Uint32(e[8:]))
		default:
			return 1
		}
		if v < 1 || v > 8 || bo.Uint32(e[4:]) < 1 {
			return 1
		}
		return v
	}
	return 1
}
