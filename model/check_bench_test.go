package model_test

import (
	"fmt"
	"testing"

	"newsdesk/model"
	"newsdesk/vntext"
)

// longReport joins paragraphs of the corpus into one report of at least n words.
func longReport(tb testing.TB, n int) *model.Report {
	reports := corpus(tb)
	r := reports[0].Clone()
	for i := 1; corpusWords([]*model.Report{r}) < n; i++ {
		for _, b := range reports[i%len(reports)].Body {
			b.Key = fmt.Sprintf("%s-%d", b.Key, i)
			r.Body = append(r.Body, b)
		}
	}
	return r
}

// BenchmarkCheck10000Words checks a report of 10,000 words, every check on: the
// window runs this after each pause in typing.
func BenchmarkCheck10000Words(b *testing.B) {
	r := longReport(b, 10000)
	for b.Loop() {
		model.CheckWith(r, model.CheckOptions{})
	}
	b.ReportMetric(float64(corpusWords([]*model.Report{r})), "words")
}

// BenchmarkCheckUnaccented checks a report of 10,000 words typed without marks (as
// a text message pastes): nearly every word is flagged, with suggestions.
func BenchmarkCheckUnaccented(b *testing.B) {
	r := longReport(b, 10000)
	for i := range r.Body {
		r.Body[i].Text = vntext.Fold(r.Body[i].Text)
	}
	var n int
	for b.Loop() {
		n = len(model.CheckWith(r, model.CheckOptions{}))
	}
	b.ReportMetric(float64(n), "problems")
}
