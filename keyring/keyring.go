// Package keyring keeps portal application passwords in the operating system's
// keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through github.com/zalando/go-keyring, as a model.SecretStore. It
// imports only that package, model and the standard library.
package keyring

import (
	"errors"

	gokeyring "github.com/zalando/go-keyring"

	"newsdesk/model"
)

// Service is the name Newsdesk's secrets are filed under in the keyring.
const Service = "newsdesk"

// ErrNotFound is returned by Get when the keyring holds no password for the account.
var ErrNotFound = errors.New("keyring: no password")

// ErrUnavailable wraps any failure of the keyring itself: no keyring service runs
// (a server, CI, a session without D-Bus) or it refused. It is model.ErrNoKeyring,
// which the use cases look for.
var ErrUnavailable = model.ErrNoKeyring

var _ model.SecretStore = Keyring{}

// Keyring reads and writes passwords by account name.
type Keyring struct{}

// New returns the operating system's keyring.
func New() *Keyring { return &Keyring{} }

// Get returns the password of account, ErrNotFound when there is none and an error
// wrapping ErrUnavailable when the keyring cannot be used.
func (Keyring) Get(account string) (string, error) {
	s, err := gokeyring.Get(Service, account)
	if errors.Is(err, gokeyring.ErrNotFound) {
		return "", ErrNotFound
	} else if err != nil {
		return "", errors.Join(ErrUnavailable, err)
	}
	return s, nil
}

// Set stores the password of account.
func (Keyring) Set(account, password string) error {
	if err := gokeyring.Set(Service, account, password); err != nil {
		return errors.Join(ErrUnavailable, err)
	}
	return nil
}

// Delete removes the password of account; none is not an error.
func (Keyring) Delete(account string) error {
	err := gokeyring.Delete(Service, account)
	if err == nil || errors.Is(err, gokeyring.ErrNotFound) {
		return nil
	}
	return errors.Join(ErrUnavailable, err)
}

// MockInit replaces the operating system's keyring with one in memory, for tests.
func MockInit() { gokeyring.MockInit() }
