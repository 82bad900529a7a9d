package sqlite

import (
	"context"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// PersonService remembers the people reports name with their titles:
// model.PersonService on SQLite.
type PersonService struct {
	db *DB
}

var _ model.PersonService = (*PersonService)(nil)

// NewPersonService returns the person service of the library db.
func NewPersonService(db *DB) *PersonService {
	return &PersonService{db: db}
}

// FindPeople returns up to limit people (limit <= 0: all) whose name has, for
// every word of the query, a word beginning with it, diacritics and case aside:
// "ng van a" finds "Nguyễn Văn An". Most recently used first, then most used. An
// empty query returns the most recently used.
func (s *PersonService) FindPeople(ctx context.Context, query string, limit int) ([]model.Person, error) {
	var where []string
	var args []any
	seen := map[string]bool{}
	for _, w := range vntext.Words(vntext.Fold(query)) {
		if !seen[w] {
			seen[w] = true
			where, args = append(where, `instr(folded, ?) > 0`), append(args, " "+w)
		}
	}
	q := `SELECT name, title FROM people`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	if limit <= 0 {
		limit = -1
	}
	q, args = q+` ORDER BY used_at DESC, use_count DESC, id DESC LIMIT ?`, append(args, limit)

	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	var out []model.Person
	for rows.Next() {
		var p model.Person
		if err := rows.Scan(&p.Name, &p.Title); err != nil {
			return nil, FormatError(err)
		}
		out = append(out, p)
	}
	return out, FormatError(rows.Err())
}

// RememberPeople records that a report names people now. A person is known by
// their name (spacing aside): named again, they move to the front, and a
// non-empty title replaces the one remembered, since the directory offers what
// was typed last; an empty title keeps it. People without a name are skipped;
// a name given twice counts once, with the last non-empty title given.
func (s *PersonService) RememberPeople(ctx context.Context, people []model.Person) error {
	var byName []model.Person
	index := map[string]int{}
	for _, p := range people {
		name, title := oneSpaced(p.Name), oneSpaced(p.Title)
		if len(vntext.Words(name)) == 0 {
			continue
		}
		if i, ok := index[name]; ok {
			if title != "" {
				byName[i].Title = title
			}
			continue
		}
		index[name] = len(byName)
		byName = append(byName, model.Person{Name: name, Title: title})
	}
	if len(byName) == 0 {
		return nil
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, p := range byName {
		if err := rememberPerson(ctx, tx, p); err != nil {
			return FormatError(err)
		}
	}
	return tx.Commit()
}

// rememberPerson adds p, or updates the person of that name, as used now.
func rememberPerson(ctx context.Context, tx *Tx, p model.Person) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO people (name, title, folded, used_at, use_count) VALUES (?, ?, ?, ?, 1)
		ON CONFLICT (name) DO UPDATE SET
			title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE people.title END,
			used_at = excluded.used_at,
			use_count = people.use_count + 1`,
		p.Name, p.Title, foldedName(p.Name), formatTime(tx.now))
	return err
}

// foldedName is what FindPeople searches of a name: its words folded, each after
// a space.
func foldedName(name string) string {
	var b strings.Builder
	for _, w := range vntext.Words(vntext.Fold(name)) {
		b.WriteByte(' ')
		b.WriteString(w)
	}
	return b.String()
}

// oneSpaced returns s on one line with single spaces between its words.
func oneSpaced(s string) string {
	return strings.Join(strings.Fields(vntext.OneLine(s)), " ")
}
