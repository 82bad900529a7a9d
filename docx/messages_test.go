package docx_test

import (
	"strings"
	"testing"

	_ "newsdesk/docx"
	"newsdesk/msg"
)

// TestMessages: every sentence of docx and wordml is in both languages, with
// the same arguments.
func TestMessages(t *testing.T) {
	n := 0
	for k, v := range msg.Keys() {
		if !strings.HasPrefix(k, "docx.") && !strings.HasPrefix(k, "wordml.") {
			continue
		}
		n++
		if v.VI == "" || v.EN == "" {
			t.Errorf("%s lacks a language", k)
		}
		verbs := func(s string) string {
			var out []string
			for i := 0; i < len(s)-1; i++ {
				if s[i] == '%' {
					out = append(out, s[i:i+2])
					i++
				}
			}
			return strings.Join(out, " ")
		}
		if verbs(v.VI) != verbs(v.EN) {
			t.Errorf("%s: the two languages take different arguments: %q, %q", k, verbs(v.VI), verbs(v.EN))
		}
	}
	if n < 20 {
		t.Fatalf("found %d docx and wordml messages, want all of them", n)
	}
}
