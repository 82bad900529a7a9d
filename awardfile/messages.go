package awardfile

import "newsdesk/msg"

func msgT(key string, args ...any) string { return msg.T(key, args...) }

func init() {
	msg.Register(map[string]msg.Text{
		"awardfile.empty": {
			VI: "Tệp %q trống, không có gì để nhập. Hãy chọn đúng tệp danh sách khen thưởng.",
			EN: "The file %q is empty; there is nothing to import. Choose the award list file."},
		"awardfile.too_big": {
			VI: "Tệp %q nặng %d MB, vượt giới hạn %d MB của một danh sách khen thưởng. Hãy kiểm tra đã chọn đúng tệp chưa, hoặc tách danh sách thành nhiều tệp nhỏ hơn.",
			EN: "The file %q is %d MB, over the %d MB limit for an award list. Check that it is the right file, or split the list into smaller files."},
		"awardfile.too_many_rows": {
			VI: "Tệp %q có hơn %d dòng, quá nhiều cho một danh sách khen thưởng. Hãy kiểm tra đã chọn đúng tệp chưa, hoặc tách danh sách thành nhiều tệp nhỏ hơn.",
			EN: "The file %q has more than %d rows, too many for an award list. Check that it is the right file, or split the list into smaller files."},
		"awardfile.too_many_columns": {
			VI: "Tệp %q có ô nằm ngoài %d cột đầu, quá rộng cho một danh sách khen thưởng. Hãy chép danh sách sang một trang tính mới rồi lưu lại.",
			EN: "The file %q has a cell beyond its first %d columns, too wide for an award list. Copy the list to a new sheet and save it again."},
		"awardfile.doc": {
			VI: "Tệp %q là văn bản Word đời cũ (.doc) hoặc được đặt mật khẩu nên Newsdesk không đọc được. Hãy mở tệp bằng Word hoặc LibreOffice, bỏ mật khẩu nếu có, lưu lại dạng .docx rồi nhập lại.",
			EN: "The file %q is an old-style Word document (.doc) or is password-protected, so Newsdesk cannot read it. Open it in Word or LibreOffice, remove any password, save it as .docx, then import again."},
		"awardfile.xls": {
			VI: "Tệp %q là bảng tính Excel đời cũ (.xls) hoặc trang web lưu dưới tên .xls, Newsdesk không đọc được. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) dạng “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”, rồi nhập lại.",
			EN: "The file %q is an old-style Excel workbook (.xls) or a web page saved as .xls, which Newsdesk cannot read. Open it in Excel, use Save As to save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import again."},
		"awardfile.xlsx.protected": {
			VI: "Tệp %q được đặt mật khẩu hoặc lưu theo định dạng Excel đời cũ nên Newsdesk không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại dạng .xlsx hoặc “CSV UTF-8”, rồi nhập lại.",
			EN: "The file %q is password-protected or in an old Excel format, so Newsdesk cannot read it. Open it in Excel, remove the password, save it as .xlsx or “CSV UTF-8”, then import again."},
		"awardfile.xlsx.bad": {
			VI: "Không mở được tệp %q như một bảng tính Excel (.xlsx): tệp có thể bị hỏng hoặc không phải bảng tính Excel. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx hoặc “CSV UTF-8”, rồi nhập lại.",
			EN: "The file %q could not be opened as an Excel workbook (.xlsx): it may be damaged or not an Excel file. Open it in Excel, save it as .xlsx or “CSV UTF-8”, then import again."},
		"awardfile.binary": {
			VI: "Tệp %q không phải bảng tính Excel hay tệp văn bản CSV. Hãy chọn tệp danh sách khen thưởng dạng .xlsx hoặc .csv.",
			EN: "The file %q is neither an Excel workbook nor a CSV text file. Choose the award list as an .xlsx or .csv file."},
		"awardfile.encoding.unknown": {
			VI: "Không nhận ra bảng mã chữ Việt của tệp %q (không phải Unicode, TCVN3, TCVN 5712 VN1, VNI hay Windows-1258). Hãy mở tệp bằng Excel, kiểm tra chữ hiển thị đúng, lưu lại dạng “CSV UTF-8” rồi nhập lại.",
			EN: "The Vietnamese encoding of the file %q is not one Newsdesk knows (Unicode, TCVN3, TCVN 5712 VN1, VNI or Windows-1258). Open it in Excel, check that the text shows correctly, save it as “CSV UTF-8”, then import again."},
		"awardfile.encoding.broken_utf8": {
			VI: "Tệp %q được lưu dạng Unicode (UTF-8) nhưng có ký tự bị hỏng ở dòng %d, có lẽ do ghép từ nhiều tệp khác bảng mã. Hãy mở tệp bằng Excel, sửa chữ bị lỗi ở dòng đó, lưu lại dạng “CSV UTF-8” rồi nhập lại.",
			EN: "The file %q is Unicode (UTF-8) but has broken characters on line %d, perhaps pasted from a file in another encoding. Open it in Excel, fix the text on that line, save it as “CSV UTF-8”, then import again."},
		"awardfile.encoding.ambiguous": {
			VI: "Không xác định chắc chắn được bảng mã của tệp %q: có thể là %s, cũng có thể là %s. Để không làm sai dấu tên người và đơn vị, Newsdesk chưa nhập. Hãy mở tệp bằng Excel, kiểm tra chữ hiển thị đúng, lưu lại dạng “CSV UTF-8” rồi nhập lại.",
			EN: "Newsdesk cannot tell the encoding of the file %q for sure: it may be %s or %s. To avoid mangling names, nothing was imported. Open it in Excel, check that the text shows correctly, save it as “CSV UTF-8”, then import again."},
		"awardfile.enc.windows1258": {VI: "Windows-1258", EN: "Windows-1258"},
		"awardfile.enc.tcvn3":       {VI: "TCVN3 (ABC, phông .VnTime)", EN: "TCVN3 (ABC, .VnTime fonts)"},
		"awardfile.enc.vni":         {VI: "VNI (phông VNI-Times)", EN: "VNI (VNI-Times fonts)"},
		"awardfile.enc.vn1":         {VI: "TCVN 5712 VN1 (bảng mã TCVN đủ chữ hoa có dấu)", EN: "TCVN 5712 VN1 (the full TCVN table, with toned capitals)"},
		"awardfile.no_header": {
			VI: "Không tìm thấy dòng tiêu đề cột trong tệp %q. Danh sách cần một dòng tiêu đề có cột tên (“Họ và tên”, “Tên tập thể”, “Tên đơn vị” hoặc “Tên”) và có thể có các cột “Loại” (Tập thể/Cá nhân), “Đơn vị”, “Chức vụ”, “Hình thức khen thưởng”. Hãy thêm dòng tiêu đề như vậy ngay trên danh sách rồi nhập lại.",
			EN: "No column header row was found in the file %q. The list needs a header row with a name column (“Họ và tên”, “Tên tập thể”, “Tên đơn vị”, “Tên” or “Name”) and may have the columns “Loại”/“Kind” (Tập thể/Cá nhân), “Đơn vị”/“Unit”, “Chức vụ”/“Title” and “Hình thức khen thưởng”/“Form”. Add such a row just above the list, then import again."},
		"awardfile.no_rows": {
			VI: "Tệp %q có dòng tiêu đề nhưng không có tập thể hay cá nhân nào bên dưới. Hãy kiểm tra đã chọn đúng tệp chưa rồi nhập lại.",
			EN: "The file %q has a header row but no collective or individual under it. Check that it is the right file, then import again."},
		"awardfile.problems": {
			VI: "Tệp %q có %d lỗi nên chưa nhập tập thể, cá nhân nào. Hãy sửa các dòng sau trong tệp rồi nhập lại:",
			EN: "The file %q has %d problems, so nothing was imported. Fix these rows in the file, then import again:"},
		"awardfile.problems.sheet": {
			VI: "Trang tính %q của tệp %q có %d lỗi nên chưa nhập tập thể, cá nhân nào. Hãy sửa các dòng sau rồi nhập lại:",
			EN: "The sheet %q of the file %q has %d problems, so nothing was imported. Fix these rows, then import again:"},
		"awardfile.problems.table": {
			VI: "Bảng thứ %d của tệp %q có %d lỗi nên chưa nhập tập thể, cá nhân nào. Hãy sửa các dòng sau của bảng (đếm từ dòng tiêu đề) rồi nhập lại:",
			EN: "Table %d of the file %q has %d problems, so nothing was imported. Fix these rows of the table (counting from its header row), then import again:"},
		"awardfile.docx.no_table": {
			VI: "Văn bản Word %q không có bảng nào. Danh sách khen thưởng cần nằm trong một bảng có dòng tiêu đề (“STT”, “Họ và tên”, “Chức vụ”, “Đơn vị”…).",
			EN: "The Word document %q has no table. The award list must be a table with a header row (“STT”, “Họ và tên”, “Chức vụ”, “Đơn vị”…)."},
		"awardfile.problems.more": {
			VI: "… và %d lỗi khác.",
			EN: "… and %d more."},
		"awardfile.row": {
			VI: "Dòng %d: %s",
			EN: "Row %d: %s"},
		"awardfile.row.name": {
			VI: "thiếu tên.",
			EN: "the name is missing."},
		"awardfile.row.kind": {
			VI: "loại %q không rõ; hãy ghi “Tập thể” hoặc “Cá nhân”.",
			EN: "the kind %q is unclear; write “Tập thể” (collective) or “Cá nhân” (individual)."},
		"awardfile.row.nokind": {
			VI: "không rõ “%s” là tập thể hay cá nhân; hãy thêm cột “Loại” ghi “Tập thể” hoặc “Cá nhân”.",
			EN: "it is unclear whether “%s” is a collective or an individual; add a “Loại” (kind) column saying “Tập thể” or “Cá nhân”."},
		"awardfile.row.quote": {
			VI: "dấu ngoặc kép (\") mở ở dòng này nhưng không đóng nên phần còn lại của tệp bị gộp vào một ô; hãy thêm dấu ngoặc kép đóng hoặc xóa dấu thừa.",
			EN: "a double quote (\") opens on this row but never closes, so the rest of the file runs into one cell; add the closing quote or remove the stray one."},
	})
}
