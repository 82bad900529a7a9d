package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"newsdesk/model"
	"newsdesk/plaintext"
)

// runComments prints the report's comments one a line: the comment's number in
// this library, where it points (a block by its number in the body, "3:2" for row 2
// of block 3, or a field), author, open or resolved, text. Resolved threads are
// left out unless --all. Replies follow their thread, their place "↳N".
func runComments(ctx context.Context, m *Main, a *args) error {
	r := a.report
	threads, err := m.desk().Threads(ctx, r.ID, a.isSet("all"))
	if err != nil {
		return err
	}
	for _, t := range threads {
		fmt.Fprint(m.Stdout, plaintext.Comment(t.Comment, plaintext.Place(r, t.Comment)))
		for _, reply := range t.Replies {
			fmt.Fprint(m.Stdout, plaintext.Comment(reply, "↳"+strconv.FormatInt(t.ID, 10)))
		}
	}
	return nil
}

// runComment adds a comment on the report (or a block, an award row, a field, or
// in reply to a comment) and prints its number.
func runComment(ctx context.Context, m *Main, a *args) (err error) {
	r, c := a.report, &model.Comment{Text: a.pos[1]}
	if block, ok := a.value("block"); ok {
		if c.BlockKey, err = plaintext.BlockAt(r, block); err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
	}
	if row, ok := a.value("row"); ok {
		if c.Row, err = plaintext.RowAt(r, c.BlockKey, row); err != nil {
			return &usageError{msg: model.ErrorMessage(err)}
		}
	}
	var replyTo int64
	reply, ok := a.value("reply")
	if ok {
		if replyTo, err = strconv.ParseInt(reply, 10, 64); err != nil || replyTo == 0 {
			return usageErr("cli.comment.reply", reply)
		}
	}
	err = m.desk().Comment(ctx, r, c, replyTo)
	if replyTo != 0 && model.ErrorCode(err) == model.ENOTFOUND {
		return usageErr("cli.comment.reply", reply)
	}
	return m.printID(c.ID, err)
}

// runResolve marks a comment's thread resolved, or open again with --reopen.
func runResolve(ctx context.Context, m *Main, a *args) error {
	n, err := strconv.ParseInt(strings.TrimSpace(a.pos[0]), 10, 64)
	if err != nil || n <= 0 {
		return usageErr("cli.comment.reply", a.pos[0])
	}
	return m.Comments.ResolveComment(ctx, n, !a.isSet("reopen"), "")
}
