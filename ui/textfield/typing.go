// Package textfield holds Newsdesk's text fields: Paragraph, a word-wrapping
// multi-line editor that stays fast on long text, and Entry, Fyne's one-line entry
// taught Vietnamese typing; and Typing, the switch between Telex, VNI and no engine
// that every field consults. Fyne has no input-method support, so each typed rune
// goes through the typing engine here, and text that arrives composed (a paste, an
// OS input method) is only normalised to NFC. It imports fyne (never fyne/app),
// golang.org/x/text and Newsdesk's msg, vntext and vninput.
package textfield

import (
	"sync"

	"newsdesk/vninput"
)

// Composer is a typing engine: given the part of the current word before the cursor,
// the part after it and the rune just typed, it returns the word's new parts, or ok
// false when the rune is to be inserted as typed. vninput.Engine is one.
type Composer interface {
	Apply(before, after string, r rune) (newBefore, newAfter string, ok bool)
}

// Method is a way of typing Vietnamese on a plain keyboard (vninput's).
type Method = vninput.Method

// The typing methods.
const (
	Off   = vninput.Off   // letters go in as typed
	Telex = vninput.Telex // "Vieejt" gives "Việt"
	VNI   = vninput.VNI   // "Vie65t" gives "Việt"
)

// ToneStyle says where a tone mark goes in "oa", "oe", "uy" (vninput's Style).
type ToneStyle = vninput.Style

// The tone styles. OldStyle, the default, is what government documents write.
const (
	OldStyle = vninput.OldStyle // hòa, khỏe, thủy
	NewStyle = vninput.NewStyle // hoà, khoẻ, thuỷ
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

// Keys are the engine's choices a reporter may change, as Unikey offers them.
type Keys struct {
	// KeepForeign leaves a word that is no Vietnamese as the engine made it
	// ("Tuwitter") instead of giving back the keys typed ("Twitter") at its end.
	KeepForeign bool
	// PlainBrackets types [ ] { } as themselves in Telex, not ơ ư Ơ Ư.
	PlainBrackets bool
}

// SetKeys makes Newsdesk's own engine (vninput) follow k.
func (t *Typing) SetKeys(k Keys) {
	t.SetEngine(func(m Method, s ToneStyle) Composer {
		return vninput.Engine{Method: m, Style: s, NoGiveBack: k.KeepForeign, PlainBrackets: k.PlainBrackets}
	})
}

// NewTyping returns a switch set to method m, old tone style, with Newsdesk's own
// engine (vninput).
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
		return OldStyle
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

// SetEngine replaces the typing engine; nil restores Newsdesk's own.
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
