package model_test

import (
	"slices"
	"strings"
	"testing"

	"newsdesk/assets"
	"newsdesk/model"
	"newsdesk/msg"
)

// checkReport is a small report with nothing to complain about: one paragraph, one
// photo, one award list of 2 collectives and 2 individuals.
func checkReport() *model.Report {
	r := model.NewReport("Hội nghị tổng kết công tác năm 2025")
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị tổng kết công tác năm 2025. Đồng chí Nguyễn Thị Thu Hằng, Giám đốc Sở Nội vụ chủ trì Hội nghị."
	r.Event.Chair = []model.Person{{Name: "Nguyễn Thị Thu Hằng", Title: "Giám đốc Sở Nội vụ"}}
	r.Event.Guests = []model.Person{{Name: "Phạm Văn Khải", Title: "Phó Chủ tịch Ủy ban nhân dân thành phố"}}
	r.Body = []model.Block{
		{Key: "p1", Kind: model.BlockParagraph, Text: "Tại Hội nghị, Giám đốc Sở Nội vụ đã trao Giấy khen cho 2 tập thể và 2 cá nhân."},
		{Key: "f1", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "u1", Caption: "Quang cảnh Hội nghị", Alt: "Hội trường kín đại biểu"}},
		{Key: "a1", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
			{Kind: model.Collective, Name: "Văn phòng Sở", Unit: "Sở Nội vụ"},
			{Kind: model.Collective, Name: "Phòng Người có công", Unit: "Sở Nội vụ"},
			{Kind: model.Individual, Name: "Bùi Thị Ngọc Anh", Title: "Chánh Văn phòng", Unit: "Sở Nội vụ"},
			{Kind: model.Individual, Name: "Đỗ Văn Hùng", Title: "Chuyên viên Phòng Người có công", Unit: "Sở Nội vụ"},
		}}},
	}
	r.Byline = []string{"Thanh Hà"}
	return r
}

func paragraph(key, text string) model.Block {
	return model.Block{Key: key, Kind: model.BlockParagraph, Text: text}
}

func caption(key, text string) model.Block {
	return model.Block{Key: key, Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: key, Caption: text, Alt: "Ảnh"}}
}

// want is one expected problem: its kind and place, and words its message has.
type want struct {
	kind     model.ProblemKind
	blockKey string
	field    string
	index    int
	has      []string // in the Vietnamese message
}

func TestCheck(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	long := strings.Repeat("Hội nghị ", 15) // 135 characters with the space
	for _, tt := range []struct {
		name   string
		change func(r *model.Report)
		want   []want
	}{
		{"OK", func(r *model.Report) {}, nil},

		// missing and too long
		{"PhotoWithoutCaption", func(r *model.Report) { r.Body[1].Photo.Caption = " " },
			[]want{{model.ProblemPhotoCaption, "f1", model.FieldCaption, 0, []string{"Ảnh thứ 1", "chú thích"}}}},
		{"PhotoWithoutAlt", func(r *model.Report) { r.Body[1].Photo.Alt = "" },
			[]want{{model.ProblemPhotoAlt, "f1", model.FieldAlt, 0, []string{"Ảnh thứ 1"}}}},
		{"SecondPhotoWithoutEither", func(r *model.Report) {
			r.Body = append(r.Body, model.Block{Key: "f2", Kind: model.BlockPhoto, Photo: &model.PhotoBlock{UUID: "u2"}})
		}, []want{
			{model.ProblemPhotoCaption, "f2", model.FieldCaption, 0, []string{"Ảnh thứ 2"}},
			{model.ProblemPhotoAlt, "f2", model.FieldAlt, 0, []string{"Ảnh thứ 2"}},
		}},
		{"LeadEmpty", func(r *model.Report) { r.Lead = " \n" },
			[]want{{model.ProblemLeadEmpty, "", model.FieldLead, 0, []string{"Sapo"}}}},
		{"HeadlineTooLong", func(r *model.Report) { r.Headline = strings.TrimSpace(long) },
			[]want{{model.ProblemHeadlineLong, "", model.FieldHeadline, 0, []string{"134 ký tự", "120"}}}},
		{"HeadlineAtTheLimit", func(r *model.Report) { r.Headline = strings.Repeat("a", model.HeadlineWarnLength) }, nil},

		// award counts
		{"AwardCountDiffers", func(r *model.Report) {
			r.Body[0].Text = "Tại Hội nghị, Giám đốc Sở Nội vụ đã trao Giấy khen cho 3 tập thể và 2 cá nhân."
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"Đoạn văn thứ 1", "“3 tập thể”", "danh sách Giấy khen có 2 tập thể"}}}},
		{"AwardCountsBothDiffer", func(r *model.Report) {
			r.Body[0].Text = "Giám đốc Sở trao Giấy khen cho 12 tập thể, 12 cá nhân có thành tích xuất sắc."
		}, []want{
			{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“12 tập thể”", "có 2 tập thể"}},
			{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“12 cá nhân”", "có 2 cá nhân"}},
		}},
		{"AwardCountSpelledOut", func(r *model.Report) {
			r.Body[0].Text = "Giám đốc Sở trao Giấy khen cho hai tập thể và mười hai cá nhân."
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“mười hai cá nhân”", "có 2 cá nhân"}}}},
		{"AwardCountSpelledOutRight", func(r *model.Report) {
			for i := 0; i < 19; i++ {
				r.Body[2].Awards.Recipients = append(r.Body[2].Awards.Recipients, model.Recipient{Kind: model.Individual, Name: "Lê Văn An"})
			}
			r.Body[0].Text = "Giám đốc Sở trao Giấy khen cho hai tập thể và hai mươi mốt cá nhân."
		}, nil},
		{"AwardCountInLead", func(r *model.Report) { r.Lead += " Dịp này, 5 cá nhân được tặng Giấy khen." },
			[]want{{model.ProblemAwardCount, "", model.FieldLead, 0, []string{"Sapo", "“5 cá nhân”"}}}},
		{"AwardCountInCaption", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Trao Giấy khen cho 3 cá nhân"))
		}, []want{{model.ProblemAwardCount, "f2", model.FieldCaption, 0, []string{"Chú thích ảnh thứ 2"}}}},
		{"AwardCountWithoutFormButKhen", func(r *model.Report) {
			r.Body[0].Text = "Hội nghị đã khen thưởng 4 cá nhân."
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“4 cá nhân”"}}}},
		{"CountNotAboutAwards", func(r *model.Report) {
			r.Body[0].Text = "Sở có 5 tập thể và 40 cá nhân tham gia phong trào."
		}, nil},
		{"CountOfAnotherForm", func(r *model.Report) {
			r.Body[0].Text = "Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho 5 tập thể, Giám đốc Sở tặng Giấy khen cho 2 tập thể."
		}, nil},
		{"CountOfAnotherFormAfterIt", func(r *model.Report) {
			r.Body[0].Text = "Giám đốc Sở tặng Giấy khen cho 2 tập thể, 2 cá nhân và công nhận 3 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở."
		}, nil},
		{"CountOfListFormBeforeAnother", func(r *model.Report) {
			r.Body[0].Text = "Giám đốc Sở tặng Giấy khen cho 4 tập thể, 2 cá nhân và công nhận 3 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở."
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“4 tập thể”"}}}},
		{"CountWithoutNumber", func(r *model.Report) {
			r.Body[0].Text = "Giám đốc Sở trao Giấy khen cho các tập thể và cá nhân."
		}, nil},
		{"CountBeforeForm", func(r *model.Report) { r.Body[0].Text = "Có 7 cá nhân được nhận Giấy khen." },
			[]want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“7 cá nhân”"}}}},
		{"CountAgainstEmptyKind", func(r *model.Report) {
			r.Body[2].Awards.Recipients = r.Body[2].Awards.Recipients[:2]
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“2 cá nhân”", "có 0 cá nhân"}}}},
		{"TwoListsOfOneForm", func(r *model.Report) {
			r.Body = append(r.Body, model.Block{Key: "a2", Kind: model.BlockAwards, Awards: &model.AwardList{Form: "Giấy khen", Recipients: []model.Recipient{
				{Kind: model.Collective, Name: "Phòng Cải cách hành chính"},
			}}})
			r.Body[0].Text = "Giám đốc Sở trao Giấy khen cho 3 tập thể; Giám đốc Sở trao Giấy khen cho 1 tập thể và 2 cá nhân; có 4 tập thể được tặng Giấy khen."
		}, []want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“4 tập thể”", "các danh sách Giấy khen cộng lại có 3 tập thể"}}}},
		{"AwardCountThousands", func(r *model.Report) { r.Body[0].Text = "Trao Giấy khen cho 2 tập thể và 1.254 cá nhân." },
			[]want{{model.ProblemAwardCount, "p1", model.FieldText, 0, []string{"“1.254 cá nhân”"}}}},
		{"NoAwardList", func(r *model.Report) { r.Body = r.Body[:2]; r.Body[0].Text = "Trao Giấy khen cho 9 tập thể." }, nil},

		// one person, two titles
		{"TitleInCaptionDiffers", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Đồng chí Phạm Văn Khải, Chủ tịch Ủy ban nhân dân thành phố phát biểu tại Hội nghị"))
		}, []want{{model.ProblemTitleConflict, "f2", model.FieldCaption, 0, []string{"Chú thích ảnh thứ 2 ghi Phạm Văn Khải là “Chủ tịch Ủy ban nhân dân thành phố”", "khách mời thứ 1 ghi là “Phó Chủ tịch"}}}},
		{"TitleInCaptionAbbreviated", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Đồng chí Phạm Văn Khải, Phó Chủ tịch UBND thành phố phát biểu tại Hội nghị"))
		}, nil},
		{"TitleOnAwardListDiffers", func(r *model.Report) {
			r.Body[2].Awards.Recipients[2].Name = "Nguyễn Thị Thu Hằng"
			r.Body[2].Awards.Recipients[2].Title = "Phó Giám đốc"
		}, []want{{model.ProblemTitleConflict, "a1", model.FieldRecipientTitle, 2, []string{"Nguyễn Thị Thu Hằng", "“Phó Giám đốc”", "người chủ trì thứ 1"}}}},
		{"SeveralPostsInOneTitle", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Đồng chí Phạm Văn Khải, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố phát biểu"))
			r.Event.Chair = append(r.Event.Chair, model.Person{Name: "Phạm Văn Khải", Title: "Ủy viên Ban Thường vụ Thành ủy"})
			r.Body[0].Text = "Đồng chí Nguyễn Thị Thu Hằng, Bí thư Đảng ủy kiêm Giám đốc Sở Nội vụ phát biểu."
		}, nil},
		{"OnePostOfSeveralDiffers", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Đồng chí Phạm Văn Khải, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch UBND thành phố phát biểu"))
		}, []want{{model.ProblemTitleConflict, "f2", model.FieldCaption, 0, []string{"“Ủy viên Ban Thường vụ Thành ủy, Chủ tịch UBND thành phố”"}}}},
		{"CommaInsideTitle", func(r *model.Report) {
			r.Event.Guests = append(r.Event.Guests, model.Person{Name: "Trần Văn Nam", Title: "Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ"})
			r.Body = append(r.Body, caption("f2", "Đồng chí Trần Văn Nam, Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ nhận Giấy khen"))
		}, nil},
		{"TitleOnAwardListWithUnit", func(r *model.Report) {
			r.Event.Guests = append(r.Event.Guests, model.Person{Name: "Bùi Thị Ngọc Anh", Title: "Chánh Văn phòng Sở Nội vụ"})
		}, nil},
		{"TitleShorterInText", func(r *model.Report) {
			r.Body[0].Text = "Phát biểu tại Hội nghị, đồng chí Nguyễn Thị Thu Hằng, Giám đốc Sở lưu ý các phòng về tiến độ."
		}, nil},
		{"SentenceGoesOnAfterTitle", func(r *model.Report) {
			r.Body[0].Text = "Đồng chí Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố lưu ý, năm 2026 có nhiều việc."
			r.Body = append(r.Body, paragraph("p2", "Đồng chí Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố nêu rõ những việc cần làm ngay."))
		}, nil},
		{"TitleInSentenceDiffers", func(r *model.Report) {
			r.Body[0].Text = "Báo cáo do đồng chí Nguyễn Thị Thu Hằng, Phó Giám đốc Sở Nội vụ trình bày."
		}, []want{{model.ProblemTitleConflict, "p1", model.FieldText, 0, []string{"“Phó Giám đốc Sở Nội vụ”"}}}},
		{"DepartmentDiffers", func(r *model.Report) {
			r.Event.Guests = append(r.Event.Guests, model.Person{Name: "Nguyễn Thị Thu Hằng", Title: "Giám đốc Sở Tài chính"})
		}, []want{{model.ProblemTitleConflict, "", model.FieldGuestTitle, 1, []string{"“Giám đốc Sở Tài chính”"}}}},
		{"ToneStylesOfOneName", func(r *model.Report) {
			r.Event.Guests = append(r.Event.Guests, model.Person{Name: "Lê Thị Thủy", Title: "Trưởng phòng Người có công"})
			r.Body = append(r.Body, caption("f2", "Đồng chí Lê Thị Thuỷ, Phó Trưởng phòng Người có công nhận hoa"))
		}, []want{{model.ProblemTitleConflict, "f2", model.FieldCaption, 0, []string{"Lê Thị Thuỷ"}}}},
		{"DifferentPeople", func(r *model.Report) {
			r.Event.Guests = append(r.Event.Guests, model.Person{Name: "Lê Minh Đức", Title: "Phó Trưởng Ban Tổ chức Thành ủy"})
			r.Body = append(r.Body, caption("f2", "Đồng chí Lê Minh Dục, Trưởng phòng Tổ chức phát biểu"))
		}, nil},
		{"NoNameAfterDongChi", func(r *model.Report) {
			r.Body[0].Text = "Đồng chí Phó Chủ tịch Ủy ban nhân dân thành phố nhấn mạnh, các đồng chí lãnh đạo cần sâu sát cơ sở."
		}, nil},
		{"TwoPeopleInOneCaption", func(r *model.Report) {
			r.Body = append(r.Body, caption("f2", "Đồng chí Phạm Văn Khải, Phó Chủ tịch Ủy ban nhân dân thành phố và đồng chí Nguyễn Thị Thu Hằng, Giám đốc Sở Tài chính trao Giấy khen cho các tập thể"))
		}, []want{{model.ProblemTitleConflict, "f2", model.FieldCaption, 0, []string{"Nguyễn Thị Thu Hằng", "“Giám đốc Sở Tài chính”"}}}},
		{"ConflictReportedOnce", func(r *model.Report) {
			r.Body[0].Text = "Đồng chí Nguyễn Thị Thu Hằng, Phó Giám đốc Sở Nội vụ phát biểu."
			r.Body = append(r.Body, paragraph("p2", "Đồng chí Nguyễn Thị Thu Hằng, Giám đốc Sở Nội vụ kết luận."))
		}, []want{{model.ProblemTitleConflict, "p1", model.FieldText, 0, nil}}},

		// spaces and stray characters
		{"DoubleSpace", func(r *model.Report) { r.Body[0].Text = "Tại Hội nghị,  Giám đốc Sở   trao Giấy khen." },
			[]want{{model.ProblemDoubleSpace, "p1", model.FieldText, 0, []string{"Đoạn văn thứ 1", "2 chỗ", "«Tại Hội nghị,  Giám đốc Sở   tr"}}}},
		{"SpaceBeforePunctuation", func(r *model.Report) { r.Headline = "Hội nghị tổng kết , triển khai nhiệm vụ !" },
			[]want{{model.ProblemSpaceBeforePunct, "", model.FieldHeadline, 0, []string{"Tiêu đề", "2 chỗ"}}}},
		{"Ellipsis", func(r *model.Report) { r.Body[0].Text = "Các sở, ngành ..." }, nil},
		{"Tab", func(r *model.Report) { r.Body[1].Photo.Caption = "Quang cảnh\tHội nghị" },
			[]want{{model.ProblemOddSpace, "f1", model.FieldCaption, 0, []string{"dấu tab", "[tab]"}}}},
		{"NonBreakingSpace", func(r *model.Report) { r.Lead = "Sáng 8/1,\u00a0Sở Nội vụ tổ chức Hội nghị." },
			[]want{{model.ProblemOddSpace, "", model.FieldLead, 0, []string{"không ngắt dòng"}}}},
		{"ZeroWidthSpaces", func(r *model.Report) { r.Body[0].Text = "Hội\u200b nghị\u200b tổng kết\u2060." },
			[]want{{model.ProblemOddSpace, "p1", model.FieldText, 0, []string{"3 khoảng trắng lạ", "độ rộng bằng 0"}}}},
		{"UnclosedBracket", func(r *model.Report) { r.Body[0].Text = "Sở Nội vụ (Văn phòng Sở tham mưu." },
			[]want{{model.ProblemUnbalanced, "p1", model.FieldText, 0, []string{"dấu ("}}}},
		{"UnopenedBracket", func(r *model.Report) { r.Body[0].Text = "Sở Nội vụ Văn phòng Sở) tham mưu." },
			[]want{{model.ProblemUnbalanced, "p1", model.FieldText, 0, []string{"dấu )"}}}},
		{"UnclosedQuote", func(r *model.Report) { r.Body[0].Text = "Xây dựng đội ngũ “tận tụy, chuyên nghiệp." },
			[]want{{model.ProblemUnbalanced, "p1", model.FieldText, 0, []string{"dấu “"}}}},
		{"OddStraightQuotes", func(r *model.Report) { r.Body[0].Text = `Phong trào "Thi đua" và "Dân vận khéo.` },
			[]want{{model.ProblemUnbalanced, "p1", model.FieldText, 0, []string{`dấu "`}}}},
		{"CrossedBrackets", func(r *model.Report) { r.Body[0].Text = "Sở (Văn phòng [Sở) tham mưu]." },
			[]want{{model.ProblemUnbalanced, "p1", model.FieldText, 0, []string{"dấu )"}}}},
		{"ListMarkers", func(r *model.Report) {
			r.Body[0].Text = "Nhiệm vụ: a) kiện toàn bộ máy; b) bầu cử; 1) số hóa (hồ sơ)."
		}, nil},
		{"BalancedMarks", func(r *model.Report) {
			r.Body[0].Text = "Sở (Văn phòng [Sở]) tham mưu «đúng hạn» và “kịp thời”."
		}, nil},
		{"LoneMark", func(r *model.Report) { r.Body[0].Text = "Hội nghị \u0301tổng kết." },
			[]want{{model.ProblemLoneMark, "p1", model.FieldText, 0, []string{"dấu thanh"}}}},
		{"SecondTone", func(r *model.Report) { r.Body[1].Photo.Caption = "Quang ca\u0309\u0301nh Hội nghị" },
			[]want{{model.ProblemLoneMark, "f1", model.FieldCaption, 0, []string{"Chú thích ảnh thứ 1"}}}},
		{"DecomposedTextIsFine", func(r *model.Report) { r.Body[0].Text = "Vie\u0302\u0323t Nam." }, nil},
		{"ReplacementCharacter", func(r *model.Report) { r.Byline = []string{"Thanh H\ufffd"} },
			[]want{{model.ProblemBrokenChar, "", model.FieldByline, 0, []string{"Tên tác giả thứ 1", "�"}}}},
		{"ControlCharacter", func(r *model.Report) { r.Event.Guests[0].Name = "Phạm Văn\u0007 Khải" },
			[]want{{model.ProblemControlChar, "", model.FieldGuestName, 0, []string{"Tên khách mời thứ 1"}}}},
		{"DirectionMark", func(r *model.Report) { r.Body[2].Awards.Recipients[1].Unit = "Sở\u200f Nội vụ" },
			[]want{{model.ProblemControlChar, "a1", model.FieldRecipientUnit, 1, []string{"dòng 2 của danh sách khen thưởng thứ 1"}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := checkReport()
			tt.change(r)
			got := model.Check(r)
			if len(got) != len(tt.want) {
				for _, p := range got {
					t.Logf("got %s %q %s[%d]: %s", p.Kind, p.BlockKey, p.Field, p.Index, p.Message)
				}
				t.Fatalf("got %d problems, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				p := got[i]
				if p.Kind != w.kind || p.BlockKey != w.blockKey || p.Field != w.field || p.Index != w.index {
					t.Errorf("problem %d: got %s %q %s[%d], want %s %q %s[%d]", i, p.Kind, p.BlockKey, p.Field, p.Index, w.kind, w.blockKey, w.field, w.index)
				}
				for _, h := range w.has {
					if !strings.Contains(p.Message, h) {
						t.Errorf("problem %d: message %q lacks %q", i, p.Message, h)
					}
				}
			}
		})
	}
}

// Offsets select the text at fault, in runes of the field.
func TestCheckOffsets(t *testing.T) {
	r := checkReport()
	r.Body[0].Text = "Tại Hội nghị, Giám đốc Sở đã trao Giấy khen cho 3 tập thể và 2 cá nhân."
	r.Body[1].Photo.Caption = "Đồng chí Phạm Văn Khải, Chủ tịch UBND thành phố phát biểu"
	r.Body[1].Photo.Alt = "Hội trường,  kín"
	r.Headline = strings.Repeat("ồ", 125)
	for _, p := range model.Check(r) {
		var field string
		switch p.Field {
		case model.FieldText:
			field = r.Body[0].Text
		case model.FieldCaption:
			field = r.Body[1].Photo.Caption
		case model.FieldAlt:
			field = r.Body[1].Photo.Alt
		case model.FieldHeadline:
			field = r.Headline
		}
		rs := []rune(field)
		if p.End > len(rs) || p.Start >= p.End {
			t.Errorf("%s: offsets %d,%d in %q", p.Kind, p.Start, p.End, field)
			continue
		}
		got := string(rs[p.Start:p.End])
		want := map[model.ProblemKind]string{
			model.ProblemAwardCount:    "3 tập thể",
			model.ProblemTitleConflict: "Chủ tịch UBND thành phố",
			model.ProblemDoubleSpace:   "  ",
			model.ProblemHeadlineLong:  "ồồồồồ",
			model.ProblemMisspelled:    strings.Repeat("ồ", 125),
		}[p.Kind]
		if got != want {
			t.Errorf("%s: selects %q, want %q", p.Kind, got, want)
		}
	}
}

// Every problem reads well in both languages: no catalog keys, no formatting debris.
func TestCheckMessages(t *testing.T) {
	r := checkReport()
	r.Headline = strings.Repeat("Tiêu đề dài ", 12) + ","
	r.Lead = ""
	r.Body[0].Text = "Trao Giấy khen cho 3 tập thể\t(và 5 cá nhân. Đồng chí Phạm Văn Khải, Chủ tịch Ủy ban nhân dân thành phố phát biểu \u0301\ufffd\u0007."
	r.Body[1].Photo.Caption, r.Body[1].Photo.Alt = "", ""
	r.Body[1].Photo.Credit = "Ảnh:  Minh Khôi"
	kinds := map[model.ProblemKind]bool{}
	defer msg.SetLang(msg.Vietnamese)
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		msg.SetLang(lang)
		for _, p := range model.Check(r) {
			kinds[p.Kind] = true
			if strings.Contains(p.Message, "model.check") || strings.Contains(p.Message, "%!") || p.Message == "" {
				t.Errorf("%s in %s: %q", p.Kind, lang, p.Message)
			}
			if lang == msg.English && strings.Contains(p.Message, "thứ") {
				t.Errorf("Vietnamese in English: %q", p.Message)
			}
		}
	}
	all := []model.ProblemKind{
		model.ProblemPhotoCaption, model.ProblemPhotoAlt, model.ProblemLeadEmpty, model.ProblemHeadlineLong,
		model.ProblemAwardCount, model.ProblemTitleConflict, model.ProblemDoubleSpace, model.ProblemSpaceBeforePunct,
		model.ProblemOddSpace, model.ProblemUnbalanced, model.ProblemLoneMark, model.ProblemBrokenChar, model.ProblemControlChar,
	}
	for _, k := range all {
		if !kinds[k] {
			t.Errorf("no %s raised", k)
		}
	}
}

// The team's sample report is clean.
func TestCheckSample(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	r, _, err := assets.SampleReport()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range model.Check(r) {
		t.Errorf("%s %q %s[%d]: %s", p.Kind, p.BlockKey, p.Field, p.Index, p.Message)
	}
}

// The sample with the mistakes the checks exist for.
func TestCheckSampleSpoiled(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	r, _, err := assets.SampleReport()
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Body {
		b := &r.Body[i]
		if b.Kind == model.BlockParagraph && strings.Contains(b.Text, "12 tập thể") {
			b.Text = strings.Replace(b.Text, "12 tập thể", "13 tập thể", 1)
		}
		if b.Kind == model.BlockPhoto && strings.HasPrefix(b.Photo.Caption, "Đồng chí Phạm Văn Khải") {
			b.Photo.Caption = strings.Replace(b.Photo.Caption, "Phó Chủ tịch", "Chủ tịch", 1)
		}
	}
	var kinds []model.ProblemKind
	for _, p := range model.Check(r) {
		kinds = append(kinds, p.Kind)
	}
	if want := []model.ProblemKind{model.ProblemTitleConflict, model.ProblemAwardCount}; !slices.Equal(kinds, want) {
		t.Errorf("got %v, want %v", kinds, want)
	}
}
