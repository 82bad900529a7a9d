// Package textfield holds Newsdesk's text fields: Paragraph, a word-wrapping
// multi-line editor that stays fast on long text, and Entry, Fyne's one-line entry
// taught Vietnamese typing; and Typing, the switch between Telex, VNI and no engine
// that every field consults. Fyne has no input-method support, so each typed rune
// goes through the typing engine here, and text that arrives composed (a paste, an
// OS input method) is only normalised to NFC. It imports fyne (never fyne/app),
// golang.org/x/text and Newsdesk's msg and vntext.
package textfield

import (
	"sync"
)

// Composer is a typing engine: given the part of the current word before the cursor,
// the part after it and the rune just typed, it returns the word's new parts, or ok
// false when the rune is to be inserted as typed.
type Composer interface {
	Apply(before, after string, r rune) (newBefore, newAfter string, ok bool)
}

// Method is a way of typing Vietnamese on a plain keyboard.
type Method int

// The typing methods.
const (
	Off   Method = iota // letters go in as typed
	Telex               // "Vieejt" gives "Việt"
	VNI                 // "Vie6t5" gives "Việt"
)

// ToneStyle says where a tone mark goes in "oa", "oe", "uy": on the second vowel
// (modern, "hoà", "thuỷ") or the first (classic, "hòa", "thủy").
type ToneStyle int

// The tone styles.
const (
	ToneModern ToneStyle = iota
	ToneClassic
)

// Engine returns the composer for a method and tone style, nil for none.
type Engine func(Method, ToneStyle) Composer

// Typing is the typing switch all fields share: the method and the tone style. It is
// safe for concurrent use; fields read it on every typed rune.
type Typing struct {
	// OnChanged is called after the method or tone style changed, so the window can
	// show it and remember it. Set it before the Typing is shared.
	OnChanged func(Method, ToneStyle)

	mu     sync.RWMutex
	method Method
	last   Method // the last method other than Off, for Toggle
	tone   ToneStyle
	engine Engine
}

// NewTyping returns a switch set to method m, modern tone style, with the engine
// that ships with Newsdesk.
func NewTyping(m Method) *Typing {
	t := &Typing{method: m, last: Telex, engine: defaultEngine}
	if m != Off {
		t.last = m
	}
	return t
}

// Method returns the typing method in use.
func (t *Typing) Method() Method {
	if t == nil {
		return Off
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.method
}

// SetMethod switches the typing method.
func (t *Typing) SetMethod(m Method) {
	t.mu.Lock()
	changed := m != t.method
	t.method = m
	if m != Off {
		t.last = m
	}
	tone := t.tone
	t.mu.Unlock()
	if changed && t.OnChanged != nil {
		t.OnChanged(m, tone)
	}
}

// Toggle switches between Off and the last method used, like Unikey's shortcut, and
// returns the method now in use.
func (t *Typing) Toggle() Method {
	t.mu.RLock()
	m := Off
	if t.method == Off {
		m = t.last
	}
	t.mu.RUnlock()
	t.SetMethod(m)
	return m
}

// ToneStyle returns where tone marks go.
func (t *Typing) ToneStyle() ToneStyle {
	if t == nil {
		return ToneModern
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.tone
}

// SetToneStyle chooses where tone marks go.
func (t *Typing) SetToneStyle(s ToneStyle) {
	t.mu.Lock()
	changed := s != t.tone
	t.tone = s
	m := t.method
	t.mu.Unlock()
	if changed && t.OnChanged != nil {
		t.OnChanged(m, s)
	}
}

// SetEngine replaces the typing engine (tests use a small fake); nil restores the
// engine that ships with Newsdesk.
func (t *Typing) SetEngine(e Engine) {
	if e == nil {
		e = defaultEngine
	}
	t.mu.Lock()
	t.engine = e
	t.mu.Unlock()
}

// Composer returns the engine for the current method and tone style, or nil when
// typing is off.
func (t *Typing) Composer() Composer {
	if t == nil {
		return nil
	}
	t.mu.RLock()
	m, s, e := t.method, t.tone, t.engine
	t.mu.RUnlock()
	if m == Off || e == nil {
		return nil
	}
	return e(m, s)
}
