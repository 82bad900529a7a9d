package textfield

// defaultEngine is the typing engine Newsdesk ships with.
func defaultEngine(Method, ToneStyle) Composer { return nil }

// wordBounds returns the rune offsets of the word around cursor that the engine
// rewrites.
func wordBounds(text []rune, cursor int) (start, end int) {
	return wordAround(text, cursor)
}
