package mock

import "newsdesk/model"

var _ model.SecretStore = (*SecretStore)(nil)

// SecretStore is a model.SecretStore whose methods call the function fields of
// the same name; a method without one panics.
type SecretStore struct {
	GetFn    func(account string) (string, error)
	SetFn    func(account, password string) error
	DeleteFn func(account string) error
}

func (m *SecretStore) Get(account string) (string, error) { return m.GetFn(account) }

func (m *SecretStore) Set(account, password string) error { return m.SetFn(account, password) }

func (m *SecretStore) Delete(account string) error { return m.DeleteFn(account) }
