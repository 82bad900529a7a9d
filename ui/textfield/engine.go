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

// wordBounds returns the rune offsets of the word around cursor that the engine
// rewrites, as the engine defines a word.
func wordBounds(text []rune, cursor int) (start, end int) {
	from, to := max(0, cursor-wordWindow), min(len(text), cursor+wordWindow)
	start, end = vninput.WordAround(string(text[from:to]), cursor-from)
	return start + from, end + from
}
