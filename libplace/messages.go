package libplace

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"libplace.home.unknown": {
			VI: "Không tìm được thư mục người dùng để đặt thư viện; hãy chỉ rõ tệp bằng --db TỆP hoặc biến NEWSDESK_DB.",
			EN: "Could not find your home folder for the library; name the file with --db FILE or NEWSDESK_DB."},
	})
}
