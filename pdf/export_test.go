package pdf

// Run is text drawn in one font, named by its file.
type Run struct{ File, Text string }

// BodyRuns returns how body text s is drawn: the runs, each in the font file it is
// drawn with, and the characters no font has.
func BodyRuns(s string) ([]Run, []rune) {
	var rs resolver
	var out []Run
	for _, r := range rs.runs(serif, s) {
		out = append(out, Run{faceFiles[r.face], r.text})
	}
	return out, rs.sortedMissing()
}
