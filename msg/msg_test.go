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
