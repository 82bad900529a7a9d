package wordpress_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsdesk/model"
	"newsdesk/wordpress"
)

// blockProblem is a block the block editor would not take as it is.
type blockProblem struct {
	Name   string   `json:"name"`
	Block  string   `json:"block"`
	Issues []string `json:"issues"`
}

var blockcheckReady struct {
	once sync.Once
	err  error
}

// checkBlocks validates each named content with the block editor's own parser and
// validator (blockcheck/check.mjs), installing its packages the first time.
func checkBlocks(t *testing.T, contents map[string]string) []blockProblem {
	t.Helper()
	dir, _ := filepath.Abs("blockcheck")
	blockcheckReady.once.Do(func() {
		if _, err := exec.LookPath("node"); err != nil {
			blockcheckReady.err = err
			return
		}
		if _, err := os.Stat(filepath.Join(dir, "node_modules", "@wordpress", "block-library")); err == nil {
			return
		}
		cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			blockcheckReady.err = &exec.Error{Name: "npm ci: " + string(out), Err: err}
		}
	})
	if blockcheckReady.err != nil {
		t.Fatalf("the block editor's validator needs Node.js and its packages (scripts/install-deps.sh test installs nodejs and npm): %v", blockcheckReady.err)
	}
	type doc struct {
		Name    string `json:"name"`
		Content string `json:"content"`
	}
	var docs []doc
	for name, c := range contents {
		docs = append(docs, doc{name, c})
	}
	in, _ := json.Marshal(docs)
	cmd := exec.Command("node", "check.mjs")
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("check.mjs: %v\n%s", err, stderr.String())
	}
	var problems []blockProblem
	if err := json.Unmarshal(out, &problems); err != nil {
		t.Fatalf("check.mjs answered %q: %v", out, err)
	}
	return problems
}

// hostileReport is a report whose every field holds what breaks markup: entities
// and entity-like text, quotes, angle brackets, shortcodes, comment delimiters,
// backslashes, line breaks, emoji.
func hostileReport(tb testing.TB, photos *photoService) *model.Report {
	tb.Helper()
	r := reviewReport(tb, photos)
	nasty := ` &amp; &nbsp; &#91;x&#93; "kép" 'đơn' <b>đậm</b> [gallery] <!-- chú --> a--b \n\\ 🎉`
	r.Lead += nasty
	r.Body = append(r.Body, model.Paragraph("Dòng một"+nasty+"\nDòng hai."))
	for _, b := range r.Photos() {
		b.Caption += nasty
		b.Credit = "Ảnh: Hà & Lê " + `"Nam"`
		b.Alt = `Ảnh &amp; chú thích &nbsp; "trích" <i>nghiêng</i> 'x' -- \`
	}
	for _, a := range r.AwardLists() {
		a.Recipients = append(a.Recipients, model.Recipient{Kind: model.Individual, Name: "Lê <Văn> & \"An\"",
			Title: "Tổ trưởng | tổ 3 &amp;", Unit: "Tổ [dân] phố"})
	}
	r.Byline = []string{"Lan & Anh", `"Quốc" Bảo`}
	r.Normalize()
	return r
}

// TestBlockMarkupValid: the markup of a push — ordinary and hostile reports —
// is what the block editor's own save would write: no block invalid, none valid
// only as a deprecated form, nothing outside blocks.
func TestBlockMarkupValid(t *testing.T) {
	photos := newPhotoService()
	media := func(r *model.Report) map[string]wordpress.UploadedPhoto {
		m := map[string]wordpress.UploadedPhoto{}
		for i, b := range r.Photos() {
			m[b.UUID] = wordpress.UploadedPhoto{MediaID: int64(100 + i), URL: "http://127.0.0.1/wp-content/uploads/2026/12/anh-" + b.UUID[:8] + ".jpg"}
		}
		return m
	}
	contents := map[string]string{}
	for name, r := range map[string]*model.Report{
		"ordinary": newReport(t, photos),
		"review":   reviewReport(t, photos),
		"hostile":  hostileReport(t, photos),
	} {
		contents[name] = wordpress.Content(r, media(r))
		contents[name+" text only"] = wordpress.Content(r, nil)
	}
	for _, p := range checkBlocks(t, contents) {
		t.Errorf("%s: block %s: %s", p.Name, p.Block, strings.Join(p.Issues, "; "))
	}
}

// TestPushedPostValid: what WordPress stores of a hostile push — filtered for an
// author, as sent for an editor — is still valid for the block editor.
func TestPushedPostValid(t *testing.T) {
	ctx := context.Background()
	contents := map[string]string{}
	for _, user := range []string{"author", "editor"} {
		c := MustClient(t, user)
		photos := newPhotoService()
		r := hostileReport(t, photos)
		res, err := (&wordpress.Pusher{Client: c, Photos: photos}).Push(ctx, r, nil, "local", wordpress.PushOptions{Status: model.PostDraft})
		if err != nil {
			t.Fatal(err, wordpress.Detail(err))
		}
		post, err := c.FindPost(ctx, res.State.PostID)
		if err != nil {
			t.Fatal(err)
		}
		contents["as "+user] = post.Content.Raw
	}
	for _, p := range checkBlocks(t, contents) {
		t.Errorf("%s: block %s: %s", p.Name, p.Block, strings.Join(p.Issues, "; "))
	}
}
