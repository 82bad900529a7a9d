package wordpress

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"

	"newsdesk/model"
)

// CarriedFormat is the version of the carried report this Newsdesk writes; a post
// carrying a higher one was pushed by a newer Newsdesk. 2: each photo's turn by
// hand is said (the uploaded file is turned), so an open turns it back.
const CarriedFormat = 2

// Carried is the whole report as a push sent it, kept with the post so that
// another Newsdesk (an editor's) can open the post as a report again: the block
// markup alone loses the award rows' fields, the people, the event, the keys. It
// holds private things (review comments and their authors, the lineage, who
// pushed), so it never goes into the content, which readers receive once the
// post is published, by whoever presses Publish.
//
// It travels in the post's meta _newsdesk_report, which the portal's Newsdesk
// plugin (wordpress/plugin/newsdesk) registers as protected and readable only in
// the REST API's edit context, that is by accounts that may edit the post. A
// portal without the plugin gets no copy (see Pusher.Push). The value is an HTML
// comment, as versions before the plugin put after the post's closing group
// block:
//
//	<!-- newsdesk:report 2 BASE64 -->
//
// BASE64 is standard base64 of gzipped JSON. Those older posts are still read
// (Post.Carried looks in the meta first, then the content); the plugin removes
// such a comment from what readers receive, and a push replaces the content
// without it.
type Carried struct {
	FormatVersion int `json:"format_version"`
	// Report is the report as pushed: photo blocks whose photo was not uploaded (a
	// text-only push) are left out, and its status is what the push made it.
	Report *model.Report `json:"report"`
	// Media are the uploaded photos, by photo UUID.
	Media    []CarriedMedia  `json:"media"`
	Comments []model.Comment `json:"comments,omitempty"`
	// Lineage is the Revs the report went through before, newest first.
	Lineage []string `json:"lineage,omitempty"`
	// ContentHash is of the texts of the markup pushed beside it (VisibleHash), so
	// that an open can tell whether the post was edited on the portal since.
	ContentHash string `json:"content_hash"`
	// PushedBy is the display name of the account that pushed.
	PushedBy string `json:"pushed_by,omitempty"`
	// History is the report's history in the library that pushed it, newest first
	// (at most maxHistory entries), with each version's content: who submitted and
	// decided what travels with the post, and an editor's Compare can open on
	// "since it was submitted".
	History []CarriedRevision `json:"history,omitempty"`
}

// CarriedRevision is one entry of the history a post carries.
type CarriedRevision struct {
	Rev       string        `json:"rev"`
	Reason    string        `json:"reason"`
	Author    string        `json:"author,omitempty"`
	Note      string        `json:"note,omitempty"`
	CreatedAt time.Time     `json:"created_at"`
	Report    *model.Report `json:"report"`
}

// maxHistory is the most history entries a post carries: the newest, which hold
// the review steps that matter to the one opening it.
const maxHistory = 30

// Revisions returns the carried history as the library keeps revisions.
func (c *Carried) Revisions() []model.Revision {
	var out []model.Revision
	for _, h := range c.History {
		if h.Rev == "" || len(h.Rev) > 64 || h.Report == nil {
			continue
		}
		out = append(out, model.Revision{Rev: h.Rev, Reason: model.RevisionReason(h.Reason), Author: h.Author,
			Note: h.Note, CreatedAt: h.CreatedAt, Report: h.Report})
	}
	return out
}

// CarriedMedia is a photo of the report as uploaded: the file is the print copy
// with the reporter's turn already applied (upright as it is).
type CarriedMedia struct {
	PhotoUUID string `json:"photo_uuid"`
	MediaID   int64  `json:"media_id"`
	URL       string `json:"url"`
	SHA256    string `json:"sha256,omitempty"` // of the uploaded bytes; empty when not known
	Filename  string `json:"filename,omitempty"`
	// Rotation is the turn by hand applied to the uploaded file (degrees clockwise),
	// which an open turns back: libraries keep photos as taken.
	Rotation int `json:"rotation,omitempty"`
}

// MediaFor returns the uploaded photo, nil when it was not uploaded.
func (c *Carried) MediaFor(photoUUID string) *CarriedMedia {
	for i := range c.Media {
		if c.Media[i].PhotoUUID == photoUUID {
			return &c.Media[i]
		}
	}
	return nil
}

// carriedRE finds the carried comment, which older versions wrote into the
// content in exactly this form: its version and its base64.
var carriedRE = regexp.MustCompile(`<!-- newsdesk:report (\d+) ([A-Za-z0-9+/=]*) -->`)

// carriedPrefix marks a post that carries a report, whatever its version.
const carriedPrefix = "<!-- newsdesk:report "

// Encode returns the comment that carries c.
func (c *Carried) Encode() (string, error) {
	data, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return "", err
	}
	return "<!-- newsdesk:report " + strconv.Itoa(c.FormatVersion) + " " +
		base64.StdEncoding.EncodeToString(buf.Bytes()) + " -->", nil
}

// HasCarried reports whether the post content carries a report.
func HasCarried(content string) bool { return strings.Contains(content, carriedPrefix) }

// DecodeCarried returns the report the post content carries. Errors are for the
// reporter: EINVALID "not made by Newsdesk", "damaged" or "made by a newer
// Newsdesk".
func DecodeCarried(content string) (*Carried, error) {
	m := carriedRE.FindStringSubmatch(content)
	if m == nil {
		if HasCarried(content) {
			return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
		}
		return nil, model.Errorf(model.EINVALID, "wordpress.open.notnewsdesk")
	}
	version, err := strconv.Atoi(m[1])
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	if version > CarriedFormat {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.newer", version)
	}
	zdata, err := base64.StdEncoding.DecodeString(m[2])
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	zr, err := gzip.NewReader(bytes.NewReader(zdata))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	data, err := io.ReadAll(io.LimitReader(zr, 64<<20))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	var c Carried
	if err := json.Unmarshal(data, &c); err != nil || c.Report == nil {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	if c.FormatVersion > CarriedFormat {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.newer", c.FormatVersion)
	}
	if model.ReplyCycle(c.Comments) >= 0 {
		return nil, model.Errorf(model.EINVALID, "wordpress.open.damaged")
	}
	return &c, nil
}

// Visible returns the post content without the carried report: what readers see.
func Visible(content string) string {
	if i := strings.Index(content, carriedPrefix); i >= 0 {
		if j := strings.Index(content[i:], "-->"); j >= 0 {
			return content[:i] + content[i+j+3:]
		}
		return content[:i]
	}
	return content
}

// VisibleHash returns a hash of the texts of the post content, the carried report
// left out: markup and entities do not count (WordPress's filter rewrites "&#91;"
// as "&#091;"), words do.
func VisibleHash(content string) string {
	s := strings.Join(strings.Fields(plainText(Visible(content), " ")), " ")
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// PlainText returns the text of a piece of markup: tags and comments stripped,
// entities unescaped, <br> as a line break. It reads the markup with an HTML
// tokenizer, so a ">" inside an attribute ("alt=\"a > b\"") or a comment is no
// tag's end.
func PlainText(markup string) string { return plainText(markup, "") }

// plainText is PlainText with each comment (a block delimiter among them) read
// as gap: a space keeps the words of two blocks apart.
func plainText(markup, gap string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(markup))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return cleanLines(b.String())
		case xhtml.TextToken:
			b.Write(z.Text())
		case xhtml.CommentToken:
			b.WriteString(gap)
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "br" {
				b.WriteByte('\n')
			}
		}
	}
}

// cleanLines trims each line of s and s itself.
func cleanLines(s string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
