package ui

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"ui.search.placeholder": {VI: "Tìm bài viết (gõ có dấu hoặc không dấu)…", EN: "Search reports (with or without diacritics)…"},
		"ui.search.none":        {VI: "Không tìm thấy bài nào chứa “%s”.", EN: "No report contains “%s”."},
		"ui.search.count":       {VI: "Tìm thấy %d bài.", EN: "%d reports found."},
		"ui.library.count":      {VI: "%d bài viết trong thư viện.", EN: "%d reports in the library."},
		"ui.library.where":      {VI: "Thư viện: %s", EN: "Library: %s"},
	})
}
