package bundle

import (
	"errors"
	"io"

	"newsdesk/model"
)

func readBundle(r io.ReaderAt, size int64) (*model.Report, []model.ImportPhoto, error) {
	return nil, nil, errors.New("bundle: not read yet")
}
