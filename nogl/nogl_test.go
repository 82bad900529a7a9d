package nogl

import (
	"bytes"
	"log"
	"strings"
	"testing"

	"newsdesk/msg"
	"newsdesk/msg/msgtest"
)

// fyneLogs are what Fyne v2.7.1 logs (fyne.LogError: reason, cause, place) as
// it fails, and what it logs in ordinary use.
var fyneLogs = map[string]struct {
	text   string
	noGL   bool
	detail string
}{
	"RemoteDesktopGDI": {"2026/01/08 08:00:00 Fyne error:  window creation error\n" +
		"2026/01/08 08:00:00   Cause: VersionUnavailable: WGL: OpenGL version 2.1 requested but only 1.1 is available\n" +
		"2026/01/08 08:00:00   At: fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/window_desktop.go:760\n", true, "only 1.1 is available"},
	"NoDriver": {"Fyne error:  window creation error\n  Cause: APIUnavailable: WGL: The driver does not appear to support OpenGL\n  At: window_desktop.go:760\n", true, "does not appear to support OpenGL"},
	"GLFWInit": {"Fyne error:  failed to initialise GLFW\n  Cause: PlatformError: WGL: Failed to load opengl32.dll\n  At: loop_desktop.go:14\n", true, "opengl32.dll"},
	"GLInit":   {"Fyne error:  failed to initialise OpenGL\n  Cause: glBlendFunc\n  At: gl_core.go:68\n", true, "glBlendFunc"},
	// Wine without GLX, as a driver with no OpenGL at all: go-gl/glfw logs a
	// platform error and returns no error.
	"NoPixelFormat":  {"time=2026-12-07T00:48:27.744Z level=INFO msg=\"PlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle. \"\n", true, "pixel format"},
	"ContextCurrent": {"PlatformError: WGL: Failed to make context current: The handle is invalid.\n", false, ""},
	"Ordinary":       {"Fyne error:  Failed to decode image for window icon\n  Cause: unknown format\n  At: window_desktop.go:214\n", false, ""},
	"Clipboard":      {"Fyne error:  GLFW clipboard set failed\n  At: clipboard.go:59\n", false, ""},
}

// TestNoGLSaid: when Fyne logs that the window cannot be drawn, the person is
// told, once, in the interface language, with the system's words for support;
// other errors Fyne logs pass through untouched.
func TestNoGLSaid(t *testing.T) {
	for name, tc := range fyneLogs {
		t.Run(name, func(t *testing.T) {
			var said []string
			var passed bytes.Buffer
			w := &logWatch{next: &passed, fail: func(cause string) { said = append(said, Text(cause)) }}
			l := log.New(w, "", 0)
			for _, line := range strings.SplitAfter(tc.text, "\n") {
				if line != "" {
					l.Print(line) // one Write a line, as log.Println does
				}
			}
			if passed.String() != tc.text {
				t.Errorf("the log got %q, want every line %q", passed.String(), tc.text)
			}
			if !tc.noGL {
				if len(said) != 0 {
					t.Errorf("said %q for an ordinary error", said)
				}
				return
			}
			if len(said) != 1 {
				t.Fatalf("said %d times, want once: %q", len(said), said)
			}
			if !strings.Contains(said[0], "OpenGL") || !strings.Contains(said[0], "Remote Desktop") || !strings.Contains(said[0], tc.detail) {
				t.Errorf("said %q: want what is wrong, what to do and %q", said[0], tc.detail)
			}
		})
	}
}

func TestNoGLLanguage(t *testing.T) {
	defer msg.SetLang(msg.Vietnamese)
	msg.SetLang(msg.Vietnamese)
	vi := Text("WGL: x")
	msg.SetLang(msg.English)
	en := Text("WGL: x")
	if !strings.Contains(vi, "không mở được cửa sổ") || !strings.Contains(en, "cannot open its window") {
		t.Errorf("Vietnamese %q / English %q", vi, en)
	}
}

// TestNoGLPanic: GLFW that could not start panics at the next call; that panic
// is told as no OpenGL, any other goes on as a panic.
func TestNoGLPanic(t *testing.T) {
	for _, tc := range []struct {
		value any
		noGL  bool
	}{
		{"NotInitialized: The GLFW library is not initialized", true},
		{"PlatformError: WGL: Failed to make context current", true},
		{"runtime error: index out of range [3] with length 3", false},
	} {
		if got := failure("", tc.value.(string)); got != tc.noGL {
			t.Errorf("%q: no OpenGL %v, want %v", tc.value, got, tc.noGL)
		}
	}
}

func TestMessages(t *testing.T) {
	msgtest.Check(t, "nogl.")
}
