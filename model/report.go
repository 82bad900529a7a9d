package model

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"newsdesk/vntext"
)

// HeadlineWarnLength is the headline length, in characters, past which portals cut it.
const HeadlineWarnLength = 120

// Report is one conference report: what a reporter writes and an editor reviews.
type Report struct {
	ID   int64  `json:"-"`
	UUID string `json:"uuid"` // stable identity, kept across export and import

	Section   string   `json:"section,omitempty"`    // kicker, a portal category: "Ngành Tổ chức xây dựng Đảng"
	Headline  string   `json:"headline"`             // one line
	SourceTag string   `json:"source_tag,omitempty"` // opens the lead: "(Haiphong.gov.vn) -"
	Event     Event    `json:"event"`
	Lead      string   `json:"lead,omitempty"` // the sapo; becomes the portal excerpt
	Body      []Block  `json:"body"`
	Byline    []string `json:"byline,omitempty"` // one or more authors
	Tags      []string `json:"tags,omitempty"`
	Status    Status   `json:"status"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`

	// Rev identifies the report's content: it changes on every save. BaseRev is the
	// Rev the report had when it last came in from a bundle or a portal (empty when it
	// never did); comparing the two tells whether it changed since a hand-off.
	Rev     string `json:"rev,omitempty"`
	BaseRev string `json:"base_rev,omitempty"`
	// LinkedUUID names the report this one was split from when both sides of a
	// hand-off had changed; empty otherwise.
	LinkedUUID string `json:"linked_uuid,omitempty"`
}

// SameContent reports whether a and b hold the same report as people see it:
// every field but the library's bookkeeping (ID, Rev, BaseRev, times). Saving,
// printing or pushing what is the same keeps no revision.
func SameContent(a, b *Report) bool {
	if a == nil || b == nil {
		return a == b
	}
	bare := func(r *Report) []byte {
		c := r.Clone()
		c.ID, c.Rev, c.BaseRev = 0, "", ""
		c.CreatedAt, c.UpdatedAt = time.Time{}, time.Time{}
		data, _ := json.Marshal(c)
		return data
	}
	return bytes.Equal(bare(a), bare(b))
}

// Event is the meeting a report is about: "Sáng 8/1, … tổ chức Hội nghị …".
type Event struct {
	Date      Date      `json:"date,omitempty"`
	PartOfDay PartOfDay `json:"part_of_day,omitempty"`
	Place     string    `json:"place,omitempty"`
	Organiser string    `json:"organiser,omitempty"`
	Chair     []Person  `json:"chair,omitempty"`
	Guests    []Person  `json:"guests,omitempty"`
}

// PartOfDay is when in the day the event took place, as reports open: "Sáng 8/1".
type PartOfDay string

// The parts of the day reports name.
const (
	Morning   PartOfDay = "morning"
	Afternoon PartOfDay = "afternoon"
	Evening   PartOfDay = "evening"
)

// Person is someone named in a report with their official title, which is spelled
// the same wherever they appear.
type Person struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

// Date is a calendar date without time or zone, written YYYY-MM-DD; empty when unset.
type Date string

// ParseDate accepts YYYY-MM-DD (and D/M/YYYY as offices write it) and returns the Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{"2006-01-02", "2/1/2006", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Date(t.Format("2006-01-02")), nil
		}
	}
	return "", Errorf(EINVALID, "model.date.invalid", s)
}

// Time returns the date at midnight UTC, and false when the date is unset or invalid.
func (d Date) Time() (time.Time, bool) {
	t, err := time.Parse("2006-01-02", string(d))
	return t, err == nil
}

// Short is the date as Vietnamese reports write it: "8/1/2026".
func (d Date) Short() string {
	t, ok := d.Time()
	if !ok {
		return string(d)
	}
	return t.Format("2/1/2006")
}

// NewUUID returns a random (version 4) UUID.
func NewUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// newKey returns a short random identifier for blocks and revisions.
func newKey() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}

// NewRev returns a fresh content revision identifier.
func NewRev() string { return newKey() }

// NewReport returns an empty draft with a new UUID.
func NewReport(headline string) *Report {
	r := &Report{UUID: NewUUID(), Headline: headline, Status: StatusDraft}
	r.Normalize()
	return r
}

// Normalize cleans every text of the report as it enters the model: NFC, no control
// characters but newline and tab, one-line fields on one line, and gives blocks
// without a key a key.
func (r *Report) Normalize() {
	r.Section = vntext.OneLine(r.Section)
	r.Headline = vntext.OneLine(r.Headline)
	r.SourceTag = vntext.OneLine(r.SourceTag)
	r.Event.normalize()
	r.Lead = strings.TrimSpace(vntext.Clean(r.Lead))
	for i := range r.Body {
		r.Body[i].normalize()
	}
	r.Byline = cleanList(r.Byline)
	r.Tags = cleanList(r.Tags)
	if r.Status == "" {
		r.Status = StatusDraft
	}
}

func (e *Event) normalize() {
	e.Place = vntext.OneLine(e.Place)
	e.Organiser = vntext.OneLine(e.Organiser)
	for i := range e.Chair {
		e.Chair[i].normalize()
	}
	for i := range e.Guests {
		e.Guests[i].normalize()
	}
}

func (p *Person) normalize() {
	p.Name = vntext.OneLine(p.Name)
	p.Title = vntext.OneLine(p.Title)
}

func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = vntext.OneLine(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Validate returns an EINVALID error whose message lists, one sentence each, what is
// wrong with the report's structure (an unknown status, a malformed date or block);
// nil when nothing. A draft may be incomplete — no headline yet, a recipient row
// still without a name — and is stored all the same, so nothing typed is ever lost;
// Ready says what must be filled before the report leaves the library.
func (r *Report) Validate() error {
	// Sizes no real report reaches come first, alone: nothing else is worth
	// saying of such a file, and checking it costs time.
	if err := r.CheckSize(); err != nil {
		return err
	}
	var problems []string
	if _, err := ParseStatus(string(r.Status)); err != nil {
		problems = append(problems, ErrorMessage(err))
	}
	if r.Event.Date != "" {
		if _, ok := r.Event.Date.Time(); !ok {
			problems = append(problems, msgT("model.date.invalid", r.Event.Date))
		}
	}
	switch r.Event.PartOfDay {
	case "", Morning, Afternoon, Evening:
	default:
		problems = append(problems, msgT("model.partofday.invalid", r.Event.PartOfDay))
	}
	for i, b := range r.Body {
		if err := b.validate(); err != nil {
			problems = append(problems, msgT("model.block.problem", i+1, ErrorMessage(err)))
		}
	}
	if len(problems) > 0 {
		return &Error{Code: EINVALID, Message: strings.Join(problems, " ")}
	}
	return nil
}

// Limits no real report meets: a conference report has a few dozen blocks, award
// lists of some hundreds of names and a few thousand words. Beyond them a report
// is refused, saying which limit it passed, so that no file fills the library or
// freezes the window that lays the report out.
const (
	MaxBlocks     = 1000    // body blocks
	MaxRecipients = 5000    // names in one award list
	MaxTextRunes  = 500_000 // characters of text in all, about 80,000 words
)

// CheckSize refuses a report past MaxBlocks, MaxRecipients or MaxTextRunes: the
// window opens no such report (one stored before the limits existed), since laying
// it out would freeze it.
func (r *Report) CheckSize() error {
	if n := len(r.Body); n > MaxBlocks {
		return Errorf(EINVALID, "model.report.blocks", n, MaxBlocks)
	}
	runes := utf8.RuneCountInString(r.Headline) + utf8.RuneCountInString(r.Lead)
	for _, b := range r.Body {
		runes += utf8.RuneCountInString(b.Text)
		if b.Photo != nil {
			runes += utf8.RuneCountInString(b.Photo.Caption) + utf8.RuneCountInString(b.Photo.Credit) + utf8.RuneCountInString(b.Photo.Alt)
		}
		if b.Awards != nil {
			if n := len(b.Awards.Recipients); n > MaxRecipients {
				return Errorf(EINVALID, "model.report.recipients", n, MaxRecipients)
			}
			for _, rc := range b.Awards.Recipients {
				runes += utf8.RuneCountInString(rc.Name) + utf8.RuneCountInString(rc.Title) + utf8.RuneCountInString(rc.Unit)
			}
		}
		if runes > MaxTextRunes {
			return Errorf(EINVALID, "model.report.text", MaxTextRunes)
		}
	}
	return nil
}

// Ready returns an EINVALID error listing what must be filled in before the report
// leaves the library (a PDF, a bundle for an editor, the portal): a headline, and a
// name for every award recipient. It includes Validate's problems.
func (r *Report) Ready() error {
	var problems []string
	if err := r.Validate(); err != nil {
		problems = append(problems, ErrorMessage(err))
	}
	if r.Headline == "" {
		problems = append(problems, msgT("model.headline.required"))
	}
	for i, b := range r.Body {
		if b.Awards == nil {
			continue
		}
		for j, rec := range b.Awards.Recipients {
			if rec.Name == "" {
				problems = append(problems, msgT("model.block.problem", i+1, msgT("model.recipient.name", j+1)))
			}
		}
	}
	if len(problems) > 0 {
		return &Error{Code: EINVALID, Message: strings.Join(problems, " ")}
	}
	return nil
}

// HeadlineTooLong reports whether the headline is past what portals show whole.
func (r *Report) HeadlineTooLong() bool {
	return utf8.RuneCountInString(r.Headline) > HeadlineWarnLength
}

// Photos returns the report's photo blocks in body order.
func (r *Report) Photos() []*PhotoBlock {
	var out []*PhotoBlock
	for i := range r.Body {
		if r.Body[i].Photo != nil {
			out = append(out, r.Body[i].Photo)
		}
	}
	return out
}

// AwardLists returns the report's award lists in body order.
func (r *Report) AwardLists() []*AwardList {
	var out []*AwardList
	for i := range r.Body {
		if r.Body[i].Awards != nil {
			out = append(out, r.Body[i].Awards)
		}
	}
	return out
}

// Clone returns a deep copy of the report.
func (r *Report) Clone() *Report {
	c := *r
	c.Event.Chair = append([]Person(nil), r.Event.Chair...)
	c.Event.Guests = append([]Person(nil), r.Event.Guests...)
	c.Byline = append([]string(nil), r.Byline...)
	c.Tags = append([]string(nil), r.Tags...)
	c.Body = make([]Block, len(r.Body))
	for i, b := range r.Body {
		c.Body[i] = b.clone()
	}
	return &c
}

// ReportSummary is a report as lists and search results show it.
type ReportSummary struct {
	ID        int64
	UUID      string
	Headline  string
	Status    Status
	UpdatedAt time.Time
}
