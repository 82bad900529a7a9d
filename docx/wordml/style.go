package wordml

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// style is one paragraph or character style of styles.xml, with what Open needs of
// it to tell a paragraph's role.
type style struct {
	name    string // lower case
	basedOn string // a style id
	align   Align
	bold    *bool
	italic  *bool
}

// parseStyles reads styles.xml; what does not parse is ignored.
func parseStyles(data []byte) map[string]*style {
	dec := xml.NewDecoder(bytes.NewReader(data))
	out := make(map[string]*style)
	var cur *style
	depth, inPPr, inRPr := 0, false, false
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > MaxDepth {
				return out
			}
			switch t.Name.Local {
			case "style":
				cur = &style{}
				if id := attr(t, "styleId"); id != "" {
					out[id] = cur
				}
			case "pPr":
				inPPr = true
			case "rPr":
				inRPr = true
			}
			if cur == nil {
				continue
			}
			switch t.Name.Local {
			case "name":
				cur.name = strings.ToLower(strings.TrimSpace(attr(t, "val")))
			case "basedOn":
				cur.basedOn = attr(t, "val")
			case "jc":
				if inPPr {
					cur.align = alignOf(attr(t, "val"))
				}
			case "b":
				if inRPr {
					v := onOff(t)
					cur.bold = &v
				}
			case "i":
				if inRPr {
					v := onOff(t)
					cur.italic = &v
				}
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "style":
				cur = nil
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			}
		}
	}
}

// chain returns the names of style id and those it is based on, nearest first.
func (d *Document) chain(id string) []string {
	var out []string
	for i := 0; id != "" && i < 10; i++ {
		s, ok := d.styles[id]
		if !ok {
			if i == 0 {
				out = append(out, strings.ToLower(id))
			}
			break
		}
		name := s.name
		if name == "" {
			name = strings.ToLower(id)
		}
		out = append(out, name)
		id = s.basedOn
	}
	return out
}

// inherited returns what style id, or the nearest style it is based on that says,
// sets for align, bold and italic.
func (d *Document) inherited(id string) (align Align, bold, italic bool) {
	var gotBold, gotItalic bool
	for i := 0; id != "" && i < 10; i++ {
		s, ok := d.styles[id]
		if !ok {
			break
		}
		if align == "" {
			align = s.align
		}
		if !gotBold && s.bold != nil {
			bold, gotBold = *s.bold, true
		}
		if !gotItalic && s.italic != nil {
			italic, gotItalic = *s.italic, true
		}
		id = s.basedOn
	}
	return align, bold, italic
}

// alignOf reads a w:jc value; Word 2010 and later write start/end for left/right.
func alignOf(v string) Align {
	switch v {
	case "center":
		return AlignCenter
	case "right", "end":
		return AlignRight
	case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute":
		return AlignJustify
	case "left", "start":
		return AlignLeft
	}
	return ""
}

// onOff reads a toggle property such as w:b: on unless its val says otherwise.
func onOff(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// attr returns the value of t's attribute with the local name local.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
