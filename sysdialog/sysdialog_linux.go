package sysdialog

import (
	"context"
	"net/url"
	"newsdesk/model"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/rymdport/portal/filechooser"
)

// Available: a desktop session (its D-Bus session bus) may have a portal; the
// first call finds out (see portalReady). Without a session bus nothing is tried,
// so no bus is ever started for us.
func Available() bool { return os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" }

var portal struct {
	once  sync.Once
	ready bool
}

// portalReady asks the session bus, once, whether the desktop portal offers a
// file chooser; a desktop without one keeps the toolkit's dialogs.
func portalReady() bool {
	portal.once.Do(func() {
		conn, err := dbus.SessionBus()
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		var version dbus.Variant
		err = conn.Object("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop").
			CallWithContext(ctx, "org.freedesktop.DBus.Properties.Get", 0, "org.freedesktop.portal.FileChooser", "version").
			Store(&version)
		portal.ready = err == nil
	})
	return portal.ready
}

func openFile(title, filterName string, exts []string) (string, error) {
	if !portalReady() {
		return "", errNone
	}
	filters := portalFilters(filterName, exts)
	opt := &filechooser.OpenFileOptions{Filters: filters}
	if len(filters) > 0 {
		opt.CurrentFilter = filters[0]
	}
	return firstPath(filechooser.OpenFile("", title, opt))
}

func saveFile(title, name, filterName string, exts []string) (string, error) {
	if !portalReady() {
		return "", errNone
	}
	filters := portalFilters(filterName, exts)
	opt := &filechooser.SaveFileOptions{Filters: filters, CurrentName: name}
	if len(filters) > 0 {
		opt.CurrentFilter = filters[0]
	}
	return firstPath(filechooser.SaveFile("", title, opt))
}

func openFolder(title string) (string, error) {
	if !portalReady() {
		return "", errNone
	}
	return firstPath(filechooser.OpenFile("", title, &filechooser.OpenFileOptions{Directory: true}))
}

// portalFilters offers the files with exts ("pdf") under name, in either case.
func portalFilters(name string, exts []string) []*filechooser.Filter {
	if len(exts) == 0 {
		return nil
	}
	f := &filechooser.Filter{Name: name}
	for _, e := range exts {
		for _, x := range []string{strings.ToLower(e), strings.ToUpper(e)} {
			f.Rules = append(f.Rules, filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*." + x})
		}
	}
	return []*filechooser.Filter{f}
}

// firstPath is the path of the first file URI the portal answered; none is a cancel.
func firstPath(uris []string, err error) (string, error) {
	if err != nil || len(uris) == 0 {
		return "", err
	}
	return uriPath(uris[0])
}

// uriPath is a file URI's path ("file:///home/ha/T%C3%A0i%20li%E1%BB%87u" is
// "/home/ha/Tài liệu").
func uriPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", model.Errorf(model.EINVALID, "sysdialog.notfile", uri)
	}
	return u.Path, nil
}
