package main

import "newsdesk/msg"

// The help and messages of the pdf and bulletin commands.
func init() {
	msg.Register(map[string]msg.Text{
		"cli.help.pdf": {
			VI: "newsdesk pdf MÃ -o TỆP.pdf [--print]  in bài ra tệp PDF khổ A4, hoặc ra máy in\n\n" +
				"In bài viết ra tệp PDF khổ A4: đầu trang tên cơ quan, chuyên mục và tiêu đề, sapo mở đầu bằng nguồn tin in đậm, ảnh kèm chú thích, bảng danh sách khen thưởng, tác giả; chân trang mỗi trang ghi thông tin cơ quan (thiết lập agency.*) và số trang.\n" +
				"Ảnh lấy từ bản in trong thư viện, thu về đúng cỡ in ở 200 dpi (300 dpi nếu thiết lập print.dpi là 300).\n" +
				"--print [--printer TÊN]: gửi thêm tới máy in (lp trên Linux, chương trình PDF mặc định trên Windows); có --print thì có thể bỏ -o. --printer: chọn máy in khác máy in mặc định.\n" +
				"Không bao giờ ghi đè lên thư viện, thiết bị hay thư mục; một tệp có sẵn không phải PDF chỉ được thay khi thêm --force.",
			EN: "newsdesk pdf ID -o FILE.pdf [--print]   the report as an A4 PDF, or on the printer\n\n" +
				"Prints the report to an A4 PDF: the agency's masthead, section and headline, the lead opening with the source tag in bold, captioned photos, award lists as tables, the byline; on every page a footer with the agency's details (the agency.* settings) and the page number.\n" +
				"Photos come from the library's print copies, reduced to their printed size at 200 dpi (300 dpi when the print.dpi setting is 300).\n" +
				"--print [--printer NAME]: also sends it to the printer (lp on Linux, the default PDF application on Windows); with --print, -o may be left out. --printer: a printer other than the default.\n" +
				"Never written over the library, a device or a folder; an existing file that is not a PDF is replaced only with --force."},
		"cli.help.bulletin": {
			VI: "newsdesk bulletin MÃ… --title TIÊU_ĐỀ [--date NGÀY] -o TỆP.pdf [--print [--printer TÊN]]\n\n" +
				"In nhiều bài thành một bản tin PDF: trang bìa (tên cơ quan, tiêu đề bản tin, ngày), mục lục có số trang, mỗi bài bắt đầu ở trang mới, đầu trang ghi tiêu đề và ngày, chân trang ghi thông tin cơ quan và số trang.\n" +
				"Các bài theo thứ tự mã đã cho. --date: ngày của bản tin, dạng 2026-01-08 hoặc 8/1/2026; mặc định là hôm nay. --print, --printer, --force: như lệnh pdf.",
			EN: "newsdesk bulletin ID... --title TEXT [--date D] -o FILE.pdf [--print [--printer NAME]]\n\n" +
				"Prints several reports as one PDF bulletin: a cover (agency name, bulletin title, date), a table of contents with page numbers, each report starting on a new page, a running header with the title and date, and the footer with the agency's details and page numbers.\n" +
				"Reports come in the order of the IDs given. --date: the bulletin's date, as 2026-01-08 or 8/1/2026; today when left out. --print, --printer, --force: as for pdf."},
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
