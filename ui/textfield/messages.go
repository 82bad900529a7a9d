package textfield

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"textfield.undo":      {VI: "Hoàn tác", EN: "Undo"},
		"textfield.redo":      {VI: "Làm lại", EN: "Redo"},
		"textfield.cut":       {VI: "Cắt", EN: "Cut"},
		"textfield.copy":      {VI: "Sao chép", EN: "Copy"},
		"textfield.paste":     {VI: "Dán", EN: "Paste"},
		"textfield.selectall": {VI: "Chọn tất cả", EN: "Select all"},
	})
}
