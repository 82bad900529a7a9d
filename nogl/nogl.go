// Package nogl recognises that Fyne could not get OpenGL to draw the window,
// from the lines it logs or the panic it ends in, and says so, with what to do,
// where the person can see it. The saying lives here too (a message box of
// Windows' own, stderr elsewhere) rather than in cmd: it is the one thing done
// with what is recognised, it must need no OpenGL and no toolkit, and cmd only
// wires Watch in around the window's start. The package imports no toolkit.
package nogl

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"

	"newsdesk/msg"
)

// Fyne draws its window with OpenGL 2.1 through GLFW. Where there is none — a
// Remote Desktop session, a virtual machine without 3D, an old office PC's
// driver — GLFW fails as the window is made, and Fyne says so only in its log
// (log.Println: "Fyne error:  window creation error", "  Cause: VersionUnavailable:
// WGL: …") before it ends the program with os.Exit(1); when GLFW could not start
// at all, the next GLFW call panics instead; and when WGL cannot even make a
// pixel format (no OpenGL driver at all), go-gl/glfw only logs a PlatformError and
// the program hangs. A windowed program has no console, so
// the person would see nothing at all. Watch reads that log and catches that
// panic, and says what is wrong and what to do in a message box of the system.

// glReasons are the reasons Fyne's driver logs when it cannot draw a window
// (fyne.io/fyne/v2 v2.7.1, internal/driver/glfw and internal/painter/gl).
var glReasons = []string{
	"failed to initialise GLFW",
	"window creation error",
	"failed to initialise OpenGL",
}

// glPlatformFailures are the words of GLFW's WGL and GLX errors (GLFW 3.3,
// wgl_context.c, glx_context.c) that leave no window to draw in. go-gl/glfw only
// logs such a "PlatformError" and returns no error, so Fyne goes on with a window
// that does not exist and hangs or crashes: the log line is all there is.
var glPlatformFailures = []string{"opengl32", "libGL", "pixel format", "dummy context", "Failed to create", "does not appear to support", "no GLX"}

// platformFailure reports whether a line go-gl/glfw logged means GLFW could not
// make the window's OpenGL context.
func platformFailure(line string) bool {
	if !strings.Contains(line, "PlatformError:") || !(strings.Contains(line, "WGL:") || strings.Contains(line, "GLX:")) {
		return false
	}
	for _, w := range glPlatformFailures {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// failure reports whether what Fyne logged or panicked with means the window
// cannot be drawn: no OpenGL, or none recent enough.
func failure(reason, cause string) bool {
	for _, r := range glReasons {
		if strings.Contains(reason, r) {
			return true
		}
	}
	// Panics of go-gl/glfw: its errors read "Code: description".
	for _, c := range []string{"NotInitialized:", "APIUnavailable:", "VersionUnavailable:", "PlatformError: WGL", "WGL:", "GLX:"} {
		if strings.Contains(cause, c) {
			return true
		}
	}
	return false
}

// Text is the message box's sentence in the interface language, with the
// system's words (cause) at the end for technical support.
func Text(cause string) string {
	cause = strings.TrimSpace(cause)
	if cause == "" {
		cause = "OpenGL"
	}
	return msg.T("nogl.window", cause)
}

// logWatch is a writer for the standard logger: it passes every line on to
// next and watches for Fyne's report of a window it could not draw.
type logWatch struct {
	next   io.Writer
	fail   func(cause string) // says so and ends the program
	mu     sync.Mutex
	reason string
	cause  string
}

func (w *logWatch) Write(p []byte) (int, error) {
	n, err := w.next.Write(p)
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, line := range strings.Split(string(p), "\n") {
		switch {
		case strings.Contains(line, "Fyne error:"):
			_, w.reason, _ = strings.Cut(line, "Fyne error:")
			w.cause = ""
		case strings.Contains(line, "Cause:"):
			_, w.cause, _ = strings.Cut(line, "Cause:")
		case strings.Contains(line, "At:"):
			// LogError's last line: the report is whole.
			if failure(w.reason, w.cause) {
				w.fail(w.reason + ": " + strings.TrimSpace(w.cause))
			}
			w.reason, w.cause = "", ""
		case platformFailure(line):
			_, cause, _ := strings.Cut(line, "PlatformError:")
			w.fail(strings.TrimSpace(cause))
		}
	}
	return n, err
}

// Watch starts watching the window's start-up (see above) and returns what
// the caller defers: it catches a panic of GLFW's. Until then, the
// standard logger also goes where it went before.
func Watch() func() {
	var once sync.Once
	fail := func(cause string) {
		once.Do(func() { say(Text(cause)) })
		os.Exit(1)
	}
	log.SetOutput(&logWatch{next: log.Writer(), fail: fail})
	return func() {
		if r := recover(); r != nil {
			if cause := fmt.Sprint(r); failure("", cause) {
				fail(cause)
			}
			panic(r)
		}
	}
}
