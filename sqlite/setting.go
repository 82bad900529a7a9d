package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"newsdesk/model"
	"newsdesk/vntext"
)

// SettingService keeps the settings the window and the commands share:
// model.SettingService on SQLite. Only the keys of model.Settings are accepted.
type SettingService struct {
	db *DB
}

var _ model.SettingService = (*SettingService)(nil)

// NewSettingService returns the setting service of the library db.
func NewSettingService(db *DB) *SettingService {
	return &SettingService{db: db}
}

// Setting returns the value of the setting key, "" when it is not set; EINVALID
// when no setting has that key.
func (s *SettingService) Setting(ctx context.Context, key string) (string, error) {
	if _, err := knownSetting(key); err != nil {
		return "", err
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	v, err := findSetting(ctx, tx, key)
	return v, FormatError(err)
}

// SetSetting checks and stores the value of the setting key. An empty value unsets
// it, so the default applies again.
func (s *SettingService) SetSetting(ctx context.Context, key, value string) error {
	setting, err := knownSetting(key)
	if err != nil {
		return err
	}
	value = strings.TrimSpace(vntext.Clean(value))
	if value != "" && setting.Valid != nil {
		if err := setting.Valid(value); err != nil {
			return err
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if value == "" {
		_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key)
	} else {
		_, err = tx.ExecContext(ctx, `
			INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	}
	if err != nil {
		return FormatError(err)
	}
	return tx.Commit()
}

// Settings returns every setting that is set, by key.
func (s *SettingService) Settings(ctx context.Context) (map[string]string, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return nil, FormatError(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, FormatError(err)
		}
		out[k] = v
	}
	return out, FormatError(rows.Err())
}

// knownSetting returns the setting key names, or an EINVALID error listing the keys.
func knownSetting(key string) (model.Setting, error) {
	if s, ok := model.FindSetting(key); ok {
		return s, nil
	}
	keys := make([]string, len(model.Settings))
	for i, s := range model.Settings {
		keys[i] = s.Key
	}
	return model.Setting{}, model.Errorf(model.EINVALID, "sqlite.setting.unknown", key, strings.Join(keys, ", "))
}

// findSetting returns the stored value of key, "" when unset.
func findSetting(ctx context.Context, tx *Tx, key string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}
