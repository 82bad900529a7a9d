package main

import (
	"testing"

	"newsdesk/msg/msgtest"
)

// TestEveryMessage: every sentence the program can say — the window's, the
// commands', every package's — is there in Vietnamese and English, taking the
// same arguments.
func TestEveryMessage(t *testing.T) {
	msgtest.Check(t, "")
}
