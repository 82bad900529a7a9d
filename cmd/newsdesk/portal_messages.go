package main

import "newsdesk/msg"

// The help and messages of the portal and push commands.
func init() {
	msg.Register(map[string]msg.Text{
		"cli.portal.sub": {
			VI: "Hãy dùng: newsdesk portal add TÊN --url ĐỊA_CHỈ --user TÊN_ĐĂNG_NHẬP, portal list, portal remove TÊN, portal pending --portal TÊN, portal open MÃ_BÀI_CỔNG --portal TÊN, hoặc portal plugin -o TỆP.zip.",
			EN: "Use: newsdesk portal add NAME --url URL --user USER, portal list, portal remove NAME, portal pending --portal NAME, portal open POSTID --portal NAME, or portal plugin -o FILE.zip."},
		"cli.portal.plugin.written": {
			VI: "Đã ghi phần bổ trợ Newsdesk cho WordPress vào %s: quản trị cổng tải lên tại Plugins > Add New > Upload Plugin, rồi kích hoạt.",
			EN: "The Newsdesk plugin for WordPress is in %s: the portal's administrator uploads it in Plugins > Add New > Upload Plugin, then activates it."},
		"cli.portal.plugin.yes": {
			VI: "Cổng có phần bổ trợ Newsdesk %s: góp ý duyệt và lịch sử đi kèm bài ở nơi chỉ người được sửa bài đọc được.",
			EN: "The portal has the Newsdesk plugin %s: review comments and history travel with the post where only those who may edit it can read them."},
		"cli.portal.plugin.no": {
			VI: "Cổng chưa có phần bổ trợ Newsdesk: bài gửi lên chỉ mang phần bạn đọc thấy, biên tập viên không mở lại được trong Newsdesk. Lấy phần bổ trợ cho quản trị cổng: newsdesk portal plugin -o newsdesk.zip.",
			EN: "The portal does not have the Newsdesk plugin: posts carry only what readers see, and an editor cannot open them in Newsdesk. Get the plugin for the portal's administrator: newsdesk portal plugin -o newsdesk.zip."},
		"cli.portal.postid": {
			VI: "%q không phải là mã bài trên cổng; mã là một số nguyên dương (xem newsdesk portal pending --portal TÊN).",
			EN: "%q is not a post ID; post IDs are positive integers (see newsdesk portal pending --portal NAME)."},
		"cli.portal.pending.none": {
			VI: "Không có bài nào do Newsdesk gửi đang chờ duyệt trên cổng (hoặc tài khoản này không được xem bài của người khác).",
			EN: "No post pushed by Newsdesk is pending review on the portal (or this account may not see others' posts)."},
		"cli.portal.outcome.created":   {VI: "Đã mở thành bài mới", EN: "Opened as a new report"},
		"cli.portal.outcome.updated":   {VI: "Đã cập nhật bài trong thư viện", EN: "Updated the report in the library"},
		"cli.portal.outcome.unchanged": {VI: "Thư viện đã có đúng bài này", EN: "The library already has this report as it is"},
		"cli.portal.outcome.conflict":  {VI: "Đã mở thành bài mới, nối với bài trong thư viện", EN: "Opened as a new report, linked to the library's"},
		"cli.portal.open.conflict":     {VI: "Bài %d trong thư viện đã được sửa, bài trên cổng cũng đã khác; bản trên cổng được mở thành bài mới %d, nối với bài cũ. Hãy so sánh hai bài.", EN: "Report %d in the library was changed, and so was the post; the portal's version came in as a new report %d, linked to it. Compare the two."},
		"cli.portal.outcome.copy":      {VI: "Đã mở thành bản sao", EN: "Opened as a copy"},
		"cli.portal.open.done": {
			VI: "%s: tải %d ảnh từ cổng, %d ảnh thư viện đã có, %.1f giây.",
			EN: "%s: %d photos downloaded, %d already in the library, %.1f s."},
		"cli.portal.urluser": {
			VI: "Hãy cho địa chỉ cổng và tên đăng nhập: --url https://… --user TÊN.",
			EN: "Give the portal's address and the user name: --url https://… --user NAME."},
		"cli.portal.prompt": {
			VI: "Mật khẩu ứng dụng của %s trên %s: ",
			EN: "Application password of %s on %s: "},
		"cli.portal.added": {
			VI: "Đã thêm cổng %q: đăng nhập được với tên %s (vai trò %s).",
			EN: "Added the portal %q: signed in as %s (role %s)."},
		"cli.portal.may": {
			VI: "Tài khoản được: viết bài %s, tải ảnh %s, đăng bài %s, tạo chuyên mục %s.",
			EN: "The account may: write posts %s, upload photos %s, publish %s, create categories %s."},
		"cli.portal.yes":     {VI: "có", EN: "yes"},
		"cli.portal.no":      {VI: "không", EN: "no"},
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
		"cli.push.done": {
			VI: "%s: %s, %s, %.1f giây.",
			EN: "%s: %s, %s, %.1f s."},
		"cli.push.done.unchanged": {
			VI: "%s: không có gì mới để gửi, bài trên cổng giữ nguyên (%.1f giây).",
			EN: "%s: nothing new to send, the post was left as it is (%.1f s)."},
		"cli.push.uploaded":      {VI: "tải lên %d ảnh", EN: "%d photos uploaded"},
		"cli.push.uploaded.one":  {VI: "tải lên %d ảnh", EN: "%d photo uploaded"},
		"cli.push.unchanged":     {VI: "%d ảnh không đổi", EN: "%d unchanged"},
		"cli.push.unchanged.one": {VI: "%d ảnh không đổi", EN: "%d unchanged"},
	})
}
