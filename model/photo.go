package model

import "time"

// Photo is an image in the library. Import makes, once, an upright print-size copy
// and a thumbnail beside the original, because decoding a camera original takes most
// of a second: nothing later decodes the original again.
type Photo struct {
	ID       int64
	UUID     string // identity across libraries; bundles name the picture urn:uuid:UUID
	Filename string // as the reporter's file was named
	SHA256   string // of the original bytes; the same file imported twice is stored once

	Original PhotoFile
	Print    PhotoFile // upright, about PrintLongSide px on the long side
	Thumb    PhotoFile // upright, about ThumbLongSide px on the long side

	CreatedAt time.Time
}

// UnusedPhotoAge is how old a photo no report and no revision uses must be
// before it is removed from the library (newsdesk photo prune): a window may
// have just added one it has not saved yet.
const UnusedPhotoAge = 24 * time.Hour

// Sizes of the copies made at import, in pixels along the long side.
const (
	PrintLongSide = 2400
	ThumbLongSide = 320
)

// PhotoFile is one stored variant of a photo.
type PhotoFile struct {
	MIME   string // image/jpeg, image/png, image/webp
	Width  int    // as displayed (after EXIF orientation for the copies)
	Height int
	Data   []byte // nil when the variant was not asked for
}

// PhotoVariant names one of the stored variants.
type PhotoVariant string

// The stored variants of a photo.
const (
	VariantOriginal PhotoVariant = "original"
	VariantPrint    PhotoVariant = "print"
	VariantThumb    PhotoVariant = "thumb"
)
