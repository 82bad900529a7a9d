package model

import "strconv"

// Setting is a setting kept in the library, shared by the window and the commands.
type Setting struct {
	Key   string
	Help  string // catalog key of its one-line explanation
	Valid func(string) error
}

// The settings keys.
const (
	SettingLanguage       = "language"
	SettingReporter       = "reporter.name" // the user's name, whatever their role
	SettingRole           = "user.role"
	SettingUnapproved     = "review.unapproved_publish" // ask or refuse
	SettingSourceTag      = "report.source_tag"
	SettingAgencyName     = "agency.name"
	SettingAgencyManaging = "agency.managing"
	SettingAgencyEditor   = "agency.editor_in_chief"
	SettingAgencyAddress  = "agency.address"
	SettingAgencyPhones   = "agency.phones"
	SettingAgencyEmail    = "agency.email"
	SettingPrintDPI       = "print.dpi"
	SettingTyping         = "typing.method"
	SettingGiveBack       = "typing.give_back" // on (the default): a word that is no Vietnamese gets its keys back
	SettingBrackets       = "typing.brackets"  // on (the default): [ and ] type ơ and ư in Telex
	SettingPushParallel   = "push.parallel"    // photos sent (or fetched) at once
	SettingEditorPlace    = "editor.place"     // where the cursor was in the report last typed in
)

// Settings lists every setting, in the order help shows them.
var Settings = []Setting{
	{Key: SettingLanguage, Help: "model.setting.language", Valid: validLanguage},
	{Key: SettingReporter, Help: "model.setting.reporter"},
	{Key: SettingRole, Help: "model.setting.role", Valid: validRole},
	{Key: SettingUnapproved, Help: "model.setting.unapproved", Valid: validUnapproved},
	{Key: SettingSourceTag, Help: "model.setting.source_tag"},
	{Key: SettingAgencyName, Help: "model.setting.agency.name"},
	{Key: SettingAgencyManaging, Help: "model.setting.agency.managing"},
	{Key: SettingAgencyEditor, Help: "model.setting.agency.editor"},
	{Key: SettingAgencyAddress, Help: "model.setting.agency.address"},
	{Key: SettingAgencyPhones, Help: "model.setting.agency.phones"},
	{Key: SettingAgencyEmail, Help: "model.setting.agency.email"},
	{Key: SettingPrintDPI, Help: "model.setting.print.dpi", Valid: validDPI},
	{Key: SettingTyping, Help: "model.setting.typing", Valid: validTyping},
	{Key: SettingGiveBack, Help: "model.setting.typing.give_back", Valid: validOnOff},
	{Key: SettingBrackets, Help: "model.setting.typing.brackets", Valid: validOnOff},
	{Key: SettingPushParallel, Help: "model.setting.push.parallel", Valid: validParallel},
	{Key: SettingEditorPlace, Help: "model.setting.editor.place"},
}

// PushParallel is how many photos a push uploads (or an open downloads) at once,
// from the push.parallel setting's value: 3 unless it says 1 to 8.
func PushParallel(v string) int {
	if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 8 {
		return n
	}
	return 3
}

func validParallel(v string) error {
	if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 8 {
		return nil
	}
	return Errorf(EINVALID, "model.setting.push.parallel.invalid", v)
}

// FindSetting returns the setting with that key, ok false when there is none.
func FindSetting(key string) (Setting, bool) {
	for _, s := range Settings {
		if s.Key == key {
			return s, true
		}
	}
	return Setting{}, false
}

func validLanguage(v string) error {
	if v == "vi" || v == "en" {
		return nil
	}
	return Errorf(EINVALID, "model.setting.language.invalid", v)
}

func validDPI(v string) error {
	if v == "200" || v == "300" {
		return nil
	}
	return Errorf(EINVALID, "model.setting.print.dpi.invalid", v)
}

func validTyping(v string) error {
	if v == "telex" || v == "vni" || v == "off" {
		return nil
	}
	return Errorf(EINVALID, "model.setting.typing.invalid", v)
}

func validOnOff(v string) error {
	if v == "" || v == "on" || v == "off" {
		return nil
	}
	return Errorf(EINVALID, "model.setting.onoff.invalid", v)
}

// SettingOn reads an on/off setting that is on unless set to "off".
func SettingOn(v string) bool { return v != "off" }

func validRole(v string) error {
	_, err := ParseRole(v)
	return err
}

func validUnapproved(v string) error {
	if v == "ask" || v == "refuse" {
		return nil
	}
	return Errorf(EINVALID, "model.setting.unapproved.invalid", v)
}
