package main

import (
	"bufio"
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"newsdesk/model"
	"newsdesk/sqlite"
	"newsdesk/wordpress/wptest"
)

// TestMain lets a test start this very binary as the real app, in a real X window
// or as a command in a process of its own,
// and stops the test portal when the tests started one.
func TestMain(m *testing.M) {
	switch os.Getenv("NEWSDESK_TEST_RUN_APP") {
	case "1": // the window
		os.Args = os.Args[:1]
		main()
		return
	case "cli": // a command, with the arguments given
		main()
		return
	}
	wptest.Main(m)
}

// startXvfb starts a private X server and returns its DISPLAY.
func startXvfb(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Fatal("Xvfb is missing: make test installs it (scripts/install-deps.sh test)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// TestWindowFirstStart starts the real app in a real X window with no library: it
// must create one in the data folder with the sample report, and show a window.
func TestWindowFirstStart(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	data := filepath.Join(home, "data")
	app := exec.Command(os.Args[0], "-test.run=^$")
	app.Env = append(os.Environ(), "NEWSDESK_TEST_RUN_APP=1", "DISPLAY="+display,
		"HOME="+home, "XDG_DATA_HOME="+data, "NEWSDESK_DB=", "LANG=vi_VN.UTF-8")
	logPath := filepath.Join(home, "app.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	app.Stdout, app.Stderr = logFile, logFile
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	var exitErr error
	go func() { exitErr = app.Wait(); close(exited) }()
	t.Cleanup(func() {
		app.Process.Kill()
		<-exited
	})

	library := filepath.Join(data, "newsdesk", "library.sqlite")
	deadline := time.Now().Add(60 * time.Second)
	var reports []model.ReportSummary
	for len(reports) == 0 {
		select {
		case <-exited:
			log, _ := os.ReadFile(logPath)
			t.Fatalf("the app exited (%v); its output:\n%s", exitErr, log)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no library with a report appeared in 60 s")
		}
		time.Sleep(200 * time.Millisecond)
		if _, err := os.Stat(library); err != nil {
			continue
		}
		db := sqlite.NewDB(library)
		if err := db.Open(); err != nil {
			continue
		}
		reports, _ = sqlite.NewReportService(db).FindReports(context.Background(), model.ReportFilter{})
		db.Close()
	}
	if len(reports) != 1 {
		t.Fatalf("first start made %d reports, want the one sample", len(reports))
	}

	// The window is on screen: find it by its title, and see that it drew something.
	var found bool
	for i := 0; i < 50 && !found; i++ {
		xdo := exec.Command("xdotool", "search", "--name", "Newsdesk")
		xdo.Env = append(os.Environ(), "DISPLAY="+display)
		out, _ := xdo.Output()
		found = len(strings.TrimSpace(string(out))) > 0
		time.Sleep(200 * time.Millisecond)
	}
	if !found {
		t.Fatal("no window titled Newsdesk on the screen")
	}
	time.Sleep(2 * time.Second)
	shot := filepath.Join(home, "shot.png")
	if out, err := exec.Command("import", "-display", display, "-window", "root", shot).CombinedOutput(); err != nil {
		t.Fatalf("screenshot: %v: %s", err, out)
	}
	if n := distinctColours(t, shot); n < 8 {
		t.Errorf("the screen shows %d colours: the window drew nothing", n)
	}
}

func distinctColours(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	var _ image.Image = img
	return len(seen)
}

// TestAutosaveSurvivesKill types into the real window, kills the app without warning
// while typing, and checks that reopening the library shows the report as it was
// about a second before.
func TestAutosaveSurvivesKill(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	data := filepath.Join(home, "data")
	library := filepath.Join(data, "newsdesk", "library.sqlite")
	app := exec.Command(os.Args[0], "-test.run=^$")
	app.Env = append(os.Environ(), "NEWSDESK_TEST_RUN_APP=1", "DISPLAY="+display,
		"HOME="+home, "XDG_DATA_HOME="+data, "NEWSDESK_DB=", "LANG=vi_VN.UTF-8")
	var appOut bytes.Buffer
	app.Stdout, app.Stderr = &appOut, &appOut
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { app.Wait(); close(exited) }()
	t.Cleanup(func() { app.Process.Kill(); <-exited })

	xdo := func(args ...string) {
		t.Helper()
		c := exec.Command("xdotool", args...)
		c.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v: %s", args, err, out)
		}
	}
	// The first start makes the library and its sample; on a machine busy with
	// other tests that may take a while.
	var win string
	for deadline := time.Now().Add(90 * time.Second); win == "" && time.Now().Before(deadline); {
		c := exec.Command("xdotool", "search", "--name", "Newsdesk")
		c.Env = append(os.Environ(), "DISPLAY="+display)
		out, _ := c.Output()
		win = strings.TrimSpace(string(out))
		time.Sleep(200 * time.Millisecond)
	}
	if win == "" {
		t.Fatalf("no window titled Newsdesk after 90 s; the app said:\n%s", appOut.String())
	}
	time.Sleep(2 * time.Second)
	xdo("windowfocus", strings.Fields(win)[0])
	countReports := func() int {
		db := sqlite.NewDB(library)
		if err := db.Open(); err != nil {
			return 0
		}
		defer db.Close()
		list, _ := sqlite.NewReportService(db).FindReports(context.Background(), model.ReportFilter{})
		return len(list)
	}
	xdo("key", "ctrl+n")
	for i := 0; countReports() < 2; i++ {
		if i > 100 {
			t.Fatal("Ctrl+N made no new report in 20 s")
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // the new report's editor opens with the headline focused
	const typed = "Hoi nghi tong ket cong tac nam hai nghin khong tram"
	// Keys one by one, as a keyboard sends them (xdotool's "type" remaps keys and
	// does not send the events a keyboard does).
	keys := []string{"key", "--delay", "60"}
	for _, r := range typed {
		switch {
		case r == ' ':
			keys = append(keys, "space")
		case unicode.IsUpper(r):
			keys = append(keys, "shift+"+string(unicode.ToLower(r)))
		default:
			keys = append(keys, string(r))
		}
	}
	xdo(keys...)
	app.Process.Kill() // at once, as a crash would
	<-exited

	db := sqlite.NewDB(library)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	reports, err := sqlite.NewReportService(db).FindReports(context.Background(), model.ReportFilter{})
	if err != nil || len(reports) != 2 {
		t.Fatalf("library has %d reports (%v); want the sample and the new one", len(reports), err)
	}
	got := reports[0].Headline
	if !strings.HasPrefix(typed, got) {
		t.Fatalf("stored headline %q is not what was typed (%q)", got, typed)
	}
	// 60 ms a key: a second is about 17 keys; allow some slack for the machine.
	if missing := len(typed) - len(got); missing > 25 {
		t.Errorf("the last %d characters were lost (stored %q); want at most about a second's worth", missing, got)
	}
}
