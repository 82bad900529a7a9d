// Package msgtest checks the message catalogue for tests: every sentence in
// both languages, taking the same arguments in the same order. It imports only
// the standard library and msg.
package msgtest

import (
	"sort"
	"strings"
	"testing"

	"newsdesk/msg"
)

// Check fails t for each registered message whose key starts with one of the
// prefixes ("" for all) and that lacks a language or whose two languages take
// different formatting verbs (the Vietnamese "%d ảnh" and the English "%d photos"
// agree; "%s" against "%d" does not). It fails too when no key matches: a
// package whose messages were not registered is not "all fine".
func Check(t testing.TB, prefixes ...string) {
	t.Helper()
	keys := msg.Keys()
	var names []string
	for k := range keys {
		for _, p := range prefixes {
			if strings.HasPrefix(k, p) {
				names = append(names, k)
				break
			}
		}
	}
	if len(names) == 0 {
		t.Fatalf("no messages registered under %q", prefixes)
	}
	sort.Strings(names)
	for _, k := range names {
		v := keys[k]
		if strings.TrimSpace(v.VI) == "" || strings.TrimSpace(v.EN) == "" {
			t.Errorf("%s lacks a language: VI %q, EN %q", k, v.VI, v.EN)
			continue
		}
		if vi, en := Verbs(v.VI), Verbs(v.EN); vi != en {
			t.Errorf("%s: the two languages take different arguments: %q in Vietnamese, %q in English", k, vi, en)
		}
	}
}

// Verbs lists the formatting verbs of a message in order ("%d %q"); "%%" is no
// verb.
func Verbs(s string) string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] != '%' {
			out = append(out, s[i:j+1])
		}
		i = j
	}
	return strings.Join(out, " ")
}
