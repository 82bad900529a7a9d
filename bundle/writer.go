package bundle

import (
	"errors"
	"io"

	"newsdesk/model"
)

func writeBundle(w io.Writer, r *model.Report, photo PhotoFunc, opts Options) error {
	return errors.New("bundle: not written yet")
}
