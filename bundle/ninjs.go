package bundle

import (
	"strconv"
	"strings"
	"time"

	"newsdesk/model"
)

// The ninjs version Newsdesk writes, and its schema's identifier.
const (
	NinjsVersion = "3.3"
	NinjsSchema  = "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#"
)

// ninjs is the part of an IPTC ninjs 3.3 news item Newsdesk fills. Property names
// are the schema's (camelCase since ninjs 3.0).
type ninjs struct {
	Name           string         `json:"name,omitempty"` // required in associations only
	URI            string         `json:"uri"`
	Standard       *ninjsStandard `json:"standard,omitempty"`
	Type           string         `json:"type"`
	Profile        string         `json:"profile,omitempty"`
	FirstCreated   string         `json:"firstCreated,omitempty"`
	VersionCreated string         `json:"versionCreated,omitempty"`
	PubStatus      string         `json:"pubStatus,omitempty"`
	Language       string         `json:"language,omitempty"`
	Headlines      []ninjsText    `json:"headlines,omitempty"`
	Descriptions   []ninjsText    `json:"descriptions,omitempty"`
	Bodies         []ninjsText    `json:"bodies,omitempty"`
	By             string         `json:"by,omitempty"`
	Subjects       []ninjsSubject `json:"subjects,omitempty"`
	Renditions     []rendition    `json:"renditions,omitempty"`
	Associations   []ninjs        `json:"associations,omitempty"`
}

type ninjsStandard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

// ninjsText is a headline, description or body.
type ninjsText struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Value       string `json:"value"`
}

type ninjsSubject struct {
	Name string `json:"name"`
}

type rendition struct {
	Name        string            `json:"name"`
	ContentType string            `json:"contentType,omitempty"`
	Title       string            `json:"title,omitempty"`
	Width       int               `json:"width,omitempty"`
	Height      int               `json:"height,omitempty"`
	SizeInBytes int               `json:"sizeInBytes,omitempty"`
	Extensions  map[string]string `json:"extensions,omitempty"`
}

// Keys of a rendition's extensions. ninjs declares href a URI, which a path inside a
// zip is not, so the entry is named here instead.
const (
	extPath   = "newsdesk:path"
	extSHA256 = "hash:sha256"
)

// toNinjs returns the ninjs news item of report r; files maps a photo UUID to its
// file in the bundle.
func toNinjs(r *model.Report, files map[string]*photoFile, variant string) *ninjs {
	n := &ninjs{
		URI:            "urn:uuid:" + r.UUID,
		Standard:       &ninjsStandard{Name: "ninjs", Version: NinjsVersion, Schema: NinjsSchema},
		Type:           "text",
		Profile:        "newsdesk-report",
		FirstCreated:   ninjsTime(r.CreatedAt),
		VersionCreated: ninjsTime(r.UpdatedAt),
		PubStatus:      pubStatus(r.Status),
		Language:       "vi",
		By:             strings.Join(r.Byline, ", "),
	}
	n.Headlines = append(n.Headlines, ninjsText{Role: "main", ContentType: "text/plain", Value: r.Headline})
	if r.Section != "" {
		n.Headlines = append(n.Headlines, ninjsText{Role: "kicker", ContentType: "text/plain", Value: r.Section})
	}
	if r.Lead != "" {
		n.Descriptions = append(n.Descriptions, ninjsText{Role: "summary", ContentType: "text/plain", Value: r.Lead})
	}
	paths := make(map[string]string, len(files))
	for id, f := range files {
		paths[id] = f.Path
	}
	n.Bodies = []ninjsText{{Role: "main", ContentType: "text/html", Value: bodyHTML(r, paths)}}
	for _, t := range r.Tags {
		n.Subjects = append(n.Subjects, ninjsSubject{Name: t})
	}
	count := 0
	for _, p := range r.Photos() {
		f := files[p.UUID]
		if f == nil {
			continue
		}
		count++
		a := ninjs{
			Name:     "photo-" + strconv.Itoa(count),
			URI:      "urn:uuid:" + p.UUID,
			Type:     "picture",
			Language: "vi",
			By:       p.Credit,
			Renditions: []rendition{{
				Name:        variant,
				ContentType: f.MIME,
				Title:       f.Filename,
				Width:       f.width,
				Height:      f.height,
				SizeInBytes: f.size,
				Extensions:  map[string]string{extPath: f.Path, extSHA256: f.SHA256},
			}},
		}
		if p.Caption != "" {
			a.Descriptions = append(a.Descriptions, ninjsText{Role: "caption", ContentType: "text/plain", Value: p.Caption})
		}
		if p.Alt != "" {
			a.Descriptions = append(a.Descriptions, ninjsText{Role: "alt", ContentType: "text/plain", Value: p.Alt})
		}
		n.Associations = append(n.Associations, a)
	}
	return n
}

func ninjsTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// pubStatus tells other systems whether the report may be published: only once an
// editor has approved it.
func pubStatus(s model.Status) string {
	if s == model.StatusApproved || s == model.StatusPublished {
		return "usable"
	}
	return "withheld"
}
