package docx

import (
	"regexp"
	"strings"

	"newsdesk/docx/wordml"
	"newsdesk/vntext"
)

// sourceTag matches the source tag that opens a lead: "(Hoakhanh.gov.vn) -",
// "(HNP) –", "(TTXVN)-".
var sourceTag = regexp.MustCompile(`^\(\s*[^()\n]{2,60}?\s*\)\s*[-–—]`)

func hasSourceTag(s string) bool { return sourceTag.MatchString(strings.TrimSpace(s)) }

// splitSourceTag parts a lead into its source tag, as written, and the rest.
func splitSourceTag(s string) (tag, rest string, ok bool) {
	s = strings.TrimSpace(s)
	loc := sourceTag.FindStringIndex(s)
	if loc == nil {
		return "", s, false
	}
	return strings.TrimSpace(s[:loc[1]]), strings.TrimSpace(s[loc[1]:]), true
}

// captionOf reads a caption paragraph as its caption and credit. Where the
// caption is in italics and the credit after it is not, as Write and many
// reports set them, the italics are the caption as written; else splitCredit
// parts the text.
func captionOf(p *wordml.Paragraph) (caption, credit string) {
	if len(p.Spans) >= 2 && p.Spans[0].Italic {
		rest := ""
		for _, s := range p.Spans[1:] {
			rest += s.Text
		}
		if c, ok := creditOf(strings.TrimLeft(rest, ".:-–— ")); ok && !hasItalic(p.Spans[1:]) {
			return strings.TrimSpace(tidy(p.Spans[0].Text)), c
		}
	}
	return splitCredit(tidy(p.Text))
}

func hasItalic(spans []wordml.Span) bool {
	for _, s := range spans {
		if s.Italic && strings.TrimSpace(s.Text) != "" {
			return true
		}
	}
	return false
}

// splitCredit parts a caption from the photo's credit that ends it, as Write
// and most reports print it: "Quang cảnh Hội nghị. Ảnh: Minh Khôi",
// "… (Ảnh: Minh Khôi)", "… Ảnh tư liệu". The credit comes back as
// model.PhotoBlock keeps it: the photographer's name without "Ảnh:", or the
// credit as written when it says more ("Ảnh tư liệu").
func splitCredit(caption string) (string, string) {
	c := strings.TrimSpace(caption)
	if strings.HasSuffix(c, ")") {
		if i := strings.LastIndex(c, "("); i >= 0 {
			if credit, ok := creditOf(c[i+1 : len(c)-1]); ok {
				return strings.TrimSpace(c[:i]), credit
			}
		}
	}
	for _, sep := range []string{". ", "! ", "? ", "… ", " - ", " – "} {
		i := strings.LastIndex(c, sep)
		if i < 0 {
			continue
		}
		if credit, ok := creditOf(c[i+len(sep):]); ok {
			head := strings.TrimSpace(c[:i])
			if sep != ". " && sep != " - " && sep != " – " {
				head += strings.TrimSpace(sep)
			}
			return head, credit
		}
	}
	return c, ""
}

// creditOf reads s as a credit line: "Ảnh: name" gives the name, "Ảnh …" the
// whole; ok is false when s is no credit.
func creditOf(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" || len([]rune(s)) > 60 {
		return "", false
	}
	f := vntext.Fold(s)
	switch {
	case strings.HasPrefix(f, "anh:"):
		_, name, _ := strings.Cut(s, ":")
		name = strings.TrimSpace(name)
		return name, name != ""
	case strings.HasPrefix(f, "anh "):
		return s, true
	}
	return "", false
}

// tidy is paragraph text as a report keeps it: NFC, each line with its tabs and
// runs of spaces made single spaces, no blank lines at the ends.
func tidy(s string) string {
	lines := strings.Split(vntext.Clean(s), "\n")
	out := lines[:0]
	for _, l := range lines {
		out = append(out, strings.Join(strings.Fields(l), " "))
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// splitAny splits s at each of seps.
func splitAny(s string, seps ...string) []string {
	for _, sep := range seps[1:] {
		s = strings.ReplaceAll(s, sep, seps[0])
	}
	return strings.Split(s, seps[0])
}
