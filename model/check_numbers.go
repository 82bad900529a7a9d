package model

import (
	"strconv"
	"strings"
	"unicode"
)

// Nouns of things counted whole: a number before them with a comma every three
// digits ("6,800 cán bộ") can only be thousands written the English way.
var countNouns = map[string]bool{}

func init() {
	for _, n := range []string{
		"người", "cán bộ", "công chức", "viên chức", "đảng viên", "hội viên", "đoàn viên", "lao động",
		"học sinh", "sinh viên", "giáo viên", "đại biểu", "hộ", "gia đình", "doanh nghiệp", "dự án",
		"hồ sơ", "lượt", "văn bản", "thủ tục", "trường", "cơ sở", "nhà", "căn", "suất", "cây",
		"tập thể", "cá nhân", "đơn vị", "xã", "phường", "thôn", "tổ dân phố", "phòng", "lớp",
		"chiếc", "xe", "bệnh nhân", "ca", "vụ", "trẻ em", "cử tri", "thí sinh", "công nhân", "hội nghị",
	} {
		countNouns[n] = true
	}
}

// Units after which "1.5" is a decimal written the English way: a group of
// thousands has three digits.
var decimalUnits = map[string]bool{
	"triệu": true, "tỷ": true, "tỉ": true, "nghìn": true, "ngàn": true, "tấn": true, "km": true,
	"ha": true, "lần": true, "điểm": true, "m": true, "kg": true, "lít": true,
}

// numberRun is a run of digits with the separators between them: "6.800", "86,4",
// "8/1/2026".
type numberRun struct {
	start, end int
	s          string
}

// numberRuns finds the runs of digits, dots, commas, slashes and hyphens without a
// space that start and end with a digit.
func numberRuns(rs []rune) []numberRun {
	var out []numberRun
	for i := 0; i < len(rs); {
		if !isDigit(rs[i]) || i > 0 && (unicode.IsLetter(rs[i-1]) || isDigit(rs[i-1])) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (isDigit(rs[j]) || strings.ContainsRune(".,/-", rs[j]) && j+1 < len(rs) && isDigit(rs[j+1])) {
			j++
		}
		if j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '/' || rs[j] == '-') {
			i = j // part of a code: "30/2020/NĐ-CP", "COVID-19", "4G"
			continue
		}
		out = append(out, numberRun{i, j, string(rs[i:j])})
		i = j
	}
	return out
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// wordsAfter returns the next one and two words after offset at, in lower case.
func wordsAfter(rs []rune, at int) (one, two string) {
	i := at
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i == at || i >= len(rs) {
		return "", ""
	}
	var ws []string
	for k := 0; k < 2 && i < len(rs); k++ {
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Mn, rs[j])) {
			j++
		}
		if j == i {
			break
		}
		ws = append(ws, strings.ToLower(string(rs[i:j])))
		if j >= len(rs) || rs[j] != ' ' {
			break
		}
		i = j + 1
	}
	switch len(ws) {
	case 0:
		return "", ""
	case 1:
		return ws[0], ""
	}
	return ws[0], ws[0] + " " + ws[1]
}

// thousandsWithCommas reports whether s is written as "6,800" or "12,450,000": one to
// three digits, then groups of three after commas.
func groupedBy(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts {
		if strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// dateStyle is how a date is written: its separator, and whether day and month
// are padded to two digits (pad 1: "08/01"), not padded (-1: "8/1"), or the date
// does not tell (0: "15/10").
type dateStyle struct {
	sep byte
	pad int
}

// readDate reads "8/1", "8/1/2026", "08/01/2026", "8-1-2026" or "8.1.2026": day,
// month, and year (0 when not written). Dots and hyphens need the year: "8.1" is a
// number and "8-10" a range.
func readDate(s string) (day, month, year int, st dateStyle, ok bool) {
	var sep byte
	for _, c := range []byte{'/', '-', '.'} {
		if strings.IndexByte(s, c) >= 0 {
			if sep != 0 {
				return 0, 0, 0, st, false
			}
			sep = c
		}
	}
	if sep == 0 || strings.ContainsRune(s, ',') {
		return 0, 0, 0, st, false
	}
	parts := strings.Split(s, string(sep))
	if len(parts) == 2 && sep != '/' || len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, st, false
	}
	num := func(p string, min, max int) (int, bool) {
		n, err := strconv.Atoi(p)
		return n, err == nil && n >= min && n <= max
	}
	var okD, okM, okY bool
	day, okD = num(parts[0], 1, 31)
	month, okM = num(parts[1], 1, 12)
	okY = true
	if len(parts) == 3 {
		year, okY = num(parts[2], 1900, 2100)
		okY = okY && len(parts[2]) == 4
	}
	if !okD || !okM || !okY || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return 0, 0, 0, st, false
	}
	st = dateStyle{sep: sep}
	switch {
	case len(parts[0]) == 2 && parts[0][0] == '0' || len(parts[1]) == 2 && parts[1][0] == '0':
		st.pad = 1
	case len(parts[0]) == 1 || len(parts[1]) == 1:
		st.pad = -1
	}
	return day, month, year, st, true
}

func (st dateStyle) format(day, month, year int) string {
	f := func(n int) string {
		if st.pad > 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	s := f(day) + string(st.sep) + f(month)
	if year > 0 {
		s += string(st.sep) + strconv.Itoa(year)
	}
	return s
}

// checkNumbers finds, in the report's prose, decimals written with a dot ("86.4%",
// "1.5 triệu") and thousands written with commas before a noun of things counted
// whole ("6,800 cán bộ"): Vietnamese writes "86,4%" and "6.800". It also finds dates
// written another way than the report's first ("08/01/2026" after "8/1").
func (c *checker) checkNumbers() {
	type date struct {
		t                text
		start, end       int
		s                string
		day, month, year int
		st               dateStyle
	}
	var dates []date
	for _, t := range c.texts {
		if !t.prose || t.s == "" || !strings.ContainsFunc(t.s, isDigit) {
			continue
		}
		rs := []rune(t.s)
		for _, n := range numberRuns(rs) {
			if d, m, y, st, ok := readDate(n.s); ok {
				dates = append(dates, date{t, n.start, n.end, n.s, d, m, y, st})
				continue
			}
			one, two := wordsAfter(rs, n.end)
			pct := n.end < len(rs) && rs[n.end] == '%' || n.end+1 < len(rs) && rs[n.end] == ' ' && rs[n.end+1] == '%'
			if i := strings.IndexByte(n.s, '.'); i > 0 && strings.Count(n.s, ".") == 1 && !strings.ContainsRune(n.s, ',') &&
				len(n.s)-i-1 <= 2 && (pct || decimalUnits[one]) {
				want := strings.Replace(n.s, ".", ",", 1)
				c.addFix(t.place, ProblemNumber, n.start, n.end,
					msgT("model.check.number.decimal", t.where, n.s, want),
					&Fix{Label: msgT("model.check.fix.replace", want), Text: want, Was: n.s})
				continue
			}
			if groupedBy(n.s, ',') && (countNouns[one] || countNouns[two]) {
				want := strings.ReplaceAll(n.s, ",", ".")
				c.addFix(t.place, ProblemNumber, n.start, n.end,
					msgT("model.check.number.thousands", t.where, n.s, want),
					&Fix{Label: msgT("model.check.fix.replace", want), Text: want, Was: n.s})
			}
		}
	}
	if len(dates) < 2 {
		return
	}
	// The report's way: the first date's separator, and the padding of the first
	// date that shows one.
	style := dateStyle{sep: dates[0].st.sep}
	for _, d := range dates {
		if d.st.pad != 0 {
			style.pad = d.st.pad
			break
		}
	}
	for _, d := range dates[1:] {
		if d.st.sep == style.sep && (d.st.pad == 0 || d.st.pad == style.pad) {
			continue
		}
		want := style.format(d.day, d.month, d.year)
		c.addFix(d.t.place, ProblemDateMixed, d.start, d.end,
			msgT("model.check.date_mixed", d.t.where, d.s, dates[0].s, want),
			&Fix{Label: msgT("model.check.fix.replace", want), Text: want, Was: d.s})
	}
}
