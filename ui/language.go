package ui

import (
	"embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"newsdesk/msg"
)

// fyneTranslations holds Fyne's own strings (dialog buttons, file picker, calendar)
// in the languages Newsdesk speaks: Fyne ships no Vietnamese.
//
//go:embed translations
var fyneTranslations embed.FS

// fyneLocales are the languages Fyne ships translations for. Newsdesk speaks one
// language, chosen in its settings, whatever the system's locale: Fyne picks its
// language from the system once and cannot switch at run time, so the chosen
// language's strings are registered under every locale Fyne might pick.
var fyneLocales = []string{"cs", "de", "el", "en", "es", "fr", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans", "vi"}

// UseLanguage makes the interface speak l, Newsdesk's sentences and Fyne's own. Call
// it before the window is built: widgets take their text when they are made, so a
// change of language takes effect at the next start.
func UseLanguage(l msg.Lang) error {
	msg.SetLang(l)
	data, err := fyneTranslations.ReadFile("translations/" + string(l) + ".json")
	if err != nil {
		return err
	}
	for _, loc := range fyneLocales {
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(loc)); err != nil {
			return err
		}
	}
	return nil
}
