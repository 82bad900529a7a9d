package sqlite

import (
	"context"
	"strings"
	"unicode/utf8"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Search works on three FTS5 tables, one per tier of results (see the migration),
// whose rowid is the report's change number, which grows with every save. Walking a
// table backwards from the largest rowid therefore meets the last changed reports
// first, and a query that needs 20 results stops after the first 20 matches instead
// of ranking every match, which on a library of 100,000 reports takes an order of
// magnitude longer for a common word.
//
// The tiers are queried in turn, each limited to what is still needed: the words as
// typed (lower-cased, diacritics kept) in the headline, the folded words in the
// folded headline, then the folded words anywhere. Folding (vntext.Fold: no
// diacritics, đ → d) happens in Go on both sides, since SQLite's tokenizers keep đ.

// searchTables are the index's tables, one per tier, best tier first.
var searchTables = [...]string{"search_headline", "search_headline_folded", "search_text"}

// SearchReports returns the reports containing every word of the query, best
// first: headlines with the words as typed (diacritics and all, case aside), then
// headlines with the words folded, then reports with the words anywhere (headline,
// lead, body, captions, award lists, people, byline); last changed first within
// each. Words may come in any order. limit <= 0 returns every match.
func (s *ReportService) SearchReports(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	return s.search(ctx, query, limit, false)
}

// SearchReportsPrefix is SearchReports for a query still being typed: unless the
// query ends with a space (or other non-word character), its last word also
// matches the words it begins, so "hội ngh" finds "hội nghị". A last word of a
// single character is matched whole, as SearchReports does: nearly every report
// has a word starting with any one letter, so it would narrow nothing.
func (s *ReportService) SearchReportsPrefix(ctx context.Context, query string, limit int) ([]model.ReportSummary, error) {
	return s.search(ctx, query, limit, true)
}

// minPrefixRunes is the shortest last word SearchReportsPrefix takes as a prefix.
const minPrefixRunes = 2

// search runs SearchReports (prefix false) or SearchReportsPrefix (prefix true).
func (s *ReportService) search(ctx context.Context, query string, limit int, prefix bool) ([]model.ReportSummary, error) {
	exact := queryTerms(strings.ToLower(vntext.Clean(query)), prefix)
	folded := queryTerms(vntext.Fold(query), prefix)
	if len(exact) == 0 || len(folded) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	// Earlier tiers' reports come again in later ones: asking each for limit rows
	// leaves enough once they are skipped.
	n := -1
	if limit > 0 {
		n = limit
	}
	var seqs []int64
	seen := map[int64]bool{}
	for tier, table := range searchTables {
		if limit > 0 && len(seqs) >= limit {
			break
		}
		terms := folded
		if tier == 0 {
			terms = exact
		}
		found, err := searchTable(ctx, tx, table, terms, n)
		if err != nil {
			return nil, FormatError(err)
		}
		for _, seq := range found {
			if !seen[seq] && (limit <= 0 || len(seqs) < limit) {
				seen[seq] = true
				seqs = append(seqs, seq)
			}
		}
	}
	return summariesBySeq(ctx, tx, seqs)
}

// term is one word of a query, matched whole or, when prefix is set, as the
// beginning of a word.
type term struct {
	word   string
	prefix bool
}

// queryTerms returns the words of q (vntext.Words) as terms, each word once, in
// order. With prefix set, the last word is a prefix term when q ends inside it and
// it has at least minPrefixRunes characters.
func queryTerms(q string, prefix bool) []term {
	words := vntext.Words(q)
	var out []term
	seen := map[string]bool{}
	for i, w := range words {
		last := i == len(words)-1
		if prefix && last && endsInWord(q) && utf8.RuneCountInString(w) >= minPrefixRunes {
			// The whole word, if it came earlier, is kept too: it asks for more.
			out = append(out, term{w, true})
		} else if !seen[w] {
			seen[w] = true
			out = append(out, term{w, false})
		}
	}
	return out
}

// endsInWord reports whether the last character of s belongs to a word, as
// vntext.Words splits them: the person has not finished typing it.
func endsInWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return len(vntext.Words(string(r))) == 1
}

// searchTable returns the change numbers of the last changed n reports (n < 0: all)
// whose entry in the index table matches every term.
func searchTable(ctx context.Context, tx *Tx, table string, terms []term, n int) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM `+table+` WHERE `+table+` MATCH ? ORDER BY rowid DESC LIMIT ?`,
		matchAll(terms), n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var seqs []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, err
		}
		seqs = append(seqs, seq)
	}
	return seqs, rows.Err()
}

// summariesBySeq returns the reports with the given change numbers, in that order.
func summariesBySeq(ctx context.Context, tx *Tx, seqs []int64) ([]model.ReportSummary, error) {
	if len(seqs) == 0 {
		return nil, nil
	}
	args := make([]any, len(seqs))
	for i, seq := range seqs {
		args[i] = seq
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT id, uuid, headline, status, updated_at, change_seq FROM reports
		WHERE change_seq IN (`+placeholders(len(seqs))+`)`, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	bySeq := make(map[int64]model.ReportSummary, len(seqs))
	for rows.Next() {
		var sum model.ReportSummary
		var status string
		var updatedAt timeColumn
		var seq int64
		if err := rows.Scan(&sum.ID, &sum.UUID, &sum.Headline, &status, &updatedAt, &seq); err != nil {
			return nil, FormatError(err)
		}
		sum.Status, sum.UpdatedAt = model.Status(status), updatedAt.Time
		bySeq[seq] = sum
	}
	if err := rows.Err(); err != nil {
		return nil, FormatError(err)
	}
	out := make([]model.ReportSummary, 0, len(seqs))
	for _, seq := range seqs {
		if sum, ok := bySeq[seq]; ok {
			out = append(out, sum)
		}
	}
	return out, nil
}

// matchAll is the FTS5 query requiring every term. Each word is quoted, so nothing
// a person types is read as query syntax; a prefix term is followed by *.
func matchAll(terms []term) string {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = `"` + strings.ReplaceAll(t.word, `"`, `""`) + `"`
		if t.prefix {
			quoted[i] += "*"
		}
	}
	return strings.Join(quoted, " AND ")
}

// indexReport adds r to the search index under the change number seq.
func indexReport(ctx context.Context, tx *Tx, seq int64, r *model.Report) error {
	for i, words := range searchText(r) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO `+searchTables[i]+` (rowid, words) VALUES (?, ?)`, seq, words); err != nil {
			return err
		}
	}
	return nil
}

// reindexReports indexes every report again, a few hundred at a time, after a
// migration has made the search tables anew.
func reindexReports(ctx context.Context, tx *Tx) error {
	const batch = 500
	var after int64
	for {
		rows, err := tx.QueryContext(ctx, `
			SELECT change_seq, content FROM reports WHERE change_seq > ? ORDER BY change_seq LIMIT ?`, after, batch)
		if err != nil {
			return err
		}
		var seqs []int64
		var reports []*model.Report
		n := 0
		for rows.Next() {
			var seq int64
			var content []byte
			if err := rows.Scan(&seq, &content); err != nil {
				rows.Close()
				return err
			}
			after = seq
			// A damaged report stays out of the index, as it stays out of the
			// editor, rather than keeping the whole library from opening.
			var r model.Report
			if decodeContent(content, &r) == nil {
				seqs, reports = append(seqs, seq), append(reports, &r)
			}
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i, r := range reports {
			if err := indexReport(ctx, tx, seqs[i], r); err != nil {
				return err
			}
		}
		if n < batch {
			return nil
		}
	}
}

// unindexReport removes the search entries with the change number seq.
func unindexReport(ctx context.Context, tx *Tx, seq int64) error {
	for _, table := range searchTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE rowid = ?`, seq); err != nil {
			return err
		}
	}
	return nil
}

// searchText returns what each of the index's tables holds of r: the headline's
// words lower-cased, the headline's words folded, and the words of all its text
// folded, each joined by single spaces.
func searchText(r *model.Report) [len(searchTables)]string {
	exact := strings.Join(vntext.Words(strings.ToLower(r.Headline)), " ")
	folded := strings.Join(vntext.Words(vntext.Fold(r.Headline)), " ")

	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		for _, w := range vntext.Words(vntext.Fold(s)) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	people := func(ps []model.Person) {
		for _, p := range ps {
			add(p.Name)
			add(p.Title)
		}
	}
	add(r.Headline)
	add(r.Section)
	add(r.SourceTag)
	add(r.Event.Place)
	add(r.Event.Organiser)
	people(r.Event.Chair)
	people(r.Event.Guests)
	add(r.Lead)
	for _, blk := range r.Body {
		add(blk.Text)
		if p := blk.Photo; p != nil {
			add(p.Caption)
			add(p.Credit)
			add(p.Alt)
		}
		if a := blk.Awards; a != nil {
			add(a.Form)
			add(a.By)
			add(a.Decision)
			for _, rc := range a.Recipients {
				add(rc.Name)
				add(rc.Unit)
				add(rc.Title)
				add(rc.Form)
			}
		}
	}
	for _, s := range r.Byline {
		add(s)
	}
	for _, s := range r.Tags {
		add(s)
	}
	return [len(searchTables)]string{exact, folded, b.String()}
}
