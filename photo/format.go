package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"

	"golang.org/x/image/webp"
)

// MaxPixels is the largest picture Prepare decodes, in pixels (100 megapixels, more
// than any camera a reporter carries). A larger header is refused before decoding:
// a small file can claim a picture that would need gigabytes to decode.
const MaxPixels = 100_000_000

// format is an image format Newsdesk decodes.
type format int

// The formats Newsdesk decodes. GIF is read because it costs nothing: its first
// frame becomes the print copy and thumbnail.
const (
	formatJPEG format = iota + 1
	formatPNG
	formatWebP
	formatGIF
)

// mime returns the media type of f.
func (f format) mime() string {
	return [...]string{formatJPEG: "image/jpeg", formatPNG: "image/png", formatWebP: "image/webp", formatGIF: "image/gif"}[f]
}

// decodeConfig reads only the header of data in format f.
func (f format) decodeConfig(data []byte) (image.Config, error) {
	r := bytes.NewReader(data)
	switch f {
	case formatJPEG:
		return jpeg.DecodeConfig(r)
	case formatPNG:
		return png.DecodeConfig(r)
	case formatWebP:
		return webp.DecodeConfig(r)
	default:
		return gif.DecodeConfig(r)
	}
}

// decode decodes data in format f. The decoders read untrusted files; a panic in one
// of them becomes an error, so a bad file never takes the program down.
func (f format) decode(data []byte) (img image.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, errors.New("decoder panicked")
		}
	}()
	r := bytes.NewReader(data)
	switch f {
	case formatJPEG:
		return jpeg.Decode(r)
	case formatPNG:
		return png.Decode(r)
	case formatWebP:
		return webp.Decode(r)
	default:
		return gif.Decode(r)
	}
}

// complete reports whether data runs to the end marker of format f; a file that
// fails to decode and does not is taken as cut short (an interrupted copy or
// download) rather than damaged. Bytes after the marker are allowed: phones append
// motion-photo video and other trailers to JPEGs.
func (f format) complete(data []byte) bool {
	switch f {
	case formatJPEG:
		data = bytes.TrimRight(data, "\x00")
		return bytes.HasSuffix(data, []byte{0xFF, 0xD9})
	case formatPNG:
		return bytes.Contains(data, []byte("IEND\xae\x42\x60\x82"))
	case formatWebP:
		return len(data) >= 8 && uint64(binary.LittleEndian.Uint32(data[4:]))+8 <= uint64(len(data))
	default:
		return bytes.HasSuffix(bytes.TrimRight(data, "\x00"), []byte{0x3B})
	}
}

// check sniffs data by content (never by the name's extension), reads its header
// and refuses what Prepare cannot or must not decode, with a sentence naming the file.
func check(name string, data []byte) (format, image.Config, error) {
	f, err := sniff(name, data)
	if err != nil {
		return 0, image.Config{}, err
	}
	cfg, err := f.decodeConfig(data)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return 0, cfg, refuse("photo.truncated", name)
	case isUnsupported(err):
		return 0, cfg, refuse("photo.variant", name, strings.ToUpper(f.mime()[len("image/"):]))
	case err != nil || cfg.Width <= 0 || cfg.Height <= 0:
		return 0, cfg, refuse("photo.damaged", name)
	case int64(cfg.Width)*int64(cfg.Height) > MaxPixels:
		return 0, cfg, refuse("photo.toolarge", name, cfg.Width, cfg.Height,
			float64(cfg.Width)*float64(cfg.Height)/1e6, MaxPixels/1_000_000)
	case decodedBytes(cfg) > MaxDecodeBytes:
		return 0, cfg, refuse("photo.toodeep", name, cfg.Width, cfg.Height,
			decodedBytes(cfg)>>20, MaxDecodeBytes>>20)
	}
	return f, cfg, nil
}

// isUnsupported reports whether a decoder said the file uses a feature it lacks
// (arithmetic-coded or 12-bit JPEG, for instance) rather than that it is broken.
func isUnsupported(err error) bool {
	var ju jpeg.UnsupportedError
	var pu png.UnsupportedError
	return errors.As(err, &ju) || errors.As(err, &pu)
}

// sniff names the format of data from its first bytes. Formats Newsdesk recognises
// but cannot read are refused by name, with what to do instead.
func sniff(name string, data []byte) (format, error) {
	has := func(off int, magic string) bool {
		return len(data) >= off+len(magic) && string(data[off:off+len(magic)]) == magic
	}
	switch {
	case len(data) == 0:
		return 0, refuse("photo.empty", name)
	case has(0, "\xff\xd8\xff"):
		return formatJPEG, nil
	case has(0, "\x89PNG\r\n\x1a\n"):
		return formatPNG, nil
	case has(0, "RIFF") && has(8, "WEBP"):
		return formatWebP, nil
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return formatGIF, nil
	case has(4, "ftyp"):
		return 0, isoMedia(name, data)
	case has(0, "FUJIFILMCCD-RAW"):
		return 0, refuse("photo.raw", name, "RAF")
	case has(0, "IIRO"), has(0, "IIRS"), has(0, "MMOR"):
		return 0, refuse("photo.raw", name, "ORF")
	case has(0, "IIU\x00"):
		return 0, refuse("photo.raw", name, "RW2")
	case has(0, "FOVb"):
		return 0, refuse("photo.raw", name, "X3F")
	case has(0, "II*\x00") && has(8, "CR"):
		return 0, refuse("photo.raw", name, "CR2")
	case has(0, "II*\x00"), has(0, "MM\x00*"), has(0, "II+\x00"), has(0, "MM\x00+"):
		// DNG, NEF, ARW and most other raw files are TIFF inside: only the name
		// tells them apart, and only for the wording.
		if ext := extension(name); rawExtensions[ext] {
			return 0, refuse("photo.raw", name, strings.ToUpper(ext))
		}
		return 0, refuse("photo.unsupported", name, "TIFF")
	case has(0, "BM") && len(data) >= 18 && bmpHeaderSizes[binary.LittleEndian.Uint32(data[14:])]:
		return 0, refuse("photo.unsupported", name, "BMP")
	case has(0, "8BPS"):
		return 0, refuse("photo.unsupported", name, "PSD (Photoshop)")
	case has(0, "\x00\x00\x00\x0cjP  \r\n\x87\n"), has(0, "\xff\x4f\xff\x51"):
		return 0, refuse("photo.unsupported", name, "JPEG 2000")
	case has(0, "\x00\x00\x00\x0cJXL \r\n\x87\n"), has(0, "\xff\x0a"):
		return 0, refuse("photo.unsupported", name, "JPEG XL")
	case has(0, "%PDF-"):
		return 0, refuse("photo.unsupported", name, "PDF")
	case isSVG(data):
		return 0, refuse("photo.unsupported", name, "SVG")
	}
	return 0, refuse("photo.notimage", name)
}

// isoMedia names an ISO base media file (HEIC, AVIF, Canon CR3, MP4/MOV video) by
// the brands in its ftyp box.
func isoMedia(name string, data []byte) error {
	size := min(int(binary.BigEndian.Uint32(data)), len(data), 256)
	brands := []string{string(data[8:12])} // the major brand, then the compatible ones
	for i := 16; i+4 <= size; i += 4 {
		brands = append(brands, string(data[i:i+4]))
	}
	has := func(set ...string) bool {
		for _, b := range brands {
			for _, s := range set {
				if b == s {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("avif", "avis"):
		return refuse("photo.unsupported", name, "AVIF")
	case has("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "mif2"):
		return refuse("photo.heic", name)
	case has("crx "):
		return refuse("photo.raw", name, "CR3")
	}
	return refuse("photo.video", name)
}

// isSVG reports whether data looks like an SVG drawing: XML whose first kilobytes
// open an <svg> element.
func isSVG(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 4096)], []byte("\xef\xbb\xbf")), " \t\r\n")
	return (bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<svg")) ||
		bytes.HasPrefix(head, []byte("<!DOCTYPE svg"))) && bytes.Contains(head, []byte("<svg"))
}

var bmpHeaderSizes = map[uint32]bool{12: true, 40: true, 52: true, 56: true, 64: true, 108: true, 124: true}

var rawExtensions = map[string]bool{
	"dng": true, "nef": true, "nrw": true, "arw": true, "srf": true, "sr2": true, "pef": true,
	"3fr": true, "erf": true, "kdc": true, "mos": true, "iiq": true, "rwl": true, "srw": true,
	"cr2": true, "raw": true,
}

// extension returns the lower-case extension of name, without the dot.
func extension(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return strings.ToLower(name[i+1:])
	}
	return ""
}
