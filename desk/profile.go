package desk

import (
	"context"
	"errors"
	"strings"

	"newsdesk/model"
	"newsdesk/msg"
)

// PasswordEnv is the environment variable a portal's application password is read
// from where the keyring holds none (a server, a script).
const PasswordEnv = "NEWSDESK_PORTAL_PASSWORD"

// Prompt is the person at the command line, where a use case needs a word from
// them or has something to tell beside its answer.
type Prompt interface {
	// Getenv returns a variable of the person's environment.
	Getenv(key string) string
	// AskPassword asks for the profile's application password without showing
	// it; ok is false when there is no one to ask (no terminal).
	AskPassword(p *model.Portal) (password string, ok bool)
	// Notice tells text beside the answer.
	Notice(text string)
	// FirstTime reports whether the notice named name is told for the first time
	// to this user on this computer, and remembers that it was.
	FirstTime(name string) bool
}

// PortalSignIn is the portal's side of adding a profile (package wordpress).
type PortalSignIn struct {
	// CheckURL returns the site's address made canonical, or an EINVALID error
	// saying what is wrong with it (plain http to another computer, a password
	// in it).
	CheckURL func(siteURL string) (string, error)
	// SignIn signs in as the profile's user with the application password and
	// says what the account may do; a wrong user or password is EUNAUTHORIZED.
	SignIn func(ctx context.Context, p *model.Portal, password string) (*model.PortalAccount, error)
}

// AddPortal adds a portal profile once the portal accepted its user and an
// application password asked for afresh (the keyring's may be an old one), and
// keeps the password in the keyring, never in the library; where no keyring runs
// it says so, every time. It returns the profile and what the account may do. A
// name already taken is refused before any password is asked for.
func (d *Desk) AddPortal(ctx context.Context, name, siteURL, user string) (*model.Portal, *model.PortalAccount, error) {
	base, err := d.CheckURL(siteURL)
	if err != nil {
		return nil, nil, err
	}
	p := &model.Portal{Name: name, URL: base, User: strings.TrimSpace(user)}
	if _, err := d.Portals.FindPortalByName(ctx, p.Name); err == nil {
		return nil, nil, model.Errorf(model.ECONFLICT, "sqlite.portal.exists", p.Name) // the library's words
	}
	password, err := d.Password(p, true)
	if err != nil {
		return nil, nil, err
	}
	acct, err := d.SignIn(ctx, p, password)
	if err != nil {
		d.log(err)
		return nil, nil, err
	}
	if err := d.Portals.CreatePortal(ctx, p); err != nil {
		return nil, nil, err
	}
	if d.Keyring == nil || d.Keyring.Set(p.KeyringAccount(), password) != nil {
		d.noKeyring(true)
	}
	return p, acct, nil
}

// RemovePortal removes the profile named name, what the library knows of its
// pushes, and its password in the keyring. It returns the profile removed.
func (d *Desk) RemovePortal(ctx context.Context, name string) (*model.Portal, error) {
	p, err := d.Portals.FindPortalByName(ctx, name)
	if err != nil {
		return nil, err
	}
	if err := d.Portals.DeletePortal(ctx, p.Name); err != nil {
		return nil, err
	}
	if d.Keyring != nil {
		if err := d.Keyring.Delete(p.KeyringAccount()); errors.Is(err, model.ErrNoKeyring) {
			d.noKeyring(false)
		}
	}
	return p, nil
}

// Password returns the profile's application password: from the keyring (unless
// fresh), else the environment's PasswordEnv, else asked for. None is an
// EUNAUTHORIZED error saying how to give one.
func (d *Desk) Password(p *model.Portal, fresh bool) (string, error) {
	if !fresh && d.Keyring != nil {
		s, err := d.Keyring.Get(p.KeyringAccount())
		if err == nil && s != "" {
			return s, nil
		} else if errors.Is(err, model.ErrNoKeyring) {
			d.noKeyring(false)
		}
	}
	if d.Prompt != nil {
		if s := strings.TrimSpace(d.Prompt.Getenv(PasswordEnv)); s != "" {
			return s, nil
		}
		if s, ok := d.Prompt.AskPassword(p); ok && s != "" {
			return s, nil
		}
	}
	return "", model.Errorf(model.EUNAUTHORIZED, "desk.portal.nopassword", p.User, p.Name, PasswordEnv)
}

// noKeyring says that no keyring runs and the environment variable is used
// instead: at most once in the Desk's life (one command), and only the first
// time on this computer unless always — adding a portal, whose password is then
// not stored, always says it.
func (d *Desk) noKeyring(always bool) {
	if d.Prompt == nil || !d.keyringSaid.CompareAndSwap(false, true) {
		return
	}
	if !always && !d.Prompt.FirstTime("no-keyring") {
		return
	}
	d.Prompt.Notice(msg.T("desk.portal.nokeyring", PasswordEnv))
}
