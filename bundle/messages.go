package bundle

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"bundle.notzip": {
			VI: "Tệp này không phải là gói bài viết của Newsdesk (không đọc được như một tệp nén zip). Hãy chọn đúng tệp .zip đã xuất từ Newsdesk; nếu tệp được gửi qua thư điện tử, hãy tải lại tệp đính kèm.",
			EN: "This file is not a Newsdesk report bundle (it cannot be read as a zip file). Choose the .zip file exported from Newsdesk; if it came by e-mail, download the attachment again."},
		"bundle.entry.toomany": {
			VI: "Gói chứa %d tệp, vượt giới hạn %d tệp, nên không được nhập. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The bundle holds %d files, more than the limit of %d, so it was not imported. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.entry.path": {
			VI: "Gói chứa tệp có đường dẫn không an toàn (%q), có thể ghi ra ngoài thư mục của gói, nên không được nhập. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The bundle holds a file with an unsafe path (%q) that could land outside the bundle, so it was not imported. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.entry.duplicate": {
			VI: "Gói chứa hai tệp cùng tên %q nên không biết dùng tệp nào. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The bundle holds two files named %q, so it is unclear which to use. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.entry.toolarge": {
			VI: "Tệp %q trong gói lớn hơn giới hạn %d MB nên gói không được nhập. Hãy xin người gửi xuất lại gói với ảnh cỡ in.",
			EN: "The file %q in the bundle is larger than the %d MB limit, so the bundle was not imported. Ask the sender to export it again with print-size photos."},
		"bundle.entry.damaged": {
			VI: "Tệp %q trong gói bị hỏng và không đọc được. Hãy chép lại gói hoặc xin người gửi xuất lại gói.",
			EN: "The file %q in the bundle is damaged and cannot be read. Copy the bundle again or ask the sender to export it again."},
		"bundle.manifest.missing": {
			VI: "Gói thiếu tệp newsdesk.json, nơi ghi nội dung bài viết, nên không nhập được. Hãy chọn đúng gói đã xuất từ Newsdesk hoặc xin người gửi xuất lại.",
			EN: "The bundle has no newsdesk.json, which holds the report, so it cannot be imported. Choose a bundle exported from Newsdesk or ask the sender to export it again."},
		"bundle.manifest.json": {
			VI: "Tệp newsdesk.json trong gói bị hỏng (không phải JSON hợp lệ) nên không nhập được. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The newsdesk.json in the bundle is damaged (not valid JSON), so it cannot be imported. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.review.json": {
			VI: "Tệp review.json (lịch sử và góp ý) trong gói bị hỏng nên gói không được nhập. Hãy xin người gửi xuất lại gói duyệt từ Newsdesk.",
			EN: "The review.json (history and comments) in the bundle is damaged, so the bundle was not imported. Ask the sender to export the review bundle again from Newsdesk."},
		"bundle.review.revision": {
			VI: "Phiên bản thứ %d trong lịch sử của gói không hợp lệ nên gói không được nhập. Hãy xin người gửi xuất lại gói duyệt từ Newsdesk.",
			EN: "Revision %d of the bundle's history is not valid, so the bundle was not imported. Ask the sender to export the review bundle again from Newsdesk."},
		"bundle.review.comment": {
			VI: "Góp ý thứ %d trong gói không hợp lệ nên gói không được nhập. Hãy xin người gửi xuất lại gói duyệt từ Newsdesk.",
			EN: "Comment %d in the bundle is not valid, so the bundle was not imported. Ask the sender to export the review bundle again from Newsdesk."},
		"bundle.review.comment.cycle": {
			VI: "Góp ý thứ %d trong gói trả lời vòng tròn (chuỗi trả lời quay lại chính nó), không hiển thị được, nên gói không được nhập. Hãy xin người gửi xuất lại gói duyệt từ Newsdesk.",
			EN: "Comment %d in the bundle replies in a circle (its chain of replies leads back to itself) and could never be shown, so the bundle was not imported. Ask the sender to export the review bundle again from Newsdesk."},
		"bundle.manifest.field": {
			VI: "Tệp newsdesk.json trong gói có giá trị không hợp lệ ở mục %s nên không nhập được. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The newsdesk.json in the bundle has an invalid value in %s, so it cannot be imported. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.version.newer": {
			VI: "Gói này được tạo bằng phiên bản Newsdesk mới hơn (định dạng %d, phiên bản đang dùng chỉ đọc được đến định dạng %d). Hãy cập nhật Newsdesk rồi nhập lại.",
			EN: "This bundle was made by a newer Newsdesk (format %d; this version reads up to format %d). Update Newsdesk, then import it again."},
		"bundle.uuid.invalid": {
			VI: "Mã định danh %q trong gói không hợp lệ nên không nhập được. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The identifier %q in the bundle is not valid, so it cannot be imported. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.report.invalid": {
			VI: "Bài viết trong gói chưa hợp lệ nên không được nhập: %s Hãy nhờ người gửi sửa bài rồi xuất lại gói.",
			EN: "The report in the bundle is not valid, so it was not imported: %s Ask the sender to fix it and export the bundle again."},
		"bundle.photo.missing": {
			VI: "Gói ghi có ảnh %q nhưng thiếu tệp ảnh đó. Hãy xin người gửi xuất lại gói kèm đủ ảnh.",
			EN: "The bundle lists the photo %q but the file is missing. Ask the sender to export the bundle again with all its photos."},
		"bundle.photo.duplicate": {
			VI: "Gói ghi ảnh %s hai lần nên không biết dùng tệp nào. Hãy xin người gửi xuất lại gói từ Newsdesk.",
			EN: "The bundle lists the photo %s twice, so it is unclear which file to use. Ask the sender to export the bundle again from Newsdesk."},
		"bundle.photo.checksum": {
			VI: "Ảnh %q trong gói không khớp mã kiểm tra: tệp đã bị thay đổi hoặc hỏng khi sao chép. Hãy chép lại gói hoặc xin người gửi xuất lại gói.",
			EN: "The photo %q in the bundle does not match its checksum: the file was changed or damaged in copying. Copy the bundle again or ask the sender to export it again."},
		"bundle.block.photo": {
			VI: "Khối %d của bài dùng ảnh %s nhưng gói không có ảnh này. Hãy xin người gửi xuất lại gói kèm đủ ảnh.",
			EN: "Block %d of the report uses the photo %s, which the bundle lacks. Ask the sender to export the bundle again with all its photos."},
		"bundle.photo.nouuid": {
			VI: "Ảnh thứ %d của bài chưa có mã định danh nên chưa xuất được gói. Hãy chọn lại ảnh đó trong bài rồi xuất lại.",
			EN: "Photo %d of the report has no identifier, so the bundle cannot be made. Choose that photo again in the report, then export again."},
	})
}
