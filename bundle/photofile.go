package bundle

import (
	"path"
	"strings"
)

// extensionOf returns the file extension for a photo entry: from its MIME type,
// else from its file name when that is plain letters and digits, else none.
func extensionOf(mime, filename string) string {
	switch strings.ToLower(mime) {
	case "image/jpeg":
		return ".jpg"
	case "image/png":
		return ".png"
	case "image/webp":
		return ".webp"
	case "image/gif":
		return ".gif"
	}
	ext := strings.ToLower(path.Ext(filename))
	for _, c := range ext[min(len(ext), 1):] {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return ""
		}
	}
	return ext
}
