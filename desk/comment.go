package desk

import (
	"context"

	"newsdesk/model"
	"newsdesk/vntext"
)

// Thread is a comment with the replies that answer it, oldest first.
type Thread struct {
	model.Comment
	Replies []model.Comment
}

// Threads is report id's comments as threads, in the library's order; resolved
// threads are left out unless all.
func (d *Desk) Threads(ctx context.Context, id int64, all bool) ([]Thread, error) {
	list, err := d.Comments.FindComments(ctx, id)
	if err != nil {
		return nil, err
	}
	var out []Thread
	for _, c := range list {
		if c.ReplyTo != "" || (c.Resolved && !all) {
			continue
		}
		t := Thread{Comment: c}
		for _, reply := range list {
			if reply.ReplyTo == c.UUID {
				t.Replies = append(t.Replies, reply)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// Comment adds comment c on report r — on the report, a block, a row of an award
// list or a field, as c says — or, when replyTo is a comment's number, in reply
// to it: the answer joins that comment's thread, at its place. A comment records
// who wrote it, so without the user's name (reporter.name) it is refused. A
// replyTo that names no comment on r is an ENOTFOUND error.
func (d *Desk) Comment(ctx context.Context, r *model.Report, c *model.Comment, replyTo int64) error {
	if name, err := d.Settings.Setting(ctx, model.SettingReporter); err != nil {
		return err
	} else if vntext.OneLine(name) == "" {
		return model.Errorf(model.EINVALID, "desk.comment.noname")
	}
	if replyTo != 0 {
		list, err := d.Comments.FindComments(ctx, r.ID)
		if err != nil {
			return err
		}
		for _, other := range list {
			if other.ID == replyTo {
				c.ReplyTo, c.BlockKey, c.Row = other.UUID, other.BlockKey, other.Row
				if other.ReplyTo != "" {
					c.ReplyTo = other.ReplyTo // answers go to the thread
				}
			}
		}
		if c.ReplyTo == "" {
			return model.Errorf(model.ENOTFOUND, "desk.comment.reply", replyTo)
		}
	}
	c.ReportID = r.ID
	c.Quote = model.QuoteOf(r, c.BlockKey, c.Row)
	return d.Comments.CreateComment(ctx, c)
}
