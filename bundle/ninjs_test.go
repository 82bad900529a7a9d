package bundle_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"newsdesk/bundle"
	"newsdesk/model"
)

// ninjsDoc is what the tests read back from ninjs.json.
type ninjsDoc struct {
	URI            string `json:"uri"`
	Type           string `json:"type"`
	Language       string `json:"language"`
	FirstCreated   string `json:"firstCreated"`
	VersionCreated string `json:"versionCreated"`
	By             string `json:"by"`
	Headlines      []text `json:"headlines"`
	Bodies         []text `json:"bodies"`
	Subjects       []struct {
		Name string `json:"name"`
	} `json:"subjects"`
	Associations []struct {
		Name         string `json:"name"`
		URI          string `json:"uri"`
		Type         string `json:"type"`
		By           string `json:"by"`
		Descriptions []text `json:"descriptions"`
		Renditions   []struct {
			Name        string            `json:"name"`
			ContentType string            `json:"contentType"`
			Width       int               `json:"width"`
			Height      int               `json:"height"`
			Extensions  map[string]string `json:"extensions"`
		} `json:"renditions"`
	} `json:"associations"`
}

type text struct {
	Role        string `json:"role"`
	ContentType string `json:"contentType"`
	Value       string `json:"value"`
}

// MustNinjs returns the ninjs.json of bundle b, failing the test unless it is valid
// against the IPTC ninjs 3.3 schema.
func MustNinjs(tb testing.TB, b []byte) ninjsDoc {
	tb.Helper()
	raw := Entry(tb, b, "ninjs.json")
	if err := ValidateNinjs(tb, raw); err != nil {
		tb.Fatalf("ninjs.json is not valid ninjs 3.3: %v\n%s", err, raw)
	}
	var n ninjsDoc
	if err := json.Unmarshal(raw, &n); err != nil {
		tb.Fatal(err)
	}
	return n
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// ValidateNinjs checks doc against testdata/ninjs-schema_3.3.json with format
// assertions on, so that date-time and uri values are checked, not just typed.
func ValidateNinjs(tb testing.TB, doc []byte) error {
	tb.Helper()
	schemaOnce.Do(func() {
		f, err := os.Open("testdata/ninjs-schema_3.3.json")
		if err != nil {
			schemaErr = err
			return
		}
		defer f.Close()
		s, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if schemaErr = c.AddResource("http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json", s); schemaErr != nil {
			return
		}
		// places[].geoJSON refers to the GeoJSON schema; Newsdesk never fills it, and
		// the tests run offline.
		if schemaErr = c.AddResource("https://geojson.org/schema/GeoJSON.json", map[string]any{}); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile("http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json")
	})
	if schemaErr != nil {
		tb.Fatalf("ninjs schema: %v", schemaErr)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return schema.Validate(v)
}

func TestNinjs(t *testing.T) {
	r, lib := MustReport(t)
	b := MustWrite(t, r, lib, bundle.Options{})
	n := MustNinjs(t, b)

	for _, c := range []struct{ name, got, want string }{
		{"uri", n.URI, "urn:uuid:" + uuidReport},
		{"type", n.Type, "text"},
		{"language", n.Language, "vi"},
		{"firstCreated", n.FirstCreated, "2026-01-08T02:15:00Z"},
		{"versionCreated", n.VersionCreated, "2026-01-08T04:40:12Z"},
		{"by", n.By, "Hoàng Minh Thư, Quách Gia Bảo"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if len(n.Headlines) != 2 || n.Headlines[0] != (text{"main", "text/plain", r.Headline}) || n.Headlines[1] != (text{"kicker", "text/plain", r.Section}) {
		t.Errorf("got headlines %+v, want the headline (main) and the section (kicker)", n.Headlines)
	}
	if len(n.Subjects) != 2 || n.Subjects[0].Name != "tổng kết" || n.Subjects[1].Name != "chuyển đổi số" {
		t.Errorf("got subjects %+v, want the tags", n.Subjects)
	}

	// One association per photo block, each naming its file in the zip.
	if got, want := len(n.Associations), 4; got != want {
		t.Fatalf("got %d associations, want %d", got, want)
	}
	a := n.Associations[0]
	if a.URI != "urn:uuid:"+uuidPhoto1 || a.Type != "picture" || a.By != "Ảnh: Lã Quý Hưng" {
		t.Errorf("got association %+v", a)
	}
	if len(a.Descriptions) != 2 || a.Descriptions[0].Role != "caption" || a.Descriptions[0].Value != "Quang cảnh Hội nghị" || a.Descriptions[1].Role != "alt" {
		t.Errorf("got descriptions %+v, want caption and alt text", a.Descriptions)
	}
	for i, a := range n.Associations {
		rd := a.Renditions[0]
		path := rd.Extensions["newsdesk:path"]
		if data := Entry(t, b, path); len(data) == 0 || rd.ContentType != "image/jpeg" || rd.Name != "original" {
			t.Errorf("association %d: rendition %+v does not name a JPEG of the bundle", i, rd)
		}
	}
	// The second photo is a JPEG stored 48×32 with EXIF orientation 6: shown
	// upright it is 32 wide.
	if rd := n.Associations[1].Renditions[0]; rd.Width != 32 || rd.Height != 48 {
		t.Errorf("got %d×%d, want 32×48 as displayed", rd.Width, rd.Height)
	}

	if len(n.Bodies) != 1 || n.Bodies[0].Role != "main" || n.Bodies[0].ContentType != "text/html" {
		t.Fatalf("got bodies %+v, want one main text/html body", n.Bodies)
	}
	body := n.Bodies[0].Value
	for _, want := range []string{
		`<p class="lead">(Cổng TTĐT) - Sáng 8/1, Sở Thông tin phường Bến Gỗ tổ chức Hội nghị`,
		"ặ, â ầ ấ ẩ ẫ ậ, ê ề ế ể ễ ệ",
		`<figure><img src="photos/` + uuidPhoto1 + `.jpg" alt="Hội trường kín chỗ, phía trước là sân khấu"><figcaption>Quang cảnh Hội nghị. <span class="credit">Ảnh: Lã Quý Hưng</span></figcaption></figure>`,
		`data-rotation="90"`,
		"<p>Giám đốc Sở Thông tin phường Bến Gỗ trao Giấy khen cho 2 tập thể và 3 cá nhân (Quyết định số 15/QĐ-STT, ngày 5/1/2026).</p>",
		"<th>STT</th>",
		"<tr><td>3</td><td>Ông Bảo Khuê</td><td>Phó Trưởng phòng phụ trách Phòng Quản lý nhà nước về bưu chính, viễn thông và công nghệ thông tin kiêm Tổ trưởng Tổ công tác chuyển đổi số, Sở Thông tin phường Bến Gỗ</td><td>Giấy khen</td></tr>",
		"<tr><td>4</td><td>Lưu Thị Yến</td><td>Chuyên viên</td><td>Bằng khen</td></tr>",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q\n%s", want, body)
		}
	}
	if strings.Index(body, "Quang cảnh") > strings.Index(body, "18/18 chỉ tiêu") {
		t.Error("body is not in block order")
	}
}

func TestNinjsValidatorAsserts(t *testing.T) {
	r, lib := MustReport(t)
	raw := Entry(t, MustWrite(t, r, lib, bundle.Options{}), "ninjs.json")
	for _, tt := range []struct{ name, from, to string }{
		{"ErrDateTime", `"versionCreated": "2026-01-08T04:40:12Z"`, `"versionCreated": "8/1/2026 11:40"`},
		{"ErrURI", `"uri": "urn:uuid:` + uuidReport + `"`, `"uri": "bao-cao ` + uuidReport + `"`},
		{"ErrUnknownProperty", `"language": "vi",`, `"language": "vi", "ngonNgu": "vi",`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			broken := bytes.Replace(raw, []byte(tt.from), []byte(tt.to), 1)
			if bytes.Equal(broken, raw) {
				t.Fatalf("%s not found in ninjs.json", tt.from)
			}
			if err := ValidateNinjs(t, broken); err == nil {
				t.Error("got valid, want the schema to refuse it")
			}
		})
	}
}

func TestNinjsEscapesHTML(t *testing.T) {
	r, lib := MustReport(t)
	r.Body[0].Photo.Caption = `Quà tặng <script>alert("ấy")</script> của Hợp tác xã Tân & Cộng sự`
	r.Body[0].Photo.Alt = `Ảnh "đẹp" <b>`
	r.Body[1].Text = "Giá < 5 triệu & > 2 triệu"
	r.Body[4].Awards.Recipients[0].Name = "Công ty <TNHH> Minh & Anh"
	b := MustWrite(t, r, lib, bundle.Options{})
	body := MustNinjs(t, b).Bodies[0].Value
	if strings.Contains(body, "<script>") || strings.Contains(body, "<TNHH>") || strings.Contains(body, "<b>") {
		t.Errorf("body carries typed markup unescaped:\n%s", body)
	}
	for _, want := range []string{
		`<figcaption>Quà tặng &lt;script&gt;alert(&#34;ấy&#34;)&lt;/script&gt; của Hợp tác xã Tân &amp; Cộng sự`,
		`alt="Ảnh &#34;đẹp&#34; &lt;b&gt;"`,
		"<p>Giá &lt; 5 triệu &amp; &gt; 2 triệu</p>",
		"<td>Công ty &lt;TNHH&gt; Minh &amp; Anh</td>",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q\n%s", want, body)
		}
	}
	// The caption itself comes back as typed.
	got, _, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Body[0].Photo.Caption != r.Body[0].Photo.Caption {
		t.Errorf("got caption %q, want %q", got.Body[0].Photo.Caption, r.Body[0].Photo.Caption)
	}
}

func TestNinjsMinimalReport(t *testing.T) {
	// A fresh draft: no times, no photos, no section, no lead.
	r := model.NewReport("Tin ngắn")
	b := MustWrite(t, r, library{}, bundle.Options{})
	n := MustNinjs(t, b)
	if len(n.Associations) != 0 || len(n.Headlines) != 1 {
		t.Errorf("got %d associations, %d headlines; want 0, 1", len(n.Associations), len(n.Headlines))
	}
	got, photos, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Headline != "Tin ngắn" || got.UUID != r.UUID || len(photos) != 0 {
		t.Errorf("got %q %s with %d photos", got.Headline, got.UUID, len(photos))
	}
}
