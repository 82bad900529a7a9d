package bundle_test

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsdesk/bundle"
	"newsdesk/model"
)

// MustReview returns a history of r (submitted, then changes requested) and a
// thread of comments on it, one of them on an award row and resolved.
func MustReview(r *model.Report) *bundle.Review {
	submitted := withoutPhotoIDs(r)
	submitted.Lead = "Bản gửi duyệt."
	changes := withoutPhotoIDs(r)
	t0 := time.Date(2026, 1, 8, 3, 0, 0, 0, time.UTC)
	first := model.Comment{UUID: "6f1c2b7e-4a51-4b39-9d0e-0c2a9d8e1f31", BlockKey: "b04", Quote: "Năm 2025, Sở hoàn thành 18/18 chỉ tiêu",
		Author: "Trần Văn Biên", Text: "Nêu rõ 5 chỉ tiêu vượt là những chỉ tiêu nào.", CreatedAt: t0.Add(10 * time.Minute)}
	reply := model.Comment{UUID: "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", BlockKey: "b04", ReplyTo: first.UUID,
		Author: "Hoàng Minh Thư", Text: "Đã bổ sung ở đoạn sau.", CreatedAt: t0.Add(20 * time.Minute)}
	row := model.Comment{UUID: "1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", BlockKey: "b05", Row: 4, Quote: "Lưu Thị Yến",
		Author: "Trần Văn Biên", Text: "Kiểm tra lại hình thức khen của chị Yến.", CreatedAt: t0.Add(11 * time.Minute),
		Resolved: true, ResolvedBy: "Hoàng Minh Thư", ResolvedAt: t0.Add(30 * time.Minute)}
	// The library lists revisions newest first.
	return &bundle.Review{
		Revisions: []model.Revision{
			{Rev: "c0ffee0000000002", Reason: model.ReasonChanges, Author: "Trần Văn Biên", Note: "Bổ sung danh sách cá nhân.", CreatedAt: t0.Add(12 * time.Minute), Report: changes},
			{Rev: "c0ffee0000000001", Reason: model.ReasonSubmitted, Author: "Hoàng Minh Thư", CreatedAt: t0, Report: submitted},
		},
		Comments: []model.Comment{first, reply, row},
	}
}

func TestReviewRoundTrip(t *testing.T) {
	r, lib := MustReport(t)
	review := MustReview(r)
	b := MustWrite(t, r, lib, bundle.Options{Review: review})
	got, err := bundle.ReadAll(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if want := withoutPhotoIDs(r); !reflect.DeepEqual(got.Report, want) {
		t.Errorf("got report\n%s\nwant\n%s", asJSON(got.Report), asJSON(want))
	}
	if got.Review == nil {
		t.Fatal("got no review, want the history and comments")
	}
	// The history comes back oldest first, content and all.
	if len(got.Review.Revisions) != 2 {
		t.Fatalf("got %d revisions, want 2", len(got.Review.Revisions))
	}
	old, changes := got.Review.Revisions[0], got.Review.Revisions[1]
	if old.Reason != model.ReasonSubmitted || old.Rev != "c0ffee0000000001" || old.Report.Lead != "Bản gửi duyệt." || !old.CreatedAt.Equal(review.Revisions[1].CreatedAt) {
		t.Errorf("got %+v, want the submission with its content", old)
	}
	if changes.Note != "Bổ sung danh sách cá nhân." || changes.Author != "Trần Văn Biên" || len(changes.Report.Body) != len(r.Body) {
		t.Errorf("got %+v, want the editor's request with its note", changes)
	}
	if !reflect.DeepEqual(got.Review.Comments, review.Comments) {
		t.Errorf("got comments\n%s\nwant\n%s", asJSON(got.Review.Comments), asJSON(review.Comments))
	}

	// An ordinary bundle has none; Read still reads a review bundle.
	plain := MustWrite(t, r, lib, bundle.Options{})
	if got, err := bundle.ReadAll(bytes.NewReader(plain), int64(len(plain))); err != nil || got.Review != nil {
		t.Errorf("got %v, %v; want no review in a plain bundle", got.Review, err)
	}
	if _, _, err := Read(b); err != nil {
		t.Errorf("Read of a review bundle: %v", err)
	}
	// Deterministic like the rest.
	if again := MustWrite(t, r, lib, bundle.Options{Review: review}); !bytes.Equal(again, b) {
		t.Error("got different bytes for the same review bundle")
	}
}

func TestReviewRefused(t *testing.T) {
	r, lib := MustReport(t)
	b := MustWrite(t, r, lib, bundle.Options{Review: MustReview(r)})
	for _, tc := range []struct {
		name, from, to, want string
	}{
		{"NotJSON", `"format_version"`, `format_version`, "review.json"},
		{"Newer", `"format_version": 1`, `"format_version": 9`, "mới hơn"},
		{"BadCommentUUID", `"uuid": "6f1c2b7e-4a51-4b39-9d0e-0c2a9d8e1f31"`, `"uuid": "x"`, "Góp ý thứ 1"},
		{"EmptyComment", `"text": "Nêu rõ 5 chỉ tiêu vượt là những chỉ tiêu nào."`, `"text": " "`, "Góp ý thứ 1"},
		{"RevisionTime", `"created_at": "2026-01-08T03:00:00Z"`, `"created_at": "hôm qua"`, "Phiên bản thứ 1"},
		// The first comment made a reply to its own reply: a thread no view shows.
		{"ReplyCycle", `"uuid": "6f1c2b7e-4a51-4b39-9d0e-0c2a9d8e1f31"`,
			`"uuid": "6f1c2b7e-4a51-4b39-9d0e-0c2a9d8e1f31", "reply_to": "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"`, "vòng tròn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := Rezip(t, b, func(name string, data []byte) (string, []byte, bool) {
				if name == bundle.ReviewName {
					if !bytes.Contains(data, []byte(tc.from)) {
						t.Fatalf("review.json has no %s:\n%s", tc.from, data)
					}
					data = bytes.Replace(data, []byte(tc.from), []byte(tc.to), 1)
				}
				return name, data, true
			})
			_, err := bundle.ReadAll(bytes.NewReader(bad), int64(len(bad)))
			if model.ErrorCode(err) != model.EINVALID || !strings.Contains(model.ErrorMessage(err), tc.want) {
				t.Errorf("got %v, want an invalid-bundle error naming %q", err, tc.want)
			}
		})
	}
}

// TestReadAllLeavesPhotosInTheZip: ReadAll does not read the photos; each is read
// (and checked) when the import asks, and a damaged one says so then.
func TestReadAllLeavesPhotosInTheZip(t *testing.T) {
	r, lib := MustReport(t)
	b := MustWrite(t, r, lib, bundle.Options{})
	damaged := Rezip(t, b, func(name string, data []byte) (string, []byte, bool) {
		if strings.HasPrefix(name, bundle.PhotoDir) && strings.Contains(name, uuidPhoto2) {
			data = append([]byte(nil), data...)
			data[len(data)/2] ^= 0xff
		}
		return name, data, true
	})
	got, err := bundle.ReadAll(bytes.NewReader(damaged), int64(len(damaged)))
	if err != nil {
		t.Fatalf("ReadAll: %v; want the photos left unread", err)
	}
	for _, p := range got.Photos {
		if p.Data != nil || p.Open == nil || len(p.SHA256) != 64 {
			t.Errorf("photo %s: data %d bytes, open %v, sha %q; want it left in the zip", p.UUID, len(p.Data), p.Open != nil, p.SHA256)
		}
		data, err := p.Bytes()
		switch {
		case p.UUID == uuidPhoto2 && model.ErrorCode(err) != model.EINVALID:
			t.Errorf("the damaged photo read as %d bytes, %v; want it refused", len(data), err)
		case p.UUID != uuidPhoto2 && (err != nil || len(data) == 0):
			t.Errorf("photo %s: %v", p.UUID, err)
		}
	}
}
