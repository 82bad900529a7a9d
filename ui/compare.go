package ui

// ShowCompare compares two revisions of the open report side by side, word by word;
// it opens on "what changed since it was submitted" when there is such a revision.
func (m *MainWindow) ShowCompare() {
}

// ShowCompareRevisions compares the revisions oldID and newID (0: the report as it
// is now) of the open report.
func (m *MainWindow) ShowCompareRevisions(oldID, newID int64) {
}
