package model

import (
	"strings"

	"newsdesk/vntext"
)

// BlockKind says what a body block holds.
type BlockKind string

// The kinds of body block.
const (
	BlockParagraph BlockKind = "paragraph"
	BlockPhoto     BlockKind = "photo"
	BlockAwards    BlockKind = "awards"
)

// Block is one piece of a report's body, in order: a paragraph, a photo with its
// caption, or an award list. Each paragraph is its own block because one long text
// field is slow to edit and the portal's block editor has the same shape.
type Block struct {
	// Key identifies the block within its report across edits, exports and reviews
	// (comments and per-block merges refer to it).
	Key    string      `json:"key"`
	Kind   BlockKind   `json:"kind"`
	Text   string      `json:"text,omitempty"`   // BlockParagraph
	Photo  *PhotoBlock `json:"photo,omitempty"`  // BlockPhoto
	Awards *AwardList  `json:"awards,omitempty"` // BlockAwards
}

// Paragraph returns a new paragraph block.
func Paragraph(text string) Block {
	b := Block{Key: newKey(), Kind: BlockParagraph, Text: text}
	b.normalize()
	return b
}

// PhotoBlock places a library photo in the body with its caption.
type PhotoBlock struct {
	PhotoID  int64  `json:"-"`    // the photo in this library
	UUID     string `json:"uuid"` // the photo's identity across libraries
	Caption  string `json:"caption,omitempty"`
	Credit   string `json:"credit,omitempty"`
	Alt      string `json:"alt,omitempty"`
	Rotation int    `json:"rotation,omitempty"` // turned by hand, degrees clockwise: 0, 90, 180, 270
}

// CreditLine is the photo's credit as printed: "Ảnh: " before the
// photographer's name unless the credit says it already ("Ảnh: Minh Khôi",
// "Ảnh tư liệu"); "" without a credit.
func (p *PhotoBlock) CreditLine() string {
	c := strings.TrimSpace(p.Credit)
	if c == "" {
		return ""
	}
	if f := vntext.Fold(c); f == "anh" || strings.HasPrefix(f, "anh:") || strings.HasPrefix(f, "anh ") {
		return c
	}
	return "Ảnh: " + c
}

// CaptionJoin is what stands between a caption and the credit that follows it on
// one line: ". " unless the caption ends a sentence already.
func (p *PhotoBlock) CaptionJoin() string {
	c := strings.TrimSpace(p.Caption)
	if c == "" || p.CreditLine() == "" {
		return ""
	}
	if strings.ContainsAny(c[len(c)-1:], ".!?…") {
		return " "
	}
	return ". "
}

func (b *Block) normalize() {
	if b.Key == "" {
		b.Key = newKey()
	}
	b.Text = strings.TrimSpace(vntext.Clean(b.Text))
	if b.Photo != nil {
		b.Photo.Caption = vntext.OneLine(b.Photo.Caption)
		b.Photo.Credit = vntext.OneLine(b.Photo.Credit)
		b.Photo.Alt = vntext.OneLine(b.Photo.Alt)
		b.Photo.Rotation = ((b.Photo.Rotation % 360) + 360) % 360 / 90 * 90
	}
	if b.Awards != nil {
		b.Awards.Normalize()
	}
}

func (b Block) validate() error {
	switch b.Kind {
	case BlockParagraph:
		return nil
	case BlockPhoto:
		if b.Photo == nil || (b.Photo.PhotoID == 0 && b.Photo.UUID == "") {
			return Errorf(EINVALID, "model.photo.missing")
		}
		return nil
	case BlockAwards:
		if b.Awards == nil {
			return Errorf(EINVALID, "model.awards.missing")
		}
		return b.Awards.Validate()
	}
	return Errorf(EINVALID, "model.block.kind", b.Kind)
}

func (b Block) clone() Block {
	c := b
	if b.Photo != nil {
		p := *b.Photo
		c.Photo = &p
	}
	if b.Awards != nil {
		a := *b.Awards
		a.Recipients = append([]Recipient(nil), b.Awards.Recipients...)
		c.Awards = &a
	}
	return c
}
