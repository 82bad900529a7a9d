package sqlite

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"sqlite.path.required": {
			VI: "Chưa chọn tệp thư viện; hãy chọn hoặc nhập đường dẫn tới tệp thư viện Newsdesk.",
			EN: "No library file was given; choose or type the path of a Newsdesk library file."},
		"sqlite.folder": {
			VI: "Không tạo được thư mục %s cho thư viện; hãy chọn một thư mục bạn có quyền ghi.",
			EN: "Could not create the folder %s for the library; choose a folder you can write to."},
		"sqlite.fts5": {
			VI: "Bản Newsdesk này được dựng thiếu chức năng tìm kiếm toàn văn (FTS5) nên không mở được thư viện; hãy cài bản Newsdesk chính thức hoặc dựng lại bằng lệnh make.",
			EN: "This build of Newsdesk lacks full-text search (FTS5), so it cannot open a library; install an official Newsdesk or rebuild it with make."},
		"sqlite.import.photo": {
			VI: "Ảnh “%s” đi kèm (%s) %s, nên không nhập gì cả. Hãy nhờ người gửi gửi lại: xuất lại gói duyệt hoặc gửi lại bài từ Newsdesk.",
			EN: "The photo “%s” that came with it (%s) %s, so nothing was imported. Ask the sender to send it again: export the review bundle again or push the report again from Newsdesk."},
		"sqlite.photo.reason.notimage":    {VI: "không phải là ảnh", EN: "is not an image"},
		"sqlite.photo.reason.empty":       {VI: "là tệp rỗng", EN: "is an empty file"},
		"sqlite.photo.reason.damaged":     {VI: "bị hỏng", EN: "is damaged"},
		"sqlite.photo.reason.truncated":   {VI: "bị cắt cụt", EN: "is cut short"},
		"sqlite.photo.reason.toolarge":    {VI: "quá lớn", EN: "is too large"},
		"sqlite.photo.reason.toodeep":     {VI: "cần quá nhiều bộ nhớ để mở", EN: "needs too much memory to open"},
		"sqlite.photo.reason.video":       {VI: "là một đoạn phim, không phải ảnh", EN: "is a video, not a photo"},
		"sqlite.photo.reason.heic":        {VI: "ở dạng HEIC mà Newsdesk không đọc được", EN: "is a HEIC picture Newsdesk cannot read"},
		"sqlite.photo.reason.raw":         {VI: "ở dạng RAW của máy ảnh, Newsdesk không đọc được", EN: "is a camera RAW file Newsdesk cannot read"},
		"sqlite.photo.reason.unsupported": {VI: "ở dạng Newsdesk không đọc được", EN: "is in a format Newsdesk cannot read"},
		"sqlite.photo.reason.variant":     {VI: "dùng một biến thể Newsdesk không đọc được", EN: "uses a variant Newsdesk cannot read"},
		"sqlite.photo.reason.other":       {VI: "không dùng được", EN: "cannot be used"},
		"sqlite.damaged": {
			VI: "Thư viện %s bị hỏng (%s). Đừng ghi thêm vào đó: hãy đóng Newsdesk, chép lại tệp thư viện từ bản sao lưu gần nhất (thư viện là một tệp duy nhất), rồi mở lại.",
			EN: "The library %s is damaged (%s). Write nothing more to it: close Newsdesk, copy the library file back from your latest backup (the library is one file), and open it again."},
		"sqlite.notlibrary": {
			VI: "Tệp %s không phải là thư viện Newsdesk (có thể là dữ liệu của chương trình khác) nên không được mở; hãy chọn đúng tệp thư viện, hoặc đặt một tên tệp mới để tạo thư viện mới.",
			EN: "%s is not a Newsdesk library (it may be another program's data), so it was not opened; choose your library file, or a new file name to start a new library."},
		"sqlite.newer": {
			VI: "Thư viện %s được tạo hoặc nâng cấp bởi một phiên bản Newsdesk mới hơn bản đang chạy; hãy cập nhật Newsdesk rồi mở lại. Thư viện không bị thay đổi.",
			EN: "The library %s was made or upgraded by a newer Newsdesk than this one; update Newsdesk and open it again. The library was not changed."},
		"sqlite.busy": {
			VI: "Thư viện đang bận vì một cửa sổ hoặc chương trình Newsdesk khác đang ghi vào đó; hãy thử lại sau giây lát. Nếu vẫn bận, hãy đóng các cửa sổ Newsdesk khác đang dùng thư viện này.",
			EN: "The library is busy: another Newsdesk window or program is writing to it. Try again in a moment; if it stays busy, close the other Newsdesk windows using this library."},
		"sqlite.readonly": {
			VI: "Không ghi được vào thư viện vì tệp hoặc thư mục chứa nó chỉ cho phép đọc; hãy kiểm tra quyền ghi, hoặc chép thư viện sang một thư mục bạn có quyền ghi rồi mở lại.",
			EN: "Cannot write to the library: the file or its folder is read-only. Check the permissions, or copy the library to a folder you can write to and open it there."},
		"sqlite.readonly.outdated": {
			VI: "Thư viện %s chỉ cho phép đọc, nhưng cần được nâng cấp cho phiên bản Newsdesk này, việc đó phải ghi vào tệp. Hãy chép thư viện sang một thư mục bạn có quyền ghi rồi mở bản chép.",
			EN: "The library %s is read-only, but this Newsdesk must upgrade it, which means writing to it. Copy the library to a folder you can write to and open the copy."},
		"sqlite.cantopen": {
			VI: "Không mở được tệp thư viện; hãy kiểm tra tệp vẫn còn, ổ đĩa (hoặc USB) vẫn cắm, và bạn có quyền dùng thư mục chứa nó.",
			EN: "Cannot open the library file; check that it still exists, that its drive (or USB stick) is connected, and that you may use its folder."},
		"sqlite.full": {
			VI: "Ổ đĩa chứa thư viện đã đầy nên Newsdesk không ghi được vào đó; nếu bạn vừa sửa gì, thay đổi đó chưa được lưu. Hãy giải phóng dung lượng rồi thử lại.",
			EN: "The disk holding the library is full, so Newsdesk cannot write to it; if you just changed something, that change was not saved. Free some space and try again."},
		"sqlite.corrupt": {
			VI: "Tệp thư viện bị hỏng hoặc không phải là thư viện Newsdesk; hãy mở bản sao lưu gần nhất, hoặc gửi tệp này cho bộ phận kỹ thuật.",
			EN: "The library file is damaged or is not a Newsdesk library; open your latest backup, or send the file to technical support."},
		"sqlite.ioerr": {
			VI: "Đọc hoặc ghi tệp thư viện trên ổ đĩa bị lỗi; thay đổi vừa rồi chưa được lưu. Hãy kiểm tra ổ đĩa (hoặc USB) rồi thử lại.",
			EN: "Reading or writing the library file failed on the disk; the last change was not saved. Check the drive (or USB stick) and try again."},
		"sqlite.report.notfound": {
			VI: "Không tìm thấy bài viết trong thư viện; có thể bài đã bị xoá ở cửa sổ khác. Hãy tải lại danh sách bài.",
			EN: "The report is not in the library; it may have been deleted in another window. Reload the list of reports."},
		"sqlite.report.damaged": {
			VI: "Nội dung bài viết số %d trong thư viện bị hỏng nên không mở được; hãy mở một bản lưu trước của bài trong lịch sử, hoặc báo cho bộ phận kỹ thuật.",
			EN: "The content of report %d in the library is damaged and cannot be opened; open an earlier revision from its history, or tell technical support."},
		"sqlite.report.changed": {
			VI: "Bài “%s” đã được lưu từ một cửa sổ hoặc chương trình khác sau khi bạn mở, nên thay đổi của bạn chưa được lưu để không ghi đè lên bản đó. Hãy chép lại phần vừa sửa, mở lại bài để xem bản mới nhất rồi sửa tiếp.",
			EN: "“%s” was saved from another window or program after you opened it, so your changes were not saved, to avoid overwriting that version. Copy what you just changed, reopen the report to see the latest version, and edit again."},
		"sqlite.report.exists": {
			VI: "Thư viện đã có một bài cùng mã định danh với bài “%s”; hãy mở bài đã có, hoặc nhập bài này như một bản sao.",
			EN: "The library already has a report with the same identity as “%s”; open that report, or import this one as a copy."},
		"sqlite.photo.notfound": {
			VI: "Không tìm thấy ảnh trong thư viện; hãy thêm lại ảnh từ tệp gốc.",
			EN: "The photo is not in the library; add it again from its file."},
		"sqlite.photo.missing": {
			VI: "Ảnh ở khối %d không có trong thư viện; hãy chọn lại ảnh cho khối đó hoặc xoá khối.",
			EN: "The photo in block %d is not in the library; choose the photo again for that block or remove the block."},
		"sqlite.merge.same": {
			VI: "Không thể hợp nhất một bài với chính nó.",
			EN: "A report cannot be merged with itself."},
		"sqlite.comment.notfound": {
			VI: "Không tìm thấy góp ý này; có thể nó đã bị xoá. Hãy mở lại bài.",
			EN: "This comment is not there any more; it may have been deleted. Open the report again."},
		"sqlite.revision.notfound": {
			VI: "Không tìm thấy bản lưu này trong lịch sử; có thể bài đã bị xoá. Hãy tải lại lịch sử của bài.",
			EN: "This revision is not in the history; the report may have been deleted. Reload the report's history."},
		"sqlite.revision.damaged": {
			VI: "Bản lưu số %d trong lịch sử bị hỏng nên không mở được; hãy chọn một bản lưu khác.",
			EN: "Revision %d in the history is damaged and cannot be opened; choose another revision."},
		"sqlite.setting.unknown": {
			VI: "Không có thiết lập %q; các thiết lập có thể đặt là: %s.",
			EN: "There is no setting %q; the settings are: %s."},
	})
}
