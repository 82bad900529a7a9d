package wordml

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"path"
	"strings"
)

// rel is one relationship of a part: where an id points.
type rel struct {
	ID       string
	Type     string
	Target   string // the zip entry, resolved against the part's folder
	External bool
}

// parseRels reads a .rels part; targets are resolved against dir. What does not
// parse is ignored: a document without its relationships still has its text.
func parseRels(data []byte, dir string) []rel {
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil
	}
	out := make([]rel, 0, len(doc.Rels))
	for _, r := range doc.Rels {
		rl := rel{ID: r.ID, Type: r.Type, External: strings.EqualFold(r.TargetMode, "External")}
		if !rl.External {
			t := r.Target
			if u, err := url.PathUnescape(t); err == nil {
				t = u
			}
			if strings.HasPrefix(t, "/") {
				t = path.Clean(t)[1:]
			} else {
				t = path.Clean(path.Join(dir, t))
			}
			rl.Target = t
		}
		out = append(out, rl)
	}
	return out
}
