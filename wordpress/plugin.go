package wordpress

import (
	"archive/zip"
	"embed"
	"io"
	"io/fs"
	"time"
)

// pluginFS is the portal's companion plugin (see Carried), shipped inside the
// binary so that `newsdesk portal plugin` can hand it to a portal's administrator.
//
//go:embed plugin/newsdesk
var pluginFS embed.FS

// WritePlugin writes the plugin as the zip WordPress's "Upload Plugin" takes: a
// folder "newsdesk" with the plugin's files.
func WritePlugin(w io.Writer) error {
	z := zip.NewWriter(w)
	err := fs.WalkDir(pluginFS, "plugin/newsdesk", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := pluginFS.ReadFile(path)
		if err != nil {
			return err
		}
		// A fixed time: the same plugin makes the same zip.
		f, err := z.CreateHeader(&zip.FileHeader{Name: path[len("plugin/"):], Method: zip.Deflate,
			Modified: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	})
	if err != nil {
		return err
	}
	return z.Close()
}
