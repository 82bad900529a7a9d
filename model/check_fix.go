package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vnspell"
)

// Fix is the change a check offers for what it found, applied with ApplyFix: the
// window's fix button and the command line share it.
type Fix struct {
	Label string // what the fix button says, in the interface language
	// Text replaces the problem's text at [Start, End), which read Was when checked:
	// a fix whose text has changed since is not applied.
	Text, Was string
	// Restyle, when not empty, places every tone of the report in that style
	// (ToneOld or ToneNew) instead; Text is then the problem's word so written.
	Restyle string
}

// Tone styles, as the check.tone_style setting names them. The default is the old
// style because administrative documents write it: Decree 30/2020/NĐ-CP on
// administrative documents writes "Ủy ban nhân dân" throughout, its appendix on
// capitals included, as do the Official Gazette and the portals of local
// governments. The new style, with the tone on the main vowel (hoà, thuỷ), is the
// one the Ministry of Education's rules for textbooks choose (Decision
// 1989/QĐ-BGDĐT of 2018): a newsroom that follows them sets "new".
const (
	ToneOld = "old" // hòa, khỏe, thủy, Ủy ban: the style of administrative documents
	ToneNew = "new" // hoà, khoẻ, thuỷ, Uỷ ban
)

// CheckOptions are what the checks follow besides the report: the reporter's
// settings.
type CheckOptions struct {
	// ToneStyle is ToneOld or ToneNew: where a report whose tones are placed both
	// ways should place them. Empty is ToneOld.
	ToneStyle string
	// Words are the reporter's own words, never flagged as misspelled (names of
	// places and people, foreign words), compared in lower case.
	Words []string
}

// The settings the checks follow.
const (
	SettingToneStyle  = "check.tone_style" // old or new
	SettingCheckWords = "check.words"      // the personal list of words, separated by commas or spaces
)

func init() {
	Settings = append(Settings,
		Setting{Key: SettingToneStyle, Help: "model.setting.check.tone_style", Valid: validToneStyle},
		Setting{Key: SettingCheckWords, Help: "model.setting.check.words"},
	)
}

func validToneStyle(v string) error {
	if v == ToneOld || v == ToneNew || v == "" { // "" is the default, old
		return nil
	}
	return Errorf(EINVALID, "model.setting.check.tone_style.invalid", v)
}

// ReadCheckOptions makes the checks' options from the settings, read with get
// (which returns "" for a setting never set).
func ReadCheckOptions(get func(key string) string) CheckOptions {
	o := CheckOptions{ToneStyle: ToneOld}
	if get(SettingToneStyle) == ToneNew {
		o.ToneStyle = ToneNew
	}
	o.Words = SplitWordList(get(SettingCheckWords))
	return o
}

// SplitWordList reads the personal list of words as the check.words setting keeps
// it: words separated by commas, semicolons, spaces or new lines.
func SplitWordList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || unicode.IsSpace(r)
	})
}

func (o CheckOptions) style() vnspell.Style {
	if o.ToneStyle == ToneNew {
		return vnspell.NewStyle
	}
	return vnspell.OldStyle
}

// FieldEdit is one field a fix changed: where it is, as a Problem names it, and
// its new text.
type FieldEdit struct {
	BlockKey, Field string
	Index           int
	Text            string
}

// ApplyFix makes the change p.Fix offers in r and returns the fields it changed;
// none when p has no fix or its text has changed since it was checked.
func (r *Report) ApplyFix(p Problem) []FieldEdit {
	if p.Fix == nil {
		return nil
	}
	if p.Fix.Restyle != "" {
		st := vnspell.OldStyle
		if p.Fix.Restyle == ToneNew {
			st = vnspell.NewStyle
		}
		var out []FieldEdit
		for _, f := range r.textFields() {
			if nameField(f.field) {
				continue
			}
			if s := restyleText(*f.s, st); s != *f.s {
				*f.s = s
				out = append(out, FieldEdit{f.blockKey, f.field, f.index, s})
			}
		}
		return out
	}
	s := r.fieldText(p.BlockKey, p.Field, p.Index)
	if s == nil {
		return nil
	}
	rs := []rune(*s)
	if p.Start < 0 || p.End > len(rs) || p.Start > p.End || string(rs[p.Start:p.End]) != p.Fix.Was {
		return nil
	}
	*s = string(rs[:p.Start]) + p.Fix.Text + string(rs[p.End:])
	return []FieldEdit{{p.BlockKey, p.Field, p.Index, *s}}
}

// nameField reports whether a field holds people's names: they are written as
// their owners write them, so the checks of words leave them alone.
func nameField(field string) bool {
	switch field {
	case FieldChairName, FieldGuestName, FieldRecipientName, FieldByline, FieldCredit, FieldSourceTag:
		return true
	}
	return false
}

// restyleText places the tone of every word of s in style st.
func restyleText(s string, st vnspell.Style) string {
	var b strings.Builder
	rs := []rune(s)
	changed := false
	for i := 0; i < len(rs); {
		if !wordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && wordRune(rs[j]) {
			j++
		}
		w := string(rs[i:j])
		if x := vnspell.Restyle(w, st); x != w {
			changed = true
			w = x
		}
		b.WriteString(w)
		i = j
	}
	if !changed {
		return s
	}
	return b.String()
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

type fieldRef struct {
	blockKey, field string
	index           int
	s               *string
}

// textFields lists every text of r that the checks read, with where it is.
func (r *Report) textFields() []fieldRef {
	var out []fieldRef
	add := func(blockKey, field string, index int, s *string) {
		out = append(out, fieldRef{blockKey, field, index, s})
	}
	add("", FieldSection, 0, &r.Section)
	add("", FieldHeadline, 0, &r.Headline)
	add("", FieldSourceTag, 0, &r.SourceTag)
	add("", FieldPlace, 0, &r.Event.Place)
	add("", FieldOrganiser, 0, &r.Event.Organiser)
	for i := range r.Event.Chair {
		add("", FieldChairName, i, &r.Event.Chair[i].Name)
		add("", FieldChairTitle, i, &r.Event.Chair[i].Title)
	}
	for i := range r.Event.Guests {
		add("", FieldGuestName, i, &r.Event.Guests[i].Name)
		add("", FieldGuestTitle, i, &r.Event.Guests[i].Title)
	}
	add("", FieldLead, 0, &r.Lead)
	for bi := range r.Body {
		b := &r.Body[bi]
		switch {
		case b.Kind == BlockParagraph:
			add(b.Key, FieldText, 0, &b.Text)
		case b.Kind == BlockPhoto && b.Photo != nil:
			add(b.Key, FieldCaption, 0, &b.Photo.Caption)
			add(b.Key, FieldAlt, 0, &b.Photo.Alt)
			add(b.Key, FieldCredit, 0, &b.Photo.Credit)
		case b.Kind == BlockAwards && b.Awards != nil:
			a := b.Awards
			add(b.Key, FieldAwardForm, 0, &a.Form)
			add(b.Key, FieldAwardBy, 0, &a.By)
			add(b.Key, FieldAwardDecision, 0, &a.Decision)
			for i := range a.Recipients {
				add(b.Key, FieldRecipientName, i, &a.Recipients[i].Name)
				add(b.Key, FieldRecipientUnit, i, &a.Recipients[i].Unit)
				add(b.Key, FieldRecipientTitle, i, &a.Recipients[i].Title)
			}
		}
	}
	for i := range r.Byline {
		add("", FieldByline, i, &r.Byline[i])
	}
	for i := range r.Tags {
		add("", FieldTags, i, &r.Tags[i])
	}
	return out
}

// FieldText returns the text of one field of r, named as a Problem names it; ok is
// false when r has no such field.
func (r *Report) FieldText(blockKey, field string, index int) (text string, ok bool) {
	if s := r.fieldText(blockKey, field, index); s != nil {
		return *s, true
	}
	return "", false
}

// fieldText points at the text of one field of r; nil when there is none.
func (r *Report) fieldText(blockKey, field string, index int) *string {
	for _, f := range r.textFields() {
		if f.blockKey == blockKey && f.field == field && f.index == index {
			return f.s
		}
	}
	return nil
}

// capitalise writes the first letter of s as a capital.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
