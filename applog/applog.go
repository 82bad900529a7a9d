// Package applog keeps Newsdesk's log file: the detail behind the sentences the
// user is shown (a driver's error, a portal's answer), which has no place on the
// screen but which support asks for. One file beside the library in the data
// folder, started afresh when it passes MaxBytes (the previous one kept as .1).
// Callers log errors and outcomes, never requests or settings, so no password
// reaches it.
package applog

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
)

// FileName is the log's name in the data folder.
const FileName = "newsdesk.log"

// MaxBytes is the size past which the log starts afresh when it is opened.
const MaxBytes = 1 << 20

// Open opens (creating it and its folder) the log at path for appending,
// rotating it first when it is past MaxBytes, and returns a logger writing to it
// and what closes it.
func Open(path string) (*slog.Logger, io.Closer, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, nil, err
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > MaxBytes {
		os.Rename(path, path+".1")
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, nil, err
	}
	w := &lineWriter{f: f}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})), w, nil
}

// lineWriter writes each record in one call, so that the window and a command
// logging at once do not interleave their lines.
type lineWriter struct {
	mu sync.Mutex
	f  *os.File
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.f.Write(p)
}

func (w *lineWriter) Close() error { return w.f.Close() }
