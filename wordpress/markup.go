package wordpress

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"newsdesk/model"
)

// Marker returns the class Newsdesk puts on a report's markup on the portal, and
// the text it puts in the description of the report's media: it finds what an
// interrupted push made before anything is made again.
func Marker(reportUUID string) string { return "newsdesk-" + reportUUID }

// UploadedPhoto is a photo of the report as the portal has it, for the markup.
type UploadedPhoto struct {
	MediaID int64
	URL     string
	// SHA256 is of the bytes uploaded, and Filename the name they went under;
	// both may be empty (media a push found again rather than uploaded).
	SHA256   string
	Filename string
}

// Content returns the report's body as block-editor markup, so portal editors can
// keep editing it: the lead (opened by the source tag) and the paragraphs as
// paragraph blocks, each photo as an image block with its caption and credit, each
// award list as its sentence and a table block, and the byline, all in a group
// block that carries the report's marker. Each body block's markup carries the
// class newsdesk-block-KEY (KEY: the block's key), so that an edit made on the
// portal can be taken back into its block. Photos not in media (a text-only push)
// are left out. The pushed post also carries the whole report after this markup
// (see Carried). Everything a reporter typed is escaped, shortcodes included:
// WordPress stores an editor's content unfiltered.
func Content(r *model.Report, media map[string]UploadedPhoto) string {
	var b strings.Builder
	marker := Marker(r.UUID)
	b.WriteString(`<!-- wp:group {"className":"` + reportClass + ` ` + marker + `"} -->` + "\n")
	b.WriteString(`<div class="wp-block-group ` + reportClass + ` ` + marker + `">`)
	lead := r.Lead
	if r.SourceTag != "" {
		lead = strings.TrimSpace(r.SourceTag + " " + lead)
	}
	if lead != "" {
		paragraph(&b, `{"className":"newsdesk-lead"}`, ` class="newsdesk-lead"`, "<strong>"+Text(lead)+"</strong>")
	}
	for _, blk := range r.Body {
		switch {
		case blk.Kind == model.BlockParagraph && blk.Text != "":
			class := blockClass(blk.Key)
			if class == "" {
				paragraph(&b, "", "", Text(blk.Text))
			} else {
				paragraph(&b, `{"className":"`+class+`"}`, ` class="`+class+`"`, Text(blk.Text))
			}
		case blk.Kind == model.BlockPhoto && blk.Photo != nil:
			if m, ok := media[blk.Photo.UUID]; ok {
				imageBlock(&b, blk.Photo, m, blockClass(blk.Key))
			}
		case blk.Kind == model.BlockAwards && blk.Awards != nil:
			awards(&b, r.AwardSentence(blk.Awards), blk.Awards, blockClass(blk.Key))
		}
	}
	if len(r.Byline) > 0 {
		paragraph(&b, `{"align":"right","className":"newsdesk-byline"}`, ` class="has-text-align-right newsdesk-byline"`,
			"<strong>"+Text(strings.Join(r.Byline, ", "))+"</strong>")
	}
	b.WriteString("</div>\n<!-- /wp:group -->")
	return b.String()
}

// reportClass is on the group block holding a report's markup.
const reportClass = "newsdesk-report"

// blockClass is the class that names a body block in the markup, so that what an
// editor changes on the portal can be taken back into the block it came from; ""
// for a key that is not a plain word (no class then).
func blockClass(key string) string {
	if key == "" {
		return ""
	}
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return ""
		}
	}
	return blockClassPrefix + key
}

// blockClassPrefix opens the class of a body block: newsdesk-block-KEY.
const blockClassPrefix = "newsdesk-block-"

// Text escapes what a reporter typed for the portal: HTML, and the square brackets
// that would open a shortcode; line breaks become <br>.
func Text(s string) string {
	s = html.EscapeString(s)
	s = strings.NewReplacer("[", "&#91;", "]", "&#93;", "\n", "<br>").Replace(s)
	return s
}

func paragraph(b *strings.Builder, attrs, htmlAttrs, inner string) {
	if attrs != "" {
		attrs = " " + attrs
	}
	b.WriteString("\n<!-- wp:paragraph" + attrs + " -->\n<p" + htmlAttrs + ">" + inner + "</p>\n<!-- /wp:paragraph -->\n")
}

func imageBlock(b *strings.Builder, p *model.PhotoBlock, m UploadedPhoto, class string) {
	id := strconv.FormatInt(m.MediaID, 10)
	attrs, htmlClass := "", ""
	if class != "" {
		attrs, htmlClass = `,"className":"`+class+`"`, " "+class
	}
	b.WriteString("\n<!-- wp:image {\"id\":" + id + ",\"sizeSlug\":\"large\",\"linkDestination\":\"none\"" + attrs + "} -->\n")
	b.WriteString(`<figure class="wp-block-image size-large` + htmlClass + `"><img src="` + html.EscapeString(m.URL) + `" alt="` +
		Text(AltValue(p.Alt)) + `" class="wp-image-` + id + `"/>`)
	if caption := Caption(p); caption != "" {
		b.WriteString(`<figcaption class="wp-element-caption">` + caption + "</figcaption>")
	}
	b.WriteString("</figure>\n<!-- /wp:image -->\n")
}

// entityLike is what the block editor takes for a character reference wherever it
// stands: "&" then a name or number and ";".
var entityLike = regexp.MustCompile(`(?i)&([a-z0-9]+|#[0-9]+|#x[0-9a-f]+);`)

// AltValue is the alt text as an image block can hold it. The block editor writes
// an attribute's "&" as it is when what follows looks like a character reference
// ("&amp;", "&nbsp;"), so text holding one would read back otherwise and the
// block be invalid. Such text is what a paste from a web page leaves: it is read
// as the characters it names ("&amp;" becomes "&"); what names none gets a
// full-width "＆".
func AltValue(s string) string {
	for i := 0; i < 3 && entityLike.MatchString(s); i++ {
		s = html.UnescapeString(s)
	}
	return entityLike.ReplaceAllStringFunc(s, func(m string) string { return "＆" + m[1:] })
}

// Caption is the photo's caption line as markup, escaped: the caption, then the
// credit in italics, as the portal's own articles read ("Quang cảnh Hội nghị.
// Ảnh: Minh Khôi").
func Caption(p *model.PhotoBlock) string {
	s := Text(strings.TrimSpace(p.Caption)) + p.CaptionJoin()
	if credit := p.CreditLine(); credit != "" {
		s += "<em>" + Text(credit) + "</em>"
	}
	return s
}

// awards writes the list's sentence (when the report does not state it already,
// model.Report.AwardSentence) and its table. Report text is Vietnamese
// whatever the interface language, hence the Vietnamese headings.
func awards(b *strings.Builder, sentence string, a *model.AwardList, class string) {
	if class != "" {
		class = " " + class
	}
	if sentence != "" {
		paragraph(b, `{"className":"newsdesk-sentence`+class+`"}`, ` class="newsdesk-sentence`+class+`"`, Text(sentence))
	}
	b.WriteString("\n<!-- wp:table {\"className\":\"newsdesk-awards" + class + "\"} -->\n")
	b.WriteString(`<figure class="wp-block-table newsdesk-awards` + class + `"><table><thead><tr>`)
	for _, h := range model.AwardColumns(a.Count()) {
		b.WriteString("<th>" + Text(h) + "</th>")
	}
	b.WriteString("</tr></thead><tbody>")
	for i, r := range a.Recipients {
		b.WriteString("<tr><td>" + strconv.Itoa(i+1) + "</td><td>" + Text(r.Name) + "</td><td>" +
			Text(r.Detail()) + "</td><td>" + Text(a.FormOf(r)) + "</td></tr>")
	}
	b.WriteString("</tbody></table></figure>\n<!-- /wp:table -->\n")
}
