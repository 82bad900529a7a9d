package wordpress

import "testing"

// TestFigureCaption: the caption and the credit of an image block as the portal
// keeps them, read as HTML: a ">" in an attribute or an <em> inside the caption
// is no credit; only the <em> the caption ends with is.
func TestFigureCaption(t *testing.T) {
	for _, c := range []struct {
		markup, caption, credit string
		found                   bool
	}{
		{`<figure class="wp-block-image"><img src="a.jpg" alt="x"/><figcaption class="wp-element-caption">Quang cảnh Hội nghị. <em>Ảnh: Minh Khôi</em></figcaption></figure>`,
			"Quang cảnh Hội nghị.", "Ảnh: Minh Khôi", true},
		{`<figure><figcaption>Đồng chí <em>Nguyễn Văn A</em> phát biểu. <em>Ảnh: Thu Trang</em> </figcaption></figure>`,
			"Đồng chí Nguyễn Văn A phát biểu.", "Ảnh: Thu Trang", true},
		{`<figure><figcaption data-note="a > b">Trao <em>Bằng khen</em> cho các tập thể</figcaption></figure>`,
			"Trao Bằng khen cho các tập thể", "", true},
		{`<figure><figcaption>Lãnh đạo &amp; khách mời</figcaption></figure>`, "Lãnh đạo & khách mời", "", true},
		{`<figure><img src="a.jpg"/></figure>`, "", "", false},
	} {
		caption, credit, found := figureCaption(c.markup)
		if caption != c.caption || credit != c.credit || found != c.found {
			t.Errorf("figureCaption(%s) = %q, %q, %v; want %q, %q, %v", c.markup, caption, credit, found, c.caption, c.credit, c.found)
		}
	}
}

// TestVisibleHashKeepsBlocksApart: two blocks' words are not run together where
// only a block delimiter parts them, and markup does not count.
func TestVisibleHashKeepsBlocksApart(t *testing.T) {
	a := VisibleHash("<!-- wp:paragraph --><p>Hội nghị</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>tổng kết</p><!-- /wp:paragraph -->")
	b := VisibleHash("<p>Hội nghị tổng   kết</p>")
	joined := VisibleHash("<p>Hội nghịtổng kết</p>")
	if a != b || a == joined {
		t.Errorf("hashes %s %s %s: want the first two equal, the run-together one apart", a, b, joined)
	}
}
