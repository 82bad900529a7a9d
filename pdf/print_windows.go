package pdf

import (
	"context"
	"path/filepath"
	"runtime"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"newsdesk/model"
)

// Windows is asked directly, through its own functions, what it can do with a
// PDF, and the PDF is handed to the application through the shell, as Explorer's
// "Print" does: no PowerShell or console is started, so no window flashes, and
// the answer comes in milliseconds.
var (
	shlwapi               = windows.NewLazySystemDLL("shlwapi.dll")
	procAssocQueryStringW = shlwapi.NewProc("AssocQueryStringW")
	winspool              = windows.NewLazySystemDLL("winspool.drv")
	procGetDefaultPrinter = winspool.NewProc("GetDefaultPrinterW")
	shell32               = windows.NewLazySystemDLL("shell32.dll")
	procShellExecuteExW   = shell32.NewProc("ShellExecuteExW")
)

const (
	assocfInitIgnoreUnknown = 0x400 // an unknown type has no verbs, rather than Open With's
	assocstrCommand         = 1
	assocstrDelegateExecute = 18

	seeMaskNoCloseProcess = 0x40
	seeMaskNoAsync        = 0x100
	seeMaskFlagNoUI       = 0x400
	swHide                = 0
	swShowNormal          = 1
)

// shellExecuteInfo is SHELLEXECUTEINFOW (112 bytes on 64-bit Windows; Go lays the
// fields out as C does).
type shellExecuteInfo struct {
	cbSize       uint32
	fMask        uint32
	hwnd         uintptr
	verb         *uint16
	file         *uint16
	parameters   *uint16
	directory    *uint16
	show         int32
	instApp      uintptr
	idList       uintptr
	class        *uint16
	keyClass     uintptr
	hotKey       uint32
	iconOrMonitr uintptr
	process      windows.Handle
}

// printSystem prints through the PDF application, or opens the PDF in the viewer
// (see ChooseWindowsPrint). It returns once the application has started, handed
// the file: a PDF in a print folder is removed when the application closes (one
// that keeps running, such as Adobe Reader, or the viewer, leaves it to
// SweepPrintTemp).
func printSystem(_ context.Context, path, printer string) (string, bool, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	setup := windowsPrintSetup(filepath.Ext(abs))
	way, err := ChooseWindowsPrint(setup, printer)
	if err != nil {
		return "", false, err
	}
	if printer == "" {
		printer = setup.DefaultPrinter
	}
	dir := filepath.Dir(abs)
	handedOut.Store(dir, true)
	done := func() {
		handedOut.Delete(dir)
		removePrintTemp(abs)
	}
	err = onShellThread(func() error {
		switch way {
		case PrintByVerb:
			return shellExecute("print", abs, "", swHide, done)
		case PrintByPrintTo:
			return shellExecute("printto", abs, `"`+printer+`"`, swHide, done)
		}
		return shellExecute("open", abs, "", swShowNormal, nil)
	})
	if err != nil {
		handedOut.Delete(dir)
	}
	switch {
	case err != nil && way == PrintInViewer:
		return "", false, model.Errorf(model.EINVALID, "pdf.print.noapp")
	case err != nil:
		return "", false, model.Errorf(model.EINVALID, "pdf.print.failed", printer, err.Error())
	case way == PrintInViewer:
		return "", true, model.Errorf(model.EINVALID, "pdf.print.inviewer")
	}
	return printer, true, nil
}

// windowsPrintSetup asks Windows for the default printer and the actions the
// program that opens files of type ext (".pdf") offers.
func windowsPrintSetup(ext string) WindowsPrintSetup {
	return WindowsPrintSetup{
		DefaultPrinter: defaultWindowsPrinter(),
		PrintVerb:      hasVerb(ext, "print", assocstrCommand),
		PrintToVerb:    hasVerb(ext, "printto", assocstrCommand),
		Viewer: hasVerb(ext, "open", assocstrCommand) || hasVerb(ext, "open", assocstrDelegateExecute) ||
			hasVerb(ext, "", assocstrCommand),
	}
}

// hasVerb reports whether the program for ext has the action verb ("" for its
// default one).
func hasVerb(ext, verb string, what uint32) bool {
	e, err := windows.UTF16PtrFromString(ext)
	if err != nil {
		return false
	}
	var v *uint16
	if verb != "" {
		if v, err = windows.UTF16PtrFromString(verb); err != nil {
			return false
		}
	}
	var n uint32
	hr, _, _ := procAssocQueryStringW.Call(assocfInitIgnoreUnknown, uintptr(what),
		uintptr(unsafe.Pointer(e)), uintptr(unsafe.Pointer(v)), 0, uintptr(unsafe.Pointer(&n)))
	return (hr == 0 || hr == 1) && n > 1 // S_OK or S_FALSE (size only), with text
}

// defaultWindowsPrinter is the default printer's name, or "" when none is set.
func defaultWindowsPrinter() string {
	var n uint32
	procGetDefaultPrinter.Call(0, uintptr(unsafe.Pointer(&n)))
	if n == 0 {
		return ""
	}
	buf := make([]uint16, n)
	if ok, _, _ := procGetDefaultPrinter.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n))); ok == 0 {
		return ""
	}
	return windows.UTF16ToString(buf)
}

// onShellThread runs f on a thread of its own with COM set up, as the shell's
// handlers expect.
func onShellThread(f func() error) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE); err == nil {
			defer windows.CoUninitialize()
		}
		done <- f()
	}()
	return <-done
}

// shellExecute runs the action verb on file, as Explorer does. With whenDone set,
// it calls whenDone once the application it started has closed (it has printed and
// the printing system has the job): at once when that takes a few seconds, else
// from the background, waiting up to an hour.
func shellExecute(verb, file, params string, show int32, whenDone func()) error {
	info := shellExecuteInfo{fMask: seeMaskNoAsync | seeMaskFlagNoUI, show: show}
	info.cbSize = uint32(unsafe.Sizeof(info))
	var err error
	if info.verb, err = windows.UTF16PtrFromString(verb); err != nil {
		return err
	}
	if info.file, err = windows.UTF16PtrFromString(file); err != nil {
		return err
	}
	if params != "" {
		if info.parameters, err = windows.UTF16PtrFromString(params); err != nil {
			return err
		}
	}
	if whenDone != nil {
		info.fMask |= seeMaskNoCloseProcess
	}
	if ok, _, e := procShellExecuteExW.Call(uintptr(unsafe.Pointer(&info))); ok == 0 {
		return e
	}
	if whenDone == nil || info.process == 0 {
		return nil // handed to a program already running: it says nothing back
	}
	// A program made for printing (SumatraPDF, a print command) is done in
	// moments: wait for it a little, so that a command's PDF goes before the
	// command ends; a reader that stays open is waited for in the background.
	if ev, _ := windows.WaitForSingleObject(info.process, uint32(printWait/time.Millisecond)); ev == windows.WAIT_OBJECT_0 {
		windows.CloseHandle(info.process)
		whenDone()
		return nil
	}
	go func() {
		defer windows.CloseHandle(info.process)
		if ev, _ := windows.WaitForSingleObject(info.process, uint32(time.Hour/time.Millisecond)); ev == windows.WAIT_OBJECT_0 {
			whenDone()
		}
	}()
	return nil
}

// printWait is how long Print waits for the printing program to close.
const printWait = 5 * time.Second

// Show opens the PDF at path in the program Windows shows PDFs with.
func Show(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	if err := onShellThread(func() error { return shellExecute("open", abs, "", swShowNormal, nil) }); err != nil {
		return model.Errorf(model.EINVALID, "pdf.open.failed", path)
	}
	return nil
}
