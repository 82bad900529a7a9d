package desk

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"desk.print.temp": {
			VI: "Không tạo được tệp tạm để in; hãy kiểm tra ổ đĩa còn chỗ.",
			EN: "Could not make a temporary file to print; check the disk has space."},
		"desk.push.unapproved.refused": {
			VI: "Bài chưa được duyệt (đang ở trạng thái %s) nên chưa được đăng: thiết lập của thư viện (review.unapproved_publish = refuse) không cho đăng bài chưa duyệt. Hãy nhờ biên tập viên duyệt bài, hoặc đẩy lên dưới dạng chờ duyệt hay bản nháp.",
			EN: "The report is not approved (its status is %s), so it was not published: the library's setting (review.unapproved_publish = refuse) allows no unapproved publishing. Ask an editor to approve it, or push it as pending review or as a draft."},
		"desk.report.notfound": {
			VI: "Thư viện không có bài viết số %d; có thể bài đã bị xoá.",
			EN: "The library has no report %d; it may have been deleted."},
		"desk.file.unreadable": {
			VI: "Không mở được tệp “%s” để đọc. Hãy kiểm tra tệp còn đó và bạn có quyền đọc nó.",
			EN: "The file “%s” could not be opened for reading. Check that it is still there and that you may read it."},
		"desk.file.missing": {VI: "Không có tệp “%s”.", EN: "There is no file “%s”."},
		"desk.file.denied":  {VI: "Không đọc được tệp “%s”; hãy kiểm tra quyền đọc tệp.", EN: "Could not read “%s”; check that you may read it."},
		"desk.file.dir":     {VI: "“%s” là một thư mục, không phải tệp.", EN: "“%s” is a folder, not a file."},
		"desk.file.huge":    {VI: "Tệp “%s” lớn hơn %d MB, quá lớn để nhập.", EN: "“%s” is over %d MB, too large to import."},
		"desk.comment.noname": {
			VI: "Góp ý cần ghi tên người viết, mà thư viện chưa biết tên bạn. Hãy đặt tên: newsdesk settings reporter.name \"Họ và tên\", rồi góp ý lại.",
			EN: "A comment records who wrote it, and the library does not know your name yet. Set it: newsdesk settings reporter.name \"Your Name\", then comment again."},
		"desk.comment.reply": {
			VI: "Không có góp ý số %d trong bài này.",
			EN: "There is no comment %d on this report."},
		"desk.portal.nokeyring": {
			VI: "Máy này không có kho khoá của hệ điều hành, nên mật khẩu ứng dụng không được cất; Newsdesk dùng biến môi trường %s.",
			EN: "No operating-system keyring runs here, so the application password is not stored; Newsdesk uses the environment variable %s."},
		"desk.portal.nopassword": {
			VI: "Chưa có mật khẩu ứng dụng của %q cho cổng %q; hãy đặt biến môi trường %s, hoặc chạy lệnh trên cửa sổ dòng lệnh để nhập.",
			EN: "No application password for %q on the portal %q; set the environment variable %s, or run the command on a terminal to type it."},
		"desk.push.queued.unsettled": {
			VI: "%d bài bị cổng từ chối còn chờ bạn xử lý.",
			EN: "%d refused pushes wait for you to settle them."},
	})
}
