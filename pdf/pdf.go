// Package pdf prints reports and bulletins as A4 PDF documents on gofpdf: a clerk's
// copy that looks like the printed thing, with embedded fonts that cover all of
// Vietnamese, photos placed from the library's print copies at the resolution the
// paper needs, award lists as real tables, and the agency's details on every page.
// Pages are filled as a newspaper fills them: a photo that does not fit the foot
// of a page is made a little smaller, or waits for the top of the next page while
// the text after it fills this one (see minPhotoScale).
//
// Its encoders are shaped like an encoding package's: NewReportEncoder or
// NewBulletinEncoder on a writer, Encode each report, then Close to write the
// document. The same input always gives the same bytes. It also sends a finished PDF
// to the system's printer queue (Print).
//
// It imports gofpdf, golang.org/x/image, golang.org/x/text, the standard library and
// Newsdesk's model, msg, vntext and assets: never sqlite, fyne or cmd. Photos come
// in through a PhotoFunc the caller supplies.
package pdf

import (
	"context"
	"errors"
	"io"
	"strings"

	"newsdesk/model"
)

// Resolutions, in dots per inch, at which photos are placed: DefaultDPI for everyday
// printing, HighDPI when the print.dpi setting asks for high-quality printing.
const (
	DefaultDPI = 200
	HighDPI    = 300
)

// Agency is the newsroom's agency as the settings describe it: its name heads the
// report and the bulletin's cover, the rest goes in every page's footer. Empty
// fields are left out.
type Agency struct {
	Name          string // Cổng Thông tin điện tử thành phố …
	Managing      string // the managing agency
	EditorInChief string
	Address       string
	Phones        string
	Email         string
}

// AgencyFromSettings returns the agency described by the library's settings, keyed
// as model.Setting* names them.
func AgencyFromSettings(s map[string]string) Agency {
	return Agency{
		Name:          s[model.SettingAgencyName],
		Managing:      s[model.SettingAgencyManaging],
		EditorInChief: s[model.SettingAgencyEditor],
		Address:       s[model.SettingAgencyAddress],
		Phones:        s[model.SettingAgencyPhones],
		Email:         s[model.SettingAgencyEmail],
	}
}

// DPIFromSettings returns the photo resolution the print.dpi setting chooses:
// HighDPI for "300", DefaultDPI otherwise.
func DPIFromSettings(s map[string]string) int {
	if strings.TrimSpace(s[model.SettingPrintDPI]) == "300" {
		return HighDPI
	}
	return DefaultDPI
}

// PhotoFunc returns the library's upright print copy (model.VariantPrint) of the
// photo a block places. It is called from several goroutines at once.
type PhotoFunc func(ctx context.Context, b *model.PhotoBlock) (model.PhotoFile, error)

// ProgressFunc is told, as photos are placed, how many of the report's photos are
// done out of how many: (0, n) when Encode starts on a report with n photos and (n,
// n) when it is done with them. It is called from one goroutine at a time.
type ProgressFunc func(done, total int)

// Options are what both encoders need besides the reports. The zero value prints
// with no agency details, at DefaultDPI, and fails on a report with photos.
type Options struct {
	Agency   Agency
	DPI      int          // DefaultDPI or HighDPI; 0 means DefaultDPI
	Photo    PhotoFunc    // fetches print copies; needed for reports with photos
	Progress ProgressFunc // optional
}

func (o *Options) dpi() int {
	if o.DPI <= 0 {
		return DefaultDPI
	}
	return o.DPI
}

// canceled returns the error of work stopped because ctx was canceled: a sentence
// for people that still matches context.Canceled with errors.Is.
func canceled(ctx context.Context) error {
	return errors.Join(model.Errorf(model.EINVALID, "pdf.canceled"), context.Cause(ctx))
}

// WriteReports encodes reports to w — one report's PDF, or a bulletin of them
// when title is set — with the agency's details and the photo resolution the
// library's settings give, and returns the characters no font could draw.
func WriteReports(ctx context.Context, w io.Writer, reports []*model.Report, title string, date model.Date,
	settings map[string]string, photo PhotoFunc, progress ProgressFunc) ([]rune, error) {
	opt := Options{Agency: AgencyFromSettings(settings), DPI: DPIFromSettings(settings), Photo: photo, Progress: progress}
	var enc interface {
		Encode(ctx context.Context, r *model.Report) error
		Close() error
		Missing() []rune
	}
	if title != "" {
		b := NewBulletinEncoder(w, title, date)
		b.Options = opt
		enc = b
	} else {
		r := NewReportEncoder(w)
		r.Options = opt
		enc = r
	}
	for _, r := range reports {
		if err := enc.Encode(ctx, r); err != nil {
			return nil, err
		}
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return enc.Missing(), nil
}
