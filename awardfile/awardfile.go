// Package awardfile reads the lists of award recipients that government offices hand
// to reporters as spreadsheets: CSV files in any of the encodings Vietnamese offices
// still use, and Excel workbooks (.xlsx). It imports only the standard library,
// golang.org/x/text, github.com/xuri/excelize/v2 and Newsdesk's model, msg and vntext.
package awardfile

import "newsdesk/model"

// Read returns the recipients listed in the file, in file order.
func Read(filename string, data []byte) ([]model.Recipient, error) {
	return nil, model.Errorf(model.EINTERNAL, "awardfile.todo", filename)
}
