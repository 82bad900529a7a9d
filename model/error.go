package model

import (
	"errors"

	"newsdesk/msg"
)

// Error codes, few on purpose: callers branch on them, people read the message.
const (
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	EUNAUTHORIZED = "unauthorized"
	EINTERNAL     = "internal"
)

// Error is an error meant for the person using Newsdesk: a code for programs and a
// sentence, in the interface language, that says what happened and what to do.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error whose message is the catalog sentence key (package msg)
// formatted with args in the current language.
func Errorf(code, key string, args ...any) *Error {
	return &Error{Code: code, Message: msg.T(key, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any
// other error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a general
// sentence for any other error: people never see a Go error string.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return msg.T("model.internal")
}
