package compare

import (
	"newsdesk/model"
	"newsdesk/vntext"
)

// BlockChange is one body block as it compares between two versions.
type BlockChange struct {
	Key    string
	Kind   model.BlockKind // the new block's kind, or the old one's when removed
	Change Change
	// Edited reports that the content differs, for a block on both sides: always
	// when Change is Modified, and for a Moved block that was also changed.
	Edited bool
	// Old and New are copies of the block on each side; nil when absent.
	Old, New *model.Block
	// Ops is a paragraph's word diff, Old to New (all Insert when added, all Delete
	// when removed).
	Ops []Op
	// Fields are, for a photo, what differs of FieldPhoto (replaced by another
	// picture), model.FieldCaption, model.FieldCredit, model.FieldAlt and
	// FieldRotation; for an award list, model.FieldAwardForm, model.FieldAwardBy,
	// model.FieldAwardDecision and FieldAwardDate.
	Fields []FieldChange
	// Rows are, for an award list, every recipient row in the new order with
	// removed rows where they stood.
	Rows []RowChange
}

// RowChange is one recipient row of an award list as it compares between two
// versions. Rows are matched by name, ignoring case and diacritics; rows left over
// (renamed, or still without a name) are matched by position.
type RowChange struct {
	Change Change
	Edited bool // the row's columns differ (Modified, or Moved and changed)
	// OldIndex and NewIndex are the row's positions, from 0; -1 when absent.
	OldIndex, NewIndex int
	Old, New           *model.Recipient
	// Columns are the columns that differ: model.FieldRecipientName,
	// model.FieldRecipientUnit, model.FieldRecipientTitle, FieldRecipientKind,
	// FieldRecipientForm.
	Columns []FieldChange
}

// blocks compares two bodies, matching blocks by key, then the blocks left over
// by what they hold (see pairUnmatched).
func blocks(old, new []model.Block) []BlockChange {
	byKey := make(map[string][]int)
	for i, b := range old {
		byKey[b.Key] = append(byKey[b.Key], i)
	}
	oldToNew := filled(len(old))
	for j, b := range new {
		if is := byKey[b.Key]; len(is) > 0 {
			oldToNew[is[0]] = j
			byKey[b.Key] = is[1:]
		}
	}
	pairUnmatched(old, new, oldToNew)
	var out []BlockChange
	for _, p := range arrange(oldToNew, len(new)) {
		var o, n *model.Block
		if p.old >= 0 {
			o = &old[p.old]
		}
		if p.new >= 0 {
			n = &new[p.new]
		}
		out = append(out, blockChange(o, n, p.moved))
	}
	return out
}

func blockChange(o, n *model.Block, moved bool) BlockChange {
	c := BlockChange{Old: o, New: n}
	var zero model.Block
	switch {
	case o == nil:
		c.Key, c.Kind, c.Change = n.Key, n.Kind, Added
		zero.Kind = n.Kind
		o = &zero
	case n == nil:
		c.Key, c.Kind, c.Change = o.Key, o.Kind, Removed
		zero.Kind = o.Kind
		n = &zero
	default:
		c.Key, c.Kind = n.Key, n.Kind
	}
	if o.Kind == model.BlockParagraph || n.Kind == model.BlockParagraph {
		if o.Text != n.Text {
			c.Ops = Words(o.Text, n.Text)
		} else if o.Text != "" {
			c.Ops = []Op{{Equal, o.Text}}
		}
	}
	if o.Photo != nil || n.Photo != nil {
		c.Fields = photoFields(o.Photo, n.Photo)
	}
	if o.Awards != nil || n.Awards != nil {
		c.Fields, c.Rows = awardChanges(o.Awards, n.Awards)
	}
	if c.Change != "" {
		return c
	}
	c.Edited = o.Kind != n.Kind || o.Text != n.Text || len(c.Fields) > 0
	for _, r := range c.Rows {
		c.Edited = c.Edited || r.Change != Unchanged
	}
	switch {
	case moved:
		c.Change = Moved
	case c.Edited:
		c.Change = Modified
	default:
		c.Change = Unchanged
	}
	return c
}

func photoFields(o, n *model.PhotoBlock) []FieldChange {
	var zo, zn model.PhotoBlock
	if o == nil {
		o = &zo
	}
	if n == nil {
		n = &zn
	}
	var out []FieldChange
	out = fieldDiff(out, FieldPhoto, "", photoID(o), photoID(n))
	out = fieldDiff(out, model.FieldCaption, "", o.Caption, n.Caption)
	out = fieldDiff(out, model.FieldCredit, "", o.Credit, n.Credit)
	out = fieldDiff(out, model.FieldAlt, "", o.Alt, n.Alt)
	if o.Rotation != n.Rotation {
		out = append(out, FieldChange{Field: FieldRotation, Old: itoa(o.Rotation), New: itoa(n.Rotation)})
	}
	return out
}

// photoID names the picture: its UUID, which is the same in every library (the
// PhotoID is this library's row, so only a stand-in when there is no UUID).
func photoID(p *model.PhotoBlock) string {
	if p.UUID != "" || p.PhotoID == 0 {
		return p.UUID
	}
	return "#" + itoa(int(p.PhotoID))
}

func awardChanges(o, n *model.AwardList) ([]FieldChange, []RowChange) {
	var zo, zn model.AwardList
	if o == nil {
		o = &zo
	}
	if n == nil {
		n = &zn
	}
	var fields []FieldChange
	fields = fieldDiff(fields, model.FieldAwardForm, "", o.Form, n.Form)
	fields = fieldDiff(fields, model.FieldAwardBy, "", o.By, n.By)
	fields = fieldDiff(fields, model.FieldAwardDecision, "", o.Decision, n.Decision)
	fields = fieldDiff(fields, FieldAwardDate, "", string(o.Date), string(n.Date))

	oldToNew := matchRows(o.Recipients, n.Recipients)
	var rows []RowChange
	for _, p := range arrange(oldToNew, len(n.Recipients)) {
		r := RowChange{OldIndex: p.old, NewIndex: p.new}
		var ro, rn model.Recipient
		if p.old >= 0 {
			r.Old = &o.Recipients[p.old]
			ro = *r.Old
		}
		if p.new >= 0 {
			r.New = &n.Recipients[p.new]
			rn = *r.New
		}
		r.Columns = fieldDiff(r.Columns, model.FieldRecipientName, "", ro.Name, rn.Name)
		r.Columns = fieldDiff(r.Columns, model.FieldRecipientUnit, "", ro.Unit, rn.Unit)
		r.Columns = fieldDiff(r.Columns, model.FieldRecipientTitle, "", ro.Title, rn.Title)
		r.Columns = fieldDiff(r.Columns, FieldRecipientKind, "", string(ro.Kind), string(rn.Kind))
		r.Columns = fieldDiff(r.Columns, FieldRecipientForm, "", ro.Form, rn.Form)
		switch {
		case p.old < 0:
			r.Change = Added
		case p.new < 0:
			r.Change = Removed
		default:
			r.Edited = len(r.Columns) > 0
			switch {
			case p.moved:
				r.Change = Moved
			case r.Edited:
				r.Change = Modified
			default:
				r.Change = Unchanged
			}
		}
		rows = append(rows, r)
	}
	return fields, rows
}

// matchRows pairs old rows with new ones: first by name folded (case and
// diacritics ignored, "Nguyễn Thị Lan" = "NGUYEN THI LAN"), the nth of a name with
// the nth; then rows left on both sides at the same position, which covers rows
// without a name and rows renamed in place.
func matchRows(old, new []model.Recipient) []int {
	oldToNew := filled(len(old))
	newToOld := filled(len(new))
	byName := make(map[string][]int)
	for i, r := range old {
		if k := vntext.Fold(r.Name); k != "" {
			byName[k] = append(byName[k], i)
		}
	}
	for j, r := range new {
		k := vntext.Fold(r.Name)
		if is := byName[k]; k != "" && len(is) > 0 {
			oldToNew[is[0]], newToOld[j] = j, is[0]
			byName[k] = is[1:]
		}
	}
	for i := range min(len(old), len(new)) {
		if oldToNew[i] < 0 && newToOld[i] < 0 {
			oldToNew[i], newToOld[i] = i, i
		}
	}
	return oldToNew
}

func filled(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// A slot is one item of a side-by-side listing: old and new positions (-1 when
// absent), and whether a matched item moved.
type slot struct {
	old, new int
	moved    bool
}

// arrange lists matched and unmatched items in the new order, each item missing
// from the new side right after the item that preceded it on the old side. Of the
// matched items, those outside a longest common subsequence of the two orders are
// the ones that moved: the fewest that explain the new order.
func arrange(oldToNew []int, nNew int) []slot {
	newToOld := filled(nNew)
	for i, j := range oldToNew {
		if j >= 0 {
			newToOld[j] = i
		}
	}
	var seq []int // old positions of matched items, in new order
	for _, i := range newToOld {
		if i >= 0 {
			seq = append(seq, i)
		}
	}
	stays := make(map[int]bool, len(seq))
	for _, i := range lis(seq) {
		stays[i] = true
	}
	after := make(map[int][]int) // new position (or -1) → removed old positions
	anchor := -1
	for i, j := range oldToNew {
		if j >= 0 {
			anchor = j
		} else {
			after[anchor] = append(after[anchor], i)
		}
	}
	var out []slot
	for _, i := range after[-1] {
		out = append(out, slot{old: i, new: -1})
	}
	for j, i := range newToOld {
		out = append(out, slot{old: i, new: j, moved: i >= 0 && !stays[i]})
		for _, r := range after[j] {
			out = append(out, slot{old: r, new: -1})
		}
	}
	return out
}

// lis returns a longest strictly increasing subsequence of seq (patience sorting,
// O(n log n)); since the values are distinct positions, it is the longest common
// subsequence of the two orders.
func lis(seq []int) []int {
	var tails []int // tails[l] = index in seq of the smallest tail of a run of length l+1
	prev := make([]int, len(seq))
	for i, v := range seq {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if seq[tails[mid]] < v {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo > 0 {
			prev[i] = tails[lo-1]
		} else {
			prev[i] = -1
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	out := make([]int, len(tails))
	for k, i := len(tails)-1, -1; k >= 0; k-- {
		if k == len(tails)-1 {
			i = tails[k]
		}
		out[k] = seq[i]
		i = prev[i]
	}
	return out
}

// pairUnmatched pairs the blocks that kept no key in common but are one block
// kept on both sides — a paragraph that went through another library's copy and
// came back under a new key, a photo added again — so that the comparison shows
// its word changes rather than the whole of it deleted and added. A photo pairs
// with the same picture; a paragraph with the unpaired paragraph whose words it
// shares most, if they share at least half (Dice's coefficient on folded words).
func pairUnmatched(old, new []model.Block, oldToNew []int) {
	taken := make([]bool, len(new))
	for _, j := range oldToNew {
		if j >= 0 {
			taken[j] = true
		}
	}
	words := func(b *model.Block) map[string]int {
		m := map[string]int{}
		for _, w := range vntext.Words(vntext.Fold(b.Text)) {
			m[w]++
		}
		return m
	}
	newWords := make([]map[string]int, len(new)) // each counted once, when first needed
	for i := range old {
		if oldToNew[i] >= 0 {
			continue
		}
		o := &old[i]
		best, bestScore := -1, 0.5
		var ow map[string]int
		for j := range new {
			if taken[j] || new[j].Kind != o.Kind {
				continue
			}
			n := &new[j]
			switch o.Kind {
			case model.BlockPhoto:
				if o.Photo != nil && n.Photo != nil && photoID(o.Photo) == photoID(n.Photo) {
					best, bestScore = j, 2
				}
			case model.BlockParagraph:
				if ow == nil {
					ow = words(o)
				}
				if newWords[j] == nil {
					newWords[j] = words(n)
				}
				nw := newWords[j]
				common, total := 0, 0
				for w, c := range ow {
					common += min(c, nw[w])
					total += c
				}
				for _, c := range nw {
					total += c
				}
				if total == 0 {
					continue
				}
				if score := 2 * float64(common) / float64(total); score >= bestScore {
					best, bestScore = j, score
				}
			}
		}
		if best >= 0 {
			oldToNew[i], taken[best] = best, true
		}
	}
}
