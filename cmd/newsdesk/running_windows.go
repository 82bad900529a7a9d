package main

import "golang.org/x/sys/windows"

// running is held while Newsdesk runs, the window or a command: the installer
// and the uninstaller look for it (packaging/windows/newsdesk.nsi) and ask to
// close Newsdesk before they replace or remove its files. Windows removes it
// when the process ends, however it ends.
var running windows.Handle

func init() {
	name, err := windows.UTF16PtrFromString(`Local\` + appID + ".running")
	if err == nil {
		running, _ = windows.CreateMutex(nil, false, name)
	}
}
