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
		"model.setting.language":           {VI: "ngôn ngữ giao diện: vi hoặc en", EN: "interface language: vi or en"},
		"model.setting.reporter":           {VI: "tên của bạn, ghi vào dòng tác giả, các phiên bản và góp ý", EN: "your name, for the byline, revisions and comments"},
		"model.setting.role":               {VI: "vai trò: reporter (phóng viên), editor (biên tập viên) hoặc clerk (văn thư); chọn màn hình khi mở", EN: "role: reporter, editor or clerk; picks the start view"},
		"model.step.note":                  {VI: "Hãy ghi rõ cần sửa gì để phóng viên biết phải làm gì.", EN: "Say what needs changing, so the reporter knows what to do."},
		"model.step.notnow":                {VI: "Bài đang ở trạng thái “%s”, không thể %s lúc này.", EN: "The report is “%s”, so it cannot be %s now."},
		"model.step.role":                  {VI: "Với vai trò “%s”, bạn không thể %s bài: người viết gửi duyệt, biên tập viên duyệt hoặc yêu cầu sửa. Vai trò đổi được trong Thiết lập (Ctrl+,) hoặc bằng lệnh newsdesk settings set user.role.", EN: "As “%s” you cannot have a report %s: a reporter submits, an editor approves or sends back for changes. The role is in Settings (Ctrl+,), or newsdesk settings set user.role."},
		"model.step.verb.review":           {VI: "gửi duyệt", EN: "submitted"},
		"model.step.verb.approved":         {VI: "duyệt", EN: "approved"},
		"model.step.verb.changes":          {VI: "yêu cầu sửa", EN: "sent back for changes"},
		"model.step.verb.published":        {VI: "đánh dấu đã đăng", EN: "published"},
		"model.step.verb.draft":            {VI: "đưa về bản nháp", EN: "made a draft again"},
		"model.setting.unapproved":         {VI: "đăng bài chưa duyệt: ask (hỏi lại) hoặc refuse (không cho)", EN: "publishing a report not approved: ask (confirm) or refuse"},
		"model.setting.unapproved.invalid": {VI: "Giá trị %q không hợp lệ; hãy dùng ask hoặc refuse.", EN: "%q is not valid; use ask or refuse."},
		"model.role.unknown": {
			VI: "Vai trò %q không hợp lệ; hãy dùng một trong: reporter, editor, clerk.",
			EN: "%q is not a role; use one of: reporter, editor, clerk."},
		"model.role.reporter": {VI: "Phóng viên", EN: "Reporter"},
		"model.role.editor":   {VI: "Biên tập viên", EN: "Editor"},
		"model.role.clerk":    {VI: "Văn thư", EN: "Clerk"},
		"model.comment.empty": {VI: "Góp ý chưa có nội dung.", EN: "The comment is empty."},
		"model.comment.row":   {VI: "Dòng %d không hợp lệ.", EN: "Row %d is not valid."},
		"model.comment.uuid": {
			VI: "Góp ý mang mã định danh không hợp lệ nên không được nhận. Hãy xin người gửi gửi lại từ Newsdesk.",
			EN: "A comment carries an identifier that is not valid, so it was not taken in. Ask the sender to send it again from Newsdesk."},
		"model.report.blocks":                 {VI: "Bài có %d khối, vượt giới hạn %d khối của một bài viết; tệp này không phải một bài bình thường.", EN: "The report has %d blocks, over the limit of %d for a report; this is not an ordinary report."},
		"model.report.recipients":             {VI: "Một danh sách khen thưởng có %d tên, vượt giới hạn %d tên; hãy tách thành nhiều danh sách.", EN: "An award list has %d names, over the limit of %d; split it into several lists."},
		"model.report.text":                   {VI: "Bài dài hơn %d ký tự, vượt giới hạn của một bài viết; hãy tách thành nhiều bài.", EN: "The report is longer than %d characters, over the limit for a report; split it into several reports."},
		"model.reason.created":                {VI: "Tạo bài", EN: "Created"},
		"model.reason.save":                   {VI: "Lưu", EN: "Saved"},
		"model.reason.editing":                {VI: "Đang soạn", EN: "While editing"},
		"model.reason.status":                 {VI: "Đổi trạng thái", EN: "Status changed"},
		"model.reason.import":                 {VI: "Trước khi nhận bản mới (gói hoặc cổng)", EN: "Before a new version came in (bundle or portal)"},
		"model.reason.received":               {VI: "Nhận về (gói hoặc cổng)", EN: "Came in (bundle or portal)"},
		"model.reason.pull":                   {VI: "Trước khi lấy từ cổng", EN: "Before the portal's copy came in"},
		"model.reason.restored":               {VI: "Trước khi khôi phục", EN: "Before a restore"},
		"model.reason.merged":                 {VI: "Trước khi hợp nhất", EN: "Before a merge"},
		"model.reason.handoff":                {VI: "Gửi đi (gói hoặc cổng)", EN: "Sent (bundle or portal)"},
		"model.reason.received_bundle":        {VI: "Nhận từ gói bài", EN: "Came in from a bundle"},
		"model.reason.opened":                 {VI: "Mở từ cổng", EN: "Opened from the portal"},
		"model.reason.sample":                 {VI: "Bài mẫu có sẵn", EN: "Sample report"},
		"model.reason.word":                   {VI: "Nhập từ tài liệu Word", EN: "Made from a Word document"},
		"model.reason.import_bundle":          {VI: "Trước khi nhập gói bài", EN: "Before a bundle came in"},
		"model.reason.sent_bundle":            {VI: "Gửi đi bằng gói bài", EN: "Sent as a bundle"},
		"model.reason.pushed":                 {VI: "Gửi lên cổng", EN: "Sent to the portal"},
		"model.reason.submitted":              {VI: "Gửi duyệt", EN: "Submitted for review"},
		"model.reason.changes":                {VI: "Yêu cầu sửa", EN: "Changes requested"},
		"model.reason.approved":               {VI: "Duyệt", EN: "Approved"},
		"model.reason.published":              {VI: "Đã đăng", EN: "Published"},
		"model.setting.source_tag":            {VI: "nguồn tin mặc định mở đầu sapo, ví dụ (Cổng TTĐT) -", EN: "default source tag opening the lead, e.g. (City portal) -"},
		"model.setting.agency.name":           {VI: "tên cơ quan, in ở đầu trang và trang bìa bản tin", EN: "agency name, printed in the masthead and on bulletin covers"},
		"model.setting.agency.managing":       {VI: "cơ quan chủ quản, in ở chân trang", EN: "managing agency, printed in the footer"},
		"model.setting.agency.editor":         {VI: "tổng biên tập / người chịu trách nhiệm, in ở chân trang", EN: "editor-in-chief, printed in the footer"},
		"model.setting.agency.address":        {VI: "địa chỉ cơ quan, in ở chân trang", EN: "agency address, printed in the footer"},
		"model.setting.agency.phones":         {VI: "số điện thoại, in ở chân trang", EN: "phone numbers, printed in the footer"},
		"model.setting.agency.email":          {VI: "thư điện tử, in ở chân trang", EN: "e-mail, printed in the footer"},
		"model.setting.print.dpi":             {VI: "độ phân giải ảnh khi in PDF: 200 (mặc định) hoặc 300", EN: "photo resolution in PDFs: 200 (default) or 300"},
		"model.setting.editor.place":          {VI: "nơi con trỏ đứng lần cuối trong bài đang soạn (cửa sổ tự ghi)", EN: "where the cursor last was in the report being written (kept by the window)"},
		"model.setting.typing":                {VI: "kiểu gõ tiếng Việt trong cửa sổ: telex, vni hoặc off", EN: "Vietnamese typing in the window: telex, vni or off"},
		"model.setting.typing.give_back":      {VI: "trả lại đúng phím đã gõ cho từ không phải tiếng Việt (Twitter, pass): on hoặc off", EN: "give the keys typed back to a word that is not Vietnamese (Twitter, pass): on or off"},
		"model.setting.typing.brackets":       {VI: "gõ [ và ] thành ơ và ư khi gõ Telex: on hoặc off", EN: "[ and ] type ơ and ư in Telex: on or off"},
		"model.setting.onoff.invalid":         {VI: "Giá trị %q không hợp lệ; hãy dùng on hoặc off.", EN: "The value %q is not valid; use on or off."},
		"model.setting.typing.invalid":        {VI: "Kiểu gõ %q không được hỗ trợ; hãy dùng telex, vni hoặc off.", EN: "Typing method %q is not supported; use telex, vni or off."},
		"model.setting.language.invalid":      {VI: "Ngôn ngữ %q không được hỗ trợ; hãy dùng vi hoặc en.", EN: "Language %q is not supported; use vi or en."},
		"model.setting.push.parallel":         {VI: "số ảnh gửi lên (hoặc tải về) cổng cùng lúc: 1 đến 8, mặc định 3 (đường truyền chậm: 1)", EN: "photos sent to (or fetched from) the portal at once: 1 to 8, default 3 (a slow line: 1)"},
		"model.setting.push.parallel.invalid": {VI: "%q không hợp lệ; hãy dùng một số từ 1 đến 8.", EN: "%q is not valid; use a number from 1 to 8."},
		"model.setting.print.dpi.invalid":     {VI: "Độ phân giải %q không hợp lệ; hãy dùng 200 hoặc 300.", EN: "%q is not a print resolution; use 200 or 300."},
	})
}
