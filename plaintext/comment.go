package plaintext

import (
	"fmt"
	"strconv"

	"newsdesk/model"
	"newsdesk/msg"
	"newsdesk/vntext"
)

// Comment is one comment's line, tab-separated: its number in this library, the
// place it points to (Place; "↳N" for a reply in thread N), author, open or
// resolved (empty for a reply), text.
func Comment(c model.Comment, place string) string {
	state := msg.T("plaintext.comment.open")
	if c.Resolved {
		state = msg.T("plaintext.comment.resolved")
	}
	if c.ReplyTo != "" {
		state = ""
	}
	return fmt.Sprintf("%d\t%s\t%s\t%s\t%s\n", c.ID, place, vntext.OneLine(c.Author), state, vntext.OneLine(c.Text))
}

// Place is where the comment points, as the command line takes it: "-" for the
// whole report, a field's name (headline, lead, event, byline), a body block's
// number, "3:2" for row 2 of block 3's award list.
func Place(r *model.Report, c model.Comment) string {
	switch c.BlockKey {
	case "":
		return "-"
	case model.FieldHeadline, model.FieldLead, model.FieldEvent, model.FieldByline:
		return c.BlockKey
	}
	for i, b := range r.Body {
		if b.Key == c.BlockKey {
			if c.Row > 0 {
				return fmt.Sprintf("%d:%d", i+1, c.Row)
			}
			return strconv.Itoa(i + 1)
		}
	}
	return msg.T("plaintext.comment.gone")
}

// BlockAt is the key of the block a place names as Place writes it: a body
// block's number or a field's name. Anything else is EINVALID, saying what may be
// given.
func BlockAt(r *model.Report, place string) (string, error) {
	switch place {
	case model.FieldHeadline, model.FieldLead, model.FieldEvent, model.FieldByline:
		return place, nil
	}
	n, err := strconv.Atoi(place)
	if err != nil || n < 1 || n > len(r.Body) {
		return "", model.Errorf(model.EINVALID, "plaintext.place.block", place, len(r.Body))
	}
	return r.Body[n-1].Key, nil
}

// RowAt is the number of a row of the award list in block key, as Place writes
// it after the colon; a row that list does not have is EINVALID.
func RowAt(r *model.Report, key, row string) (int, error) {
	n, err := strconv.Atoi(row)
	for _, b := range r.Body {
		if b.Key == key && err == nil && n >= 1 && b.Awards != nil && n <= len(b.Awards.Recipients) {
			return n, nil
		}
	}
	return 0, model.Errorf(model.EINVALID, "plaintext.place.row", row)
}
