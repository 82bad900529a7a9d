package wordpress

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"wordpress.url.invalid": {
			VI: "%q không phải là địa chỉ trang web; hãy nhập dạng https://congthongtin.example.vn.",
			EN: "%q is not a web address; type it as https://portal.example.org."},
		"wordpress.url.http": {
			VI: "Địa chỉ %s dùng http không mã hoá, mật khẩu sẽ bị lộ trên đường truyền; hãy dùng địa chỉ https:// của cổng.",
			EN: "%s uses plain http, which would send the password in the clear; use the portal's https:// address."},
		"wordpress.url.userinfo": {
			VI: "Địa chỉ %s có kèm tên đăng nhập hoặc mật khẩu; hãy bỏ phần đó khỏi địa chỉ: tên đăng nhập cho vào --user, mật khẩu ứng dụng Newsdesk sẽ hỏi và cất vào kho khóa của hệ thống.",
			EN: "The address %s holds a user name or password; take that out of the address: the user goes in --user, and Newsdesk asks for the application password and keeps it in the system keyring."},
		"wordpress.redirect": {
			VI: "Cổng %s chuyển hướng Newsdesk sang một địa chỉ khác (%s); Newsdesk không gửi mật khẩu tới đó và đã dừng. Nếu cổng đã đổi địa chỉ, hãy sửa hồ sơ cổng (portal remove, rồi portal add với địa chỉ mới).",
			EN: "The portal %s redirected Newsdesk to another address (%s); Newsdesk sent no password there and stopped. If the portal has moved, update its profile (portal remove, then portal add with the new address)."},
		"wordpress.redirect.http": {
			VI: "Cổng %s chuyển hướng Newsdesk sang %s, dùng http không mã hoá; Newsdesk không gửi mật khẩu qua kết nối không mã hoá và đã dừng. Hãy báo bộ phận kỹ thuật của cổng.",
			EN: "The portal %s redirected Newsdesk to %s, over plain unencrypted http; Newsdesk does not send the password unencrypted and stopped. Tell the portal's technical staff."},
		"wordpress.overwrote": {
			VI: "Đã ghi đè bản trên cổng (sửa lúc %s) bằng bản của bạn; những chỗ đã sửa trên cổng bị thay: %s. WordPress vẫn giữ bản trên cổng trong Lịch sử phiên bản (Revisions) của bài, có thể khôi phục.",
			EN: "Overwrote the portal's version (changed at %s) with yours; what was changed there is replaced: %s. WordPress keeps the portal's version in the post's Revisions, where it can be restored."},
		"wordpress.overwrote.unknown": {VI: "nội dung bài", EN: "the post's content"},
		"wordpress.textonly.left": {
			VI: "Chỉ gửi phần chữ: %d ảnh không được gửi lên cổng (%s); chú thích, tác giả ảnh và mô tả của chúng vẫn đi kèm bài, và biên tập viên mở bài sẽ thấy các ảnh còn thiếu.",
			EN: "Text only: %d photos were not sent to the portal (%s); their captions, credits and alt text travel with the post, and an editor who opens it sees which photos are missing."},
		"wordpress.photo.nth": {VI: "ảnh thứ %d", EN: "photo %d"},
		"wordpress.open.photosmissing": {
			VI: "Bài được gửi không kèm ảnh: %d ảnh còn thiếu (%s); mỗi ảnh được giữ chỗ bằng một đoạn ghi chú thích và mô tả. Hãy nhờ phóng viên gửi ảnh (gói duyệt, hoặc gửi lại bài kèm ảnh).",
			EN: "The post came without photos: %d are missing (%s); each is held by a paragraph with its caption and alt text. Ask the reporter for the photos (a review bundle, or a push with photos)."},
		"wordpress.open.photo.placeholder": {
			VI: "[Ảnh còn thiếu — chú thích: «%s»; tác giả: «%s»; mô tả: «%s»]",
			EN: "[Photo missing — caption: «%s»; credit: «%s»; alt text: «%s»]"},
		"wordpress.noplugin": {
			VI: "Cổng %s chưa cài phần bổ trợ Newsdesk, nên bài chỉ mang phần bạn đọc thấy: góp ý duyệt và lịch sử ở lại trong thư viện của bạn, và biên tập viên không mở được bài này trong Newsdesk. Hãy nhờ quản trị cổng cài phần bổ trợ (newsdesk portal plugin -o newsdesk.zip).",
			EN: "The portal %s does not have the Newsdesk plugin, so the post carries only what readers see: review comments and history stay in your library, and an editor cannot open this post in Newsdesk. Ask the portal's administrator to install the plugin (newsdesk portal plugin -o newsdesk.zip)."},
		"wordpress.open.noplugin": {
			VI: "Bài này do Newsdesk gửi lên một cổng chưa cài phần bổ trợ Newsdesk, nên không mang bản đầy đủ của bài để mở lại; hãy nhờ quản trị cổng cài phần bổ trợ, rồi phóng viên gửi lại bài.",
			EN: "This post was pushed by Newsdesk to a portal without the Newsdesk plugin, so it carries no full copy of the report to open; ask the portal's administrator to install the plugin, then have the reporter push the report again."},
		"wordpress.certificate": {
			VI: "Chứng chỉ bảo mật của %s không hợp lệ nên Newsdesk không gửi gì; hãy báo bộ phận kỹ thuật của cổng, và kiểm tra ngày giờ trên máy.",
			EN: "The security certificate of %s is not valid, so Newsdesk sent nothing; tell the portal's technical staff, and check this computer's date and time."},
		"wordpress.nohost": {
			VI: "Không tìm thấy máy chủ %s; hãy kiểm tra địa chỉ cổng và kết nối mạng.",
			EN: "The server %s was not found; check the portal's address and the network connection."},
		"wordpress.unavailable": {
			VI: "Không kết nối được tới cổng %s (cổng không trả lời hoặc quá chậm); hãy kiểm tra mạng rồi thử lại sau.",
			EN: "Could not reach the portal %s (it did not answer, or too slowly); check the network and try again later."},
		"wordpress.stalled": {
			VI: "Cổng %s gần như không trả lời (chậm đến mức không xong một yêu cầu trong %d phút), nên Newsdesk dừng lại; hãy thử lại sau hoặc báo bộ phận kỹ thuật của cổng.",
			EN: "The portal %s hardly answers (not one request done in %d minutes), so Newsdesk stopped; try again later or tell the portal's technical staff."},
		"wordpress.servererror": {
			VI: "Cổng %s đang gặp lỗi (mã %d) dù đã thử lại mấy lần; hãy thử lại sau hoặc báo bộ phận kỹ thuật của cổng.",
			EN: "The portal %s is failing (status %d), even after a few tries; try again later or tell the portal's technical staff."},
		"wordpress.unauthorized": {
			VI: "Cổng không chấp nhận tên đăng nhập %q hoặc mật khẩu ứng dụng; hãy kiểm tra lại, hoặc tạo mật khẩu ứng dụng mới trong trang Hồ sơ của bạn trên cổng.",
			EN: "The portal did not accept the user name %q or the application password; check them, or make a new application password on your Profile page on the portal."},
		"wordpress.forbidden": {
			VI: "Tài khoản %q không có quyền làm việc này trên cổng; hãy nhờ biên tập viên hoặc quản trị cổng.",
			EN: "The account %q may not do this on the portal; ask an editor or the portal's administrator."},
		"wordpress.toolarge": {
			VI: "Cổng từ chối tệp vì quá lớn so với giới hạn của cổng; hãy báo quản trị cổng nâng giới hạn tải lên.",
			EN: "The portal refused the file as larger than it accepts; ask the portal's administrator to raise the upload limit."},
		"wordpress.notwordpress": {
			VI: "Địa chỉ %s không giống một cổng WordPress (không có giao diện REST); hãy kiểm tra địa chỉ cổng.",
			EN: "%s does not look like a WordPress portal (no REST API there); check the portal's address."},
		"wordpress.notfound": {
			VI: "Cổng không còn mục này (có thể đã bị xoá).",
			EN: "The portal no longer has this item (it may have been deleted)."},
		"wordpress.refused": {
			VI: "Cổng từ chối yêu cầu: %s",
			EN: "The portal refused the request: %s"},
		"wordpress.status.invalid": {
			VI: "Trạng thái %q không hợp lệ; hãy dùng draft (nháp), pending (chờ duyệt) hoặc publish (đăng).",
			EN: "%q is not a post status; use draft, pending or publish."},
		"wordpress.cannot.post": {
			VI: "Tài khoản %q không được viết bài trên cổng; không có gì được gửi.",
			EN: "The account %q may not write posts on the portal; nothing was sent."},
		"wordpress.cannot.upload": {
			VI: "Tài khoản %q (cộng tác viên) không được tải ảnh lên cổng, mà bài có %d ảnh; không có gì được gửi. Hãy gửi riêng phần chữ để chờ duyệt (newsdesk push … --text-only) và nhờ biên tập viên thêm ảnh.",
			EN: "The account %q (a contributor) may not upload photos, and the report has %d; nothing was sent. Push the text alone for review (newsdesk push … --text-only) and leave the photos to an editor."},
		"wordpress.cannot.publish": {
			VI: "Tài khoản %q không được đăng bài trực tiếp; không có gì được gửi. Hãy gửi ở trạng thái chờ duyệt (--status pending).",
			EN: "The account %q may not publish; nothing was sent. Push it for review instead (--status pending)."},
		"wordpress.post.changed": {
			VI: "Bài trên cổng đã được sửa lúc %s, sau lần gửi trước (có thể biên tập viên đã chỉnh); Newsdesk không ghi đè. Hãy xem bản trên cổng trước; muốn thay bằng bản của bạn thì thêm --overwrite.",
			EN: "The post was changed on the portal at %s, after your last push (an editor's correction, perhaps); Newsdesk did not overwrite it. Look at the portal's version first; to replace it with yours, add --overwrite."},
		"wordpress.category.missing": {
			VI: "Cổng chưa có chuyên mục %q và tài khoản không được tạo chuyên mục: bài được gửi không có chuyên mục; hãy nhờ biên tập viên xếp chuyên mục.",
			EN: "The portal has no category %q and the account may not create one: the post went without a category; ask an editor to file it."},
		"wordpress.tag.skipped": {
			VI: "Không gắn được thẻ %q trên cổng; bài được gửi không có thẻ này.",
			EN: "Could not add the tag %q on the portal; the post went without it."},
		"wordpress.photo.refused": {
			VI: "Ảnh %s: %s",
			EN: "Photo %s: %s"},
		"wordpress.open.notnewsdesk": {
			VI: "Bài này trên cổng không do Newsdesk gửi lên (hoặc do một bản Newsdesk cũ, chưa gửi kèm nội dung bài), nên không mở được thành bài trong thư viện; hãy xem và sửa nó trên cổng.",
			EN: "This post was not pushed by Newsdesk (or by an older Newsdesk that did not send the report with it), so it cannot be opened as a report; look at it and edit it on the portal."},
		"wordpress.open.damaged": {
			VI: "Nội dung bài do Newsdesk gửi kèm trong bài trên cổng đã bị hỏng (có thể do bài bị sửa ở chế độ mã HTML), nên không mở được thành bài; hãy nhờ phóng viên gửi lại bài lên cổng.",
			EN: "The report Newsdesk sent inside the post is damaged (the post's HTML may have been edited by hand), so it cannot be opened; ask the reporter to push the report again."},
		"wordpress.open.newer": {
			VI: "Bài được gửi từ một bản Newsdesk mới hơn (dạng dữ liệu %d); hãy cập nhật Newsdesk rồi mở lại.",
			EN: "The post was pushed by a newer Newsdesk (data format %d); update Newsdesk, then open it again."},
		"wordpress.open.photo": {
			VI: "Không tải được ảnh %s từ cổng: %s",
			EN: "Could not download the photo %s from the portal: %s"},
		"wordpress.open.photo.damaged": {
			VI: "Ảnh %s tải từ cổng không đúng với ảnh đã gửi (tệp trên cổng đã bị thay hoặc hỏng); bài chưa được mở. Hãy nhờ phóng viên gửi lại bài.",
			EN: "The photo %s downloaded from the portal is not the one pushed (the file on the portal was replaced or is damaged); the report was not opened. Ask the reporter to push it again."},
		"wordpress.open.edited": {
			VI: "Bài đã được sửa trên cổng sau khi phóng viên gửi; Newsdesk đã đưa các chỗ sửa trên cổng vào bài: %s.",
			EN: "The post was changed on the portal after the reporter pushed it; those edits were taken into the report: %s."},
		"wordpress.open.unmapped": {
			VI: "Có chỗ sửa trên cổng không đưa được vào bài, hãy xem lại trên cổng: %s.",
			EN: "Some edits on the portal could not be taken into the report; look at them on the portal: %s."},
		"wordpress.open.part.headline": {VI: "tiêu đề", EN: "the headline"},
		"wordpress.open.part.lead":     {VI: "sapo", EN: "the lead"},
		"wordpress.open.part.byline":   {VI: "tác giả", EN: "the byline"},
		"wordpress.open.part.paragraph": {
			VI: "đoạn %d (“%s”)",
			EN: "paragraph %d (“%s”)"},
		"wordpress.open.part.caption": {
			VI: "chú thích ảnh %d",
			EN: "the caption of photo %d"},
		"wordpress.open.part.awards": {
			VI: "danh sách khen thưởng %d (sửa trong Newsdesk)",
			EN: "award list %d (edit it in Newsdesk)"},
		"wordpress.open.part.removed": {
			VI: "khối %d bị xoá trên cổng nhưng vẫn giữ trong bài (“%s”)",
			EN: "block %d, removed on the portal but kept in the report (“%s”)"},
		"wordpress.open.part.added": {
			VI: "nội dung mới thêm trên cổng (“%s”)",
			EN: "text added on the portal (“%s”)"},
		"wordpress.open.part.new": {
			VI: "đoạn mới (“%s”)",
			EN: "a new paragraph (“%s”)"},
	})
}
