package model_test

import (
	"strings"
	"testing"

	"newsdesk/model"
	"newsdesk/msg"
)

// The checks of words, numbers and capitals, each with wrong and right cases: a
// paragraph is put into the small report, and what the checks find in it compared
// (kind, the text selected, the fix's text; "" where no fix is offered).
func TestCheckStyle(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	type find struct {
		kind      model.ProblemKind
		text, fix string
	}
	for _, tt := range []struct {
		name, para string
		opts       model.CheckOptions
		want       []find
	}{
		// misspelled syllables
		{"Misspelled", "Hội nghị diễn ra nghiêmm túc, tổnq kết quyêt liệt.", model.CheckOptions{},
			[]find{{model.ProblemMisspelled, "nghiêmm", "nghiêm"}, {model.ProblemMisspelled, "tổnq", "tổng"}, {model.ProblemMisspelled, "quyêt", "quyết"}}},
		{"MisspelledAtSentenceStart", "Hội nghị kết thúc. Tổnq kết lại, năm qua đạt nhiều kết quả.", model.CheckOptions{},
			[]find{{model.ProblemMisspelled, "Tổnq", "Tổng"}}},
		{"MissingMarks", "Cán bộ khong được né tránh.", model.CheckOptions{},
			[]find{{model.ProblemMisspelled, "khong", "không"}}},
		{"NamesMidSentence", "Đồng chí Krông Búk Nghiêmm phát biểu tại xã Ea Kar.", model.CheckOptions{}, nil},
		{"NamedPeopleAtSentenceStart", "Hằng cho biết, Sở sẽ rà soát.", model.CheckOptions{}, nil},
		{"Abbreviations", "Hội nghị trực tuyến về COVID-19, theo Nghị định số 30/2020/NĐ-CP và Kế hoạch số 12/KH-SNV.", model.CheckOptions{}, nil},
		{"ForeignWords", "Ứng dụng được cài trên smartphone, kết nối wifi và email; tra cứu online.", model.CheckOptions{}, nil},
		{"NumbersAndCodes", "Năm 2025, đạt 105% kế hoạch; 1.254 hồ sơ; khóa XVI.", model.CheckOptions{}, nil},
		{"PersonalList", "Đoàn thăm làng nghề gốm Bát Tràngg và xưởng gốm xyzô.", model.CheckOptions{Words: []string{"xyzô"}}, nil},
		{"PersonalListMisses", "Đoàn thăm xưởng gốm xyzô.", model.CheckOptions{},
			[]find{{model.ProblemMisspelled, "xyzô", ""}}},

		// Telex left unconverted
		{"Telex", "Hội nghị tổng kết công tác khoong chỉ dduwowcj đánh giá cao mà còn cuar toàn ngành.", model.CheckOptions{},
			[]find{{model.ProblemTelex, "khoong", "không"}, {model.ProblemTelex, "dduwowcj", "được"}, {model.ProblemTelex, "cuar", "của"}}},
		{"TelexCapitalised", "Ngành Nội vụ Vieejt Nam phát triển.", model.CheckOptions{},
			[]find{{model.ProblemTelex, "Vieejt", "Việt"}}},
		{"NotTelex", "Đoàn làm việc với ông Lee và bà Moon về chương trình tuổi teen, email và Facebook.", model.CheckOptions{}, nil},

		// tones placed both ways
		{"ToneMixed", "Công tác hoà giải ở cơ sở được chú trọng.", model.CheckOptions{},
			[]find{{model.ProblemToneMixed, "hoà", "hòa"}}},
		{"ToneMixedNewStyleSetting", "Công tác hoà giải ở cơ sở được chú trọng.", model.CheckOptions{ToneStyle: model.ToneNew},
			[]find{{model.ProblemToneMixed, "Ủy", "Uỷ"}}}, // the report's Ủy ban is now the odd one
		{"ToneOneStyle", "Công tác hòa giải, thủy lợi được chú trọng.", model.CheckOptions{}, nil},
		{"ToneOfANamedPerson", "Bà Thuỷ cho biết, công tác hòa giải được chú trọng.", model.CheckOptions{}, nil},

		// numbers and dates
		{"DecimalWithDot", "Mức độ hài lòng đạt 86.4%, tổng vốn 1.5 tỷ đồng.", model.CheckOptions{},
			[]find{{model.ProblemNumber, "86.4", "86,4"}, {model.ProblemNumber, "1.5", "1,5"}}},
		{"ThousandsWithComma", "Bố trí hơn 6,800 cán bộ và 12,450 lượt người.", model.CheckOptions{},
			[]find{{model.ProblemNumber, "6,800", "6.800"}, {model.ProblemNumber, "12,450", "12.450"}}},
		{"NumbersRight", "Đạt 86,4%, bố trí 6.800 cán bộ; cách mạng công nghiệp 4.0; chi 2,500 tỷ đồng; nhiệm kỳ 2025 - 2030.", model.CheckOptions{}, nil},
		{"DateMixed", "Ngày 8/1/2026 họp; ngày 09/02/2026 và ngày 10-3-2026 báo cáo.", model.CheckOptions{},
			[]find{{model.ProblemDateMixed, "09/02/2026", "9/2/2026"}, {model.ProblemDateMixed, "10-3-2026", "10/3/2026"}}},
		{"DatesOneWay", "Ngày 8/1/2026 họp; ngày 15/2 báo cáo; Quyết định số 1234/QĐ-UBND ngày 20/12/2025.", model.CheckOptions{}, nil},
		{"DatesPadded", "Ngày 15/10/2025 và ngày 08/01/2026 họp; ngày 20/12/2025 và ngày 9/2/2026 báo cáo.", model.CheckOptions{},
			[]find{{model.ProblemDateMixed, "08/01/2026", "8/1/2026"}}}, // the lead's 8/1 sets the way; 15/10 and 20/12 fit either

		// capitals of bodies and titles; abbreviations
		{"CapitalsTooMany", "Đại diện Ủy ban nhân dân Thành Phố và Ban Thường Vụ dự Hội Nghị.", model.CheckOptions{},
			[]find{{model.ProblemCapitals, "Thành Phố", "thành phố"}, {model.ProblemCapitals, "Ban Thường Vụ", "Ban Thường vụ"}, {model.ProblemCapitals, "Hội Nghị", "Hội nghị"}}},
		{"CapitalsTooFew", "Đồng chí phó chủ tịch Ủy ban nhân dân thành phố và đại diện uỷ ban nhân dân thành phố, thành ủy dự.", model.CheckOptions{},
			[]find{{model.ProblemCapitals, "phó chủ tịch", "Phó Chủ tịch"}, {model.ProblemCapitals, "uỷ ban nhân dân", "Uỷ ban nhân dân"}, {model.ProblemToneMixed, "uỷ", "ủy"}, {model.ProblemCapitals, "thành ủy", "Thành ủy"}}},
		{"CapitalsPartly", "Phó chủ tịch UBND thành phố và đại diện Ủy ban Nhân dân phường dự.", model.CheckOptions{},
			[]find{{model.ProblemCapitals, "Phó chủ tịch", "Phó Chủ tịch"}, {model.ProblemCapitals, "Ủy ban Nhân dân", "Ủy ban nhân dân"}}},
		{"CapitalsRight", "Các giám đốc sở, chủ tịch các xã; Ủy ban nhân dân thành phố, Thành ủy, báo Nhân Dân.", model.CheckOptions{}, nil},
		{"AbbreviationFirst", "Phó Chủ tịch UBND TP Hải Đông, đại diện HĐND thành phố dự.", model.CheckOptions{},
			[]find{{model.ProblemAbbrevUsed, "HĐND", "Hội đồng nhân dân"}}}, // UBND and thành phố are spelled out in a title
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := checkReport()
			// The small report names Ủy ban nhân dân in a title: UBND is spelled out.
			r.Body[0].Text = tt.para
			var got []find
			for _, p := range model.CheckWith(r, tt.opts) {
				text, _ := r.FieldText(p.BlockKey, p.Field, p.Index)
				f := find{p.Kind, string([]rune(text)[p.Start:p.End]), ""}
				if p.Fix != nil {
					f.fix = p.Fix.Text
				}
				got = append(got, f)
				if strings.Contains(p.Message, "%!") || strings.Contains(p.Message, "model.check") {
					t.Errorf("message %q", p.Message)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("finding %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// A fix applies to the text it was offered for, and only while that text is there.
func TestApplyFix(t *testing.T) {
	r := checkReport()
	r.Body[0].Text = "Hội nghị diễn ra nghiêmm túc. Công tác hoà giải được chú trọng."
	r.Lead = "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị. Mức hài lòng đạt 86.4%."
	var spelling, tone, number model.Problem
	for _, p := range model.Check(r) {
		switch p.Kind {
		case model.ProblemMisspelled:
			spelling = p
		case model.ProblemToneMixed:
			tone = p
		case model.ProblemNumber:
			number = p
		}
	}
	if spelling.Fix == nil || tone.Fix == nil || number.Fix == nil {
		t.Fatalf("fixes missing: %+v %+v %+v", spelling, tone, number)
	}
	if ed := r.ApplyFix(number); len(ed) != 1 || ed[0].Field != model.FieldLead || r.Lead != "Sáng 8/1, Sở Nội vụ tổ chức Hội nghị. Mức hài lòng đạt 86,4%." {
		t.Errorf("number fix: edits %+v, lead %q", ed, r.Lead)
	}
	if ed := r.ApplyFix(spelling); len(ed) != 1 || r.Body[0].Text != "Hội nghị diễn ra nghiêm túc. Công tác hoà giải được chú trọng." {
		t.Errorf("spelling fix: edits %+v, text %q", ed, r.Body[0].Text)
	}
	// Offsets of the tone problem are now one short: the whole-report fix does not use them.
	r.Event.Guests[0].Name = "Lê Thị Thuỷ" // a name keeps its owner's style
	if ed := r.ApplyFix(tone); len(ed) != 1 || r.Body[0].Text != "Hội nghị diễn ra nghiêm túc. Công tác hòa giải được chú trọng." {
		t.Errorf("tone fix: edits %+v, text %q", ed, r.Body[0].Text)
	}
	if r.Event.Guests[0].Name != "Lê Thị Thuỷ" {
		t.Errorf("the tone fix changed a name: %q", r.Event.Guests[0].Name)
	}
	if ed := r.ApplyFix(spelling); ed != nil {
		t.Errorf("a spelling fix applied to text since changed: %+v", ed)
	}
	if ed := r.ApplyFix(model.Problem{Kind: model.ProblemDoubleSpace}); ed != nil {
		t.Errorf("a problem without fix changed %+v", ed)
	}
}

// A paragraph typed without marks is one problem, not one a word.
func TestCheckUnmarked(t *testing.T) {
	msg.SetLang(msg.Vietnamese)
	r := checkReport()
	r.Body[0].Text = "Hoi nghi tong ket cong tac nam 2025 dien ra nghiem tuc, cac dai bieu thao luan soi noi ve nhiem vu nam toi."
	var got []model.Problem
	for _, p := range model.Check(r) {
		if p.BlockKey == "p1" {
			got = append(got, p)
		}
	}
	if len(got) != 1 || got[0].Kind != model.ProblemMisspelled || got[0].Fix != nil || !strings.Contains(got[0].Message, "gõ không dấu") {
		t.Errorf("got %+v, want one problem saying the paragraph is typed without marks", got)
	}
	// Every word a syllable once its marks are gone: still one problem.
	r.Body[0].Text = "Phong trao thanh nien tinh nguyen cua phuong dat ket qua nhu mong doi, nhieu doan vien tham gia don dep duong pho va ho tro nguoi ngheo."
	got = nil
	for _, p := range model.Check(r) {
		if p.BlockKey == "p1" {
			got = append(got, p)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0].Message, "gõ không dấu") {
		t.Errorf("got %+v, want one problem saying the paragraph is typed without marks", got)
	}
	// A few slips in a long paragraph are each their own problem.
	r.Body[0].Text = "Hội nghị tổng kết công tác năm 2025 diễn ra nghiem túc; các đại biểu thảo luận sôi nổi về nhiệm vụ năm tới, tổnq hợp ý kiến."
	n := 0
	for _, p := range model.Check(r) {
		if p.BlockKey == "p1" && p.Kind == model.ProblemMisspelled && p.Fix != nil {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d misspellings with a fix, want 2 (nghiem, tổnq)", n)
	}
}
