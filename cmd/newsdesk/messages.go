package main

import "newsdesk/msg"

func msgT(key string, args ...any) string { return msg.T(key, args...) }

func init() {
	msg.Register(map[string]msg.Text{
		"cli.flag.unknown": {VI: "Không có tùy chọn %s.", EN: "There is no option %s."},
		"cli.flag.value":   {VI: "Tùy chọn %s cần một giá trị.", EN: "Option %s needs a value."},
		"cli.flag.novalue": {VI: "Tùy chọn %s không nhận giá trị.", EN: "Option %s takes no value."},
		"cli.args.count":   {VI: "Số tham số không đúng.", EN: "Wrong number of arguments."},
		"cli.id.invalid":   {VI: "%q không phải là mã bài viết; mã là một số nguyên dương (xem newsdesk list).", EN: "%q is not a report ID; IDs are positive integers (see newsdesk list)."},
		"cli.see.help":     {VI: "Xem hướng dẫn: newsdesk help", EN: "See: newsdesk help"},
		"cli.see.help.command": {
			VI: "Xem hướng dẫn: newsdesk help %s",
			EN: "See: newsdesk help %s"},
		"cli.command.unknown": {VI: "Không có lệnh %q.", EN: "There is no command %q."},
		"cli.gui.unavailable": {VI: "Bản Newsdesk này không có cửa sổ; hãy dùng các lệnh (newsdesk help).", EN: "This build of Newsdesk has no window; use the commands (newsdesk help)."},
		"cli.gui.open.failed": {
			VI: "Không mở được thư viện “%s”.",
			EN: "Could not open the library “%s”."},
		"cli.new.headline": {VI: "Hãy cho tiêu đề: newsdesk new --headline \"Tiêu đề\".", EN: "Give a headline: newsdesk new --headline \"Headline\"."},
		"cli.report.notfound": {
			VI: "Không có bài viết số %d trong thư viện; xem danh sách bằng newsdesk list.",
			EN: "There is no report %d in the library; see newsdesk list."},
		"cli.search.query": {VI: "Hãy cho từ cần tìm: newsdesk search TỪ…", EN: "Give the words to find: newsdesk search WORD…"},
		"cli.limit.invalid": {
			VI: "--limit cần một số nguyên dương, không phải %q.",
			EN: "--limit needs a positive integer, not %q."},
		"cli.awards.imported": {VI: "Đã thêm danh sách khen thưởng: %d tập thể, %d cá nhân.", EN: "Award list added: %d collectives, %d individuals."},
		"cli.setting.unknown": {VI: "Không có thiết lập %q; xem danh sách: newsdesk help settings.", EN: "There is no setting %q; see the list: newsdesk help settings."},
		"cli.output.required": {VI: "Hãy cho tệp kết quả: -o TỆP.zip.", EN: "Name the output file: -o FILE.zip."},
		"cli.output.force":    {VI: "Nếu chắc chắn muốn thay thế, thêm --force.", EN: "To replace it anyway, add --force."},
		"cli.export.photos":   {VI: "--photos nhận original hoặc print, không phải %q.", EN: "--photos takes original or print, not %q."},
		"cli.import.conflict": {
			VI: "Bài viết #%d trong thư viện cũng đã được sửa từ lần trao đổi trước, nên gói được nhập thành bài mới #%d, liên kết với bài cũ; không có gì bị ghi đè.",
			EN: "Report #%d in the library was also changed since the hand-off, so the bundle came in as a new report #%d, linked to it; nothing was overwritten."},

		"cli.push.unapproved": {
			VI: "Bài chưa được duyệt (đang ở trạng thái %s) nên chưa được đăng. Hãy nhờ biên tập viên duyệt bài (newsdesk status MÃ approved), hoặc thêm --unapproved nếu thật sự cần đăng ngay.",
			EN: "The report is not approved (its status is %s), so it was not published. Ask an editor to approve it (newsdesk status ID approved), or add --unapproved if it really must go out now."},
		"cli.comment.reply": {
			VI: "Không có góp ý số %q trong bài này; lệnh comments liệt kê các góp ý và số của chúng.",
			EN: "There is no comment %q on this report; the comments command lists them with their numbers."},
		"cli.photo.pruned": {
			VI: "Đã xoá %d ảnh không còn bài viết hay phiên bản nào dùng.",
			EN: "Removed %d photos no report or revision uses any more."},
		"cli.import.review": {
			VI: "newsdesk: đã nhập %d phiên bản trong lịch sử và %d góp ý mới.",
			EN: "newsdesk: brought in %d revisions of history and %d new comments."},
		"cli.export.word.flags": {
			VI: "--review và --photos dành cho gói bài (.zip); một tài liệu Word không mang lịch sử, góp ý hay ảnh gốc.",
			EN: "--review and --photos are for bundles (.zip); a Word document carries no history, comments or originals."},
		"cli.check.ok": {VI: "Thư viện %s không có chỗ hỏng.", EN: "The library %s has no damage."},
		"cli.delete.ask":  {VI: "Xoá bài #%d «%s» cùng lịch sử và góp ý của nó? [c/K] ", EN: "Delete report #%d «%s» with its history and comments? [y/N] "},
		"cli.delete.yes":  {VI: "Hãy thêm --yes để xoá bài #%d «%s» (không hỏi lại được khi không chạy trên cửa sổ dòng lệnh).", EN: "Add --yes to delete report #%d «%s» (there is no terminal to ask on)."},
		"cli.delete.kept": {VI: "Không xoá; bài #%d vẫn còn.", EN: "Not deleted; report #%d is still there."},
		"cli.delete.done": {VI: "Đã xoá bài #%d «%s».", EN: "Deleted report #%d «%s»."},
	})
}
