package pdf

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"pdf.canceled": {VI: "Đã hủy việc tạo PDF.", EN: "Making the PDF was canceled."},
		"pdf.empty": {
			VI: "Chưa có bài viết nào để in.",
			EN: "There is no report to print."},
		"pdf.write": {
			VI: "Không ghi được tệp PDF; hãy kiểm tra ổ đĩa còn chỗ rồi thử lại.",
			EN: "Could not write the PDF; check the disk has space and try again."},
		"pdf.photo.nosource": {
			VI: "Không lấy được ảnh của bài để in.",
			EN: "The report's photos could not be fetched for printing."},
		"pdf.photo.missing": {
			VI: "Thư viện không còn ảnh “%s” của bài; hãy thêm lại ảnh hoặc xóa khối ảnh đó rồi in lại.",
			EN: "The library no longer has the photo “%s”; add it again or remove that photo block, then print again."},
		"pdf.photo.damaged": {
			VI: "Bản in của ảnh “%s” trong thư viện bị hỏng; hãy thêm lại ảnh từ tệp gốc rồi in lại.",
			EN: "The print copy of the photo “%s” in the library is damaged; add the photo again from its file, then print again."},
		"pdf.print.nocups": {
			VI: "Máy này chưa cài hệ thống in (CUPS, lệnh lp). Hãy nhờ bộ phận kỹ thuật cài đặt máy in; trong lúc chờ, hãy lưu PDF rồi in từ máy khác.",
			EN: "This computer has no printing system (CUPS, the lp command). Ask technical support to set up a printer; meanwhile, save the PDF and print it from another computer."},
		"pdf.print.noprinter": {
			VI: "Chưa có máy in nào được cài đặt trên máy này. Hãy thêm máy in trong phần Cài đặt > Máy in của hệ điều hành (hoặc nhờ bộ phận kỹ thuật), rồi in lại; PDF vẫn có thể lưu ra tệp.",
			EN: "No printer is set up on this computer. Add one in the system's Settings > Printers (or ask technical support), then print again; the PDF can still be saved to a file."},
		"pdf.print.nodefault": {
			VI: "Máy này có nhiều máy in (%s) nhưng chưa chọn máy in mặc định. Hãy chọn một máy in bằng --printer TÊN, hoặc đặt máy in mặc định trong Cài đặt > Máy in.",
			EN: "This computer has several printers (%s) but no default one. Choose one with --printer NAME, or set a default printer in Settings > Printers."},
		"pdf.print.unknown": {
			VI: "Không có máy in “%s”; hãy xem tên các máy in trong Cài đặt > Máy in (hoặc lệnh lpstat -e).",
			EN: "There is no printer “%s”; see the printers' names in Settings > Printers (or lpstat -e)."},
		"pdf.print.failed": {
			VI: "Máy in “%s” không nhận lệnh in (%s). Hãy kiểm tra máy in đã bật và có giấy, rồi in lại.",
			EN: "The printer “%s” refused the job (%s). Check that it is switched on and has paper, then print again."},
		"pdf.print.noapp": {
			VI: "Máy này chưa có chương trình nào mở được tệp PDF. Hãy cài một trình đọc PDF (hoặc chọn trình duyệt web để mở tệp PDF), rồi in lại; vẫn có thể lưu bài ra tệp PDF.",
			EN: "This computer has no program that opens PDF files. Install a PDF reader (or choose a web browser to open PDFs), then print again; the report can still be saved as a PDF."},
		"pdf.print.inviewer": {
			VI: "Chương trình xem PDF của máy này không tự in được, nên tệp PDF đã được mở trong đó: hãy in từ đó (Ctrl+P).",
			EN: "This computer's PDF viewer cannot print on its own, so the PDF has been opened in it: print it from there (Ctrl+P)."},
		"pdf.open.failed": {
			VI: "Không mở được “%s”: máy chưa có chương trình xem tệp này. Tệp vẫn được lưu ở đó.",
			EN: "Could not open “%s”: no program is set up to show it. The file is saved there."},
	})
}
