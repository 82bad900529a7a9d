package wordpress_test

import (
	"testing"

	"newsdesk/wordpress"
)

// TestPlainText: the text of block markup as a reader sees it — a ">" inside an
// attribute or a comment ends no tag, entities read as their characters, <br> is
// a line break.
func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		`<p>Sáng 8/1, Sở Nội vụ tổ chức Hội nghị.</p>`:                                             "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị.",
		`<figure><img alt="Tỷ lệ > 90%" src="a.jpg"/><figcaption>Quang cảnh</figcaption></figure>`: "Quang cảnh",
		`<p>Hội nghị <!-- ghi chú > ẩn --> tổng kết</p>`:                                           "Hội nghị  tổng kết",
		`<p>A &amp; B&nbsp;C<br/>dòng hai<BR>dòng ba</p>`:                                          "A & B\u00a0C\ndòng hai\ndòng ba",
		`<p>  cách  </p>`: "cách",
	} {
		if got := wordpress.PlainText(in); got != want {
			t.Errorf("PlainText(%q) = %q, want %q", in, got, want)
		}
	}
}
