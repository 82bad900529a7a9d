package compare

import (
	"strings"
	"unicode/utf8"
)

// A hunk is a run of equal tokens, or of edits between two equal runs: tokens
// a[a0:a1] of the old text and b[b0:b1] of the new.
type hunk struct {
	equal          bool
	a0, a1, b0, b1 int
}

func hunks(s script) []hunk {
	var hs []hunk
	x, y := 0, 0
	for k := 0; k < len(s); {
		h := hunk{equal: s[k] == Equal, a0: x, b0: y}
		for ; k < len(s) && (s[k] == Equal) == h.equal; k++ {
			switch s[k] {
			case Equal:
				x++
				y++
			case Delete:
				x++
			case Insert:
				y++
			}
		}
		h.a1, h.b1 = x, y
		hs = append(hs, h)
	}
	return hs
}

// slide moves each pure insertion or deletion along the equal tokens around it to
// where it reads best: starting on a word and ending before a space ("nghị [lần
// ]tổng" rather than "nghị[ lần] tổng"), or at a line break, as diff-match-patch's
// lossless cleanup does with characters.
func slide(hs []hunk, ta, tb []string, ia, ib []int32) {
	for i := 1; i+1 < len(hs); i++ {
		h := &hs[i]
		prev, next := &hs[i-1], &hs[i+1]
		if h.equal || !prev.equal || !next.equal {
			continue
		}
		var seq []int32
		var toks []string
		var lo, hi int
		switch {
		case h.b0 == h.b1:
			seq, toks, lo, hi = ia, ta, h.a0, h.a1
		case h.a0 == h.a1:
			seq, toks, lo, hi = ib, tb, h.b0, h.b1
		default:
			continue
		}
		start := lo
		left, right := prev.a1-prev.a0, next.a1-next.a0
		for left > 0 && seq[lo-1] == seq[hi-1] {
			lo, hi, left, right = lo-1, hi-1, left-1, right+1
		}
		best, bestScore := lo, boundaryScore(toks, lo, hi)
		for right > 0 && seq[lo] == seq[hi] {
			lo, hi, left, right = lo+1, hi+1, left+1, right-1
			if sc := boundaryScore(toks, lo, hi); sc >= bestScore {
				best, bestScore = lo, sc
			}
		}
		if d := best - start; d != 0 {
			prev.a1 += d
			prev.b1 += d
			h.a0, h.a1, h.b0, h.b1 = h.a0+d, h.a1+d, h.b0+d, h.b1+d
			next.a0 += d
			next.b0 += d
		}
	}
}

func boundaryScore(toks []string, lo, hi int) int {
	var l0, r1 string
	if lo > 0 {
		l0 = toks[lo-1]
	}
	if hi < len(toks) {
		r1 = toks[hi]
	}
	return pairScore(l0, toks[lo]) + pairScore(toks[hi-1], r1)
}

func pairScore(x, y string) int {
	if x == "" || y == "" {
		return 6
	}
	cx, cy := tokenClass(x), tokenClass(y)
	switch {
	case cx == classSpace && containsNewline(x), cy == classSpace && containsNewline(y):
		return 5
	case cx == classSpace && cy != classSpace:
		return 3
	case cx != classSpace && cy == classSpace:
		return 2
	}
	return 1
}

func toOps(hs []hunk, ta, tb []string) []Op {
	var b opBuilder
	for _, h := range hs {
		if h.equal {
			b.add(Equal, join(ta[h.a0:h.a1]))
			continue
		}
		b.add(Delete, join(ta[h.a0:h.a1]))
		b.add(Insert, join(tb[h.b0:h.b1]))
	}
	return b.done()
}

// opBuilder gathers ops, merging neighbours of a kind and putting, between two
// equalities, all that was deleted before all that was inserted.
type opBuilder struct {
	ops      []Op
	del, ins strings.Builder
}

func (b *opBuilder) add(k OpKind, s string) {
	if s == "" {
		return
	}
	switch k {
	case Delete:
		b.del.WriteString(s)
	case Insert:
		b.ins.WriteString(s)
	default:
		b.flush()
		if n := len(b.ops); n > 0 && b.ops[n-1].Kind == Equal {
			b.ops[n-1].Text += s
		} else {
			b.ops = append(b.ops, Op{Equal, s})
		}
	}
}

func (b *opBuilder) flush() {
	if b.del.Len() > 0 {
		b.ops = append(b.ops, Op{Delete, b.del.String()})
		b.del.Reset()
	}
	if b.ins.Len() > 0 {
		b.ops = append(b.ops, Op{Insert, b.ins.String()})
		b.ins.Reset()
	}
}

func (b *opBuilder) done() []Op {
	b.flush()
	return b.ops
}

// cleanupSemantic folds into the edits around it each equality no longer than the
// edits on either side ("[tổng] [kết]" with a lone space between becomes one
// change), after diff-match-patch's diff_cleanupSemantic, measuring in characters.
// Then it gives back to the equalities around a change the tokens the deleted and
// inserted texts start or end with alike.
func cleanupSemantic(ops []Op) []Op {
	changed := false
	var equalities []int // indices of candidate equalities
	lastEq := -1
	var ins1, del1, ins2, del2 int
	for i := 0; i < len(ops); i++ {
		if ops[i].Kind == Equal {
			equalities = append(equalities, i)
			ins1, del1, ins2, del2 = ins2, del2, 0, 0
			lastEq = i
			continue
		}
		n := utf8.RuneCountInString(ops[i].Text)
		if ops[i].Kind == Insert {
			ins2 += n
		} else {
			del2 += n
		}
		if lastEq < 0 {
			continue
		}
		eq := utf8.RuneCountInString(ops[lastEq].Text)
		if eq > max(ins1, del1) || eq > max(ins2, del2) {
			continue
		}
		// Replace the equality by its deletion and insertion.
		text := ops[lastEq].Text
		ops = append(ops[:lastEq+1], ops[lastEq:]...)
		ops[lastEq] = Op{Delete, text}
		ops[lastEq+1] = Op{Insert, text}
		equalities = equalities[:len(equalities)-1] // this one
		if len(equalities) > 0 {
			equalities = equalities[:len(equalities)-1] // and the one before, to look again
		}
		if len(equalities) > 0 {
			i = equalities[len(equalities)-1]
		} else {
			i = -1
		}
		ins1, del1, ins2, del2 = 0, 0, 0, 0
		lastEq = -1
		changed = true
		if i >= 0 {
			// Re-enter the loop at that equality, as if just seen.
			i--
			equalities = equalities[:len(equalities)-1]
		}
	}
	if !changed {
		return ops
	}
	return mergeOps(ops)
}

// mergeOps merges neighbouring ops and moves the tokens a change's deleted and
// inserted texts share at their start or end into the equalities around it.
func mergeOps(ops []Op) []Op {
	var b opBuilder
	var del, ins strings.Builder
	flush := func() {
		d, in := del.String(), ins.String()
		del.Reset()
		ins.Reset()
		if d != "" && in != "" {
			td, ti := tokenize(d), tokenize(in)
			p := 0
			for p < len(td) && p < len(ti) && td[p] == ti[p] {
				p++
			}
			s := 0
			for s < len(td)-p && s < len(ti)-p && td[len(td)-1-s] == ti[len(ti)-1-s] {
				s++
			}
			b.add(Equal, join(td[:p]))
			b.add(Delete, join(td[p:len(td)-s]))
			b.add(Insert, join(ti[p:len(ti)-s]))
			b.add(Equal, join(td[len(td)-s:]))
			return
		}
		b.add(Delete, d)
		b.add(Insert, in)
	}
	for _, op := range ops {
		switch op.Kind {
		case Delete:
			del.WriteString(op.Text)
		case Insert:
			ins.WriteString(op.Text)
		default:
			flush()
			b.add(Equal, op.Text)
		}
	}
	flush()
	return b.done()
}
