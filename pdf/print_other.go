//go:build !windows

package pdf

import "context"

// printSystem prints through CUPS: lp has read the file when it returns, so no
// program is handed the file.
func printSystem(ctx context.Context, path, printer string) (name string, handed bool, err error) {
	name, err = printCUPS(ctx, path, printer)
	return name, false, err
}
