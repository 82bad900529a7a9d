package main

import "newsdesk/msg"

// The help and messages of the pdf and bulletin commands.
func init() {
	msg.Register(map[string]msg.Text{
		"cli.pdf.output": {
			VI: "Hãy cho tệp kết quả: -o TỆP.pdf (hoặc --print để gửi thẳng tới máy in).",
			EN: "Name the output file: -o FILE.pdf (or --print to send it straight to the printer)."},
		"cli.pdf.printer": {
			VI: "--printer chỉ dùng cùng --print.",
			EN: "--printer goes with --print."},
		"cli.pdf.temp": {
			VI: "Không tạo được tệp tạm để in; hãy kiểm tra ổ đĩa còn chỗ.",
			EN: "Could not make a temporary file to print; check the disk has space."},
		"cli.pdf.noagency": {
			VI: "Lưu ý: chưa có tên cơ quan nên đầu trang để trống; đặt bằng newsdesk settings agency.name \"Tên cơ quan\" (chân trang: agency.managing, agency.editor_in_chief, agency.address, agency.phones, agency.email).",
			EN: "Note: no agency name is set, so the masthead is blank; set it with newsdesk settings agency.name \"Agency\" (footer: agency.managing, agency.editor_in_chief, agency.address, agency.phones, agency.email)."},
		"cli.pdf.missing": {
			VI: "Lưu ý: phông chữ không có các ký tự sau nên chúng được in thành dấu ?: %s. Hãy sửa các ký tự đó trong bài rồi in lại.",
			EN: "Note: the fonts lack these characters, so they were printed as ?: %s. Replace them in the report and print again."},
		"cli.pdf.saved": {
			VI: "Tệp PDF đã được lưu: %s",
			EN: "The PDF was saved: %s"},
		"cli.pdf.printed": {
			VI: "Đã gửi tới máy in %s.",
			EN: "Sent to the printer %s."},
		"cli.bulletin.ids": {
			VI: "Hãy cho mã các bài của bản tin: newsdesk bulletin MÃ… --title \"Bản tin …\" -o TỆP.pdf.",
			EN: "Give the IDs of the bulletin's reports: newsdesk bulletin ID... --title \"Bulletin …\" -o FILE.pdf."},
		"cli.bulletin.title": {
			VI: "Hãy cho tiêu đề bản tin: --title \"Bản tin …\".",
			EN: "Give the bulletin a title: --title \"Bulletin …\"."},
		"cli.bulletin.date": {
			VI: "--date cần một ngày dạng 2026-01-08 hoặc 8/1/2026, không phải %q.",
			EN: "--date needs a date such as 2026-01-08 or 8/1/2026, not %q."},
	})
}
