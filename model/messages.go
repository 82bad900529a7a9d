package model

import "newsdesk/msg"

func msgT(key string, args ...any) string { return msg.T(key, args...) }

func msgStatus(s Status) string { return msg.T("model.status." + string(s)) }

func init() {
	msg.Register(map[string]msg.Text{
		"model.internal": {
			VI: "Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu lỗi lặp lại, hãy báo cho bộ phận kỹ thuật.",
			EN: "Something unexpected went wrong. Please try again; if it happens again, tell technical support."},
		"model.status.unknown": {
			VI: "Trạng thái %q không hợp lệ; hãy dùng một trong: draft, review, changes, approved, published.",
			EN: "%q is not a status; use one of: draft, review, changes, approved, published."},
		"model.status.draft":     {VI: "Bản nháp", EN: "Draft"},
		"model.status.review":    {VI: "Chờ duyệt", EN: "In review"},
		"model.status.changes":   {VI: "Cần sửa", EN: "Changes requested"},
		"model.status.approved":  {VI: "Đã duyệt", EN: "Approved"},
		"model.status.published": {VI: "Đã đăng", EN: "Published"},
		"model.headline.required": {
			VI: "Bài viết cần có tiêu đề.",
			EN: "The report needs a headline."},
		"model.date.invalid": {
			VI: "Ngày %q không hợp lệ; hãy viết theo dạng 2026-01-08 hoặc 8/1/2026.",
			EN: "%q is not a date; write it as 2026-01-08 or 8/1/2026."},
		"model.partofday.invalid": {
			VI: "Buổi %q không hợp lệ; hãy chọn sáng, chiều hoặc tối.",
			EN: "%q is not a part of the day; choose morning, afternoon or evening."},
		"model.block.problem": {
			VI: "Khối %d: %s",
			EN: "Block %d: %s"},
		"model.block.kind": {
			VI: "loại khối %q không được hỗ trợ.",
			EN: "block kind %q is not supported."},
		"model.photo.missing": {
			VI: "khối ảnh chưa có ảnh.",
			EN: "the photo block has no photo."},
		"model.awards.missing": {
			VI: "khối danh sách khen thưởng trống.",
			EN: "the award-list block is empty."},
		"model.recipient.kind": {
			VI: "Người/đơn vị nhận thứ %d chưa ghi rõ là tập thể hay cá nhân.",
			EN: "Recipient %d is neither a collective nor an individual."},
		"model.recipient.name": {
			VI: "Người/đơn vị nhận thứ %d chưa có tên.",
			EN: "Recipient %d has no name."},
		"model.setting.language":          {VI: "ngôn ngữ giao diện: vi hoặc en", EN: "interface language: vi or en"},
		"model.setting.reporter":          {VI: "tên phóng viên, dùng cho dòng tác giả", EN: "the reporter's name, for the byline"},
		"model.setting.source_tag":        {VI: "nguồn tin mặc định mở đầu sapo, ví dụ (Cổng TTĐT) -", EN: "default source tag opening the lead, e.g. (City portal) -"},
		"model.setting.agency.name":       {VI: "tên cơ quan, in ở đầu trang và trang bìa bản tin", EN: "agency name, printed in the masthead and on bulletin covers"},
		"model.setting.agency.managing":   {VI: "cơ quan chủ quản, in ở chân trang", EN: "managing agency, printed in the footer"},
		"model.setting.agency.editor":     {VI: "tổng biên tập / người chịu trách nhiệm, in ở chân trang", EN: "editor-in-chief, printed in the footer"},
		"model.setting.agency.address":    {VI: "địa chỉ cơ quan, in ở chân trang", EN: "agency address, printed in the footer"},
		"model.setting.agency.phones":     {VI: "số điện thoại, in ở chân trang", EN: "phone numbers, printed in the footer"},
		"model.setting.agency.email":      {VI: "thư điện tử, in ở chân trang", EN: "e-mail, printed in the footer"},
		"model.setting.print.dpi":         {VI: "độ phân giải ảnh khi in PDF: 200 (mặc định) hoặc 300", EN: "photo resolution in PDFs: 200 (default) or 300"},
		"model.setting.typing":            {VI: "kiểu gõ tiếng Việt trong cửa sổ: telex, vni hoặc off", EN: "Vietnamese typing in the window: telex, vni or off"},
		"model.setting.typing.invalid":    {VI: "Kiểu gõ %q không được hỗ trợ; hãy dùng telex, vni hoặc off.", EN: "Typing method %q is not supported; use telex, vni or off."},
		"model.setting.language.invalid":  {VI: "Ngôn ngữ %q không được hỗ trợ; hãy dùng vi hoặc en.", EN: "Language %q is not supported; use vi or en."},
		"model.setting.print.dpi.invalid": {VI: "Độ phân giải %q không hợp lệ; hãy dùng 200 hoặc 300.", EN: "%q is not a print resolution; use 200 or 300."},
	})
}
