package bundle_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"newsdesk/bundle"
	"newsdesk/model"
)

// FuzzReadAll feeds the reader review bundles whose manifest (newsdesk.json) and
// history (review.json) are arbitrary bytes, inside a zip that is otherwise
// whole, so the fuzzer reaches the decoders rather than the zip's checksums. It
// must never panic; a refusal is a sentence for the reporter; what it accepts is
// a report the library can take: valid, in NFC.
func FuzzReadAll(f *testing.F) {
	r, lib := MustReport(f)
	good := MustWrite(f, r, lib, bundle.Options{Review: MustReview(r)})
	manifest, review := Entry(f, good, "newsdesk.json"), Entry(f, good, "review.json")
	f.Add(manifest, review)
	f.Add(manifest, []byte(`{"format_version":1,"revisions":[],"comments":[{"uuid":"a","reply_to":"a"}]}`))
	f.Add([]byte(strings.Replace(string(manifest), `"body"`, `"body_"`, 1)), review)
	f.Add([]byte(`{"format_version":99}`), []byte(`null`))
	f.Add([]byte(`{}`), []byte(``))
	f.Fuzz(func(t *testing.T, manifest, review []byte) {
		b := Rezip(t, good, func(name string, data []byte) (string, []byte, bool) {
			switch name {
			case "newsdesk.json":
				return name, manifest, true
			case "review.json":
				return name, review, true
			}
			return name, data, true
		})
		got, err := bundle.ReadAll(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			if got != nil {
				t.Fatal("got a bundle with an error")
			}
			if model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) == "" {
				t.Fatalf("got %#v, want an EINVALID *model.Error", err)
			}
			return
		}
		if err := got.Report.Validate(); err != nil {
			t.Fatalf("accepted a report the library refuses: %v", err)
		}
		for _, s := range []string{got.Report.Headline, got.Report.Lead, strings.Join(got.Report.Byline, " ")} {
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("accepted %q, not NFC", s)
			}
		}
	})
}
