package desk

import (
	"context"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"newsdesk/model"
	"newsdesk/vntext"
)

// MaxInputFile is the largest photo or award file read whole: well above any
// camera photo or award list, well below what would exhaust a laptop's memory.
const MaxInputFile = 200 << 20

// CreateDraft stores r as a new draft with the source tag and the byline the
// settings give (report.source_tag, reporter.name), where it has none: what
// "new report" does in the window and on the command line.
func (d *Desk) CreateDraft(ctx context.Context, r *model.Report) error {
	if d.Settings != nil {
		if tag, err := d.Settings.Setting(ctx, model.SettingSourceTag); err == nil && r.SourceTag == "" {
			r.SourceTag = vntext.OneLine(tag)
		}
		if name, err := d.Settings.Setting(ctx, model.SettingReporter); err == nil && len(r.Byline) == 0 && vntext.OneLine(name) != "" {
			r.Byline = []string{vntext.OneLine(name)}
		}
	}
	return d.Reports.CreateReport(ctx, r)
}

// AddSample adds the team's sample report (Sample), a new one each time, and
// returns its ID.
func (d *Desk) AddSample(ctx context.Context) (int64, error) {
	r, photos, err := d.Sample()
	if err != nil {
		return 0, err
	}
	res, err := d.Reports.ImportReport(ctx, r, photos, model.ImportOptions{AsCopy: true, Via: model.ChannelSample})
	if err != nil {
		return 0, err
	}
	return res.ReportID, nil
}

// AppendBlock adds b at the end of report id and saves it. Another window or
// command saving the report meanwhile is no reason to fail an append: it is read
// again and the block added to what is there now, a few times over.
func (d *Desk) AppendBlock(ctx context.Context, id int64, b model.Block) error {
	for try := 0; ; try++ {
		r, err := d.report(ctx, id)
		if err != nil {
			return err
		}
		r.Body = append(r.Body, b)
		r.Normalize()
		err = d.Reports.UpdateReport(ctx, r, model.SaveExplicit)
		if model.ErrorCode(err) != model.ECONFLICT || try == 20 {
			return err
		}
		time.Sleep(time.Duration(10+rand.IntN(40)) * time.Millisecond)
	}
}

// AddPhotoFile adds the photo file at path (JPEG, PNG, WebP; checked and made
// ready by the library) at the end of report id, with the words given.
func (d *Desk) AddPhotoFile(ctx context.Context, id int64, path string, words model.PhotoBlock) error {
	if _, err := d.report(ctx, id); err != nil {
		return err
	}
	data, err := ReadInputFile(path)
	if err != nil {
		return err
	}
	p, err := d.Photos.AddPhoto(ctx, filepath.Base(path), data)
	if err != nil {
		return err
	}
	words.PhotoID, words.UUID = p.ID, p.UUID
	return d.AppendBlock(ctx, id, model.Block{Kind: model.BlockPhoto, Photo: &words})
}

// ImportAwardFile reads the recipients of the CSV or XLSX file at path
// (ReadAwards) into list and adds it at the end of report id. A file with any
// bad row adds nothing.
func (d *Desk) ImportAwardFile(ctx context.Context, id int64, path string, list *model.AwardList) error {
	if _, err := d.report(ctx, id); err != nil {
		return err
	}
	data, err := ReadInputFile(path)
	if err != nil {
		return err
	}
	if list.Recipients, err = d.ReadAwards(filepath.Base(path), data); err != nil {
		return err
	}
	return d.AppendBlock(ctx, id, model.Block{Kind: model.BlockAwards, Awards: list})
}

// Checks is what the checks find in report r, with the library's check
// settings (tone style, the user's own words).
func (d *Desk) Checks(ctx context.Context, r *model.Report) []model.Problem {
	get := func(key string) string {
		if d.Settings == nil {
			return ""
		}
		v, _ := d.Settings.Setting(ctx, key)
		return v
	}
	return model.CheckWith(r, model.ReadCheckOptions(get))
}

// ReadInputFile reads a file the user named, refusing folders and files larger
// than MaxInputFile, with a message naming the file.
func ReadInputFile(path string) ([]byte, error) {
	name := vntext.Clean(path)
	st, err := os.Stat(path)
	switch {
	case os.IsNotExist(err):
		return nil, model.Errorf(model.ENOTFOUND, "desk.file.missing", name)
	case err != nil:
		return nil, model.Errorf(model.EINVALID, "desk.file.denied", name)
	case st.IsDir():
		return nil, model.Errorf(model.EINVALID, "desk.file.dir", name)
	case st.Size() > MaxInputFile:
		return nil, model.Errorf(model.EINVALID, "desk.file.huge", name, MaxInputFile>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "desk.file.denied", name)
	}
	defer f.Close()
	// A file that grew since: no more than the limit is read.
	data, err := io.ReadAll(io.LimitReader(f, MaxInputFile+1))
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "desk.file.denied", name)
	}
	if len(data) > MaxInputFile {
		return nil, model.Errorf(model.EINVALID, "desk.file.huge", name, MaxInputFile>>20)
	}
	return data, nil
}
