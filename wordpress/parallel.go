package wordpress

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// inParallel runs work(ctx, i) for i from 0 to count-1, at most n at a time (3
// when n <= 0: what the portal takes well), and hands out no more once one fails
// or ctx ends; it returns the first error, after cancelling the others. Work that
// shares state locks it itself.
func inParallel(ctx context.Context, n, count int, work func(ctx context.Context, i int) error) error {
	if n <= 0 {
		n = 3
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(n)
	for i := 0; i < count && gctx.Err() == nil; i++ {
		g.Go(func() error { return work(gctx, i) })
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}
