package ui

import "newsdesk/model"

// Services are the library's services the window works on; the command wires the
// real ones, tests pass in-memory fakes.
type Services struct {
	Reports   model.ReportService
	Photos    model.PhotoService
	Revisions model.RevisionService
	Settings  model.SettingService
	People    model.PersonService

	// ReadAwardFile reads a CSV or XLSX list of award recipients (package awardfile).
	ReadAwardFile func(filename string, data []byte) ([]model.Recipient, error)
}
