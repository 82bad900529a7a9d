// Package photo turns an image file a reporter imports into what the library
// stores: the original bytes, an upright print-size JPEG copy and a thumbnail, made
// from a single decode. It sniffs the format by content, reads the header before
// decoding (no decompression bombs), explains the formats it cannot read (HEIC, RAW,
// TIFF…) and honours EXIF orientation. It imports only the standard library,
// golang.org/x/image and Newsdesk's pure packages model, msg and vntext: no cgo, no
// sql, no fyne.
package photo

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

// Prepare checks the image file named filename (JPEG, PNG, WebP or GIF, told apart
// by content), decodes it once and returns the photo the library stores:
//
//   - Filename: the base name, in NFC;
//   - SHA256: hex of the original bytes;
//   - Original: data itself (not a copy; do not change it afterwards), its MIME
//     type, and the size as displayed, after EXIF orientation;
//   - Print: an upright JPEG reduced to model.PrintLongSide on the long side;
//   - Thumb: an upright JPEG reduced to model.ThumbLongSide, made from the print copy.
//
// Copies are never enlarged; transparency is drawn over white; they carry no
// metadata, so a phone's GPS position never reaches the portal through them. A
// 24-megapixel camera JPEG takes about 0.7 s on two cores, most of it Go's JPEG
// decoder. Prepare may be called from several goroutines at once. ID, UUID and
// CreatedAt are left to the library. A file Prepare cannot use (empty, not an image,
// cut short, damaged, HEIC, RAW, over MaxPixels…) gives a *model.Error with code
// EINVALID and a sentence, in the interface language, that names the file and says
// what to do.
func Prepare(filename string, data []byte) (*model.Photo, error) {
	name := baseName(filename)
	shown := name
	if shown == "" {
		shown = msg.T("photo.unnamed")
	}
	f, cfg, err := check(shown, data)
	if err != nil {
		return nil, err
	}
	o := 1
	if f == formatJPEG {
		o = Orientation(data)
	}

	// Hashing takes the other core while this one decodes.
	sum := make(chan string, 1)
	go func() {
		h := sha256.Sum256(data)
		sum <- hex.EncodeToString(h[:])
	}()
	// Decoding waits for room in the program's decoding budget: photos decoded
	// side by side never hold more than it, whatever the number of cores.
	release := reserve(decodedBytes(cfg))
	defer release()
	img, err := f.decode(data)
	if err != nil {
		<-sum
		return nil, decodeError(f, shown, data, err)
	}

	p := &model.Photo{
		Filename: name,
		Original: model.PhotoFile{MIME: f.mime(), Width: cfg.Width, Height: cfg.Height, Data: data},
	}
	if swapsSides(o) {
		p.Original.Width, p.Original.Height = cfg.Height, cfg.Width
	}
	printCopy := scaled(fromImage(img, model.PrintLongSide), model.PrintLongSide, o)
	img = nil // the decoded original is no longer needed

	// The print copy is encoded while the thumbnail is made from it.
	type result struct {
		f   model.PhotoFile
		err error
	}
	printed := make(chan result, 1)
	go func() {
		f, err := printCopy.encode(printQuality)
		printed <- result{f, err}
	}()
	thumb, err := scaled(printCopy, model.ThumbLongSide, 1).encode(thumbQuality)
	pr := <-printed
	p.SHA256 = <-sum
	if err = errors.Join(pr.err, err); err != nil {
		return nil, err
	}
	p.Print, p.Thumb = pr.f, thumb
	return p, nil
}

// decodeError turns a decoder's complaint into a sentence for the reporter.
func decodeError(f format, name string, data []byte, err error) error {
	switch {
	case isUnsupported(err):
		return refuse("photo.variant", name, strings.ToUpper(f.mime()[len("image/"):]))
	case errors.Is(err, io.ErrUnexpectedEOF) || !f.complete(data):
		return refuse("photo.truncated", name)
	}
	return refuse("photo.damaged", name)
}

// baseName returns the last element of a path in either slash style, cleaned to
// one line of NFC text: macOS hands over file names decomposed (NFD).
func baseName(filename string) string {
	if i := strings.LastIndexAny(filename, `/\`); i >= 0 {
		filename = filename[i+1:]
	}
	return vntext.OneLine(filename)
}
