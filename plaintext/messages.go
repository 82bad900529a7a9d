package plaintext

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"plaintext.report":              {VI: "Bài viết", EN: "Report"},
		"plaintext.updated":             {VI: "sửa lúc", EN: "changed"},
		"plaintext.uuid":                {VI: "Mã định danh", EN: "UUID"},
		"plaintext.section":             {VI: "Chuyên mục", EN: "Section"},
		"plaintext.headline":            {VI: "Tiêu đề", EN: "Headline"},
		"plaintext.source":              {VI: "Nguồn tin", EN: "Source tag"},
		"plaintext.event":               {VI: "Thời gian", EN: "When"},
		"plaintext.place":               {VI: "Địa điểm", EN: "Place"},
		"plaintext.organiser":           {VI: "Đơn vị tổ chức", EN: "Organiser"},
		"plaintext.chair":               {VI: "Chủ trì", EN: "Chair"},
		"plaintext.guests":              {VI: "Khách mời", EN: "Guests"},
		"plaintext.lead":                {VI: "Sapo", EN: "Lead"},
		"plaintext.photo":               {VI: "Ảnh", EN: "Photo"},
		"plaintext.credit":              {VI: "Nguồn ảnh", EN: "Credit"},
		"plaintext.alt":                 {VI: "Mô tả ảnh", EN: "Alt text"},
		"plaintext.rotation":            {VI: "Xoay", EN: "Rotated"},
		"plaintext.awards":              {VI: "Khen thưởng", EN: "Awards"},
		"plaintext.collective":          {VI: "Tập thể", EN: "Collective"},
		"plaintext.individual":          {VI: "Cá nhân", EN: "Individual"},
		"plaintext.byline":              {VI: "Tác giả", EN: "By"},
		"plaintext.tags":                {VI: "Thẻ", EN: "Tags"},
		"plaintext.linked":              {VI: "Liên kết với bài", EN: "Linked to report"},
		"plaintext.partofday.morning":   {VI: "Sáng", EN: "Morning"},
		"plaintext.partofday.afternoon": {VI: "Chiều", EN: "Afternoon"},
		"plaintext.partofday.evening":   {VI: "Tối", EN: "Evening"},
		"plaintext.comment.open":        {VI: "mở", EN: "open"},
		"plaintext.comment.resolved":    {VI: "đã xong", EN: "resolved"},
		"plaintext.comment.gone":        {VI: "(khối đã xoá)", EN: "(block deleted)"},
		"plaintext.place.block": {
			VI: "Không có khối %q: hãy ghi số thứ tự của khối (1 đến %d, như lệnh show liệt kê) hoặc headline, lead, event, byline.",
			EN: "There is no block %q: give the block's number (1 to %d, in the order show lists them) or headline, lead, event, byline."},
		"plaintext.place.row": {
			VI: "Không có dòng %q: --row cần một số dòng của danh sách khen thưởng ghi ở --block.",
			EN: "There is no row %q: --row takes a row number of the award list given with --block."},
		"plaintext.push.done": {
			VI: "%s: %s, %s, %.1f giây.",
			EN: "%s: %s, %s, %.1f s."},
		"plaintext.push.done.unchanged": {
			VI: "%s: không có gì mới để gửi, bài trên cổng giữ nguyên (%.1f giây).",
			EN: "%s: nothing new to send, the post was left as it is (%.1f s)."},
		"plaintext.push.uploaded":      {VI: "tải lên %d ảnh", EN: "%d photos uploaded"},
		"plaintext.push.uploaded.one":  {VI: "tải lên %d ảnh", EN: "%d photo uploaded"},
		"plaintext.push.unchanged":     {VI: "%d ảnh không đổi", EN: "%d unchanged"},
		"plaintext.push.unchanged.one": {VI: "%d ảnh không đổi", EN: "%d unchanged"},
		"plaintext.portal.added": {
			VI: "Đã thêm cổng %q: đăng nhập được với tên %s (vai trò %s).",
			EN: "Added the portal %q: signed in as %s (role %s)."},
		"plaintext.portal.may": {
			VI: "Tài khoản được: viết bài %s, tải ảnh %s, đăng bài %s, tạo chuyên mục %s.",
			EN: "The account may: write posts %s, upload photos %s, publish %s, create categories %s."},
		"plaintext.portal.yes": {VI: "có", EN: "yes"},
		"plaintext.portal.no":  {VI: "không", EN: "no"},
		"plaintext.portal.plugin.yes": {
			VI: "Cổng có phần bổ trợ Newsdesk %s: góp ý duyệt và lịch sử đi kèm bài ở nơi chỉ người được sửa bài đọc được.",
			EN: "The portal has the Newsdesk plugin %s: review comments and history travel with the post where only those who may edit it can read them."},
		"plaintext.portal.plugin.no": {
			VI: "Cổng chưa có phần bổ trợ Newsdesk: bài gửi lên chỉ mang phần bạn đọc thấy, biên tập viên không mở lại được trong Newsdesk. Lấy phần bổ trợ cho quản trị cổng: newsdesk portal plugin -o newsdesk.zip.",
			EN: "The portal does not have the Newsdesk plugin: posts carry only what readers see, and an editor cannot open them in Newsdesk. Get the plugin for the portal's administrator: newsdesk portal plugin -o newsdesk.zip."},
		"plaintext.portal.outcome.created":   {VI: "Đã mở thành bài mới", EN: "Opened as a new report"},
		"plaintext.portal.outcome.updated":   {VI: "Đã cập nhật bài trong thư viện", EN: "Updated the report in the library"},
		"plaintext.portal.outcome.unchanged": {VI: "Thư viện đã có đúng bài này", EN: "The library already has this report as it is"},
		"plaintext.portal.outcome.conflict":  {VI: "Đã mở thành bài mới, nối với bài trong thư viện", EN: "Opened as a new report, linked to the library's"},
		"plaintext.portal.outcome.copy":      {VI: "Đã mở thành bản sao", EN: "Opened as a copy"},
		"plaintext.portal.open.done": {
			VI: "%s: tải %d ảnh từ cổng, %d ảnh thư viện đã có, %.1f giây.",
			EN: "%s: %d photos downloaded, %d already in the library, %.1f s."},
	})
}
