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
	})
}
