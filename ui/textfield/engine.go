package textfield

import "newsdesk/vninput"

// defaultEngine is Newsdesk's own typing engine.
func defaultEngine(m Method, s ToneStyle) Composer {
	return vninput.Engine{Method: m, Style: s}
}

// wordWindow bounds the text handed to vninput.WordAround around the cursor, so a key
// in a long paragraph costs the same as in a short one. A word reaching the window's
// edge is longer than any the engine rewrites, and it leaves such words alone.
const wordWindow = 80

// wordBounds returns the rune offsets of the word the engine rewrites: the
// letters before the cursor, as the engine defines a word. The word being typed
// ends at the cursor: typed just before "tác", "Hooij" makes "Hội" and leaves
// "tác" alone, and a key typed inside a word changes only what is before it.
func wordBounds(text []rune, cursor int) (start, end int) {
	from := max(0, cursor-wordWindow)
	start, _ = vninput.WordAround(string(text[from:cursor]), cursor-from)
	return start + from, cursor
}
