package outfile

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"outfile.unwritable": {
			VI: "Không ghi được tệp “%s”: hãy chọn một thư mục mà bạn có quyền ghi và còn chỗ trống.",
			EN: "Could not write “%s”: choose a folder you may write to, with free space."},
		"outfile.full": {
			VI: "Ổ đĩa đã đầy nên không ghi được “%s”; không có tệp nào bị thay đổi. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác rồi thử lại.",
			EN: "The disk is full, so “%s” could not be written; no file was changed. Free some space or choose another disk, and try again."},
		"outfile.nofolder": {
			VI: "Thư mục “%s” không có: hãy chọn một thư mục có sẵn.",
			EN: "The folder “%s” does not exist: choose one that does."},
		"outfile.library": {
			VI: "“%s” là thư viện bài đang mở (hoặc tệp đi kèm của nó): không ghi đè lên thư viện. Hãy chọn tên tệp khác.",
			EN: "“%s” is the open library (or one of its companion files): Newsdesk never writes over it. Choose another file name."},
		"outfile.notfile": {
			VI: "“%s” không phải một tệp thông thường (mà là thư mục, thiết bị hoặc liên kết): hãy chọn một tên tệp.",
			EN: "“%s” is not an ordinary file (it is a folder, a device or a link): choose a file name."},
		"outfile.otherkind": {
			VI: "“%s” đã có và là %s, không phải %s: ghi vào đó sẽ làm mất nội dung hiện có.",
			EN: "“%s” already exists and is %s, not %s: writing there would destroy what it holds."},
		"outfile.kind.pdf":     {VI: "một tệp PDF", EN: "a PDF"},
		"outfile.kind.bundle":  {VI: "một gói bài (.zip)", EN: "a report bundle (.zip)"},
		"outfile.kind.sqlite":  {VI: "một cơ sở dữ liệu SQLite (có thể là một thư viện bài)", EN: "a SQLite database (perhaps a Newsdesk library)"},
		"outfile.kind.zip":     {VI: "một tệp nén zip khác (tệp Excel cũng là zip)", EN: "another zip archive (Excel files are zips too)"},
		"outfile.kind.word":    {VI: "một tài liệu Word (.docx)", EN: "a Word document (.docx)"},
		"outfile.kind.archive": {VI: "một tệp nén zip", EN: "a zip archive"},
		"outfile.kind.other":   {VI: "một tệp loại khác", EN: "a file of another kind"},
	})
}
