package main

import "newsdesk/msg"

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
		"cli.check.ok":    {VI: "Thư viện %s không có chỗ hỏng.", EN: "The library %s has no damage."},
		"cli.delete.ask":  {VI: "Xoá bài #%d «%s» cùng lịch sử và góp ý của nó? [c/K] ", EN: "Delete report #%d «%s» with its history and comments? [y/N] "},
		"cli.delete.yes":  {VI: "Hãy thêm --yes để xoá bài #%d «%s» (không hỏi lại được khi không chạy trên cửa sổ dòng lệnh).", EN: "Add --yes to delete report #%d «%s» (there is no terminal to ask on)."},
		"cli.delete.kept": {VI: "Không xoá; bài #%d vẫn còn.", EN: "Not deleted; report #%d is still there."},
		"cli.delete.done": {VI: "Đã xoá bài #%d «%s».", EN: "Deleted report #%d «%s»."},
		"cli.portal.sub": {
			VI: "Hãy dùng: newsdesk portal add TÊN --url ĐỊA_CHỈ --user TÊN_ĐĂNG_NHẬP, portal list, portal remove TÊN, portal pending --portal TÊN, portal open MÃ_BÀI_CỔNG --portal TÊN, hoặc portal plugin -o TỆP.zip.",
			EN: "Use: newsdesk portal add NAME --url URL --user USER, portal list, portal remove NAME, portal pending --portal NAME, portal open POSTID --portal NAME, or portal plugin -o FILE.zip."},
		"cli.portal.plugin.written": {
			VI: "Đã ghi phần bổ trợ Newsdesk cho WordPress vào %s: quản trị cổng tải lên tại Plugins > Add New > Upload Plugin, rồi kích hoạt.",
			EN: "The Newsdesk plugin for WordPress is in %s: the portal's administrator uploads it in Plugins > Add New > Upload Plugin, then activates it."},
		"cli.portal.postid": {
			VI: "%q không phải là mã bài trên cổng; mã là một số nguyên dương (xem newsdesk portal pending --portal TÊN).",
			EN: "%q is not a post ID; post IDs are positive integers (see newsdesk portal pending --portal NAME)."},
		"cli.portal.pending.none": {
			VI: "Không có bài nào do Newsdesk gửi đang chờ duyệt trên cổng (hoặc tài khoản này không được xem bài của người khác).",
			EN: "No post pushed by Newsdesk is pending review on the portal (or this account may not see others' posts)."},
		"cli.portal.open.conflict": {VI: "Bài %d trong thư viện đã được sửa, bài trên cổng cũng đã khác; bản trên cổng được mở thành bài mới %d, nối với bài cũ. Hãy so sánh hai bài.", EN: "Report %d in the library was changed, and so was the post; the portal's version came in as a new report %d, linked to it. Compare the two."},
		"cli.portal.urluser": {
			VI: "Hãy cho địa chỉ cổng và tên đăng nhập: --url https://… --user TÊN.",
			EN: "Give the portal's address and the user name: --url https://… --user NAME."},
		"cli.portal.prompt": {
			VI: "Mật khẩu ứng dụng của %s trên %s: ",
			EN: "Application password of %s on %s: "},
		"cli.portal.removed": {VI: "Đã xoá hồ sơ cổng %q.", EN: "Removed the portal profile %q."},
		"cli.push.portal": {
			VI: "Hãy chọn cổng: --portal TÊN (xem danh sách bằng newsdesk portal list).",
			EN: "Choose the portal: --portal NAME (see them with newsdesk portal list)."},
		"cli.push.queued": {
			VI: "Bài %d đang chờ gửi lên cổng %q; chạy newsdesk push --queued khi có mạng.",
			EN: "Report %d waits to be sent to the portal %q; run newsdesk push --queued when the network is back."},
		"cli.push.queued.failed": {
			VI: "Bài %d (cổng %q) chưa gửi được: %s",
			EN: "Report %d (portal %q) was not sent: %s"},
		"cli.push.nothingchanged": {
			VI: "Bài trong thư viện không bị thay đổi; thêm --queue để bài tự gửi khi cổng trả lời.",
			EN: "The report in the library was not changed; add --queue to have it sent when the portal answers."},
		"cli.push.queued.refused": {
			VI: "Bài %d (cổng %q) bị cổng từ chối và chưa được xử lý: %s Hãy xem lại, rồi gửi lại: newsdesk push MÃ --portal TÊN (thêm --overwrite nếu muốn thay bản trên cổng).",
			EN: "Report %d (portal %q) was refused by the portal and is not settled: %s Look into it, then push again: newsdesk push ID --portal NAME (with --overwrite to replace the portal's version)."},
		"cli.push.queued.args": {
			VI: "--queued gửi mọi bài đang chờ; không cần mã bài.",
			EN: "--queued sends every report that waits; give no report ID."},
		"cli.push.queued.none": {
			VI: "Không có bài nào đang chờ gửi.",
			EN: "Nothing waits to be sent."},
		"cli.push.progress": {
			VI: "Ảnh %d/%d",
			EN: "Photo %d/%d"},
		"cli.pdf.output": {
			VI: "Hãy cho tệp kết quả: -o TỆP.pdf (hoặc --print để gửi thẳng tới máy in).",
			EN: "Name the output file: -o FILE.pdf (or --print to send it straight to the printer)."},
		"cli.pdf.printer": {
			VI: "--printer chỉ dùng cùng --print.",
			EN: "--printer goes with --print."},
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
