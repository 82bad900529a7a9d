package bundle

import (
	"time"

	"newsdesk/model"
)

// manifest is newsdesk.json: everything needed to give back the exact report, in a
// shape of its own so that the exchange format changes only when FormatVersion does.
type manifest struct {
	FormatVersion int         `json:"format_version"`
	PhotoVariant  string      `json:"photo_variant"` // "original" or "print"
	Report        mReport     `json:"report"`
	Photos        []photoFile `json:"photos"`
	// Lineage lists the Revs the report went through before this one, newest
	// first: a library holding one of them knows this version descends from its own.
	Lineage []string `json:"lineage,omitempty"`
}

// MaxLineage is the most Revs a bundle's lineage carries.
const MaxLineage = 500

// The values of manifest.PhotoVariant.
const (
	variantOriginal = "original"
	variantPrint    = "print"
)

type mReport struct {
	UUID       string   `json:"uuid"`
	Rev        string   `json:"rev,omitempty"` // the revision the bundle was made from
	BaseRev    string   `json:"base_rev,omitempty"`
	LinkedUUID string   `json:"linked_uuid,omitempty"`
	Section    string   `json:"section,omitempty"`
	Headline   string   `json:"headline"`
	SourceTag  string   `json:"source_tag,omitempty"`
	Event      mEvent   `json:"event"`
	Lead       string   `json:"lead,omitempty"`
	Blocks     []mBlock `json:"blocks"`
	Byline     []string `json:"byline,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	Status     string   `json:"status"`
	CreatedAt  string   `json:"created_at,omitempty"` // RFC 3339, UTC
	UpdatedAt  string   `json:"updated_at,omitempty"`
}

type mEvent struct {
	Date      string    `json:"date,omitempty"`        // YYYY-MM-DD
	PartOfDay string    `json:"part_of_day,omitempty"` // morning, afternoon, evening
	Place     string    `json:"place,omitempty"`
	Organiser string    `json:"organiser,omitempty"`
	Chair     []mPerson `json:"chair,omitempty"`
	Guests    []mPerson `json:"guests,omitempty"`
}

type mPerson struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
}

type mBlock struct {
	Key    string  `json:"key"`
	Kind   string  `json:"kind"` // paragraph, photo, awards
	Text   string  `json:"text,omitempty"`
	Photo  *mPhoto `json:"photo,omitempty"`
	Awards *mAward `json:"awards,omitempty"`
}

type mPhoto struct {
	UUID     string `json:"uuid"`
	Caption  string `json:"caption,omitempty"`
	Credit   string `json:"credit,omitempty"`
	Alt      string `json:"alt,omitempty"`
	Rotation int    `json:"rotation,omitempty"` // degrees clockwise, by hand
}

type mAward struct {
	Form       string       `json:"form"`
	By         string       `json:"by,omitempty"`
	Decision   string       `json:"decision,omitempty"`
	Date       string       `json:"date,omitempty"`
	Recipients []mRecipient `json:"recipients"`
}

type mRecipient struct {
	Kind  string `json:"kind"` // collective, individual
	Name  string `json:"name"`
	Unit  string `json:"unit,omitempty"`
	Title string `json:"title,omitempty"`
	Form  string `json:"form,omitempty"`
}

// photoFile is one photo file of the bundle as newsdesk.json lists it.
type photoFile struct {
	UUID     string `json:"uuid"`
	Path     string `json:"path"`     // the entry in the zip
	Filename string `json:"filename"` // as the reporter's file was named
	MIME     string `json:"mime"`
	SHA256   string `json:"sha256"` // hex, of the bytes in the zip

	block         *model.PhotoBlock // the first block using it
	size          int               // bytes
	width, height int               // as displayed; 0 when unknown
}

// timeText is t in RFC 3339 (UTC, to the nanosecond), or "" for the zero time.
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// parseTime reads what timeText wrote; ok is false when s is not RFC 3339.
func parseTime(s string) (t time.Time, ok bool) {
	if s == "" {
		return time.Time{}, true
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}

func toManifest(r *model.Report) mReport {
	m := mReport{
		UUID:       r.UUID,
		Rev:        r.Rev,
		BaseRev:    r.BaseRev,
		LinkedUUID: r.LinkedUUID,
		Section:    r.Section,
		Headline:   r.Headline,
		SourceTag:  r.SourceTag,
		Event: mEvent{
			Date:      string(r.Event.Date),
			PartOfDay: string(r.Event.PartOfDay),
			Place:     r.Event.Place,
			Organiser: r.Event.Organiser,
			Chair:     toPeople(r.Event.Chair),
			Guests:    toPeople(r.Event.Guests),
		},
		Lead:      r.Lead,
		Blocks:    make([]mBlock, 0, len(r.Body)),
		Byline:    r.Byline,
		Tags:      r.Tags,
		Status:    string(r.Status),
		CreatedAt: timeText(r.CreatedAt),
		UpdatedAt: timeText(r.UpdatedAt),
	}
	for _, b := range r.Body {
		mb := mBlock{Key: b.Key, Kind: string(b.Kind), Text: b.Text}
		if p := b.Photo; p != nil {
			mb.Photo = &mPhoto{UUID: p.UUID, Caption: p.Caption, Credit: p.Credit, Alt: p.Alt, Rotation: p.Rotation}
		}
		if a := b.Awards; a != nil {
			ma := &mAward{Form: a.Form, By: a.By, Decision: a.Decision, Date: string(a.Date),
				Recipients: make([]mRecipient, 0, len(a.Recipients))}
			for _, rc := range a.Recipients {
				ma.Recipients = append(ma.Recipients, mRecipient{Kind: string(rc.Kind), Name: rc.Name,
					Unit: rc.Unit, Title: rc.Title, Form: rc.Form})
			}
			mb.Awards = ma
		}
		m.Blocks = append(m.Blocks, mb)
	}
	return m
}

func toPeople(in []model.Person) []mPerson {
	var out []mPerson
	for _, p := range in {
		out = append(out, mPerson{Name: p.Name, Title: p.Title})
	}
	return out
}

// fromManifest returns the report newsdesk.json describes, not yet normalised or
// validated; the error names the field whose time is not RFC 3339.
func fromManifest(m mReport) (*model.Report, error) {
	created, ok := parseTime(m.CreatedAt)
	if !ok {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", "report.created_at")
	}
	updated, ok := parseTime(m.UpdatedAt)
	if !ok {
		return nil, model.Errorf(model.EINVALID, "bundle.manifest.field", "report.updated_at")
	}
	r := &model.Report{
		UUID:       m.UUID,
		Section:    m.Section,
		Headline:   m.Headline,
		SourceTag:  m.SourceTag,
		Event:      model.Event{Date: model.Date(m.Event.Date), PartOfDay: model.PartOfDay(m.Event.PartOfDay), Place: m.Event.Place, Organiser: m.Event.Organiser, Chair: fromPeople(m.Event.Chair), Guests: fromPeople(m.Event.Guests)},
		Lead:       m.Lead,
		Byline:     m.Byline,
		Tags:       m.Tags,
		Status:     model.Status(m.Status),
		CreatedAt:  created,
		UpdatedAt:  updated,
		Rev:        m.Rev,
		BaseRev:    m.BaseRev,
		LinkedUUID: m.LinkedUUID,
	}
	for _, mb := range m.Blocks {
		b := model.Block{Key: mb.Key, Kind: model.BlockKind(mb.Kind), Text: mb.Text}
		if p := mb.Photo; p != nil {
			b.Photo = &model.PhotoBlock{UUID: p.UUID, Caption: p.Caption, Credit: p.Credit, Alt: p.Alt, Rotation: p.Rotation}
		}
		if ma := mb.Awards; ma != nil {
			a := &model.AwardList{Form: ma.Form, By: ma.By, Decision: ma.Decision, Date: model.Date(ma.Date)}
			for _, rc := range ma.Recipients {
				a.Recipients = append(a.Recipients, model.Recipient{Kind: model.RecipientKind(rc.Kind), Name: rc.Name,
					Unit: rc.Unit, Title: rc.Title, Form: rc.Form})
			}
			b.Awards = a
		}
		r.Body = append(r.Body, b)
	}
	return r, nil
}

func fromPeople(in []mPerson) []model.Person {
	var out []model.Person
	for _, p := range in {
		out = append(out, model.Person{Name: p.Name, Title: p.Title})
	}
	return out
}
