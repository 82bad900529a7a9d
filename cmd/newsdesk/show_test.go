package main

import (
	"strconv"
	"strings"
	"testing"
)

// show --checks prints what the checks find, one a line, tab-separated: place,
// kind, text, suggestion; the reporter's own words are not flagged.
func TestShowChecks(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị tổnq kết công tác Vieejt hóa và hoà giải"), 10)
	out := c.ok("show", id, "--checks")
	for _, want := range []string{
		"headline:9-13\tmisspelled\ttổnq\ttổng\n",
		"headline:27-33\ttelex\tVieejt\tViệt\n",
		"headline:41-44\ttone_mixed\thoà\thòa\n",
		"lead\tlead_empty\t\t\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("show --checks printed\n%s\nwant a line %q", out, want)
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := strings.Count(line, "\t"); n != 3 {
			t.Errorf("line %q has %d tabs, want 3", line, n)
		}
	}
	c.ok("settings", "check.words", "tổnq, Vieejt")
	c.ok("settings", "check.tone_style", "new")
	out = c.ok("show", id, "--checks")
	if strings.Contains(out, "tổnq") || strings.Contains(out, "Vieejt") {
		t.Errorf("words of the personal list still flagged:\n%s", out)
	}
	if !strings.Contains(out, "headline:34-37\ttone_mixed\thóa\thoá\n") {
		t.Errorf("with the new tone style, show --checks printed\n%s\nwant “hóa” to become “hoá”", out)
	}
	if _, _, code := c.run("settings", "check.tone_style", "mixed"); code == 0 {
		t.Error("a tone style that is neither old nor new was accepted")
	}
}
