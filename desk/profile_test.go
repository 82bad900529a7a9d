package desk_test

import (
	"context"
	"strings"
	"testing"

	"newsdesk/desk"
	"newsdesk/mock"
	"newsdesk/model"
)

// prompt is the person at the command line: an environment, a terminal that
// may answer, and the notices told.
type prompt struct {
	env      map[string]string
	answer   string // typed at the terminal; "" with noTerm: there is none
	noTerm   bool
	asked    int
	notices  []string
	seenOnce bool // the computer has told the no-keyring notice before
}

func (p *prompt) Getenv(key string) string { return p.env[key] }

func (p *prompt) AskPassword(*model.Portal) (string, bool) {
	p.asked++
	return p.answer, !p.noTerm
}

func (p *prompt) Notice(text string) { p.notices = append(p.notices, text) }

func (p *prompt) FirstTime(name string) bool {
	first := !p.seenOnce
	p.seenOnce = true
	return first
}

// profiles is a desk over a library of portal profiles and a keyring; keyring
// nil is a computer with no keyring service.
type profiles struct {
	desk    *desk.Desk
	stored  map[string]*model.Portal
	keyring map[string]string
	signIn  func(p *model.Portal, password string) (*model.PortalAccount, error)
	prompt  *prompt
	logged  []error
}

func newProfiles(withKeyring bool) *profiles {
	w := &profiles{stored: map[string]*model.Portal{}, prompt: &prompt{env: map[string]string{}, noTerm: true}}
	if withKeyring {
		w.keyring = map[string]string{}
	}
	w.signIn = func(p *model.Portal, password string) (*model.PortalAccount, error) {
		if password != "dung mat khau" {
			return nil, model.Errorf(model.EUNAUTHORIZED, "wordpress.unauthorized")
		}
		return &model.PortalAccount{Name: "Phóng viên", Role: "author", MayWrite: true}, nil
	}
	unavailable := func() error { return model.ErrNoKeyring }
	w.desk = &desk.Desk{
		Portals: &mock.PortalService{
			FindPortalByNameFn: func(ctx context.Context, name string) (*model.Portal, error) {
				if p, ok := w.stored[name]; ok {
					return p, nil
				}
				return nil, model.Errorf(model.ENOTFOUND, "sqlite.portal.notfound", name)
			},
			CreatePortalFn: func(ctx context.Context, p *model.Portal) error { w.stored[p.Name] = p; return nil },
			DeletePortalFn: func(ctx context.Context, name string) error { delete(w.stored, name); return nil },
		},
		Keyring: &mock.SecretStore{
			GetFn: func(account string) (string, error) {
				if w.keyring == nil {
					return "", unavailable()
				}
				return w.keyring[account], nil
			},
			SetFn: func(account, password string) error {
				if w.keyring == nil {
					return unavailable()
				}
				w.keyring[account] = password
				return nil
			},
			DeleteFn: func(account string) error {
				if w.keyring == nil {
					return unavailable()
				}
				delete(w.keyring, account)
				return nil
			},
		},
		Prompt: w.prompt,
		PortalSignIn: desk.PortalSignIn{
			CheckURL: func(u string) (string, error) {
				if !strings.HasPrefix(u, "https://") {
					return "", model.Errorf(model.EINVALID, "wordpress.url.http", u)
				}
				return strings.TrimRight(u, "/"), nil
			},
			SignIn: func(ctx context.Context, p *model.Portal, password string) (*model.PortalAccount, error) {
				return w.signIn(p, password)
			},
		},
		Log: func(err error) { w.logged = append(w.logged, err) },
	}
	return w
}

// TestAddPortal: a profile is stored only once the portal took its user and
// password, and the password goes to the keyring, never the library; where no
// keyring runs, the reporter is told every time a portal is added.
func TestAddPortal(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		w := newProfiles(true)
		w.keyring["phongvien@https://cong.example.vn"] = "mat khau cu"
		w.prompt.env[desk.PasswordEnv] = " dung mat khau "
		p, acct, err := w.desk.AddPortal(ctx, "cong", "https://cong.example.vn/", " phongvien ")
		if err != nil || acct.Role != "author" {
			t.Fatalf("got %+v, %v; want the account", acct, err)
		}
		if s := w.stored["cong"]; s == nil || s.URL != "https://cong.example.vn" || s.User != "phongvien" || p != s {
			t.Errorf("stored %+v, want the address made canonical and the user trimmed", s)
		}
		if got := w.keyring["phongvien@https://cong.example.vn"]; got != "dung mat khau" {
			t.Errorf("keyring holds %q, want the new password (not the old one)", got)
		}
		if len(w.prompt.notices) != 0 {
			t.Errorf("told %q, want nothing with a keyring", w.prompt.notices)
		}
	})
	t.Run("ErrNameTaken", func(t *testing.T) {
		w := newProfiles(true)
		w.stored["cong"] = &model.Portal{Name: "cong"}
		w.prompt.noTerm = false
		_, _, err := w.desk.AddPortal(ctx, "cong", "https://cong.example.vn", "phongvien")
		if model.ErrorCode(err) != model.ECONFLICT || w.prompt.asked != 0 {
			t.Errorf("got %v, asked %d times; want the name refused before any password", err, w.prompt.asked)
		}
	})
	t.Run("ErrWrongPassword", func(t *testing.T) {
		w := newProfiles(true)
		w.prompt.noTerm, w.prompt.answer = false, "sai"
		_, _, err := w.desk.AddPortal(ctx, "cong", "https://cong.example.vn", "phongvien")
		if model.ErrorCode(err) != model.EUNAUTHORIZED || len(w.stored) != 0 || len(w.keyring) != 0 || len(w.logged) != 1 {
			t.Errorf("got %v, stored %v, keyring %v, logged %v; want nothing kept, the detail logged", err, w.stored, w.keyring, w.logged)
		}
	})
	t.Run("ErrAddress", func(t *testing.T) {
		w := newProfiles(true)
		if _, _, err := w.desk.AddPortal(ctx, "cong", "http://cong.example.vn", "phongvien"); model.ErrorCode(err) != model.EINVALID || len(w.stored) != 0 {
			t.Errorf("got %v, stored %v; want the address refused", err, w.stored)
		}
	})
	t.Run("NoKeyring", func(t *testing.T) {
		w := newProfiles(false)
		w.prompt.seenOnce = true // told before on this computer: adding tells again
		w.prompt.env[desk.PasswordEnv] = "dung mat khau"
		if _, _, err := w.desk.AddPortal(ctx, "cong", "https://cong.example.vn", "phongvien"); err != nil {
			t.Fatal(err)
		}
		if len(w.prompt.notices) != 1 || !strings.Contains(w.prompt.notices[0], desk.PasswordEnv) {
			t.Errorf("told %q, want the missing keyring said once, naming %s", w.prompt.notices, desk.PasswordEnv)
		}
	})
	t.Run("NoKeyringOnceARun", func(t *testing.T) {
		w := newProfiles(false)
		w.prompt.env[desk.PasswordEnv] = "dung mat khau"
		if _, _, err := w.desk.AddPortal(ctx, "cong", "https://cong.example.vn", "phongvien"); err != nil {
			t.Fatal(err)
		}
		w.desk.Password(w.stored["cong"], false) // the first use of the profile, in the same run
		if len(w.prompt.notices) != 1 {
			t.Errorf("told %q, want the missing keyring said once a run", w.prompt.notices)
		}
	})
}

// TestPassword: the keyring first, then the environment, then the terminal;
// with none, the error says how to give one. No keyring is said once a run,
// and only the first time on the computer.
func TestPassword(t *testing.T) {
	p := &model.Portal{Name: "cong", URL: "https://cong.example.vn", User: "phongvien"}
	w := newProfiles(true)
	w.keyring[p.KeyringAccount()] = "tu kho khoa"
	w.prompt.env[desk.PasswordEnv] = "tu bien"
	if s, err := w.desk.Password(p, false); s != "tu kho khoa" || err != nil {
		t.Errorf("got %q, %v; want the keyring's", s, err)
	}
	if s, _ := w.desk.Password(p, true); s != "tu bien" {
		t.Errorf("fresh: got %q, want the environment's", s)
	}

	w = newProfiles(false)
	w.prompt.noTerm, w.prompt.answer = false, "go tay"
	for i := 0; i < 2; i++ {
		if s, err := w.desk.Password(p, false); s != "go tay" || err != nil {
			t.Errorf("got %q, %v; want the one typed", s, err)
		}
	}
	if len(w.prompt.notices) != 1 {
		t.Errorf("told %q, want the missing keyring said once", w.prompt.notices)
	}
	w = newProfiles(false)
	w.prompt.seenOnce = true
	_, err := w.desk.Password(p, false)
	if model.ErrorCode(err) != model.EUNAUTHORIZED || !strings.Contains(model.ErrorMessage(err), desk.PasswordEnv) {
		t.Errorf("got %v, want no password, naming %s", err, desk.PasswordEnv)
	}
	if len(w.prompt.notices) != 0 {
		t.Errorf("told %q, want nothing: this computer heard it before", w.prompt.notices)
	}
}

// TestRemovePortal: the profile goes, and its password with it.
func TestRemovePortal(t *testing.T) {
	ctx := context.Background()
	w := newProfiles(true)
	p := &model.Portal{Name: "cong", URL: "https://cong.example.vn", User: "phongvien"}
	w.stored["cong"], w.keyring[p.KeyringAccount()] = p, "mat khau"
	if got, err := w.desk.RemovePortal(ctx, "cong"); err != nil || got.Name != "cong" {
		t.Fatalf("got %+v, %v", got, err)
	}
	if len(w.stored) != 0 || len(w.keyring) != 0 {
		t.Errorf("left %v and %v, want both gone", w.stored, w.keyring)
	}
	if _, err := w.desk.RemovePortal(ctx, "cong"); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("got %v, want ENOTFOUND for a profile not there", err)
	}
}
