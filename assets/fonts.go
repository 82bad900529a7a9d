package assets

import (
	"embed"
	"fmt"
)

// fonts holds the TrueType fonts printed documents embed, with their licence
// (fonts/OFL.txt, fonts/README.md): Noto Serif and Noto Sans from Debian's
// fonts-noto-core, which cover every Vietnamese letter, and three Noto symbol fonts
// for the signs the text fonts lack.
//
//go:embed fonts/*.ttf fonts/OFL.txt
var fonts embed.FS

// The embedded font files, by file name.
const (
	FontSerifRegular    = "NotoSerif-Regular.ttf"
	FontSerifBold       = "NotoSerif-Bold.ttf"
	FontSerifItalic     = "NotoSerif-Italic.ttf"
	FontSerifBoldItalic = "NotoSerif-BoldItalic.ttf"
	FontSansRegular     = "NotoSans-Regular.ttf"
	FontSansBold        = "NotoSans-Bold.ttf"
	FontMath            = "NotoSansMath-Regular.ttf"
	FontSymbols2        = "NotoSansSymbols2-Regular.ttf"
	FontSymbols         = "NotoSansSymbols-Regular.ttf"
)

// FontFile returns the bytes of the embedded font file name, one of the Font
// constants. Each call returns a fresh copy.
func FontFile(name string) ([]byte, error) {
	b, err := fonts.ReadFile("fonts/" + name)
	if err != nil {
		return nil, fmt.Errorf("read font %s: %w", name, err)
	}
	return b, nil
}

// FontLicense returns the text of the fonts' licence, the SIL Open Font License 1.1,
// for an about box or a printed notice.
func FontLicense() string {
	b, _ := fonts.ReadFile("fonts/OFL.txt")
	return string(b)
}
