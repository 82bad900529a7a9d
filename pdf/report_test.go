package pdf_test

import (
	"testing"
)

func TestSampleRender(t *testing.T) {
	r, lib := sample(t)
	data, _ := encodeReport(t, lib, r)
	path := writePDF(t, data)
	t.Logf("pages %d size %d", pageCount(t, path), len(data))
}
