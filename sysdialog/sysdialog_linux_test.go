package sysdialog

import (
	"testing"

	"newsdesk/model"
)

func TestURIPath(t *testing.T) {
	got, err := uriPath("file:///home/ha/T%C3%A0i%20li%E1%BB%87u/b%C3%A1o%20c%C3%A1o.pdf")
	if err != nil || got != "/home/ha/Tài liệu/báo cáo.pdf" {
		t.Errorf("uriPath = %q, %v; want the path with its Vietnamese names", got, err)
	}
	if _, err := uriPath("sftp://may-chu/bao-cao.pdf"); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("a remote file was taken: %v", err)
	}
}

func TestPortalFiltersBothCases(t *testing.T) {
	f := portalFilters("Tài liệu PDF (.pdf)", bare([]string{".pdf"}))
	if len(f) != 1 || f[0].Name != "Tài liệu PDF (.pdf)" || len(f[0].Rules) != 2 ||
		f[0].Rules[0].Pattern != "*.pdf" || f[0].Rules[1].Pattern != "*.PDF" {
		t.Errorf("filters = %+v", f)
	}
	if portalFilters("", nil) != nil {
		t.Error("a filter without extensions")
	}
}

// TestNoSessionBusNoPortal: with no desktop session bus, nothing is tried (no bus
// is started for us) and the window is told to use its own dialogs.
func TestNoSessionBusNoPortal(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	if Available() {
		t.Error("available without a session bus")
	}
}
