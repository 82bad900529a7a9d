package assets

import _ "embed"

// IconPNG is Newsdesk's icon, a 512×512 PNG: the one FyneApp.toml names, which the
// packages install and the window and About dialog show. It is drawn by
// packaging/icon.
//
//go:embed icon.png
var IconPNG []byte
