package photo

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"photo.damaged": {
			VI: "Tệp ảnh “%s” bị hỏng nên không đọc được. Hãy mở thử bằng trình xem ảnh; nếu xem được, hãy lưu lại thành JPEG rồi nhập lại, nếu không, hãy chép lại ảnh từ nguồn.",
			EN: "The image file “%s” is damaged and cannot be read. Try opening it in an image viewer; if it shows, save it again as JPEG and import that, otherwise copy the photo again from where it came from."},
	})
}
