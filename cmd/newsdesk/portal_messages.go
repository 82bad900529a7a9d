package main

import "newsdesk/msg"

// The help and messages of the portal and push commands.
func init() {
	msg.Register(map[string]msg.Text{
		"cli.help.portal": {
			VI: "newsdesk portal add TÊN --url ĐỊA_CHỈ --user TÊN_ĐĂNG_NHẬP | list | remove TÊN | pending --portal TÊN | open MÃ_BÀI_CỔNG --portal TÊN | plugin -o TỆP.zip   cổng thông tin\n\n" +
				"add: thêm một cổng WordPress: kiểm tra tên đăng nhập và mật khẩu ứng dụng với cổng, rồi cho biết tài khoản được làm gì (viết bài, tải ảnh, đăng bài, tạo chuyên mục). Mật khẩu ứng dụng (tạo trong trang Hồ sơ trên cổng) được cất trong kho khoá của hệ điều hành, không bao giờ trong thư viện; lấy từ biến môi trường NEWSDESK_PORTAL_PASSWORD, hoặc hỏi khi chạy trên cửa sổ dòng lệnh. Địa chỉ phải là https:// (http chỉ được dùng cho máy này).\n" +
				"list: liệt kê các cổng (tên, địa chỉ, tên đăng nhập). remove: xoá hồ sơ và mật khẩu đã cất.\n" +
				"plugin -o TỆP.zip: ghi phần bổ trợ Newsdesk cho WordPress, để quản trị cổng cài: nó giữ bản đầy đủ của bài (góp ý duyệt, lịch sử) ở nơi chỉ người được sửa bài đọc được, không bao giờ ở phía bạn đọc.\n" +
				"pending: các bài đang chờ duyệt trên cổng do Newsdesk gửi lên, mỗi bài một dòng: mã bài trên cổng, người gửi, tiêu đề (tài khoản biên tập viên thấy bài của mọi người).\n" +
				"open: mở một bài chờ duyệt thành bài trong thư viện, đầy đủ như phóng viên đã gửi (các khối, ảnh kèm chú thích, tác giả ảnh, mô tả, danh sách khen thưởng, sự kiện, người chủ trì và khách mời, tác giả, thẻ, chuyên mục, sapo, trạng thái, nhận xét); chỉ tải những ảnh thư viện chưa có; in mã bài trong thư viện. Chỗ nào đã được sửa trên cổng sau khi gửi thì được đưa vào bài, kèm cảnh báo. Đăng bài từ thư viện này sau đó (newsdesk push MÃ --portal TÊN --status publish) cập nhật đúng bài đó, không tải lại ảnh.",
			EN: "newsdesk portal add NAME --url URL --user USER | list | remove NAME | pending --portal NAME | open POSTID --portal NAME | plugin -o FILE.zip   portal profiles\n\n" +
				"add: adds a WordPress portal: checks the user name and application password against the site and says what the account may do (write posts, upload photos, publish, create categories). The application password (made on your Profile page on the portal) is kept in the operating system's keyring, never in the library; it is read from NEWSDESK_PORTAL_PASSWORD, or asked for on a terminal. The address must be https:// (http only for this computer).\n" +
				"list: the portals (name, address, user). remove: removes the profile and its stored password.\n" +
				"plugin -o FILE.zip: writes the Newsdesk plugin for WordPress, for the portal's administrator to install: it keeps the report's full copy (review comments, history) where only those who may edit the post can read it, never on the readers' side.\n" +
				"pending: the posts pending review on the portal that Newsdesk pushed, one a line: the post's ID on the portal, who pushed it, the headline (an editor's account sees everyone's).\n" +
				"open: brings a pending post into the library as a report, whole as the reporter pushed it (blocks, photos with caption, credit and alt text, award lists, the event, chair and guests, byline, tags, section, lead, status, comments); downloads only the photos the library lacks; prints the report's ID in the library. What was edited on the portal since the push is taken into the report, with a warning. Publishing from this library afterwards (newsdesk push ID --portal NAME --status publish) updates that very post and uploads no photo again."},
		"cli.help.push": {
			VI: "newsdesk push MÃ --portal TÊN [--status draft|pending|publish [--unapproved]] [--text-only] [--overwrite] [--queue] | push --queued   đưa bài lên cổng\n\n" +
				"Tải ảnh (bản in, kèm chú thích, tác giả ảnh, mô tả) rồi tạo bài trên cổng: tiêu đề, sapo làm tóm tắt, thân bài dạng khối (đoạn văn, ảnh có chú thích, bảng khen thưởng, tác giả), thẻ, ảnh đầu làm ảnh đại diện, chuyên mục trùng tên. --status pending: chờ duyệt (bài nháp chuyển sang Chờ duyệt); publish: đăng ngay (bài chuyển sang Đã đăng); draft: nháp. Không có --status: bài đã có trên cổng giữ nguyên trạng thái (bài đã đăng vẫn đăng và được cập nhật), bài mới ở trạng thái chờ duyệt.\n" +
				"Gửi lại thì cập nhật đúng bài cũ và chỉ tải những ảnh đã đổi. Nếu bài trên cổng đã bị sửa sau lần gửi trước, lệnh dừng lại, trừ khi có --overwrite. Lần gửi bị gián đoạn được tiếp tục mà không tạo bản trùng.\n" +
				"Chỉ bài đã duyệt mới được đăng (publish); --unapproved: vẫn đăng bài chưa duyệt.\n" +
				"--text-only: chỉ gửi phần chữ (cho tài khoản cộng tác viên, không được tải ảnh). --queue: nếu không kết nối được cổng thì xếp vào hàng chờ; --queued: gửi những bài đang chờ.",
			EN: "newsdesk push ID --portal NAME [--status draft|pending|publish [--unapproved]] [--text-only] [--overwrite] [--queue] | push --queued   the report to the portal\n\n" +
				"Uploads the photos (print copies, with caption, credit and alt text), then makes the post: headline, the lead as excerpt, the body as blocks (paragraphs, captioned images, the award table, the byline), tags, the first photo as featured image, the category of the section's name. --status pending: for review (a draft report moves to In review); publish: at once (the report becomes Published); draft: a draft. Without --status, a post already on the portal keeps its status (a published article stays published and is updated), and a new post is pending.\n" +
				"Pushing again updates the same post and uploads only the photos that changed. If the post was changed on the portal since the last push, the command stops unless --overwrite. An interrupted push resumes without duplicates.\n" +
				"Only an approved report is published; --unapproved publishes one that is not.\n" +
				"--text-only: the text alone (for a contributor account, which may not upload photos). --queue: when the portal cannot be reached, wait in the queue; --queued: send what waits."},
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
