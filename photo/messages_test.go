package photo_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/msg"
	"newsdesk/msg/msgtest"
	_ "newsdesk/photo"
)

func TestMessages(t *testing.T) {
	msgtest.Check(t, "photo.")
	n := 0
	for key, text := range msg.Keys() {
		if !strings.HasPrefix(key, "photo.") {
			continue
		}
		n++
		t.Run(key, func(t *testing.T) {
			if key != "photo.unnamed" {
				if !strings.Contains(text.VI, "“%s”") || !strings.Contains(text.EN, "“%s”") {
					t.Error("the sentence does not name the file")
				}
				if !strings.Contains(text.VI, "Hãy") || !strings.Contains(text.EN, ".") {
					t.Errorf("got %q, want it to say what to do (Hãy…)", text.VI)
				}
			}
			if text.VI != norm.NFC.String(text.VI) {
				t.Errorf("VI is not NFC: %q", text.VI)
			}
		})
	}
	if n < 10 {
		t.Errorf("got %d photo sentences, want every refusal registered", n)
	}
}
