package main

import (
	"context"
	"fmt"
	"time"

	"newsdesk/model"
)

// pruneAge is how old an unused photo must be before photo prune removes it: a
// window may have just added one it has not saved yet.
const pruneAge = 24 * time.Hour

// runPhotoPrune removes the photos no report and no revision uses any more (a
// photo block deleted, a report deleted) and says how many.
func runPhotoPrune(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	n, err := m.Photos.DeleteUnusedPhotos(ctx, pruneAge)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, msgT("cli.photo.pruned", n))
	return nil
}

func runPhotoAdd(ctx context.Context, m *Main, a *args) error {
	r, err := m.reportArg(ctx, a, 2, 2)
	if err != nil {
		return err
	}
	var words model.PhotoBlock
	words.Caption, _ = a.value("caption")
	words.Credit, _ = a.value("credit")
	words.Alt, _ = a.value("alt")
	return m.desk().AddPhotoFile(ctx, r.ID, a.pos[1], words)
}
