package msg_test

import (
	"testing"

	"newsdesk/msg"
)

func TestT(t *testing.T) {
	msg.Register(map[string]msg.Text{"test.hello": {VI: "Xin chào %s", EN: "Hello %s"}})
	defer msg.SetLang(msg.Vietnamese)
	if got, want := msg.T("test.hello", "Lan"), "Xin chào Lan"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	msg.SetLang(msg.English)
	if got, want := msg.T("test.hello", "Lan"), "Hello Lan"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := msg.T("test.missing"); got != "test.missing" {
		t.Errorf("unknown key gave %q", got)
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]msg.Lang{"vi_VN.UTF-8": msg.Vietnamese, "en": msg.English, "EN_us": msg.English} {
		if got, ok := msg.ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := msg.ParseLang("fr"); ok {
		t.Error("fr accepted")
	}
}

func TestN(t *testing.T) {
	msg.Register(map[string]msg.Text{
		"test.photos":     {VI: "tải lên %d ảnh", EN: "%d photos uploaded"},
		"test.photos.one": {VI: "tải lên %d ảnh", EN: "%d photo uploaded"},
	})
	defer msg.SetLang(msg.Vietnamese)
	msg.SetLang(msg.English)
	for n, want := range map[int]string{0: "0 photos uploaded", 1: "1 photo uploaded", 2: "2 photos uploaded"} {
		if got := msg.N(n, "test.photos", n); got != want {
			t.Errorf("N(%d) = %q, want %q", n, got, want)
		}
	}
	msg.SetLang(msg.Vietnamese)
	if got := msg.N(1, "test.photos", 1); got != "tải lên 1 ảnh" {
		t.Errorf("N(1) in Vietnamese = %q", got)
	}
}
