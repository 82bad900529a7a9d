package photo

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"photo.unnamed": {VI: "(không tên)", EN: "(unnamed)"},
		"photo.empty": {
			VI: "Tệp “%s” trống (0 byte), bên trong không có ảnh. Hãy chép lại ảnh từ máy ảnh hoặc điện thoại rồi nhập lại.",
			EN: "The file “%s” is empty (0 bytes): there is no picture in it. Copy the photo again from the camera or phone and import it again."},
		"photo.notimage": {
			VI: "Tệp “%s” không phải là ảnh (JPEG, PNG, WebP hoặc GIF). Hãy chọn đúng tệp ảnh; nếu ảnh mở được bằng một chương trình khác, hãy lưu lại dưới dạng JPEG rồi nhập lại.",
			EN: "The file “%s” is not an image (JPEG, PNG, WebP or GIF). Choose the photo file itself; if another program opens it, save it from there as JPEG and import that."},
		"photo.video": {
			VI: "Tệp “%s” là một đoạn phim, không phải ảnh. Hãy chọn tệp ảnh (JPEG, PNG hoặc WebP); nếu cần một khung hình, hãy chụp màn hình khung hình đó rồi nhập ảnh.",
			EN: "The file “%s” is a video, not a photo. Choose a photo file (JPEG, PNG or WebP); if you need a frame of the video, take a screenshot of it and import that."},
		"photo.heic": {
			VI: "Ảnh “%s” ở định dạng HEIC/HEIF của điện thoại, Newsdesk chưa đọc được định dạng này. Hãy gửi hoặc xuất ảnh dưới dạng JPEG rồi nhập lại. Để iPhone chụp sẵn JPEG: Cài đặt > Camera > Định dạng > Tương thích nhất.",
			EN: "The photo “%s” is in the HEIC/HEIF format phones use, which Newsdesk cannot read yet. Share or export it as JPEG and import that. To make an iPhone take JPEGs: Settings > Camera > Formats > Most Compatible."},
		"photo.raw": {
			VI: "Tệp “%s” là ảnh RAW của máy ảnh (%s), chưa phải ảnh hoàn chỉnh. Hãy xuất ảnh sang JPEG bằng phần mềm xử lý ảnh hoặc của máy ảnh (hoặc cài đặt máy ảnh để chụp kèm JPEG) rồi nhập tệp JPEG.",
			EN: "The file “%s” is a camera RAW file (%s), not a finished photo. Export it as JPEG with your photo software or the camera's own (or set the camera to also save JPEGs) and import the JPEG."},
		"photo.unsupported": {
			VI: "Tệp “%s” ở định dạng %s, Newsdesk chưa đọc được định dạng này. Hãy mở tệp bằng chương trình đã tạo ra nó hoặc một trình xem ảnh, lưu lại dưới dạng JPEG hoặc PNG rồi nhập lại.",
			EN: "The file “%s” is in the %s format, which Newsdesk cannot read. Open it in the program that made it or an image viewer, save it as JPEG or PNG and import that."},
		"photo.variant": {
			VI: "Ảnh “%s” dùng một kiểu mã hoá %s ít gặp mà Newsdesk chưa đọc được. Hãy mở ảnh bằng trình xem ảnh, lưu lại dưới dạng JPEG thông thường rồi nhập lại.",
			EN: "The photo “%s” uses an uncommon kind of %s encoding that Newsdesk cannot read. Open it in an image viewer, save it as an ordinary JPEG and import that."},
		"photo.toolarge": {
			VI: "Ảnh “%s” quá lớn: %d × %d điểm ảnh (%.0f megapixel), vượt giới hạn %d megapixel. Hãy thu nhỏ ảnh bằng trình sửa ảnh rồi nhập lại.",
			EN: "The photo “%s” is too large: %d × %d pixels (%.0f megapixels), over the limit of %d megapixels. Make it smaller in an image editor and import it again."},
		"photo.toodeep": {
			VI: "Ảnh “%s” (%d × %d điểm ảnh) cần %d MB bộ nhớ để mở, vượt giới hạn %d MB (thường do ảnh 16 bit mỗi kênh màu). Hãy lưu lại thành JPEG hoặc PNG 8 bit, hoặc thu nhỏ, rồi nhập lại.",
			EN: "The photo “%s” (%d × %d pixels) needs %d MB of memory to open, over the limit of %d MB (usually a picture of 16 bits per channel). Save it again as a JPEG or an 8-bit PNG, or make it smaller, and import it again."},
		"photo.truncated": {
			VI: "Tệp ảnh “%s” bị thiếu phần cuối, có thể do chép hoặc tải về chưa xong. Hãy chép lại ảnh từ máy ảnh, điện thoại hoặc thư điện tử rồi nhập lại.",
			EN: "The image file “%s” is cut short, probably by an unfinished copy or download. Copy the photo again from the camera, phone or e-mail and import it again."},
		"photo.damaged": {
			VI: "Tệp ảnh “%s” bị hỏng nên không đọc được. Hãy mở thử bằng trình xem ảnh; nếu xem được, hãy lưu lại thành JPEG rồi nhập lại, nếu không, hãy chép lại ảnh từ nguồn.",
			EN: "The image file “%s” is damaged and cannot be read. Try opening it in an image viewer; if it shows, save it again as JPEG and import that, otherwise copy the photo again from where it came from."},
	})
}
