package awardfile_test

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"newsdesk/awardfile"
	"newsdesk/msg"
)

// VN1 is the full table of TCVN 5712:1993, glibc's "TCVN". The files in testdata
// named *.utf8.csv were converted with glibc's iconv -f UTF-8 -t TCVN into the
// files of the same name without .utf8 (see testdata/README).

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestVN1Table(t *testing.T) {
	// glibc's reading of each byte on its own.
	f := bytes.NewReader(readTestdata(t, "tcvn-vn1-bytes.txt"))
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		b, err := strconv.ParseUint(fields[0], 0, 8)
		if err != nil {
			t.Fatal(err)
		}
		var want []rune
		for _, cp := range fields[1:] {
			r, err := strconv.ParseUint(strings.TrimPrefix(cp, "U+"), 16, 32)
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, rune(r))
		}
		if got := awardfile.DecodeVN1([]byte{byte(b)}); got != string(want) {
			t.Errorf("byte %#02x: got %q, glibc reads %q", b, got, string(want))
		}
		n++
	}
	if n != 256 {
		t.Fatalf("read %d bytes of the table, want 256", n)
	}
	t.Run("SharesTCVN3", func(t *testing.T) {
		// Every letter TCVN3 writes has the same code in VN1.
		for _, r := range lowerLetters + "ĂÂÊÔƠƯĐ" {
			b3, _ := awardfile.EncodeTCVN3(string(r))
			b1, ok := awardfile.EncodeVN1(string(r))
			if !ok || !bytes.Equal(b1, b3) {
				t.Errorf("%q: VN1 %x, TCVN3 %x", r, b1, b3)
			}
		}
	})
	t.Run("RoundTrip", func(t *testing.T) {
		for _, s := range []string{lowerLetters, upperLetters} {
			b, ok := awardfile.EncodeVN1(s)
			if !ok || len(b) != 67 {
				t.Fatalf("VN1 cannot write %q one byte a letter: %x", s, b)
			}
			if got := awardfile.DecodeVN1(b); got != s {
				t.Errorf("got %q, want %q", got, s)
			}
		}
	})
	t.Run("CombiningTone", func(t *testing.T) {
		// glibc joins a tone byte to the letter before it.
		if got, want := awardfile.DecodeVN1([]byte("Ha\xB0 Na\xB3m")), "Hà Nám"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

func TestReadVN1Files(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	for _, name := range []string{"vn1-list", "vn1-short"} {
		t.Run(name, func(t *testing.T) {
			data := readTestdata(t, name+".csv")
			source := readTestdata(t, name+".utf8.csv")
			text, enc, err := awardfile.DecodeCSV(data)
			if err != nil {
				t.Fatal(err)
			}
			if enc != "vn1" {
				t.Errorf("read as %s, want vn1", enc)
			}
			if text != string(source) {
				t.Errorf("got\n%s\nwant\n%s", text, source)
			}
			// Our encoder writes the bytes glibc wrote.
			if b, ok := awardfile.EncodeVN1(string(source)); !ok || !bytes.Equal(b, data) {
				t.Errorf("EncodeVN1 differs from iconv -t TCVN")
			}
			assertRecipients(t, mustRead(t, name+".csv", data), mustRead(t, name+".utf8.csv", source))
		})
	}
	t.Run("OnlyControlRangeCapitals", func(t *testing.T) {
		// Ý and Ứ are 0x16 and 0x11: a file with no other letter outside ASCII is
		// valid UTF-8 byte for byte, and still VN1.
		text, enc, err := awardfile.DecodeCSV([]byte("Name\nLy Kim \x16\n\x11ng Thi Yen\n"))
		if want := "Name\nLy Kim Ý\nỨng Thi Yen\n"; err != nil || enc != "vn1" || text != want {
			t.Errorf("got %s %v %q, want vn1 %q", enc, err, text, want)
		}
	})
	t.Run("ControlsStillBinary", func(t *testing.T) {
		// Control characters outside words are no VN1 capitals.
		m := mustFail(t, "log.csv", []byte("\x1b[1mName\x1b[0m\x07\x08\x0e\x0f\x16\x16\n"))
		if !strings.Contains(m, "không phải bảng tính") {
			t.Errorf("got %q", m)
		}
	})
	t.Run("NamesAsTyped", func(t *testing.T) {
		got := mustRead(t, "vn1-list.csv", readTestdata(t, "vn1-list.csv"))
		names := map[string]bool{}
		for _, r := range got {
			names[r.Name] = true
		}
		for _, want := range []string{"Lương Thị Ánh", "Dương Công Ý", "Ứng Văn Ổn", "Âu Thị Ấn", "ĐẶNG THỊ ỜN", "Tổ Ẩm thực Ếch Ộp"} {
			if !names[want] {
				t.Errorf("%q did not come in; got %v", want, got)
			}
		}
	})
}

func TestTCVN3NotVN1(t *testing.T) {
	t.Run("Iconv", func(t *testing.T) {
		// Text without a capital with a tone has the same bytes in both: TCVN3,
		// and mixed-case names stay mixed.
		data := readTestdata(t, "tcvn3-list.csv")
		source := readTestdata(t, "tcvn3-list.utf8.csv")
		if b, _ := awardfile.EncodeTCVN3(string(source)); !bytes.Equal(b, data) {
			t.Errorf("EncodeTCVN3 differs from iconv -t TCVN")
		}
		text, enc, err := awardfile.DecodeCSV(data)
		if err != nil || enc != "tcvn3" || text != string(source) {
			t.Errorf("got %s %v\n%s", enc, err, text)
		}
		assertRecipients(t, mustRead(t, "tcvn3-list.csv", data), mustRead(t, "tcvn3-list.utf8.csv", source))
	})
	t.Run("WordPunctuation", func(t *testing.T) {
		// Word's quotes, dashes, bullets and ellipsis pasted into a .VnTime file use
		// bytes VN1 gives to capitals: “ is Ỏ, – is Ọ, • is Ó.
		for _, s := range []string{
			"STT,Họ và tên,Đơn vị\n1,Nguyễn Thị Hồng Nhung,Phòng “Một cửa”\n2,Trần Văn Quyết,Văn phòng – Sở Nội vụ\n",
			"Danh sách…\n• Lê Thị Thu Hà\n• Phạm Đức Thắng\n",
			"Đơn vị\nChi cục Văn thư – Lưu trữ\n",
			"Ghi chú\n‘Giấy khen’ của Sở—năm nay\n",
			"Họ và tên\n– Đỗ Hà\n– Ưng Ân\n",
		} {
			b, ok := awardfile.EncodeTCVN3(s)
			if !ok {
				t.Fatalf("TCVN3 cannot write %q", s)
			}
			text, enc, err := awardfile.DecodeCSV(b)
			if err != nil || enc != "tcvn3" || text != s {
				t.Errorf("%q: got %s %v %q", s, enc, err, text)
			}
		}
	})
	t.Run("ShortTexts", func(t *testing.T) {
		// The samples the other encodings are tested with, with a name in capitals
		// or starting with a capital with a tone: VN1 or refused, never TCVN3.
		for _, s := range shortTexts {
			for _, v := range []string{strings.ToUpper(s), s + " Ánh", "Ý " + s} {
				b, _ := awardfile.EncodeVN1(v)
				text, enc, err := awardfile.DecodeCSV(b)
				if err == nil && text != v {
					t.Errorf("%q: read as %s: %q", v, enc, text)
				}
			}
		}
	})
}

func TestVN1NeverWrongRandomLists(t *testing.T) {
	// Lists of one to four people whose names start with a capital with a tone
	// now and then, in mixed case and in capitals, written in VN1: never read
	// otherwise than written, and a few names are enough.
	fam := strings.Fields("Nguyễn Trần Lê Phạm Hoàng Ứng Âu Ông Đặng Bùi Đỗ Hồ Ngô Dương Đinh Ân Ấu")
	mid := strings.Fields("Thị Văn Đức Hữu Công Ích Ánh Ngọc Hồng Thu Kim Ý")
	giv := strings.Fields("Ánh Ý Ấn Ổn Uyên Hà Thắng Dương Huy Anh Tuấn Lực Ẩn Ước Ứng Ủy Ỷ Khôi Oanh")
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func(words []string) string { return words[rng.IntN(len(words))] }
	for _, upper := range []bool{false, true} {
		for n := 1; n <= 4; n++ {
			refused, total := 0, 0
			for range 120 {
				s := "No,Name\n"
				for i := range n {
					s += fmt.Sprintf("%d,%s %s %s\n", i+1, pick(fam), pick(mid), pick(giv))
				}
				if upper {
					s = strings.ToUpper(s)
				}
				b, ok := awardfile.EncodeVN1(s)
				if !ok {
					t.Fatalf("VN1 cannot write %q", s)
				}
				total++
				text, _, err := awardfile.DecodeCSV(b)
				if err != nil {
					refused++
				} else if text != s {
					t.Errorf("%q: got %q", s, text)
				}
			}
			t.Logf("%d names, upper case %v: refused %d of %d", n, upper, refused, total)
			if n >= 3 && refused*20 > total {
				t.Errorf("%d names, upper case %v: refused %d of %d", n, upper, refused, total)
			}
		}
	}
}

func TestVN1Ambiguous(t *testing.T) {
	// A word VN1 cannot read (a quoted “Hà” is “ỎHàÕ” in VN1) beside one TCVN3 cannot
	// (VN1's Ánh is “ƒnh” in TCVN3): refused, naming both.
	msg.SetLang(msg.English)
	defer msg.SetLang(msg.Vietnamese)
	b := []byte("Name\n\x93H\xb5\x94 \x83nh\n")
	text, enc, err := awardfile.DecodeCSV(b)
	if err == nil {
		t.Fatalf("read as %s: %q", enc, text)
	}
	m := mustFail(t, "list.csv", b)
	for _, want := range []string{"TCVN3", "VN1", "CSV UTF-8"} {
		if !strings.Contains(m, want) {
			t.Errorf("message %q does not say %q", m, want)
		}
	}
}
