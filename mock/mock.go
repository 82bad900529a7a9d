// Package mock holds one mock per service interface of model, a struct of
// function fields (ReportService.FindReportByIDFn…), shared by the tests of the
// use cases (package desk) so that they run in milliseconds with no library, no
// portal and no window. It imports only model.
package mock
