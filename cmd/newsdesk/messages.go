package main

import "newsdesk/msg"

func msgT(key string, args ...any) string { return msg.T(key, args...) }

func init() {
	msg.Register(map[string]msg.Text{
		"cli.flag.unknown": {VI: "Không có tùy chọn %s.", EN: "There is no option %s."},
		"cli.flag.value":   {VI: "Tùy chọn %s cần một giá trị.", EN: "Option %s needs a value."},
		"cli.flag.novalue": {VI: "Tùy chọn %s không nhận giá trị.", EN: "Option %s takes no value."},
		"cli.args.count":   {VI: "Số tham số không đúng.", EN: "Wrong number of arguments."},
		"cli.id.invalid":   {VI: "%q không phải là mã bài viết; mã là một số nguyên dương (xem newsdesk list).", EN: "%q is not a report ID; IDs are positive integers (see newsdesk list)."},
		"cli.see.help":     {VI: "Xem hướng dẫn: newsdesk help", EN: "See: newsdesk help"},
		"cli.see.help.command": {
			VI: "Xem hướng dẫn: newsdesk help %s",
			EN: "See: newsdesk help %s"},
		"cli.command.unknown": {VI: "Không có lệnh %q.", EN: "There is no command %q."},
		"cli.gui.unavailable": {VI: "Bản Newsdesk này không có cửa sổ; hãy dùng các lệnh (newsdesk help).", EN: "This build of Newsdesk has no window; use the commands (newsdesk help)."},
		"cli.gui.open.failed": {
			VI: "Không mở được thư viện “%s”.",
			EN: "Could not open the library “%s”."},
		"cli.new.headline": {VI: "Hãy cho tiêu đề: newsdesk new --headline \"Tiêu đề\".", EN: "Give a headline: newsdesk new --headline \"Headline\"."},
		"cli.report.notfound": {
			VI: "Không có bài viết số %d trong thư viện; xem danh sách bằng newsdesk list.",
			EN: "There is no report %d in the library; see newsdesk list."},
		"cli.search.query": {VI: "Hãy cho từ cần tìm: newsdesk search TỪ…", EN: "Give the words to find: newsdesk search WORD…"},
		"cli.limit.invalid": {
			VI: "--limit cần một số nguyên dương, không phải %q.",
			EN: "--limit needs a positive integer, not %q."},
		"cli.awards.imported": {VI: "Đã thêm danh sách khen thưởng: %d tập thể, %d cá nhân.", EN: "Award list added: %d collectives, %d individuals."},
		"cli.setting.unknown": {VI: "Không có thiết lập %q; xem danh sách: newsdesk help settings.", EN: "There is no setting %q; see the list: newsdesk help settings."},
		"cli.output.required": {VI: "Hãy cho tệp kết quả: -o TỆP.zip.", EN: "Name the output file: -o FILE.zip."},
		"cli.output.force":    {VI: "Nếu chắc chắn muốn thay thế, thêm --force.", EN: "To replace it anyway, add --force."},
		"cli.export.photos":   {VI: "--photos nhận original hoặc print, không phải %q.", EN: "--photos takes original or print, not %q."},
		"cli.import.conflict": {
			VI: "Bài viết #%d trong thư viện cũng đã được sửa từ lần trao đổi trước, nên gói được nhập thành bài mới #%d, liên kết với bài cũ; không có gì bị ghi đè.",
			EN: "Report #%d in the library was also changed since the hand-off, so the bundle came in as a new report #%d, linked to it; nothing was overwritten."},

		"cli.help.intro": {
			VI: "Newsdesk — soạn tin hội nghị, thư viện bài viết và ảnh.\nKhông có tham số: mở cửa sổ. Các lệnh:\n",
			EN: "Newsdesk — conference reports, their library and photos.\nWith no arguments: opens the window. Commands:\n"},
		"cli.help.outro": {
			VI: "Chi tiết từng lệnh: newsdesk help LỆNH\n",
			EN: "Each command in detail: newsdesk help COMMAND\n"},
		"cli.help.common": {
			VI: "\nTùy chọn chung: --db TỆP chọn thư viện (mặc định: biến NEWSDESK_DB, rồi thư mục dữ liệu của người dùng); thư viện chưa có sẽ được tạo.\nNEWSDESK_LANG=en: thông báo bằng tiếng Anh. Mã thoát: 0 thành công, 1 lỗi khi làm việc, 2 dùng sai lệnh.\n",
			EN: "\nCommon options: --db FILE picks the library (default: NEWSDESK_DB, then your data folder); a missing library is created.\nNEWSDESK_LANG=vi|en chooses the language of messages. Exit status: 0 success, 1 the work failed, 2 wrong usage.\n"},
		"cli.help.sample": {
			VI: "newsdesk sample                       thêm bài mẫu, in mã bài\n\nThêm bài tin hội nghị mẫu của nhóm phát triển (4 ảnh có chú thích, danh sách khen thưởng 12 tập thể và 12 cá nhân). Mỗi lần chạy thêm một bài mới.",
			EN: "newsdesk sample                       add the sample report, print its ID\n\nAdds the team's sample conference report (4 captioned photos, an award list of 12 collectives and 12 individuals). Each run adds a new report."},
		"cli.help.new": {
			VI: "newsdesk new --headline TIÊU_ĐỀ        tạo bài nháp trống, in mã bài\n\nNguồn tin và tác giả lấy từ thiết lập report.source_tag và reporter.name.",
			EN: "newsdesk new --headline TEXT          create an empty draft, print its ID\n\nThe source tag and byline come from the settings report.source_tag and reporter.name."},
		"cli.help.list": {
			VI: "newsdesk list [--status TT]           liệt kê bài, bài sửa gần nhất trước\n\nMỗi dòng, cách nhau bằng tab: mã, trạng thái, lần sửa cuối (giờ địa phương), tiêu đề.\nTrạng thái: draft (nháp), review (chờ duyệt), changes (cần sửa), approved (đã duyệt), published (đã đăng).",
			EN: "newsdesk list [--status S]            list reports, last changed first\n\nTab-separated: ID, status, last change (local time), headline.\nStatuses: draft, review, changes, approved, published."},
		"cli.help.show": {
			VI: "newsdesk show MÃ [--checks]           in toàn bộ bài viết dạng văn bản\n\nMọi trường, ảnh kèm chú thích, người/đơn vị được khen thưởng mỗi dòng một.\n--checks: thay vào đó in những gì phần kiểm tra tìm thấy (chính tả, dấu thanh, số, viết hoa…), mỗi dòng một, cách nhau bằng dấu tab: vị trí, loại, đoạn chữ có lỗi, gợi ý sửa.",
			EN: "newsdesk show ID [--checks]           the whole report as readable text\n\nEvery field, photos with captions, award recipients one a line.\n--checks: print instead what the checks find (spelling, tone marks, numbers, capitals…), one a line, tab-separated: place, kind, text at fault, suggestion."},
		"cli.help.search": {
			VI: "newsdesk search TỪ… [--limit N]       tìm bài chứa mọi từ (không cần dấu)\n\nTìm trong tiêu đề, sapo, thân bài, chú thích ảnh và danh sách khen thưởng; không phân biệt dấu, đ = d.\nKết quả tốt nhất trước: tiêu đề khớp đúng dấu, rồi tiêu đề khớp không dấu, rồi phần còn lại; bài mới hơn trước.\nMỗi dòng: mã và tiêu đề, cách nhau bằng tab; mặc định 20 kết quả. Không có kết quả: không in gì.",
			EN: "newsdesk search WORD… [--limit N]     reports containing all the words\n\nSearches headline, lead, body, captions and award lists, ignoring diacritics (đ = d).\nBest first: exact-diacritic headline matches, then folded headline matches, then the rest; newer first.\nTab-separated ID and headline; 20 unless --limit. No match: no output."},
		"cli.help.photo_add": {
			VI: "newsdesk photo add MÃ TỆP [--caption CHÚ_THÍCH] [--credit NGUỒN] [--alt MÔ_TẢ]\n\nThêm ảnh (JPEG, PNG, WebP) vào cuối bài. Ảnh được lưu trong thư viện cùng bản in và ảnh thu nhỏ.",
			EN: "newsdesk photo add ID FILE [--caption TEXT] [--credit TEXT] [--alt TEXT]\n\nAdds a photo (JPEG, PNG, WebP) at the end of the body. It is stored in the library with a print copy and a thumbnail."},
		"cli.help.awards_import": {
			VI: "newsdesk awards import MÃ TỆP [--form HÌNH_THỨC] [--by CẤP_KHEN] [--decision SỐ_QĐ] [--date NGÀY]\n\nThêm danh sách khen thưởng từ tệp CSV hoặc XLSX vào cuối bài. Cột: Loại (Tập thể/Cá nhân), Họ và tên/Tên, Đơn vị, Chức vụ, Hình thức (tùy chọn, ghi đè --form), STT (bỏ qua).\nNhận UTF-8, UTF-16, Windows-1258, TCVN3, VNI; dấu phân cách , ; hoặc tab. Nếu có dòng lỗi, không nhập gì và báo số dòng.",
			EN: "newsdesk awards import ID FILE [--form TEXT] [--by TEXT] [--decision TEXT] [--date D]\n\nAdds a CSV or XLSX list of recipients as a new award list at the end of the body. Columns: kind (Tập thể/Cá nhân), name, unit, title, form (optional, overrides --form), STT (ignored).\nUTF-8, UTF-16, Windows-1258, TCVN3 and VNI; separators , ; or tab. A file with any bad row imports nothing and names the rows."},
		"cli.help.status": {
			VI: "newsdesk status MÃ TRẠNG_THÁI [--note LỜI_NHẮN]   đổi trạng thái bài\n\nTrạng thái: draft, review (gửi duyệt), changes (yêu cầu sửa), approved (duyệt), published. Mỗi lần đổi, một phiên bản được lưu lại với tên của bạn (thiết lập reporter.name) và lời nhắn, nếu có.",
			EN: "newsdesk status ID WORD [--note TEXT]  set the report's status\n\nStatuses: draft, review (submit), changes (request changes), approved (approve), published. Each change keeps a revision with your name (setting reporter.name) and the note, if any."},
		"cli.help.settings": {
			VI: "newsdesk settings [KHÓA [GIÁ_TRỊ]]     xem hoặc đặt thiết lập\n\nKhông tham số: mọi thiết lập (khóa, tab, giá trị). Một khóa: giá trị của nó. Khóa và giá trị: đặt. Các khóa:",
			EN: "newsdesk settings [KEY [VALUE]]       show or set a setting\n\nNo argument: every setting (key, tab, value). A key: its value. A key and a value: set it. Keys:"},
		"cli.help.export": {
			VI: "newsdesk export MÃ -o TỆP.zip [--photos original|print] [--review] [--force]\n\nGhi gói bài viết (ninjs.json, newsdesk.json và ảnh) để chuyển cho biên tập viên hoặc lưu trữ. --photos print: kèm bản in thay cho ảnh gốc, nhẹ hơn để gửi thư. --review: gói duyệt, kèm cả lịch sử phiên bản và các góp ý.\nKhông bao giờ ghi đè lên thư viện, thiết bị hay thư mục; một tệp có sẵn không phải gói bài chỉ được thay khi thêm --force.\n\nnewsdesk export MÃ -o TỆP.docx [--force]\nGhi bài thành tài liệu Word (.docx) để mở bằng Word hay LibreOffice: kiểu chữ cho tít phụ, tít, sapo, thân bài, chú thích ảnh và tác giả; ảnh theo bản in kèm chú thích; danh sách khen thưởng thành bảng. Không kèm góp ý, ghi chú hay lịch sử.",
			EN: "newsdesk export ID -o FILE.zip [--photos original|print] [--review] [--force]\n\nWrites a report bundle (ninjs.json, newsdesk.json and the photos) for an editor or the archive. --photos print carries the print copies instead of the originals, lighter for e-mail. --review: a review bundle, with the revision history and the comments too.\nNever written over the library, a device or a folder; an existing file that is not a bundle is replaced only with --force.\n\nnewsdesk export ID -o FILE.docx [--force]\nWrites the report as a Word document (.docx) that Word and LibreOffice open: styles for kicker, headline, lead, body, captions and byline; photos from the print copies with their captions; award lists as tables. No comments, notes or history."},
		"cli.push.unapproved": {
			VI: "Bài chưa được duyệt (đang ở trạng thái %s) nên chưa được đăng. Hãy nhờ biên tập viên duyệt bài (newsdesk status MÃ approved), hoặc thêm --unapproved nếu thật sự cần đăng ngay.",
			EN: "The report is not approved (its status is %s), so it was not published. Ask an editor to approve it (newsdesk status ID approved), or add --unapproved if it really must go out now."},
		"cli.comment.reply": {
			VI: "Không có góp ý số %q trong bài này; lệnh comments liệt kê các góp ý và số của chúng.",
			EN: "There is no comment %q on this report; the comments command lists them with their numbers."},
		"cli.help.comments": {
			VI: "newsdesk comments MÃ [--all]           liệt kê góp ý của bài\n\nMỗi dòng: số góp ý, vị trí (số khối như lệnh show, 3:2 là dòng 2 của khối 3, hoặc headline, lead…; ↳N là trả lời góp ý N), người viết, trạng thái, nội dung. Góp ý đã xong chỉ hiện khi có --all.",
			EN: "newsdesk comments ID [--all]          list the report's comments\n\nEach line: comment number, place (block number as show lists them, 3:2 for row 2 of block 3, or headline, lead…; ↳N answers comment N), author, state, text. Resolved threads only with --all."},
		"cli.help.comment": {
			VI: "newsdesk comment MÃ \"NỘI DUNG\" [--block SỐ|headline|lead|event|byline] [--row N] [--reply SỐ_GÓP_Ý]   góp ý vào bài, in số góp ý\n\nKhông có --block: góp ý chung cho cả bài. --row: một dòng của danh sách khen thưởng. --reply: trả lời một góp ý. Tên người góp ý là thiết lập reporter.name.",
			EN: "newsdesk comment ID \"TEXT\" [--block N|headline|lead|event|byline] [--row N] [--reply COMMENT]   comment on the report, print the comment's number\n\nWithout --block: on the report as a whole. --row: one row of an award list. --reply: answer a comment. The author is the setting reporter.name."},
		"cli.help.resolve": {
			VI: "newsdesk resolve SỐ_GÓP_Ý [--reopen]   đánh dấu đã xong một luồng góp ý (hoặc mở lại)",
			EN: "newsdesk resolve COMMENT [--reopen]   mark a comment thread resolved (or open again)"},
		"cli.photo.pruned": {
			VI: "Đã xoá %d ảnh không còn bài viết hay phiên bản nào dùng.",
			EN: "Removed %d photos no report or revision uses any more."},
		"cli.help.photo_prune": {
			VI: "newsdesk photo prune                  xoá ảnh không còn bài nào dùng\n\nXoá khỏi thư viện những ảnh không bài viết và không phiên bản nào trong lịch sử còn dùng (khối ảnh đã xoá, bài đã xoá), để thư viện gọn lại. Ảnh mới thêm trong 24 giờ qua được giữ lại.",
			EN: "newsdesk photo prune                  remove photos no report uses\n\nRemoves from the library the photos no report and no revision in any history uses any more (a photo block deleted, a report deleted), so the library stays small. Photos added in the last 24 hours are kept."},
		"cli.import.review": {
			VI: "newsdesk: đã nhập %d phiên bản trong lịch sử và %d góp ý mới.",
			EN: "newsdesk: brought in %d revisions of history and %d new comments."},
		"cli.export.word.flags": {
			VI: "--review và --photos dành cho gói bài (.zip); một tài liệu Word không mang lịch sử, góp ý hay ảnh gốc.",
			EN: "--review and --photos are for bundles (.zip); a Word document carries no history, comments or originals."},
		"cli.help.import": {
			VI: "newsdesk import TỆP.zip|TỆP.docx [--as-copy]   nhập gói bài viết hoặc tài liệu Word, in mã bài\n\nNếu thư viện đã có bài này và bài chưa sửa từ lần trao đổi trước, bài được cập nhật (bản cũ được lưu lại). Nếu cả hai bên cùng sửa, gói được nhập thành bài mới liên kết với bài cũ. --as-copy: luôn nhập thành bài mới.\nMột tài liệu Word (.docx) luôn thành bài mới: tít phụ, tít, sapo, các đoạn, ảnh kèm chú thích, bảng khen thưởng và tác giả; phần không xếp được chỗ giữ lại thành đoạn văn và được nêu ra.",
			EN: "newsdesk import FILE.zip|FILE.docx [--as-copy]  import a report bundle or a Word document, print its ID\n\nIf the library has this report and it has not changed since the hand-off, it is updated in place (the old version kept as a revision). If both sides changed, the bundle comes in as a new report linked to the first. --as-copy: always a new report.\nA Word document (.docx) always makes a new report: kicker, headline, lead, paragraphs, photos with captions, award tables and byline; what could not be placed is kept as paragraphs and named."},
		"cli.help.help": {
			VI: "newsdesk help [LỆNH]                  hướng dẫn",
			EN: "newsdesk help [COMMAND]               this help"},
		"cli.help.check": {
			VI: "newsdesk check                         kiểm tra toàn bộ tệp thư viện xem có hỏng không\n\nĐọc hết tệp thư viện (SQLite integrity_check). Nếu hỏng, lệnh cho biết chỗ hỏng và cách khôi phục từ bản sao lưu; thoát với mã 1.",
			EN: "newsdesk check                         check the whole library file for damage\n\nReads the whole library file (SQLite's integrity_check). When it is damaged, says where and how to restore it from a backup, and exits 1."},
		"cli.check.ok": {VI: "Thư viện %s không có chỗ hỏng.", EN: "The library %s has no damage."},
		"cli.help.delete": {
			VI: "newsdesk delete MÃ [--yes]              xoá bài viết cùng lịch sử và góp ý của nó\n\nTrên cửa sổ dòng lệnh, lệnh hỏi lại trước khi xoá; trong tập lệnh, thêm --yes. Ảnh không còn bài nào dùng được dọn bằng newsdesk photo prune.",
			EN: "newsdesk delete ID [--yes]             delete a report with its history and comments\n\nOn a terminal it asks before deleting; in a script, add --yes. Photos no report uses any more go with newsdesk photo prune."},
		"cli.delete.ask":  {VI: "Xoá bài #%d «%s» cùng lịch sử và góp ý của nó? [c/K] ", EN: "Delete report #%d «%s» with its history and comments? [y/N] "},
		"cli.delete.yes":  {VI: "Hãy thêm --yes để xoá bài #%d «%s» (không hỏi lại được khi không chạy trên cửa sổ dòng lệnh).", EN: "Add --yes to delete report #%d «%s» (there is no terminal to ask on)."},
		"cli.delete.kept": {VI: "Không xoá; bài #%d vẫn còn.", EN: "Not deleted; report #%d is still there."},
		"cli.delete.done": {VI: "Đã xoá bài #%d «%s».", EN: "Deleted report #%d «%s»."},
	})
}
