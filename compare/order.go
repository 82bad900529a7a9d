package compare

import (
	"fmt"
	"slices"
	"strings"

	"newsdesk/model"
)

// PartOrder is the key of the part that stands for the order of the blocks both
// versions have, when one side (or each) moved some.
const PartOrder = "order"

// orderPart compares the order of the blocks mine and theirs both have; ok is
// false when it is the same. Against base (the blocks all three have), a side
// that kept base's order did not move anything.
func (m *Merger) orderPart(base *model.Report) (Part, bool) {
	mine, theirs := keys(m.mine.Body), keys(m.theirs.Body)
	both := func(ks []string, other []string) []string {
		return slices.DeleteFunc(slices.Clone(ks), func(k string) bool { return !slices.Contains(other, k) })
	}
	mineSeq, theirsSeq := both(mine, theirs), both(theirs, mine)
	if slices.Equal(mineSeq, theirsSeq) {
		return Part{}, false
	}
	p := Part{Key: PartOrder, mi: -1, ti: -1}
	p.MineText, p.TheirsText = orderText(m.mine.Body, mineSeq), orderText(m.theirs.Body, theirsSeq)
	p.Ops = Words(p.MineText, p.TheirsText)
	var mineMoved, theirsMoved bool
	if base != nil {
		all := keys(base.Body)
		common := both(both(mineSeq, all), theirsSeq)
		baseSeq := both(all, common)
		mineMoved = !slices.Equal(both(mineSeq, common), baseSeq)
		theirsMoved = !slices.Equal(both(theirsSeq, common), baseSeq)
		p.BaseText = orderText(base.Body, baseSeq)
	}
	p.Conflict, p.Choice = decide(false, base != nil, mineMoved, theirsMoved)
	return p, true
}

func keys(body []model.Block) []string {
	out := make([]string, len(body))
	for i, b := range body {
		out[i] = b.Key
	}
	return out
}

// orderText lists the blocks of seq as people recognise them: one a line, the
// first words of a paragraph, a photo's caption, an award list's form.
func orderText(body []model.Block, seq []string) string {
	at := firstByKey(body)
	var lines []string
	for i, k := range seq {
		b := body[at[k]]
		var s string
		switch {
		case b.Kind == model.BlockPhoto && b.Photo != nil:
			s = "[" + b.Photo.Caption + "]"
		case b.Kind == model.BlockAwards && b.Awards != nil:
			s = "[" + b.Awards.Form + "]"
		default:
			words := strings.Fields(b.Text)
			if len(words) > 8 {
				words = append(words[:8], "…")
			}
			s = strings.Join(words, " ")
		}
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, s))
	}
	return strings.Join(lines, "\n")
}

// reorder puts body's blocks that theirs has in theirs' order; each other block
// (mine's own) stays right before the block it preceded, and those after the last
// shared block stay at the end; a block whose key is in follows (theirs' copy kept
// with TakeBoth) stays right after the one before it.
func reorder(body []model.Block, theirs []model.Block, follows map[string]bool) []model.Block {
	at := firstByKey(theirs)
	type group struct {
		anchor int // position in theirs; len(theirs) for the blocks after every shared one
		blocks []model.Block
	}
	var groups []group
	var pending []model.Block
	for _, b := range body {
		if follows[b.Key] && len(pending) == 0 && len(groups) > 0 {
			g := &groups[len(groups)-1]
			g.blocks = append(g.blocks, b)
			continue
		}
		if i, ok := at[b.Key]; ok {
			groups = append(groups, group{anchor: i, blocks: append(pending, b)})
			pending = nil
		} else {
			pending = append(pending, b)
		}
	}
	groups = append(groups, group{anchor: len(theirs), blocks: pending})
	slices.SortStableFunc(groups, func(a, b group) int { return a.anchor - b.anchor })
	out := make([]model.Block, 0, len(body))
	for _, g := range groups {
		out = append(out, g.blocks...)
	}
	return out
}
