package compare

// A script is an edit script over tokens: one Equal, Delete or Insert per token, in
// order.
type script []OpKind

// diffTokens returns the shortest edit script turning a into b, with the common
// prefix and suffix trimmed first; nil when more than maxD edits would be needed
// (and a and b differ).
func diffTokens(a, b []int32, maxD int) script {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	mid := myers(a[p:len(a)-s], b[p:len(b)-s], maxD)
	if mid == nil && (len(a)-p-s > 0 || len(b)-p-s > 0) {
		return nil
	}
	out := make(script, 0, p+len(mid)+s)
	for range p {
		out = append(out, Equal)
	}
	out = append(out, mid...)
	for range s {
		out = append(out, Equal)
	}
	return out
}

// myers is Myers' O(ND) greedy algorithm ("An O(ND) Difference Algorithm and Its
// Variations", 1986). Each round's frontier is kept (D²/2 integers) to walk the
// path back; with D capped at maxD that stays a few megabytes at most, and is
// simpler and, at these sizes, faster than the linear-space bisection.
func myers(a, b []int32, maxD int) script {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		if n+m > maxD {
			return nil
		}
		out := make(script, 0, n+m)
		for range n {
			out = append(out, Delete)
		}
		for range m {
			out = append(out, Insert)
		}
		return out
	}
	if maxD > n+m {
		maxD = n + m
	}
	off := maxD + 1
	v := make([]int32, 2*maxD+3)
	// trace[d] is round d's frontier on diagonals k = -d, -d+2, …, d, carved out of
	// large chunks so the rounds are neither copied nor allocated one by one.
	var trace [][]int32
	var chunk []int32
	get := func(d, k int) int { return int(trace[d][(k+d)/2]) }
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = int(v[off+k+1])
			} else {
				x = int(v[off+k-1]) + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				return backtrack(d, n, m, get)
			}
		}
		if len(chunk) < d+1 {
			chunk = make([]int32, max(min(1<<16, 16*(d+1)), d+1))
		}
		row := chunk[: d+1 : d+1]
		chunk = chunk[d+1:]
		for i := range row {
			row[i] = v[off-d+2*i]
		}
		trace = append(trace, row)
	}
	return nil
}

func backtrack(d, n, m int, get func(d, k int) int) script {
	rev := make(script, 0, n+m)
	x, y := n, m
	for ; d > 0; d-- {
		k := x - y
		var pk int
		if k == -d || (k != d && get(d-1, k-1) < get(d-1, k+1)) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := get(d-1, pk)
		py := px - pk
		for x > px && y > py {
			rev = append(rev, Equal)
			x--
			y--
		}
		if x == px {
			rev = append(rev, Insert)
			y--
		} else {
			rev = append(rev, Delete)
			x--
		}
	}
	for ; x > 0; x-- {
		rev = append(rev, Equal)
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// coarse is the fallback for texts too different for an exact diff within
// maxEdits: it diffs sentences first (a sentence ends after . ! ? … ; or a line
// break, with the whitespace after it), then words within each run of changed
// sentences, and where even that is too far apart, replaces the run whole. Its cost
// is bounded by about (N+M)·maxEdits token comparisons.
func coarse(ta, tb []string, ia, ib []int32) script {
	sa, sb := sentences(ta), sentences(tb)
	ids := make(map[string]int32)
	num := func(ts []string, bounds []int) []int32 {
		out := make([]int32, len(bounds)-1)
		for i := range out {
			key := join(ts[bounds[i]:bounds[i+1]])
			id, ok := ids[key]
			if !ok {
				id = int32(len(ids))
				ids[key] = id
			}
			out[i] = id
		}
		return out
	}
	na, nb := num(ta, sa), num(tb, sb)
	ss := diffTokens(na, nb, maxEdits)
	whole := len(ss) == 0 || (countKind(ss, Equal) == 0)
	var out script
	replace := func(a0, a1, b0, b1 int) {
		var sub script
		if !whole {
			sub = diffTokens(ia[a0:a1], ib[b0:b1], maxEdits)
		}
		if sub == nil {
			for range a1 - a0 {
				sub = append(sub, Delete)
			}
			for range b1 - b0 {
				sub = append(sub, Insert)
			}
		}
		out = append(out, sub...)
	}
	if ss == nil {
		replace(0, len(ta), 0, len(tb))
		return out
	}
	i, j := 0, 0 // sentence indices
	for k := 0; k < len(ss); {
		if ss[k] == Equal {
			for range sa[i+1] - sa[i] {
				out = append(out, Equal)
			}
			i, j, k = i+1, j+1, k+1
			continue
		}
		i0, j0 := i, j
		for ; k < len(ss) && ss[k] != Equal; k++ {
			if ss[k] == Delete {
				i++
			} else {
				j++
			}
		}
		replace(sa[i0], sa[i], sb[j0], sb[j])
	}
	return out
}

func countKind(s script, k OpKind) int {
	n := 0
	for _, x := range s {
		if x == k {
			n++
		}
	}
	return n
}

// sentences returns the token indices where sentences start, and len(ts) last.
func sentences(ts []string) []int {
	bounds := []int{0}
	for i, t := range ts {
		if tokenClass(t) != classSpace || i == 0 || i == len(ts)-1 {
			continue
		}
		switch prev := ts[i-1]; {
		case containsNewline(t), prev == ".", prev == "!", prev == "?", prev == "…", prev == ";":
			bounds = append(bounds, i+1)
		}
	}
	return append(bounds, len(ts))
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}
