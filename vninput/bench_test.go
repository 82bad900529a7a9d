package vninput_test

import (
	"strings"
	"testing"

	"newsdesk/vninput"
)

// call is one key as the editor hands it to the engine.
type call struct {
	before string
	key    rune
}

// keyCalls records the calls typing keys makes, so benchmarks time Apply alone.
func keyCalls(e vninput.Engine, keys string) []call {
	var calls []call
	var text []rune
	for _, r := range keys {
		start, _ := vninput.WordAround(string(text), len(text))
		before := string(text[start:])
		calls = append(calls, call{before, r})
		nb, na, ok := e.Apply(before, "", r)
		if ok {
			text = append(text[:start], []rune(nb+na)...)
		} else {
			text = append(text, r)
		}
	}
	return calls
}

const benchTelex = "Sangs 8/1, Sowr Nooij vuj thanhf phoos Hair DDoong toor chuwcs Hooij nghij toongr keets coong tacs nawm 2025, trieenr khai nhieemj vuj nawm 2026. DDoongf chis Nguyeenx Thij Thu Hawngf, Giams ddoocs Sowr Nooij vuj chur trif Hooij nghij."

const benchVNI = "Sa1ng 8/1, So73 No6i5 vu5 tha2nh pho61 Ha3i D9o6ng to63 chu7c1 Ho6i5 nghi5 to6ng3 ke6t1 co6ng ta1c na8m 2025, trie63n khai nhie65m vu5 na8m 2026."

// BenchmarkApply times one key: ns/op is the engine's cost per key typed.
func BenchmarkApply(b *testing.B) {
	for _, c := range []struct {
		name string
		e    vninput.Engine
		keys string
	}{
		{"Telex", vninput.Engine{Method: vninput.Telex}, benchTelex},
		{"VNI", vninput.Engine{Method: vninput.VNI}, benchVNI},
	} {
		b.Run(c.name, func(b *testing.B) {
			calls := keyCalls(c.e, c.keys)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := calls[i%len(calls)]
				c.e.Apply(k.before, "", k.key)
			}
		})
	}
}

// BenchmarkKeyInParagraph times what the editor does per key at the end of a
// 1,500-character paragraph: find the word around the cursor, apply the key.
func BenchmarkKeyInParagraph(b *testing.B) {
	e := vninput.Engine{Method: vninput.Telex}
	para := []rune(e.Type(strings.Repeat(benchTelex+" ", 10)))[:1500]
	text := string(para) + " Viê"
	cursor := len(para) + 4
	if start, end := vninput.WordAround(text, cursor); start != len(para)+1 || end != cursor {
		b.Fatalf("word at %d,%d", start, end)
	}
	wordAt := len(text) - len("Viê") // byte offset, as the editor keeps it beside the rune offset
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		vninput.WordAround(text, cursor)
		e.Apply(text[wordAt:], "", 'j')
	}
}
