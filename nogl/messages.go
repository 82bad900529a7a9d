package nogl

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"nogl.window": {
			VI: "Newsdesk không mở được cửa sổ: máy này không có OpenGL 2.1, thứ Newsdesk cần để vẽ cửa sổ. Chuyện này hay gặp khi dùng Remote Desktop, trên máy ảo, hoặc khi trình điều khiển card màn hình đã cũ.\n\nCách khắc phục: cập nhật trình điều khiển card màn hình (Windows Update hoặc trang của hãng máy); mở Newsdesk ngay trên máy thay vì qua Remote Desktop; trên máy ảo, bật tăng tốc 3D. Công việc đã lưu không mất; các lệnh của newsdesk-cli.exe (xuất PDF, in, đẩy bài) vẫn dùng được.\n\nChi tiết cho bộ phận kỹ thuật: %s",
			EN: "Newsdesk cannot open its window: this computer has no OpenGL 2.1, which Newsdesk needs to draw it. This is common over Remote Desktop, in virtual machines, and with old graphics drivers.\n\nWhat to do: update the graphics driver (Windows Update or the maker's site); start Newsdesk on the computer itself rather than over Remote Desktop; in a virtual machine, turn on 3D acceleration. Saved work is not lost, and the commands of newsdesk-cli.exe (PDF, printing, push) still work.\n\nDetail for technical support: %s"},
	})
}
