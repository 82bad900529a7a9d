package photo_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/msg"
	_ "newsdesk/photo"
)

func TestMessages(t *testing.T) {
	n := 0
	for key, text := range msg.Keys() {
		if !strings.HasPrefix(key, "photo.") {
			continue
		}
		n++
		t.Run(key, func(t *testing.T) {
			if text.VI == "" || text.EN == "" {
				t.Fatalf("got VI %q, EN %q, want both", text.VI, text.EN)
			}
			if got, want := strings.Count(text.VI, "%"), strings.Count(text.EN, "%"); got != want {
				t.Errorf("verbs: got %d in VI, want %d as in EN", got, want)
			}
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
