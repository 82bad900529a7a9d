package vnspell

import (
	"strings"

	"newsdesk/vninput"
)

// The syllables Vietnamese writes are those of the typing engine's rules (onset,
// rhyme, tone: vninput.Syllables) that also keep the conventions of the written
// language the engine leaves aside, below. Each is a rule of spelling as schools
// teach it, or a fact of the sound system; none is a list of words.

// gaps are syllables the rules allow that no word is written as, and that reports
// write by mistake: common syllables with their marks left off (không, trên,
// hình). Newsdesk's own, from its reporters' slips.
var gaps = map[string]bool{"khong": true, "tren": true, "hinh": true}

// written reports whether Vietnamese spells s, a syllable the engine's rules make.
func written(s vninput.Syllable) bool {
	o, r := s.Onset, s.Rhyme
	if gaps[s.Text] {
		return false
	}
	front := strings.HasPrefix(r, "e") || strings.HasPrefix(r, "ê") || strings.HasPrefix(r, "i") || strings.HasPrefix(r, "y")
	glide := glideO(r) || glideU(r)
	switch {
	case strings.HasPrefix(r, "y") && r != "y":
		// yê… opens a syllable without an onset (yên, yêu) or after the glide u
		// (uyên): no consonant stands before it
		return o == ""
	case strings.HasPrefix(r, "iê") && o == "":
		return false // without an onset, iê is written yê: yên, not iên
	case r == "y":
		// y alone after a consonant is the long i of hy, kỳ, lý, mỹ, tỷ (and of
		// qu: quy): after the others, i is written (bi, chi, đi, si)
		return strings.Contains("|h|k|l|m|t|qu|", "|"+o+"|") || o == ""
	}
	switch o {
	case "c":
		// /k/ is k before e, ê, i, y and qu before the glide: ca, ke, kỳ, qua
		return !front && !glide
	case "k":
		return front
	case "gh", "ngh":
		// gh, ngh only before e, ê, i: ghi, nghe; g, ng everywhere else
		return front && !strings.HasPrefix(r, "y")
	case "g":
		// g + i is gi ("gì", "gìn"); never before e, ê, y
		return !front || strings.HasPrefix(r, "i")
	case "ng":
		return !front
	case "qu":
		// the u of qu is the glide: no other glide, no u, ư or o after it; and i
		// after qu is written y (quy, quý, quỳnh)
		return !glideO(r) && !strings.HasPrefix(r, "o") &&
			!(strings.HasPrefix(r, "u") && !glideU(r)) && !strings.HasPrefix(r, "ư") &&
			!strings.HasPrefix(r, "i")
	case "gi":
		// the i of gi takes no glide after it, nor y
		return !glide && !strings.HasPrefix(r, "y")
	case "b", "m", "p", "ph", "v":
		// lips closed for b, m, p, v cannot round for the glide o, u at once:
		// no "boa", "muy" (the few loans that have one are in extra.txt)
		if glide {
			return false
		}
	}
	return true
}

// glideO reports whether rhyme r opens with the glide o: oa, oă, oe (hoa, xoăn,
// khoe), not the oo of xoong.
func glideO(r string) bool {
	return strings.HasPrefix(r, "oa") || strings.HasPrefix(r, "oă") || strings.HasPrefix(r, "oe")
}

// glideU reports whether rhyme r opens with the glide u: uâ, uê, uơ, uy (tuân,
// thuê, thuở, tuy), not the vowel u of ua, uô or ui.
func glideU(r string) bool {
	return strings.HasPrefix(r, "uâ") || strings.HasPrefix(r, "uê") || strings.HasPrefix(r, "uơ") || strings.HasPrefix(r, "uy")
}
