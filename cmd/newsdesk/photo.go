package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"newsdesk/model"
	"newsdesk/vntext"
)

// maxInputFile is the largest file the commands read whole: well above any camera
// photo or award list, well below what would exhaust a laptop's memory.
const maxInputFile = 200 << 20

func init() {
	commands = append(commands, &command{name: "photo add", needs: true,
		spec: flagSpec{values: []string{"caption", "credit", "alt"}, switches: []string{"help"}},
		run:  runPhotoAdd},
		&command{name: "photo prune", needs: true, spec: flagSpec{switches: []string{"help"}}, run: runPhotoPrune})
	if i := slices.Index(helpOrder, "photo add"); i >= 0 {
		helpOrder = slices.Insert(helpOrder, i+1, "photo prune")
	}
}

// pruneAge is how old an unused photo must be before photo prune removes it: a
// window may have just added one it has not saved yet.
const pruneAge = 24 * time.Hour

// runPhotoPrune removes the photos no report and no revision uses any more (a
// photo block deleted, a report deleted) and says how many.
func runPhotoPrune(ctx context.Context, m *Main, a *args) error {
	if err := a.want(0, 0); err != nil {
		return err
	}
	n, err := m.Photos.DeleteUnusedPhotos(ctx, pruneAge)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, msgT("cli.photo.pruned", n))
	return nil
}

func runPhotoAdd(ctx context.Context, m *Main, a *args) error {
	r, err := m.reportArg(ctx, a, 2, 2)
	if err != nil {
		return err
	}
	data, err := readInputFile(a.pos[1])
	if err != nil {
		return err
	}
	p, err := m.Photos.AddPhoto(ctx, filepath.Base(a.pos[1]), data)
	if err != nil {
		return err
	}
	caption, _ := a.value("caption")
	credit, _ := a.value("credit")
	alt, _ := a.value("alt")
	return m.appendBlock(ctx, r.ID, model.Block{Kind: model.BlockPhoto, Photo: &model.PhotoBlock{
		PhotoID: p.ID, UUID: p.UUID, Caption: caption, Credit: credit, Alt: alt}})
}

// appendBlock adds a block at the end of report id and saves it. Another window or
// command saving the report meanwhile is no reason to fail an append: it is read
// again and the block added to what is there now, a few times over.
func (m *Main) appendBlock(ctx context.Context, id int64, b model.Block) error {
	for try := 0; ; try++ {
		r, err := m.findReport(ctx, id)
		if err != nil {
			return err
		}
		r.Body = append(r.Body, b)
		r.Normalize()
		err = m.Reports.UpdateReport(ctx, r, model.SaveExplicit)
		if model.ErrorCode(err) != model.ECONFLICT || try == 20 {
			return err
		}
		time.Sleep(time.Duration(10+rand.IntN(40)) * time.Millisecond)
	}
}

// readInputFile reads a file named on the command line, refusing directories and
// files larger than maxInputFile, with a message naming the file.
func readInputFile(path string) ([]byte, error) {
	f, size, err := openInputFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > maxInputFile {
		return nil, model.Errorf(model.EINVALID, "cli.file.huge", vntext.Clean(path), maxInputFile>>20)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "cli.file.unreadable", vntext.Clean(path))
	}
	return data, nil
}

// openInputFile opens a file named on the command line and returns its size,
// refusing directories, with a message naming the file.
func openInputFile(path string) (*os.File, int64, error) {
	name := vntext.Clean(path)
	st, err := os.Stat(path)
	switch {
	case os.IsNotExist(err):
		return nil, 0, model.Errorf(model.ENOTFOUND, "cli.file.missing", name)
	case err != nil:
		return nil, 0, model.Errorf(model.EINVALID, "cli.file.unreadable", name)
	case st.IsDir():
		return nil, 0, model.Errorf(model.EINVALID, "cli.file.dir", name)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, model.Errorf(model.EINVALID, "cli.file.unreadable", name)
	}
	return f, st.Size(), nil
}
