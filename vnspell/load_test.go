package vnspell

import "testing"

// BenchmarkLoad makes the set of syllables from the rules, as the program does once
// when it starts.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		valid, byFold, syllableMarks, known = make(map[string]bool, 1<<14), make(map[string][]string, 1<<13), make(map[string]markSet, 1<<14), map[string]bool{}
		loadSyllables()
	}
	b.ReportMetric(float64(len(valid)), "syllables")
}
