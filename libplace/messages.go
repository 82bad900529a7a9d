package libplace

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"libplace.home.unknown": {
			VI: "Không tìm được thư mục người dùng để đặt thư viện; hãy chỉ rõ tệp bằng --db TỆP hoặc biến NEWSDESK_DB.",
			EN: "Could not find your home folder for the library; name the file with --db FILE or NEWSDESK_DB."},
		"libplace.moved": {
			VI: "Thư viện đã được chuyển sang “%s” (thư mục Local AppData, không theo hồ sơ chuyển vùng mỗi lần đăng nhập); chỗ cũ “%s” không còn dùng nữa.",
			EN: "The library has moved to “%s” (the Local AppData folder, which a roaming profile does not carry at every logon); the old place “%s” is no longer used."},
		"libplace.notmoved": {
			VI: "Chưa chuyển được thư viện “%s” sang “%s” (có thể Newsdesk khác đang mở nó); lần này vẫn dùng thư viện ở chỗ cũ, không mất gì, và lần mở sau sẽ thử lại.",
			EN: "The library “%s” could not be moved to “%s” yet (another Newsdesk may have it open); it is used where it is this time, nothing is lost, and the next start tries again."},
		"libplace.stays": {
			VI: "Một thư viện cũ vẫn nằm ở “%s” và không được chuyển, vì đã có thư viện ở “%s” (Newsdesk dùng thư viện này). Hãy xem thư viện cũ bằng newsdesk --db TỆP list, rồi xoá nó khi không cần nữa.",
			EN: "An older library remains at “%s” and was not moved, because there is a library at “%s” already (the one Newsdesk uses). Look at the older one with newsdesk --db FILE list, then delete it when it is no longer needed."},
	})
}
