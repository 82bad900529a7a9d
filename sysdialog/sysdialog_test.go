package sysdialog

import "testing"

func TestBareExtensions(t *testing.T) {
	got := bare([]string{".csv", ".xlsx", "docx"})
	if len(got) != 3 || got[0] != "csv" || got[1] != "xlsx" || got[2] != "docx" {
		t.Errorf("bare = %q", got)
	}
}
