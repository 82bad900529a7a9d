package wordpress

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"

	xhtml "golang.org/x/net/html"

	"newsdesk/model"
	"newsdesk/msg"
)

// segment is a leaf block of post content: its name, the classes of ours it
// carries and its inner markup.
type segment struct {
	name  string   // "paragraph", "image", "table", "heading"…
	ours  []string // newsdesk-… classes, sorted
	inner string
	start int // offset of the block's opening comment
	end   int // offset after its closing comment
}

// id names the segment across two versions of the content; "" for a block that
// carries no class of ours (added on the portal).
func (s segment) id() string {
	if len(s.ours) == 0 {
		return ""
	}
	return s.name + " " + strings.Join(s.ours, " ")
}

// key returns the body block key the segment carries, "" when none.
func (s segment) key() string {
	for _, c := range s.ours {
		if k, ok := strings.CutPrefix(c, blockClassPrefix); ok {
			return k
		}
	}
	return ""
}

func (s segment) has(class string) bool {
	for _, c := range s.ours {
		if c == class {
			return true
		}
	}
	return false
}

// delimRE finds the block editor's delimiters. They are comments, not HTML
// elements, and the block grammar is defined on their text: WordPress's own block
// parser (class-wp-block-parser.php) finds them with a regular expression too;
// HTML inside blocks is read with the tokenizer.
var delimRE = regexp.MustCompile(`(?s)<!--\s+(/?)wp:([a-z][a-z0-9_/-]*)\s+(\{.*?\}\s+)?(/?)-->`)

// segments returns the leaf blocks of the content (blocks holding no other
// block), in order.
func segments(content string) []segment {
	type open struct {
		name, attrs string
		start, body int
		parent      bool
	}
	var stack []*open
	var out []segment
	for _, m := range delimRE.FindAllStringSubmatchIndex(content, -1) {
		closer := m[3] > m[2]
		name := strings.TrimPrefix(content[m[4]:m[5]], "core/")
		var attrs string
		if m[6] >= 0 {
			attrs = content[m[6]:m[7]]
		}
		void := m[9] > m[8]
		switch {
		case closer:
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.parent {
				continue
			}
			out = append(out, segment{name: o.name, ours: ourClasses(o.attrs), inner: content[o.body:m[0]], start: o.start, end: m[1]})
		case void:
			if len(stack) > 0 {
				stack[len(stack)-1].parent = true
			}
		default:
			if len(stack) > 0 {
				stack[len(stack)-1].parent = true
			}
			stack = append(stack, &open{name: name, attrs: attrs, start: m[0], body: m[1]})
		}
	}
	return out
}

// ourClasses returns the newsdesk-… classes of a block's attributes.
func ourClasses(attrs string) []string {
	var a struct {
		ClassName string `json:"className"`
	}
	if attrs == "" || json.Unmarshal([]byte(attrs), &a) != nil {
		return nil
	}
	var out []string
	for _, c := range strings.Fields(a.ClassName) {
		if strings.HasPrefix(c, "newsdesk-") && c != "newsdesk-report" {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// figureCaption reads an image block's <figcaption> (read with the HTML
// tokenizer): its text, and apart from it the credit, the <em> the caption ends
// with (model.PhotoBlock.CreditLine); found is false without a figcaption.
func figureCaption(markup string) (caption, credit string, found bool) {
	z := xhtml.NewTokenizer(strings.NewReader(markup))
	var (
		parts          []string // the figcaption's inner markup, token by token
		in             bool
		emDepth        int
		emFrom, emTo   = -1, -1 // the last outermost <em>…</em>, as parts[emFrom:emTo]
		afterEmIsSpace bool
	)
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := string(z.Raw()) // first: TagName and Text rewrite the token in place
		name, _ := z.TagName()
		tag := string(name)
		if !in {
			in = tt == xhtml.StartTagToken && tag == "figcaption"
			continue
		}
		if tt == xhtml.EndTagToken && tag == "figcaption" {
			found = true
			break
		}
		switch {
		case tt == xhtml.StartTagToken && tag == "em":
			if emDepth == 0 {
				emFrom = len(parts) + 1
			}
			emDepth++
		case tt == xhtml.EndTagToken && tag == "em" && emDepth > 0:
			emDepth--
			if emDepth == 0 {
				emTo, afterEmIsSpace = len(parts), true
			}
		case tt == xhtml.TextToken && emDepth == 0 && strings.TrimSpace(string(z.Text())) == "":
			// white space after the credit keeps it the ending
		default:
			if emDepth == 0 {
				afterEmIsSpace = false
			}
		}
		parts = append(parts, raw)
	}
	if !found {
		return "", "", false
	}
	if emTo >= 0 && afterEmIsSpace {
		credit = PlainText(strings.Join(parts[emFrom:emTo], ""))
		parts = parts[:emFrom-1]
	}
	return PlainText(strings.Join(parts, "")), credit, true
}

// takeEdits brings into rep (the report a post carries) what was edited on the
// portal since the push: the headline from the title, the lead, the paragraphs,
// the photo captions and credits and the byline from their blocks, found by the
// classes the push put on them; a paragraph added on the portal comes in after the
// block before it. It returns, in the interface language, what was taken in and
// what could not be (award lists, other kinds of block, blocks removed).
func takeEdits(rep *model.Report, c *Carried, post *Post) (taken, unmapped []string) {
	if h := strings.Join(strings.Fields(PlainText(post.Title.Raw)), " "); h != "" && h != rep.Headline {
		rep.Headline = h
		taken = append(taken, msg.T("wordpress.open.part.headline"))
	}
	if VisibleHash(post.Content.Raw) == c.ContentHash {
		return taken, nil
	}
	media := map[string]UploadedPhoto{}
	for _, m := range c.Media {
		media[m.PhotoUUID] = UploadedPhoto{MediaID: m.MediaID, URL: m.URL}
	}
	pushed := segments(Content(c.Report, media))
	byID := map[string]segment{}
	for _, s := range pushed {
		byID[s.id()] = s
	}
	portal := Visible(post.Content.Raw)
	seen := map[string]bool{}
	lastKey := "" // the body block the last segment belongs to
	var outside strings.Builder
	prevEnd := 0
	for _, s := range segments(portal) {
		if s.start >= prevEnd {
			outside.WriteString(portal[prevEnd:s.start])
			prevEnd = s.end
		}
		text := PlainText(s.inner)
		was, ok := byID[s.id()]
		if s.id() == "" || !ok {
			if text == "" {
				continue
			}
			if s.name == "paragraph" {
				b := model.Block{Key: shortHash(lastKey, text), Kind: model.BlockParagraph, Text: text}
				lastKey = insertAfter(rep, lastKey, b)
				taken = append(taken, msg.T("wordpress.open.part.new", quote(text)))
				continue
			}
			unmapped = append(unmapped, msg.T("wordpress.open.part.added", quote(text)))
			continue
		}
		seen[s.id()] = true
		if k := s.key(); k != "" {
			lastKey = k
		}
		if text == PlainText(was.inner) {
			continue
		}
		i := blockIndex(rep, s.key())
		switch {
		case s.has("newsdesk-lead"):
			if rep.SourceTag != "" && strings.HasPrefix(text, rep.SourceTag) {
				rep.Lead = strings.TrimSpace(strings.TrimPrefix(text, rep.SourceTag))
			} else {
				rep.SourceTag, rep.Lead = "", text
			}
			taken = append(taken, msg.T("wordpress.open.part.lead"))
		case s.has("newsdesk-byline"):
			rep.Byline = nil
			for _, name := range strings.Split(strings.ReplaceAll(text, "\n", ","), ",") {
				if name = strings.TrimSpace(name); name != "" {
					rep.Byline = append(rep.Byline, name)
				}
			}
			taken = append(taken, msg.T("wordpress.open.part.byline"))
		case i < 0:
			unmapped = append(unmapped, msg.T("wordpress.open.part.added", quote(text)))
		case rep.Body[i].Kind == model.BlockParagraph && s.name == "paragraph":
			rep.Body[i].Text = text
			taken = append(taken, msg.T("wordpress.open.part.paragraph", i+1, quote(text)))
		case rep.Body[i].Kind == model.BlockPhoto && s.name == "image":
			caption, credit, _ := figureCaption(s.inner)
			// Undo what Caption added between the two (model.PhotoBlock.CaptionJoin,
			// CreditLine), so that only the editor's changes come in.
			was := rep.Body[i].Photo
			if credit != "" && !strings.HasSuffix(was.Caption, ".") {
				caption = strings.TrimSuffix(caption, ".")
			}
			if strings.TrimPrefix(credit, "Ảnh: ") == was.Credit {
				credit = was.Credit
			}
			rep.Body[i].Photo.Caption, rep.Body[i].Photo.Credit = caption, credit
			taken = append(taken, msg.T("wordpress.open.part.caption", photoNumber(rep, i)))
		case rep.Body[i].Kind == model.BlockAwards:
			unmapped = append(unmapped, msg.T("wordpress.open.part.awards", awardNumber(rep, i)))
		default:
			unmapped = append(unmapped, msg.T("wordpress.open.part.added", quote(text)))
		}
	}
	outside.WriteString(portal[prevEnd:])
	for _, s := range pushed {
		if seen[s.id()] {
			continue
		}
		n := blockIndex(rep, s.key()) + 1
		unmapped = append(unmapped, msg.T("wordpress.open.part.removed", n, quote(PlainText(s.inner))))
	}
	if text := plainText(outside.String(), " "); text != "" {
		unmapped = append(unmapped, msg.T("wordpress.open.part.added", quote(text)))
	}
	rep.Normalize()
	return taken, unmapped
}

// insertAfter puts b after the block keyed after ("" for the top of the body)
// and returns b's key.
func insertAfter(r *model.Report, after string, b model.Block) string {
	i := blockIndex(r, after) + 1
	r.Body = append(r.Body[:i], append([]model.Block{b}, r.Body[i:]...)...)
	return b.Key
}

func blockIndex(r *model.Report, key string) int {
	if key == "" {
		return -1
	}
	for i, b := range r.Body {
		if b.Key == key {
			return i
		}
	}
	return -1
}

func photoNumber(r *model.Report, i int) int {
	n := 0
	for j := 0; j <= i; j++ {
		if r.Body[j].Kind == model.BlockPhoto {
			n++
		}
	}
	return n
}

func awardNumber(r *model.Report, i int) int {
	n := 0
	for j := 0; j <= i; j++ {
		if r.Body[j].Kind == model.BlockAwards {
			n++
		}
	}
	return n
}

// quote returns the first words of text, for a warning.
func quote(text string) string {
	r := []rune(strings.Join(strings.Fields(text), " "))
	if len(r) > 60 {
		return strings.TrimSpace(string(r[:59])) + "…"
	}
	return string(r)
}
