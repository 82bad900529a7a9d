// Package model is Newsdesk's domain: the conference report and its parts (blocks,
// photos, award lists, people), statuses, revisions, settings, errors, and the
// service interfaces the adapters implement. It imports no fyne and no sql; only
// the standard library and Newsdesk's own pure helpers (vntext, msg, and for the
// checks of words vnspell and vninput).
package model
