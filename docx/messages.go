package docx

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"docx.canceled": {VI: "Đã hủy việc tạo tệp Word.", EN: "Making the Word file was canceled."},
		"docx.photo.missing": {
			VI: "Thư viện không còn ảnh “%s” của bài; hãy thêm lại ảnh hoặc xóa khối ảnh đó rồi xuất lại.",
			EN: "The library no longer has the photo “%s”; add it again or remove that photo block, then export again."},
		"docx.photo.damaged": {
			VI: "Bản in của ảnh “%s” trong thư viện bị hỏng; hãy thêm lại ảnh từ tệp gốc rồi xuất lại.",
			EN: "The print copy of the photo “%s” in the library is damaged; add the photo again from its file, then export again."},
		"docx.note.no_headline": {
			VI: "Không nhận ra tiêu đề bài (kiểu Title hoặc Heading 1, hay dòng in đậm ngắn ở đầu văn bản); hãy điền tiêu đề.",
			EN: "No headline was recognised (Title or Heading 1 style, or a short bold line at the top); fill in the headline."},
		"docx.note.above_headline": {
			VI: "%d đoạn nằm trên tiêu đề được giữ lại ở đầu thân bài.",
			EN: "%d paragraphs above the headline were kept at the top of the body."},
		"docx.note.above_headline.one": {
			VI: "%d đoạn nằm trên tiêu đề được giữ lại ở đầu thân bài.",
			EN: "%d paragraph above the headline was kept at the top of the body."},
		"docx.note.footnotes.one": {
			VI: "Văn bản có %d chú thích cuối trang; nội dung chú thích này không được nhập.",
			EN: "The document has %d footnote; its text was not imported."},
		"docx.note.comments.one": {
			VI: "Văn bản có %d nhận xét (comment) của người duyệt; nhận xét này không được nhập.",
			EN: "The document has %d reviewer comment; it was not imported."},
		"docx.note.table": {
			VI: "Bảng thứ %d không phải danh sách khen thưởng nên được giữ lại dưới dạng đoạn văn, mỗi dòng một đoạn.",
			EN: "Table %d is not an award list, so it was kept as paragraphs, one for each row."},
		"docx.note.award_table": {
			VI: "Bảng thứ %d trông như danh sách khen thưởng nhưng chưa đọc được nên được giữ lại dưới dạng đoạn văn: %s",
			EN: "Table %d looks like an award list but could not be read, so it was kept as paragraphs: %s"},
		"docx.note.footnotes": {
			VI: "Văn bản có %d chú thích cuối trang; nội dung các chú thích này không được nhập.",
			EN: "The document has %d footnotes; their text was not imported."},
		"docx.note.comments": {
			VI: "Văn bản có %d nhận xét (comment) của người duyệt; các nhận xét này không được nhập.",
			EN: "The document has %d reviewer comments; they were not imported."},
		"docx.note.linked_picture": {
			VI: "Ảnh %q chỉ được liên kết tới tệp bên ngoài, không nằm trong văn bản, nên không nhập được; hãy thêm ảnh vào bài.",
			EN: "The picture %q is only linked to a file outside the document, so it could not come in; add the photo to the report."},
		"docx.note.missing_picture": {
			VI: "Ảnh %q không có trong tệp Word nên không nhập được.",
			EN: "The picture %q is missing from the Word file, so it could not come in."},
		"docx.note.picture_format": {
			VI: "Một hình ở định dạng %s (hình vẽ, biểu tượng) không phải ảnh chụp nên không được nhập.",
			EN: "A picture in %s format (a drawing or logo) is not a photo, so it was not imported."},
		"docx.note.picture_size": {
			VI: "Ảnh %q lớn hơn %d MB nên không được nhập.",
			EN: "The picture %q is larger than %d MB, so it was not imported."},
	})
}
