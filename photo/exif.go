package photo

import (
	"encoding/binary"
)

// Orientation returns the EXIF orientation (1–8) of the JPEG file data: how the
// camera was held, i.e. how the stored pixels must be turned to stand upright. It
// returns 1 when data is not a JPEG, carries no EXIF block, or the block is
// malformed. It reads only the segments before the image data and never follows an
// offset outside the block, so no input can make it loop, panic or allocate.
func Orientation(data []byte) int {
	b := exifBlock(data)
	if b == nil {
		return 1
	}
	return tiffOrientation(b)
}

// tiffOrientation reads tag 0x0112 from the first IFD of a TIFF block.
func tiffOrientation(b []byte) int {
	bo := tiffByteOrder(b)
	if bo == nil {
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

// tiffByteOrder is the byte order a TIFF block's header names ("II" or "MM",
// then 42), nil when b does not start with one.
func tiffByteOrder(b []byte) binary.ByteOrder {
	if len(b) < 8 {
		return nil
	}
	var bo binary.ByteOrder
	switch string(b[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return nil
	}
	if bo.Uint16(b[2:]) != 42 {
		return nil
	}
	return bo
}
