package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/photo/phototest"
)

func TestSample(t *testing.T) {
	c := newCLI(t)
	a := c.id("sample")
	b := c.id("sample")
	if a == b {
		t.Fatalf("two samples got the same ID %d", a)
	}
	show := c.ok("show", strconv.FormatInt(a, 10))
	if n := strings.Count(show, "[Ảnh "); n != 4 {
		t.Errorf("sample shows %d photos, want 4:\n%s", n, show)
	}
	if !strings.Contains(show, "12 tập thể và 12 cá nhân") {
		t.Errorf("sample lacks its award summary:\n%s", show)
	}
	if n := strings.Count(show, "  "+"1. "); n != 1 {
		t.Errorf("award recipients should be listed one a line")
	}
	uuidA := lineAfter(show, "Mã định danh: ")
	uuidB := lineAfter(c.ok("show", strconv.FormatInt(b, 10)), "Mã định danh: ")
	if uuidA == "" || uuidA == uuidB {
		t.Errorf("samples' UUIDs %q and %q should differ", uuidA, uuidB)
	}
	t.Run("CommandsNeverAddTheSample", func(t *testing.T) {
		c := newCLI(t)
		if out := c.ok("list"); out != "" {
			t.Errorf("a new library listed %q; commands must not add the sample", out)
		}
	})
}

func lineAfter(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return strings.TrimPrefix(l, prefix)
		}
	}
	return ""
}

func TestSearchCommand(t *testing.T) {
	c := newCLI(t)
	party := c.id("new", "--headline", "Ngành Tổ chức xây dựng Đảng tổng kết năm 2025")
	other := c.id("new", "--headline", "Hội nghị cán bộ chủ chốt")
	for _, q := range [][]string{{"to", "chuc"}, {"dang"}, {"ĐẢNG"}, {"xây", "dựng", "tổ"}} {
		out := c.ok(append([]string{"search"}, q...)...)
		if out != strconv.FormatInt(party, 10)+"\tNgành Tổ chức xây dựng Đảng tổng kết năm 2025\n" {
			t.Errorf("search %v printed %q", q, out)
		}
	}
	if out := c.ok("search", "không", "có", "đâu"); out != "" {
		t.Errorf("no match printed %q", out)
	}
	if out := c.ok("search", "--limit", "1", "năm"); strings.Count(out, "\n") != 1 {
		t.Errorf("--limit 1 printed %q", out)
	}
	_ = other
}

func TestPhotoAdd(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị"), 10)
	dir := t.TempDir()
	good := filepath.Join(dir, "quang-canh.jpg")
	if err := os.WriteFile(good, phototest.CameraJPEG(1200, 800, 6), 0o644); err != nil {
		t.Fatal(err)
	}
	c.ok("photo", "add", id, good, "--caption", "Quang cảnh Hội nghị", "--credit", "Ảnh: Minh Khôi", "--alt", "Hội trường")
	show := c.ok("show", id)
	if !strings.Contains(show, "[Ảnh 1] Quang cảnh Hội nghị") || !strings.Contains(show, "Ảnh: Minh Khôi") {
		t.Errorf("show after photo add:\n%s", show)
	}

	t.Run("ErrNotAnImage", func(t *testing.T) {
		bad := filepath.Join(dir, "ghi-chu.jpg")
		os.WriteFile(bad, []byte("đây là văn bản, không phải ảnh"), 0o644)
		_, errOut, code := c.run("photo", "add", id, bad, "--caption", "Không được lưu")
		if code != 1 || !strings.Contains(errOut, "ghi-chu.jpg") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("exit %d, stderr %q; want 1 and one line naming the file", code, errOut)
		}
		if show2 := c.ok("show", id); show2 != show {
			t.Errorf("a refused photo changed the report:\n%s", show2)
		}
	})
	t.Run("ErrMissingFile", func(t *testing.T) {
		if _, errOut, code := c.run("photo", "add", id, filepath.Join(dir, "khong-co.jpg")); code != 1 || !strings.Contains(errOut, "khong-co.jpg") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func TestAwardsImport(t *testing.T) {
	c := newCLI(t)
	id := strconv.FormatInt(c.id("new", "--headline", "Hội nghị tổng kết"), 10)
	dir := t.TempDir()
	csv := filepath.Join(dir, "khen-thuong.csv")
	os.WriteFile(csv, []byte("DANH SÁCH KHEN THƯỞNG\n\nSTT;Loại;Họ và tên;Chức vụ;Đơn vị\n1;Tập thể;Phòng Tổ chức cán bộ;;Sở Nội vụ\n2;Cá nhân;Nguyễn Thị Hồng Nhung;Chuyên viên;Phòng Tổ chức cán bộ\n"), 0o644)
	c.ok("awards", "import", id, csv, "--form", "Giấy khen", "--by", "Giám đốc Sở Nội vụ", "--decision", "Quyết định số 15/QĐ-SNV", "--date", "30/12/2025")
	show := c.ok("show", id)
	for _, want := range []string{"Giấy khen · Giám đốc Sở Nội vụ · Quyết định số 15/QĐ-SNV · 30/12/2025",
		"1. Tập thể: Phòng Tổ chức cán bộ, Sở Nội vụ", "2. Cá nhân: Nguyễn Thị Hồng Nhung, Chuyên viên, Phòng Tổ chức cán bộ",
		"trao Giấy khen cho 1 tập thể và 1 cá nhân"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	t.Run("ErrBadRow", func(t *testing.T) {
		bad := filepath.Join(dir, "loi.csv")
		os.WriteFile(bad, []byte("Loại,Họ và tên,Đơn vị\nCá nhân,Trần Văn Bình,Phòng Kế hoạch\nCá nhân,,Phòng Kế hoạch\n"), 0o644)
		_, errOut, code := c.run("awards", "import", id, bad, "--form", "Giấy khen")
		if code != 1 || !strings.Contains(errOut, "3") {
			t.Errorf("exit %d, stderr %q; want 1 and row 3 named", code, errOut)
		}
		if show2 := c.ok("show", id); show2 != show {
			t.Errorf("a refused file changed the report")
		}
	})
}

func TestExportImport(t *testing.T) {
	src := newCLI(t)
	id := strconv.FormatInt(src.id("sample"), 10)
	zip := filepath.Join(t.TempDir(), "bai viet.zip")
	src.ok("export", id, "-o", zip)
	want := src.ok("show", id)

	dst := newCLI(t)
	newID := strconv.FormatInt(dst.id("import", zip), 10)
	got := dst.ok("show", newID)
	if strip(got) != strip(want) {
		t.Errorf("imported report differs:\n--- exported\n%s\n--- imported\n%s", want, got)
	}
	t.Run("AgainUnchanged", func(t *testing.T) {
		if again := strconv.FormatInt(dst.id("import", zip), 10); again != newID {
			t.Errorf("importing the same bundle again gave report %s, want the same report %s", again, newID)
		}
	})
	t.Run("AsCopy", func(t *testing.T) {
		if cp := strconv.FormatInt(dst.id("import", zip, "--as-copy"), 10); cp == newID {
			t.Errorf("--as-copy updated report %s in place", cp)
		}
	})
	t.Run("ErrNotABundle", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "not.zip")
		os.WriteFile(bad, []byte("PK not really"), 0o644)
		before := dst.ok("list")
		if _, errOut, code := dst.run("import", bad); code != 1 || errOut == "" {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
		if after := dst.ok("list"); after != before {
			t.Errorf("a refused bundle changed the library")
		}
	})
}

// strip removes the lines that differ by design between libraries (ID, times).
func strip(show string) string {
	lines := strings.Split(show, "\n")
	return strings.Join(lines[1:], "\n")
}
