package model

import "newsdesk/msg"

func init() {
	msg.Register(map[string]msg.Text{
		"model.push.none":         {VI: "Chưa đưa lên cổng", EN: "Not pushed"},
		"model.push.waiting":      {VI: "Đang chờ gửi lên cổng", EN: "Waiting to be sent"},
		"model.push.failed":       {VI: "Không gửi được lên cổng: %s", EN: "Could not be sent to the portal: %s"},
		"model.push.post.draft":   {VI: "Bản nháp trên cổng", EN: "Draft on the portal"},
		"model.push.post.pending": {VI: "Chờ duyệt trên cổng", EN: "Pending review on the portal"},
		"model.push.post.publish": {VI: "Đã đăng trên cổng", EN: "Published on the portal"},
		"model.push.post.future":  {VI: "Hẹn giờ đăng trên cổng", EN: "Scheduled on the portal"},
		"model.push.post.private": {VI: "Riêng tư trên cổng", EN: "Private on the portal"},
	})
}
