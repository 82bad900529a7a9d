package wordml

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"wordml.empty": {
			VI: "Tệp Word trống, không có gì để đọc.",
			EN: "The Word file is empty; there is nothing to read."},
		"wordml.not_zip": {
			VI: "Tệp không phải là văn bản Word (.docx) hoặc đã bị hỏng. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dạng .docx rồi thử lại.",
			EN: "The file is not a Word document (.docx), or it is damaged. Open it in Word or LibreOffice, save it as .docx and try again."},
		"wordml.doc": {
			VI: "Tệp là văn bản Word đời cũ (.doc) hoặc được đặt mật khẩu nên Newsdesk không đọc được. Hãy mở tệp bằng Word hoặc LibreOffice, bỏ mật khẩu nếu có, lưu lại dạng .docx rồi thử lại.",
			EN: "The file is an old-style Word document (.doc) or is password-protected, so Newsdesk cannot read it. Open it in Word or LibreOffice, remove any password, save it as .docx and try again."},
		"wordml.workbook": {
			VI: "Tệp là bảng tính Excel, không phải văn bản Word. Hãy chọn tệp .docx.",
			EN: "The file is an Excel workbook, not a Word document. Choose a .docx file."},
		"wordml.no_document": {
			VI: "Tệp nén không chứa nội dung văn bản Word (thiếu word/document.xml). Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dạng .docx rồi thử lại.",
			EN: "The archive holds no Word document text (word/document.xml is missing). Open it in Word or LibreOffice, save it as .docx and try again."},
		"wordml.entries": {
			VI: "Tệp Word chứa %d mục, vượt giới hạn %d: đây không phải một văn bản bình thường.",
			EN: "The Word file holds %d entries, over the limit of %d: this is not an ordinary document."},
		"wordml.entry_too_big": {
			VI: "Phần %q của tệp Word vượt giới hạn %d MB khi giải nén: tệp bị hỏng hoặc không phải một văn bản bình thường.",
			EN: "The part %q of the Word file is over the %d MB limit once unpacked: the file is damaged or not an ordinary document."},
		"wordml.damaged": {
			VI: "Không đọc được phần %q của tệp Word: tệp có thể bị hỏng. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại rồi thử lại.",
			EN: "The part %q of the Word file could not be read: the file may be damaged. Open it in Word or LibreOffice, save it again and try again."},
		"wordml.xml": {
			VI: "Nội dung tệp Word bị hỏng (XML không hợp lệ). Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại rồi thử lại.",
			EN: "The Word file's content is damaged (invalid XML). Open it in Word or LibreOffice, save it again and try again."},
		"wordml.depth": {
			VI: "Nội dung tệp Word lồng nhau sâu quá %d tầng: đây không phải một văn bản bình thường.",
			EN: "The Word file's content is nested more than %d levels deep: this is not an ordinary document."},
		"wordml.paragraphs": {
			VI: "Tệp Word có hơn %d đoạn văn, quá dài cho một bài viết. Hãy tách văn bản thành nhiều tệp nhỏ hơn.",
			EN: "The Word file has more than %d paragraphs, too long for a report. Split the document into smaller files."},
		"wordml.text": {
			VI: "Tệp Word chứa hơn %d MB chữ, quá dài cho một bài viết. Hãy tách văn bản thành nhiều tệp nhỏ hơn.",
			EN: "The Word file holds more than %d MB of text, too long for a report. Split the document into smaller files."},
		"wordml.cells": {
			VI: "Tệp Word có hơn %d ô bảng, quá nhiều cho một bài viết. Hãy tách văn bản thành nhiều tệp nhỏ hơn.",
			EN: "The Word file has more than %d table cells, too many for a report. Split the document into smaller files."},
		"wordml.picture_missing": {
			VI: "Ảnh %q không có trong tệp Word.",
			EN: "The picture %q is not in the Word file."},
	})
}
