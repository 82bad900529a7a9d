package model

import "newsdesk/msg"

// The sentences of the report checks. Places start with a capital letter; a message
// that names a second place mid-sentence lowers its first letter.
func init() {
	msg.Register(map[string]msg.Text{
		"model.check.where.section":         {VI: "Chuyên mục", EN: "The section"},
		"model.check.where.headline":        {VI: "Tiêu đề", EN: "The headline"},
		"model.check.where.source_tag":      {VI: "Nguồn tin", EN: "The source tag"},
		"model.check.where.place":           {VI: "Địa điểm", EN: "The place"},
		"model.check.where.organiser":       {VI: "Đơn vị tổ chức", EN: "The organiser"},
		"model.check.where.chair.name":      {VI: "Tên người chủ trì thứ %d", EN: "The name of chair %d"},
		"model.check.where.chair.title":     {VI: "Chức danh người chủ trì thứ %d", EN: "The title of chair %d"},
		"model.check.where.guest.name":      {VI: "Tên khách mời thứ %d", EN: "The name of guest %d"},
		"model.check.where.guest.title":     {VI: "Chức danh khách mời thứ %d", EN: "The title of guest %d"},
		"model.check.where.lead":            {VI: "Sapo", EN: "The lead"},
		"model.check.where.paragraph":       {VI: "Đoạn văn thứ %d", EN: "Paragraph %d"},
		"model.check.where.caption":         {VI: "Chú thích ảnh thứ %d", EN: "The caption of photo %d"},
		"model.check.where.alt":             {VI: "Mô tả ảnh thứ %d", EN: "The alt text of photo %d"},
		"model.check.where.credit":          {VI: "Tác giả ảnh thứ %d", EN: "The credit of photo %d"},
		"model.check.where.award.form":      {VI: "Hình thức khen thưởng của danh sách thứ %d", EN: "The award form of award list %d"},
		"model.check.where.award.by":        {VI: "Cấp khen thưởng của danh sách thứ %d", EN: "The awarding body of award list %d"},
		"model.check.where.award.decision":  {VI: "Số quyết định của danh sách thứ %d", EN: "The decision of award list %d"},
		"model.check.where.recipient.name":  {VI: "Tên ở dòng %d của danh sách khen thưởng thứ %d", EN: "The name in row %d of award list %d"},
		"model.check.where.recipient.unit":  {VI: "Đơn vị ở dòng %d của danh sách khen thưởng thứ %d", EN: "The unit in row %d of award list %d"},
		"model.check.where.recipient.title": {VI: "Chức danh ở dòng %d của danh sách khen thưởng thứ %d", EN: "The title in row %d of award list %d"},
		"model.check.where.byline":          {VI: "Tên tác giả thứ %d", EN: "Byline %d"},
		"model.check.where.tag":             {VI: "Thẻ thứ %d", EN: "Tag %d"},
		"model.check.list.form":             {VI: "danh sách %s", EN: "the %s list"},
		"model.check.list.index":            {VI: "danh sách khen thưởng thứ %d", EN: "award list %d"},
		"model.check.lists.form":            {VI: "các danh sách %s cộng lại", EN: "the %s lists together"},
		"model.check.lists.all":             {VI: "các danh sách khen thưởng cộng lại", EN: "the award lists together"},
		"model.check.char.tab":              {VI: "dấu tab", EN: "tab"},
		"model.check.char.nbsp":             {VI: "dấu cách không ngắt dòng", EN: "non-breaking space"},
		"model.check.char.zerowidth":        {VI: "ký tự vô hình (độ rộng bằng 0)", EN: "invisible zero-width character"},
		"model.check.char.linesep":          {VI: "dấu ngắt dòng lạ", EN: "odd line separator"},
		"model.check.char.space":            {VI: "dấu cách lạ", EN: "odd space"},
		"model.setting.check.tone_style": {VI: "kiểu bỏ dấu thanh mà phần kiểm tra theo khi một bài viết lẫn hai kiểu: old (hòa, thủy, Ủy ban — kiểu của văn bản hành chính) hoặc new (hoà, thuỷ, Uỷ ban)",
			EN: "where the checks place tones when a report mixes both styles: old (hòa, thủy, Ủy ban — the style of administrative documents) or new (hoà, thuỷ, Uỷ ban)"},
		"model.setting.check.tone_style.invalid": {VI: "Kiểu bỏ dấu %q không có; hãy dùng old hoặc new.", EN: "There is no tone style %q; use old or new."},
		"model.setting.check.words": {VI: "danh sách từ riêng mà phần kiểm tra chính tả không báo (tên, từ nước ngoài), cách nhau bằng dấu phẩy",
			EN: "your own words the spelling check never flags (names, foreign words), separated by commas"},
		"model.check.fix.replace": {VI: "Sửa: “%s”", EN: "Fix: “%s”"},
		"model.check.fix.tone":    {VI: "Cả bài: %s", EN: "Whole report: %s"},
		"model.check.tone.old":    {VI: "cũ (hòa, thủy)", EN: "old style (hòa, thủy)"},
		"model.check.tone.new":    {VI: "mới (hoà, thuỷ)", EN: "new style (hoà, thuỷ)"},
		"model.check.misspelled": {
			VI: "%s có “%s”, không phải một tiếng viết đúng chính tả tiếng Việt. Có phải là: %s? Nếu đây là tên riêng hay từ nước ngoài, hãy thêm vào danh sách từ riêng (cài đặt check.words).",
			EN: "%s has “%s”, which is no Vietnamese syllable. Did you mean: %s? If it is a name or a foreign word, add it to your own words (setting check.words)."},
		"model.check.misspelled.none": {
			VI: "%s có “%s”, không phải một tiếng viết đúng chính tả tiếng Việt. Hãy gõ lại; nếu đây là tên riêng hay từ nước ngoài, hãy thêm vào danh sách từ riêng (cài đặt check.words).",
			EN: "%s has “%s”, which is no Vietnamese syllable. Retype it; if it is a name or a foreign word, add it to your own words (setting check.words)."},
		"model.check.telex": {
			VI: "%s có “%s”, có vẻ là phím gõ Telex chưa thành chữ (khi bộ gõ đang tắt). Có phải là “%s”?",
			EN: "%s has “%s”, which looks like Telex keys typed with the typing method off. Did you mean “%s”?"},
		"model.check.tone_mixed": {
			VI: "%[1]s có %[2]d chữ bỏ dấu thanh kiểu %[4]s, chữ đầu tiên là “%[3]s”; bài còn có chữ bỏ dấu kiểu %[6]s như “%[5]s”. Hãy thống nhất một kiểu: nút sửa chuyển cả bài sang kiểu %[6]s.",
			EN: "%[1]s has %[2]d words with the tone in the %[4]s, the first “%[3]s”; the report also has words in the %[6]s, such as “%[5]s”. Use one style: the fix puts the whole report in the %[6]s."},
		"model.check.number.decimal": {
			VI: "%s viết “%s”: tiếng Việt dùng dấu phẩy trước phần thập phân. Hãy viết “%s”.",
			EN: "%s writes “%s”: Vietnamese puts a comma before the decimals. Write “%s”."},
		"model.check.number.thousands": {
			VI: "%s viết “%s”: tiếng Việt dùng dấu chấm để tách hàng nghìn. Hãy viết “%s”.",
			EN: "%s writes “%s”: Vietnamese parts thousands with a dot. Write “%s”."},
		"model.check.date_mixed": {
			VI: "%s viết ngày “%s” khác với cách bài viết ngày lần đầu (“%s”). Hãy viết thống nhất: “%s”.",
			EN: "%s writes the date “%s” unlike the report's first date (“%s”). Write dates one way: “%s”."},
		"model.check.capitals": {
			VI: "%s viết “%s”: văn bản hành chính (Nghị định 30/2020/NĐ-CP, Phụ lục II) viết hoa tên cơ quan, chức vụ là “%s”.",
			EN: "%s writes “%s”: administrative documents (Decree 30/2020/NĐ-CP, Appendix II) capitalise this body or post as “%s”."},
		"model.check.abbreviation": {
			VI: "%s dùng “%s” khi bài chưa viết đầy đủ lần nào. Lần đầu hãy viết “%s”.",
			EN: "%s uses “%s” before the report has spelled it out. Write “%s” the first time."},
		"model.check.unmarked": {
			VI: "%s có %d trên %d chữ không phải tiếng Việt viết đúng: có vẻ đoạn này được gõ không dấu hoặc bằng tiếng nước ngoài. Hãy gõ lại có dấu; nếu là tiếng nước ngoài, có thể bỏ qua.",
			EN: "%s has %d of %d words that are no correctly written Vietnamese: it seems typed without marks, or in another language. Retype it with marks; if it is another language, leave it."},
		"model.check.photo_caption": {
			VI: "Ảnh thứ %d chưa có chú thích. Hãy viết một dòng chú thích dưới ảnh, ví dụ “Quang cảnh Hội nghị”.",
			EN: "Photo %d has no caption. Write a one-line caption under it, such as “Quang cảnh Hội nghị” (view of the conference)."},
		"model.check.photo_alt": {
			VI: "Ảnh thứ %d chưa có mô tả cho người không xem được ảnh (alt). Hãy tả ngắn gọn những gì thấy trong ảnh.",
			EN: "Photo %d has no alt text for readers who cannot see it. Describe briefly what the photo shows."},
		"model.check.lead_empty": {
			VI: "Sapo đang trống. Hãy viết đoạn mở đầu: thời gian, đơn vị tổ chức, sự kiện và người chủ trì; cổng thông tin dùng đoạn này làm phần tóm tắt.",
			EN: "The lead is empty. Write the opening paragraph: when, who organised what, and who chaired; the portal shows it as the excerpt."},
		"model.check.headline_long": {
			VI: "Tiêu đề dài %d ký tự, quá %d ký tự mà cổng thông tin hiển thị trọn vẹn. Hãy rút gọn tiêu đề.",
			EN: "The headline is %d characters long, past the %d the portal shows whole. Shorten it."},
		"model.check.award_count.collectives": {
			VI: "%s ghi “%s”, nhưng %s có %d tập thể. Hãy sửa con số trong bài hoặc trong danh sách cho khớp.",
			EN: "%s says “%s”, but %s has %d collectives. Make the number in the text and the list agree."},
		"model.check.award_count.individuals": {
			VI: "%s ghi “%s”, nhưng %s có %d cá nhân. Hãy sửa con số trong bài hoặc trong danh sách cho khớp.",
			EN: "%s says “%s”, but %s has %d individuals. Make the number in the text and the list agree."},
		"model.check.title_conflict": {
			VI: "%s ghi %s là “%s”, nhưng %s ghi là “%s”. Hãy thống nhất một chức danh cho cùng một người.",
			EN: "%s gives %s the title “%s”, but %s gives “%s”. Give the same person the same title everywhere."},
		"model.check.double_space": {
			VI: "%s có hai dấu cách liền nhau ở %d chỗ (chỗ đầu tiên: «%s»). Hãy xóa dấu cách thừa.",
			EN: "%s has doubled spaces in %d places (the first: «%s»). Delete the extra space."},
		"model.check.space_before_punct": {
			VI: "%s có dấu cách đứng trước dấu câu ở %d chỗ (chỗ đầu tiên: «%s»). Hãy xóa dấu cách trước các dấu , . ; : ! ?",
			EN: "%s has a space before punctuation in %d places (the first: «%s»). Delete the space before , . ; : ! ?"},
		"model.check.odd_space": {
			VI: "%s có %d khoảng trắng lạ (chỗ đầu tiên: «%s», là %s). Hãy thay bằng một dấu cách thường.",
			EN: "%s has %d odd spaces (the first: «%s», a %s). Replace them with ordinary spaces."},
		"model.check.control_char": {
			VI: "%s có %d ký tự điều khiển ẩn (chỗ đầu tiên: «%s»). Hãy xóa chúng; chúng thường đi theo văn bản được chép từ nơi khác.",
			EN: "%s has %d hidden control characters (the first: «%s»). Delete them; they usually come with text copied from elsewhere."},
		"model.check.broken_char": {
			VI: "%s có %d ký tự hỏng “�” (chỗ đầu tiên: «%s»), thường do chép từ tệp sai bảng mã. Hãy gõ lại chữ ở đó.",
			EN: "%s has %d broken characters “�” (the first: «%s»), usually from a file read in the wrong encoding. Retype the letters there."},
		"model.check.lone_mark": {
			VI: "%s có %d dấu thanh hoặc dấu phụ không gắn với chữ nào (chỗ đầu tiên: «%s»). Hãy xóa và gõ lại chữ đó.",
			EN: "%s has %d accents standing on no letter (the first: «%s»). Delete it and retype the letter."},
		"model.check.unbalanced": {
			VI: "%s có dấu %s không có dấu đóng hoặc mở tương ứng («%s»). Hãy thêm dấu còn thiếu hoặc xóa dấu thừa.",
			EN: "%s has a %s without its partner («%s»). Add the missing one or delete the extra one."},
	})
}
