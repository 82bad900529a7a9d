package docx_test

import (
	"newsdesk/msg/msgtest"
	"testing"

	_ "newsdesk/docx"
)

// TestMessages: every sentence of docx and wordml is in both languages, with
// the same arguments.
func TestMessages(t *testing.T) {
	msgtest.Check(t, "docx.", "wordml.")
}
