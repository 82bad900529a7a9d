package ui

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"newsdesk/compare"
	"newsdesk/model"
	"newsdesk/msg"
)

// MergeView is the window where the user picks, part by part, what to keep of two
// versions of a report: their own (mine) and the one that came back from review
// (theirs), with the word diff in front of them.
type MergeView struct {
	Window  fyne.Window
	Summary *widget.Label
	// Choices holds one radio group per part that differs, by the part's key.
	Choices map[string]*widget.RadioGroup
	// Merge saves the merged report in place of the user's and removes the copy.
	Merge *widget.Button

	m              *MainWindow
	mine, theirs   *model.Report
	merger         *compare.Merger
	mergeService   model.MergeService
	revisionSource model.RevisionService
	left           *widget.Label // how many places still wait for a choice
}

// ShowMerge puts the two versions of a report side by side, block by block, for the
// user to pick what to keep: mineID is the library's report, theirsID the version
// that came back from review (a bundle or the portal) as a linked copy. Parts only
// one side changed since the hand-off are taken from that side; parts both changed
// are marked and start on the user's own version. Both versions and their history
// are read off the UI thread; shown, when set, gets the merge window once it is
// up.
func (m *MainWindow) ShowMerge(mineID, theirsID int64, shown func(*MergeView)) {
	// The merge replaces the report's content: what the editor holds is saved first
	// and the editor closed, so that no autosave runs into the merged version.
	if m.Editor != nil {
		m.Editor.Close()
		m.Editor = nil
	}
	// The report stays out of the editor (and the list opens none) until the merge
	// window closes, which gives it back.
	m.aside = mineID
	m.editorPane.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel(msg.T("ui.merge.busy")))}
	m.editorPane.Refresh()
	// The library's report service merges (sqlite's does); without it the
	// returned version is simply opened beside the user's.
	ms, ok := m.svc.Reports.(model.MergeService)
	if !ok {
		m.comeBack(theirsID)
		return
	}
	v := &MergeView{m: m, mergeService: ms, revisionSource: m.svc.Revisions}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var err error
		if v.mine, err = m.svc.Reports.FindReportByID(ctx, mineID); err == nil {
			if v.theirs, err = m.svc.Reports.FindReportByID(ctx, theirsID); err == nil {
				v.merger = compare.Merge(v.base(ctx), v.mine, v.theirs)
			}
		}
		fyne.Do(func() {
			if err != nil {
				showError(err, m.Window)
				m.comeBack(mineID) // the user's report back in the editor (Open says if it is gone)
				return
			}
			v.build()
			v.Window.Show()
			if shown != nil {
				shown(v)
			}
		})
	}()
}

// base is the version both sides started from, when the history has it: the
// revision at the Rev the returning version was handed off at, else at the Rev
// the user's version last came in at (an older common point).
func (v *MergeView) base(ctx context.Context) *model.Report {
	if v.revisionSource == nil {
		return nil
	}
	var revs []model.Revision
	for _, id := range []int64{v.mine.ID, v.theirs.ID} {
		list, err := v.revisionSource.FindRevisions(ctx, id)
		if err == nil {
			revs = append(revs, list...)
		}
	}
	for _, rev := range []string{v.theirs.BaseRev, v.mine.BaseRev} {
		if rev == "" {
			continue
		}
		for _, r := range revs {
			if r.Rev == rev {
				if full, err := v.revisionSource.FindRevisionByID(ctx, r.ID); err == nil {
					return full.Report
				}
			}
		}
	}
	return nil
}

func (v *MergeView) build() {
	v.Window = fyne.CurrentApp().NewWindow(msg.T("ui.merge.title") + " — " + v.mine.Headline)
	v.Choices = map[string]*widget.RadioGroup{}
	rows := container.NewVBox()
	differ, conflicts := 0, v.merger.Conflicts()
	numbers := map[model.BlockKind]int{}
	for _, p := range v.merger.Parts() {
		if p.Kind != "" {
			numbers[p.Kind]++
		}
		if p.Same {
			continue
		}
		differ++
		rows.Add(v.partRow(p, numbers[p.Kind]))
		rows.Add(widget.NewSeparator())
	}
	summary := msg.T("ui.merge.summary", differ, conflicts)
	if conflicts == 0 {
		summary = msg.N(differ, "ui.merge.summary.clear", differ)
	}
	v.Summary = widget.NewLabel(summary)
	v.Summary.Wrapping = fyne.TextWrapWord
	heads := container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(msg.T("ui.merge.mine"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(msg.T("ui.merge.theirs"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	v.Merge = widget.NewButton(msg.T("ui.merge.do"), v.save)
	v.Merge.Importance = widget.HighImportance
	v.left = widget.NewLabel("")
	v.updateButton()
	later := widget.NewButton(msg.T("ui.merge.later"), func() { v.Window.Close() })
	// However the window closes (merged, later, its close button), the user's
	// report comes back to the editor.
	v.Window.SetOnClosed(func() { v.m.comeBack(v.mine.ID) })
	v.Window.SetContent(container.NewBorder(container.NewVBox(v.Summary, heads, widget.NewSeparator()),
		container.NewHBox(v.left, layout.NewSpacer(), later, v.Merge), nil, nil, container.NewVScroll(rows)))
	v.Window.Resize(fyne.NewSize(1200, 760))
}

// partRow is one part that differs: its title (marked when both sides changed
// it), the two versions side by side, and the choice.
func (v *MergeView) partRow(p compare.Part, n int) fyne.CanvasObject {
	var title string
	if p.Kind == "" {
		title = msg.T("ui.compare.field." + p.Key)
	} else {
		title = msg.T("ui.compare.block."+string(p.Kind), n)
	}
	if p.Conflict {
		title += " — " + msg.T("ui.merge.conflict")
	} else if p.Choice == compare.TakeTheirs {
		title += " — " + msg.T("ui.merge.onlytheirs")
	} else {
		title += " — " + msg.T("ui.merge.onlymine")
	}
	ops := p.Ops
	if p.Kind != "" && (p.Kind != model.BlockParagraph || p.Mine == nil || p.Theirs == nil) {
		ops = compare.Words(blockText(p.Mine), blockText(p.Theirs))
	}
	choices := []compare.Choice{compare.TakeMine, compare.TakeTheirs}
	labels := []string{msg.T("ui.merge.take.mine"), msg.T("ui.merge.take.theirs")}
	if p.Kind == model.BlockParagraph && p.Mine != nil && p.Theirs != nil {
		choices = append(choices, compare.TakeBoth)
		labels = append(labels, msg.T("ui.merge.take.both"))
	}
	radio := widget.NewRadioGroup(labels, nil)
	radio.Horizontal = true
	if !p.Conflict {
		// What only one side changed comes from that side; what both changed waits
		// for the user: nothing is dropped without them seeing it.
		radio.Required = true
		for i, c := range choices {
			if c == p.Choice {
				radio.SetSelected(labels[i])
			}
		}
	}
	key := p.Key
	radio.OnChanged = func(s string) {
		for i, l := range labels {
			if l == s {
				v.merger.Choose(key, choices[i])
			}
		}
		// Once chosen, a choice can be changed but not taken away (tapping the
		// chosen one again would leave the part chosen with nothing shown).
		radio.Required = true
		v.updateButton()
	}
	v.Choices[key] = radio
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left, right := fyne.CanvasObject(diffText(ops, compare.Delete)), fyne.CanvasObject(diffText(ops, compare.Insert))
	if p.HasBase {
		// Each side against the version both started from: what one side added
		// shows as added on that side, not as taken out on the other.
		base, mine, theirs := p.BaseText, p.MineText, p.TheirsText
		if p.Kind != "" {
			base, mine, theirs = blockText(p.Base), blockText(p.Mine), blockText(p.Theirs)
		}
		left, right = changesText(compare.Words(base, mine)), changesText(compare.Words(base, theirs))
	}
	return container.NewVBox(head, container.NewGridWithColumns(2, left, right), radio)
}

// updateButton lets the merge go once every place both sides changed has a choice.
func (v *MergeView) updateButton() {
	if n := v.merger.Unresolved(); n > 0 {
		v.left.SetText(msg.T("ui.merge.left", n))
		v.Merge.Disable()
		return
	}
	v.left.SetText("")
	v.Merge.Enable()
}

// save stores the merged report in place of the user's, removes the returned
// copy, and opens the result; the library is written off the UI thread, the
// merge button waiting meanwhile.
func (v *MergeView) save() {
	merged, moved := v.merger.Result(), v.merger.Moved()
	v.Merge.Disable()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := v.mergeService.MergeReports(ctx, v.mine.ID, v.theirs.ID, merged, moved)
		fyne.Do(func() {
			if err != nil {
				v.updateButton()
				showError(err, v.Window)
				return
			}
			v.m.Library.Refresh()
			v.Window.Close() // gives the merged report back to the editor
			showInformation(msg.T("ui.merge.title"), msg.T("ui.merge.done", strings.TrimSpace(v.mine.Headline)), v.m.Window)
		})
	}()
}
