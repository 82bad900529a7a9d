package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/vntext"
)

// mention is a person named with a title somewhere in the report.
type mention struct {
	name  string // as written
	key   string // the name compared: lower case, each word's tone apart
	title string // as written
	// variants are the title's words as compared: the whole title, each post of a
	// title that lists several ("Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Ủy ban
	// nhân dân thành phố"), and on award lists the title with the unit after it.
	variants [][]titleWord
	posts    bool // the title lists several posts
	exact    bool // from a field, not read from a sentence
	place    place
	offset   int // of the title in its text, for a sentence
}

// checkTitles finds one person given two different titles: in the event's chair and
// guests, on award lists, and in sentences of the form "đồng chí NAME, TITLE phát
// biểu…". Titles agree when one starts the other ("Giám đốc" and "Giám đốc Sở Nội
// vụ"); a title read from a sentence differs only where both go on with a capital
// letter, so the words of the sentence after the title never count.
func (c *checker) checkTitles() {
	var all []mention
	for _, t := range c.texts {
		switch {
		case t.person != nil:
			p := t.person
			if strings.TrimSpace(p.name) == "" || strings.TrimSpace(p.title) == "" {
				continue
			}
			m := mention{name: p.name, title: p.title, variants: titleVariants(p.title), exact: true, place: t.place}
			m.posts = len(m.variants) > 1
			if p.unit != "" {
				m.variants = append(m.variants, titleWords(p.title+" "+p.unit))
			}
			all = append(all, m)
		case t.prose:
			all = append(all, readMentions(t)...)
		}
	}
	byName := map[string][]mention{}
	var names []string
	for _, m := range all {
		m.key = personKey(m.name)
		if m.key == "" || len(m.variants) == 0 || len(m.variants[0]) == 0 {
			continue
		}
		if byName[m.key] == nil {
			names = append(names, m.key)
		}
		byName[m.key] = append(byName[m.key], m)
	}
	for _, name := range names {
		ms := byName[name]
		for i, m := range ms {
			if i == 0 || agreesWithAny(m, ms[:i]) {
				continue
			}
			p := ms[0]
			if explained(p, m, ms) {
				continue
			}
			start, end := 0, 0
			if !m.exact {
				start, end = m.offset, m.offset+utf8.RuneCountInString(m.title)
			}
			c.add(m.place, ProblemTitleConflict, start, end,
				msgT("model.check.title_conflict", m.place.where, strings.TrimSpace(m.name), strings.TrimSpace(m.title), lowerFirst(p.place.where), strings.TrimSpace(p.title)))
		}
	}
}

func agreesWithAny(m mention, others []mention) bool {
	for _, o := range others {
		if titlesAgree(o, m) {
			return true
		}
	}
	return false
}

// explained reports whether another mention lists both titles as posts of one
// person ("Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Ủy ban nhân dân thành phố").
func explained(p, m mention, ms []mention) bool {
	for _, q := range ms {
		if q.posts && titlesAgree(q, p) && titlesAgree(q, m) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// personKey is a name as compared: words in lower case with the tone apart, so
// "Thủy" and "Thuỷ" are one name and "Đức" and "Dục" are two.
func personKey(name string) string {
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(name)) {
		if i > 0 {
			b.WriteByte(' ')
		}
		letters, tone := vntext.SplitTone(w)
		b.WriteString(letters)
		b.WriteByte(byte('0' + tone))
	}
	return b.String()
}

type titleWord struct {
	s          string // folded
	capital    bool
	afterComma bool
}

// abbreviations titles are written with, folded, and what they stand for.
var abbreviations = map[string]string{
	"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
	"mttq": "mat tran to quoc", "bch": "ban chap hanh", "ub": "uy ban",
}

func titleWords(title string) []titleWord {
	var out []titleWord
	comma := false
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ';' || r == '-' || r == '–'
	}) {
		if w = strings.TrimLeft(w, ","); w == "" {
			comma = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		up := unicode.IsUpper(r)
		next := strings.HasSuffix(w, ",")
		w = strings.TrimRight(w, ",")
		f := string(fold(w))
		if exp, ok := abbreviations[f]; ok && strings.ToUpper(w) == w {
			for i, x := range strings.Fields(exp) {
				out = append(out, titleWord{x, up, comma && i == 0})
			}
		} else if f != "" {
			out = append(out, titleWord{f, up, comma})
		}
		comma = next
	}
	return out
}

// titleVariants returns the title's words, then those of each post it lists: posts
// are parted by a comma before a capital ("Bí thư Đảng ủy, Giám đốc Sở") or by "kiêm".
func titleVariants(title string) [][]titleWord {
	all := titleWords(title)
	out := [][]titleWord{all}
	var post []titleWord
	for _, w := range all {
		if (w.afterComma && w.capital || w.s == "kiem") && len(post) > 0 {
			out = append(out, post)
			post = nil
		}
		if w.s != "kiem" {
			post = append(post, w)
		}
	}
	if len(out) > 1 && len(post) > 0 {
		out = append(out, post)
	}
	return out
}

// titlesAgree reports whether two mentions' titles can be the same post: one title
// (or one of the posts it lists) starts the other's.
func titlesAgree(a, b mention) bool {
	for _, x := range a.variants {
		for _, y := range b.variants {
			k := 0
			for k < len(x) && k < len(y) && x[k].s == y[k].s {
				k++
			}
			switch {
			case k == len(x) || k == len(y):
				return true
			case !(a.exact && b.exact) && !(x[k].capital && y[k].capital):
				return true // a sentence goes on after the title
			}
		}
	}
	return false
}

// Words that open a person's mention, and words that end the title after the name:
// what the person does, or a joining word. Both are compared in lower case with
// their marks: folded, "nhân" (in "nhân dân") would be "nhận", "đốc" would be "đọc".
var (
	mentionOpeners = map[string]bool{"đồng chí": true, "ông": true, "bà": true}
	titleEnders    = map[string]bool{}
)

func init() {
	for _, e := range []string{
		"phát biểu", "trao", "tặng", "chủ trì", "dự", "tham dự", "chỉ đạo", "báo cáo",
		"trình bày", "kết luận", "khai mạc", "bế mạc", "làm việc", "kiểm tra", "thăm",
		"chúc mừng", "gắn", "nhận", "điều hành", "giới thiệu", "quán triệt", "thông qua",
		"đọc", "công bố", "cùng", "và", "nhấn mạnh", "khẳng định", "biểu dương", "đánh giá",
		"đề nghị", "yêu cầu", "cho biết", "chia sẻ", "ghi nhận", "trả lời", "tiếp", "đang",
		"cắt", "bấm", "ký", "kí", "đã", "sẽ", "tại", "với", "cho", "khi", "khen", "là", "được",
		"lên", "về", "khảo sát", "động viên", "hướng dẫn", "trực tiếp", "tham gia", "trong",
		"để", "thay mặt", "nêu", "nói", "giao", "chụp", "bên", "ở", "đến", "từ", "cũng",
	} {
		titleEnders[e] = true
	}
}

// readMentions reads "đồng chí NAME, TITLE …" in a sentence: NAME is two to five
// capitalised words ending at a comma; TITLE starts with a capital and ends before a
// lower-case word of titleEnders, a bracket, or the end of the clause.
func readMentions(t text) []mention {
	rs := []rune(t.s)
	lower := []rune(strings.ToLower(t.s))
	if len(lower) != len(rs) {
		return nil
	}
	var out []mention
	ws := splitWords(lower, 0, len(lower))
	for i := 0; i < len(ws); i++ {
		n := 0
		switch {
		case i+1 < len(ws) && mentionOpeners[ws[i].s+" "+ws[i+1].s] && ws[i].end+1 == ws[i+1].start:
			n = 2
		case mentionOpeners[ws[i].s]:
			n = 1
		default:
			continue
		}
		j := i + n
		var name []word
		comma := false
		for ; j < len(ws) && len(name) < 5; j++ {
			if !unicode.IsUpper(rs[ws[j].start]) || !allLetters(rs[ws[j].start:ws[j].end]) {
				break
			}
			name = append(name, ws[j])
			if e := ws[j].end; e < len(rs) && rs[e] == ',' {
				comma = true
				j++
				break
			}
			if e := ws[j].end; e >= len(rs) || rs[e] != ' ' {
				break
			}
		}
		if !comma || len(name) < 2 || j >= len(ws) || !unicode.IsUpper(rs[ws[j].start]) {
			continue
		}
		titleStart, titleEnd := ws[j].start, len(rs)
	title:
		for k := j; k < len(ws); k++ {
			w := ws[k]
			if k > j {
				for _, p := range rs[ws[k-1].end:w.start] {
					if strings.ContainsRune("(.;:!?\n", p) {
						titleEnd = ws[k-1].end
						break title
					}
				}
				two := ""
				if k+1 < len(ws) {
					two = w.s + " " + ws[k+1].s
				}
				if unicode.IsLower(rs[w.start]) && (titleEnders[w.s] || titleEnders[two]) {
					titleEnd = ws[k-1].end
					break title
				}
			}
			titleEnd = w.end
			if k-j > 25 {
				break
			}
		}
		title := strings.TrimRight(string(rs[titleStart:titleEnd]), " ,")
		variants := titleVariants(title)
		out = append(out, mention{
			posts:    len(variants) > 1,
			name:     string(rs[name[0].start:name[len(name)-1].end]),
			title:    title,
			variants: variants,
			place:    t.place,
			offset:   titleStart,
		})
		i = j
	}
	return out
}

func allLetters(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
