package ui

import (
	"testing"

	"newsdesk/model"
)

func TestNameAtEnd(t *testing.T) {
	people := []model.Person{
		{Name: "Nguyễn Thị Thu Hằng", Title: "Giám đốc Sở Nội vụ"},
		{Name: "Nguyễn Văn An"},
		{Name: "Lê Minh Đức", Title: "Phó Trưởng Ban Tổ chức Thành ủy"},
	}
	for _, tc := range []struct {
		text string
		at   int // in runes; -1: none
		want int // people found
	}{
		{"Đồng chí Nguyễn Thị Th", 9, 1},
		{"Đồng chí nguyen thi", -1, 0},         // not capitalised: not a name being written
		{"Đồng chí Nguyễn", 9, 2},              // both Nguyễn
		{"Đồng chí Nguyễn Văn An", -1, 0},      // written in full, no title to add
		{"Đồng chí Nguyễn Thị Thu Hằng", 9, 1}, // in full: the title is offered
		{"Đồng chí Lê Minh Duc", 9, 1},         // diacritics aside
		{"Đồng chí Nguyễn ", -1, 0},            // a space typed: the word is done
		{"Trao Giấy khen cho Lê Mi", 19, 1},
		{"Trao Giấy khen cho Lê M", -1, 0}, // one letter: too soon
		{"Quang cảnh Hội nghị", -1, 0},
	} {
		at, found := nameAtEnd(tc.text, people)
		runes := -1
		if at >= 0 {
			runes = len([]rune(tc.text[:at]))
		}
		if runes != tc.at || len(found) != tc.want {
			t.Errorf("%q: got at %d, %d found; want %d, %d", tc.text, runes, len(found), tc.at, tc.want)
		}
	}
}
