package wordpress

import (
	"context"
	"sync"
)

// inParallel runs work(ctx, i) for i from 0 to count-1, at most n at a time (3
// when n <= 0: what the portal takes well), and hands out no more once one fails
// or ctx ends; it returns the first error, after cancelling the others. Work that
// shares state locks it itself.
func inParallel(ctx context.Context, n, count int, work func(ctx context.Context, i int) error) error {
	if n <= 0 {
		n = 3
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	for i := 0; i < count && ctx.Err() == nil; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := work(ctx, i); err != nil {
				once.Do(func() { first = err; cancel() })
			}
		}()
	}
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}
