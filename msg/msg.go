// Package msg holds the sentences Newsdesk says to people, in Vietnamese and English,
// and picks one by the language chosen for the process. Each package keeps its own
// sentences in a catalog file and registers them at init; keys are namespaced by the
// package ("sqlite.busy"). It imports only the standard library.
package msg

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

// Lang is a language Newsdesk speaks.
type Lang string

// The languages of the interface. Vietnamese is the default.
const (
	Vietnamese Lang = "vi"
	English    Lang = "en"
)

// Text is one sentence in both languages; a Printf format with the same verbs in each.
type Text struct{ VI, EN string }

var (
	mu      sync.RWMutex
	catalog = map[string]Text{}
	current atomic.Value // Lang
)

// Register adds sentences to the catalog. A key registered twice is a programming error.
func Register(texts map[string]Text) {
	mu.Lock()
	defer mu.Unlock()
	for k, t := range texts {
		if _, dup := catalog[k]; dup {
			panic("msg: key registered twice: " + k)
		}
		catalog[k] = t
	}
}

// ParseLang reads a language name ("vi", "en", "en_US.UTF-8"); ok is false when it
// names neither language.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "vi"):
		return Vietnamese, true
	case strings.HasPrefix(s, "en"):
		return English, true
	}
	return "", false
}

// SetLang chooses the language of every sentence from now on.
func SetLang(l Lang) {
	if l != English {
		l = Vietnamese
	}
	current.Store(l)
}

// Current returns the language in use.
func Current() Lang {
	if l, ok := current.Load().(Lang); ok {
		return l
	}
	return Vietnamese
}

// T returns the sentence for key in the current language, formatted with args. An
// unknown key returns the key itself, so a missing sentence shows rather than panics.
func T(key string, args ...any) string {
	return In(Current(), key, args...)
}

// N is T for a sentence about n things: the sentence registered under key+".one"
// when n is 1 and there is one ("1 photo uploaded"), else key's ("2 photos
// uploaded"; Vietnamese says both alike). n is not passed on: give it in args.
func N(n int, key string, args ...any) string {
	if n == 1 {
		mu.RLock()
		_, ok := catalog[key+".one"]
		mu.RUnlock()
		if ok {
			key += ".one"
		}
	}
	return T(key, args...)
}

// In is T in the given language.
func In(l Lang, key string, args ...any) string {
	mu.RLock()
	t, ok := catalog[key]
	mu.RUnlock()
	if !ok {
		return key
	}
	f := t.VI
	if l == English && t.EN != "" {
		f = t.EN
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// Keys returns every registered key; tests use it to check both languages are filled.
func Keys() map[string]Text {
	mu.RLock()
	defer mu.RUnlock()
	out := make(map[string]Text, len(catalog))
	for k, v := range catalog {
		out[k] = v
	}
	return out
}
