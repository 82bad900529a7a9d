package nogl

import "golang.org/x/sys/windows"

// say shows text in a message box of Windows' own, which needs no OpenGL.
func say(text string) {
	t, err := windows.UTF16PtrFromString(text)
	if err != nil {
		return
	}
	title, _ := windows.UTF16PtrFromString("Newsdesk")
	windows.MessageBox(0, t, title, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND)
}
