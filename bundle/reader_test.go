package bundle_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"hash/crc32"
	"io"
	"strconv"
	"testing"

	"newsdesk/bundle"
	"newsdesk/model"
	"newsdesk/msg"
)

// Rezip copies bundle b entry by entry through edit, which returns the entry to
// write (keep false drops it), then adds extra entries.
func Rezip(tb testing.TB, b []byte, edit func(name string, data []byte) (string, []byte, bool), extra ...func(*zip.Writer)) []byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		name, keep := f.Name, true
		if edit != nil {
			name, data, keep = edit(f.Name, data)
		}
		if !keep {
			continue
		}
		MustAdd(tb, zw, name, data)
	}
	for _, x := range extra {
		x(zw)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// MustAdd writes an entry; archive/zip takes any name, unsafe ones included.
func MustAdd(tb testing.TB, zw *zip.Writer, name string, data []byte) {
	tb.Helper()
	w, err := zw.Create(name)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
}

// EditManifest returns bundle b with newsdesk.json changed by edit.
func EditManifest(tb testing.TB, b []byte, edit func(m map[string]any)) []byte {
	tb.Helper()
	return Rezip(tb, b, func(name string, data []byte) (string, []byte, bool) {
		if name != "newsdesk.json" {
			return name, data, true
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			tb.Fatal(err)
		}
		edit(m)
		data, err := json.Marshal(m)
		if err != nil {
			tb.Fatal(err)
		}
		return name, data, true
	})
}

// RawEntry adds an entry whose header declares size bytes whatever data holds, as
// a hostile or damaged zip can.
func RawEntry(tb testing.TB, name string, data []byte, size uint64) func(*zip.Writer) {
	return func(zw *zip.Writer) {
		var c bytes.Buffer
		fw, _ := flate.NewWriter(&c, flate.BestSpeed)
		fw.Write(data)
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
			CompressedSize64: uint64(c.Len()), UncompressedSize64: size})
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(c.Bytes())
	}
}

func TestReadRefuses(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	r, lib := MustReport(t)
	good := MustWrite(t, r, lib, bundle.Options{})
	photo1 := "photos/" + uuidPhoto1 + ".jpg"
	manifest := Entry(t, good, "newsdesk.json")
	drop := func(entry string) func(string, []byte) (string, []byte, bool) {
		return func(name string, data []byte) (string, []byte, bool) { return name, data, name != entry }
	}
	withEntry := func(name string) []byte {
		return Rezip(t, good, nil, func(zw *zip.Writer) { MustAdd(t, zw, name, []byte("x")) })
	}

	for _, tt := range []struct {
		name   string
		bundle []byte
		want   string // the sentence people read
	}{
		{"ErrNotZip", []byte("Biên bản hội nghị, không phải tệp nén"), msg.T("bundle.notzip")},
		{"ErrEmptyFile", nil, msg.T("bundle.notzip")},
		{"ErrManifestMissing", Rezip(t, good, drop("newsdesk.json")), msg.T("bundle.manifest.missing")},
		{"ErrNewerFormat", EditManifest(t, good, func(m map[string]any) { m["format_version"] = 2 }),
			msg.T("bundle.version.newer", 2, bundle.FormatVersion)},
		{"ErrNoFormatVersion", EditManifest(t, good, func(m map[string]any) { delete(m, "format_version") }),
			msg.T("bundle.manifest.field", "format_version")},
		{"ErrPathParent", withEntry("../ngoai.txt"), msg.T("bundle.entry.path", "../ngoai.txt")},
		{"ErrPathParentInside", withEntry("photos/../../ngoai.txt"), msg.T("bundle.entry.path", "photos/../../ngoai.txt")},
		{"ErrPathAbsolute", withEntry("/etc/ngoai.txt"), msg.T("bundle.entry.path", "/etc/ngoai.txt")},
		{"ErrPathBackslash", withEntry(`photos\..\ngoai.txt`), msg.T("bundle.entry.path", `photos\..\ngoai.txt`)},
		{"ErrPathDrive", withEntry("C:/Windows/ngoai.txt"), msg.T("bundle.entry.path", "C:/Windows/ngoai.txt")},
		{"ErrPathDriveRelative", withEntry("D:ngoai.txt"), msg.T("bundle.entry.path", "D:ngoai.txt")},
		{"ErrDuplicateEntry", withEntry("newsdesk.json"), msg.T("bundle.entry.duplicate", "newsdesk.json")},
		{"ErrEntryDeclaredTooLarge", Rezip(t, good, nil, RawEntry(t, "photos/lon.jpg", []byte("nhỏ thôi"), bundle.MaxEntrySize+1)),
			msg.T("bundle.entry.toolarge", "photos/lon.jpg", 200)},
		{"ErrEntryLongerThanDeclared", Rezip(t, good, drop("newsdesk.json"), RawEntry(t, "newsdesk.json", manifest, 10)),
			msg.T("bundle.entry.damaged", "newsdesk.json")},
		{"ErrTooManyEntries", Rezip(t, good, nil, func(zw *zip.Writer) {
			for i := 0; i < bundle.MaxEntries; i++ {
				MustAdd(t, zw, "ghi-chu/"+strconv.Itoa(i)+".txt", nil)
			}
		}), msg.T("bundle.entry.toomany", bundle.MaxEntries+5, bundle.MaxEntries)},
		{"ErrPhotoMissing", Rezip(t, good, drop(photo1)), msg.T("bundle.photo.missing", photo1)},
		{"ErrPhotoChecksum", Rezip(t, good, func(name string, data []byte) (string, []byte, bool) {
			if name == photo1 {
				data = append([]byte(nil), data...)
				data[len(data)/2] ^= 0xFF
			}
			return name, data, true
		}), msg.T("bundle.photo.checksum", photo1)},
		{"ErrBlockPhotoNotInBundle", EditManifest(t, good, func(m map[string]any) {
			blocks := m["report"].(map[string]any)["blocks"].([]any)
			blocks[5].(map[string]any)["photo"].(map[string]any)["uuid"] = uuidLinked
		}), msg.T("bundle.block.photo", 6, uuidLinked)},
		{"ErrInvalidJSON", Rezip(t, good, func(name string, data []byte) (string, []byte, bool) {
			if name == "newsdesk.json" {
				data = data[:len(data)/2]
			}
			return name, data, true
		}), msg.T("bundle.manifest.json")},
		{"ErrWrongType", EditManifest(t, good, func(m map[string]any) { m["report"].(map[string]any)["headline"] = 2026 }),
			msg.T("bundle.manifest.field", "report.headline")},
		{"ErrBadTime", EditManifest(t, good, func(m map[string]any) { m["report"].(map[string]any)["updated_at"] = "8/1/2026 11:40" }),
			msg.T("bundle.manifest.field", "report.updated_at")},
		{"ErrReportUUID", EditManifest(t, good, func(m map[string]any) { m["report"].(map[string]any)["uuid"] = "../../bao-cao" }),
			msg.T("bundle.uuid.invalid", "../../bao-cao")},
		{"ErrReportInvalid", EditManifest(t, good, func(m map[string]any) {
			rep := m["report"].(map[string]any)
			rep["headline"] = " \t "
			rep["status"] = "xong"
		}), msg.T("bundle.report.invalid", msg.T("model.status.unknown", "xong"))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep, photos, err := Read(tt.bundle)
			if got, want := model.ErrorCode(err), model.EINVALID; got != want {
				t.Fatalf("got code %q (%v), want %q", got, err, want)
			}
			if got := model.ErrorMessage(err); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if rep != nil || photos != nil {
				t.Errorf("got partial data with the error: report %v, %d photos", rep != nil, len(photos))
			}
		})
	}
}

func TestReadAccepts(t *testing.T) {
	r, lib := MustReport(t)
	good := MustWrite(t, r, lib, bundle.Options{})
	t.Run("DirectoryEntries", func(t *testing.T) {
		// Zip tools that re-pack a bundle add entries for folders.
		b := Rezip(t, good, nil, func(zw *zip.Writer) { MustAdd(t, zw, "photos/", nil) })
		if _, _, err := Read(b); err != nil {
			t.Fatalf("got %v, want the bundle read", err)
		}
	})
	t.Run("WithoutNinjs", func(t *testing.T) {
		// Import trusts newsdesk.json; ninjs.json is for other systems.
		b := Rezip(t, good, func(name string, data []byte) (string, []byte, bool) { return name, data, name != "ninjs.json" })
		if _, _, err := Read(b); err != nil {
			t.Fatalf("got %v, want the bundle read", err)
		}
	})
	t.Run("UnusedPhotoNotReturned", func(t *testing.T) {
		b := EditManifest(t, good, func(m map[string]any) {
			blocks := m["report"].(map[string]any)["blocks"].([]any)
			m["report"].(map[string]any)["blocks"] = blocks[1:5] // drops photo 1 (used at 1 and 7) and 3
		})
		_, photos, err := Read(b)
		if err != nil {
			t.Fatal(err)
		}
		if len(photos) != 1 || photos[0].UUID != uuidPhoto2 {
			t.Errorf("got %d photos, want only %s", len(photos), uuidPhoto2)
		}
	})
	t.Run("UnknownFields", func(t *testing.T) {
		b := EditManifest(t, good, func(m map[string]any) { m["ghi_chu"] = "trường mới" })
		if _, _, err := Read(b); err != nil {
			t.Fatalf("got %v, want the bundle read", err)
		}
	})
}
