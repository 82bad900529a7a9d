package vnspell

import "testing"

// BenchmarkLoad makes the set of syllables from the rules, as the program does once
// when it starts.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		valid, byFold, syllableMarks = map[string]bool{}, map[string][]string{}, map[string]markSet{}
		loadSyllables()
	}
	b.ReportMetric(float64(len(valid)), "syllables")
}
