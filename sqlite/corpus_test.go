package sqlite_test

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsdesk/model"
)

// corpus makes Vietnamese-looking conference reports for benchmarks: words drawn
// with a Zipf-like frequency from a vocabulary of real Vietnamese syllables (the
// frequent ones) and regular syllables built from Vietnamese onsets, rhymes and
// tones (the long tail), so that common words such as "hội nghị" occur in most
// reports and tail words in few. Everything is fictional; the same seed gives the
// same library.
type corpus struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	vocab []string // by rank, most frequent first
}

// zipfExponent shapes the word frequencies: rank r is drawn ∝ 1/(1+r)^s.
const zipfExponent = 1.1

func newCorpus(seed uint64) *corpus {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := vietnameseVocabulary()
	return &corpus{rng: rng, vocab: vocab, zipf: rand.NewZipf(rng, zipfExponent, 1, uint64(len(vocab)-1))}
}

// word draws one word by frequency.
func (c *corpus) word() string { return c.vocab[c.zipf.Uint64()] }

// sentence returns n words drawn by frequency, capitalised, with a full stop.
func (c *corpus) sentence(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = c.word()
	}
	if c.rng.IntN(4) == 0 && n > 6 {
		words[n/2] += ","
	}
	return capitalise(strings.Join(words, " ")) + "."
}

func (c *corpus) paragraph(words int) string {
	var sents []string
	for words > 0 {
		n := min(words, 10+c.rng.IntN(15))
		sents = append(sents, c.sentence(n))
		words -= n
	}
	return strings.Join(sents, " ")
}

var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"}
	middleNames = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Hải", "Xuân", "Kim"}
	givenNames  = []string{"Hùng", "Dũng", "Hương", "Lan", "Mai", "Tuấn", "Thắng", "Hà", "Hoa", "Long", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Việt", "Yến", "Khoa", "Bình", "Cường", "Giang", "Hạnh", "Huệ", "Linh", "Loan", "Nga", "Oanh", "Phúc", "Quyên", "Thủy", "Vân"}
	unitKinds   = []string{"Phòng", "Ban", "Trung tâm", "Đội", "Chi bộ", "Đoàn Thanh niên", "Hội Phụ nữ", "Ủy ban nhân dân phường"}
	titles      = []string{"Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Bí thư Chi bộ", "Chủ tịch", "Phó Chủ tịch", "Cán bộ"}
)

func (c *corpus) pick(list []string) string { return list[c.rng.IntN(len(list))] }

func (c *corpus) person() string {
	return c.pick(familyNames) + " " + c.pick(middleNames) + " " + c.pick(givenNames)
}

func (c *corpus) unit() string {
	return c.pick(unitKinds) + " " + capitalise(c.word()) + " " + capitalise(c.word())
}

// report returns a report of about size bytes of text.
func (c *corpus) report(size int) *model.Report {
	headline := c.sentence(8 + c.rng.IntN(8))
	headline = headline[:len(headline)-1]
	if c.rng.IntN(10) < 6 {
		headline = "Hội nghị " + strings.ToLower(headline[:1]) + headline[1:]
	}
	r := model.NewReport(headline)
	r.Section = capitalise(c.word() + " " + c.word())
	r.Event = model.Event{
		Place:     "Hội trường " + c.unit(),
		Organiser: c.unit(),
		Chair:     []model.Person{{Name: c.person(), Title: c.pick(titles)}},
	}
	r.Lead = c.paragraph(45)
	written := len(r.Lead) + len(headline)
	for written < size {
		p := c.paragraph(60 + c.rng.IntN(60))
		r.Body = append(r.Body, model.Paragraph(p))
		written += len(p)
		if c.rng.IntN(6) == 0 {
			list := &model.AwardList{Form: "Giấy khen", By: c.pick(titles) + " " + c.unit()}
			for range 4 + c.rng.IntN(8) {
				if c.rng.IntN(2) == 0 {
					list.Recipients = append(list.Recipients, model.Recipient{Kind: model.Collective, Name: c.unit()})
				} else {
					list.Recipients = append(list.Recipients, model.Recipient{Kind: model.Individual, Name: c.person(), Title: c.pick(titles), Unit: c.unit()})
				}
			}
			r.Body = append(r.Body, model.Block{Kind: model.BlockAwards, Awards: list})
			written += 60 * len(list.Recipients)
		}
	}
	r.Byline = []string{c.person()}
	return r
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// commonSyllables are frequent syllables of Vietnamese news about meetings and
// administration, roughly most frequent first.
const commonSyllables = `và các công tác của hội nghị năm đồng chí được trong cho với đã có những thực hiện là
phát triển tổ chức cán bộ đơn vị quận thành phố nhiệm vụ kết quả tổng chính quyền đảng nhân dân xây dựng kinh tế
xã quản lý đề tiếp tục khai đạt tập trung nâng cao chất lượng hiệu ban ngành sở ủy lãnh chỉ đạo văn hóa giáo dục
y an ninh trật tự đô thị hành cải cách số chuyển đổi người mới theo tại về từ này đến một như phải cần tình hình
trên địa bàn phường huyện tỉnh ương bí thư chủ tịch phó giám đốc trưởng phòng khen thưởng giấy bằng tặng thể cá
xuất sắc thi đua phong trào đoàn sáng tạo hoàn mục tiêu kế hoạch giải pháp trọng tâm đột phá nguồn lực đầu tư dự
án trình hạ tầng giao thông môi trường đất đai tài nguyên ngân sách thu chi doanh nghiệp sản thương mại dịch du
lịch nông lao động việc làm sinh chăm sóc sức khỏe học niên phụ nữ cựu chiến binh mặt trận quốc quân sự biểu dương
ghi nhận đánh giá nhấn mạnh yêu cầu quán triệt quyết báo cáo tham luận họp trì đại khách mời buổi chiều ngày tháng
quý giai đoạn kỳ tuổi huy niệm truyền thống sử vinh trao đón hướng dẫn kiểm tra sát khiếu nại tố chống nhũng lãng
phí tiết minh bạch trách gương mẫu đức tư tưởng hồ vững mạnh toàn diện chặt chẽ kịp thời hiệu quả tích cực nghiêm
túc khó khăn hạn chế tồn tại nguyên nhân bài học kinh nghiệm đồng thời bên cạnh đó vì vậy tuy nhiên ngoài ra
nhằm góp phần đảm bảo tăng cường đẩy mạnh quan tâm phối hợp chặt thống nhất ý kiến thảo luận sôi nổi dân chủ`

// vietnameseVocabulary returns the benchmark vocabulary by rank: the common
// syllables, then about 8,000 regular syllables in a fixed random order.
func vietnameseVocabulary() []string {
	seen := map[string]bool{}
	var vocab []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	for _, w := range strings.Fields(commonSyllables) {
		add(w)
	}
	tail := regularSyllables()
	rand.New(rand.NewPCG(7, 11)).Shuffle(len(tail), func(i, j int) { tail[i], tail[j] = tail[j], tail[i] })
	for _, w := range tail {
		if len(vocab) >= 8500 {
			break
		}
		add(w)
	}
	return vocab
}

// regularSyllables builds syllables from Vietnamese onsets, rhymes and the six
// tones, following the spelling rules (k/gh/ngh before e, ê, i; stops take only
// the sắc and nặng tones).
func regularSyllables() []string {
	onsets := strings.Fields("_ b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x")
	// Each rhyme with the position (in runes) of the vowel that carries the tone.
	rhymes := []struct {
		s   string
		pos int
	}{
		{"a", 0}, {"ai", 0}, {"ao", 0}, {"au", 0}, {"ay", 0}, {"an", 0}, {"ang", 0}, {"anh", 0}, {"am", 0}, {"ac", 0}, {"ach", 0}, {"at", 0}, {"ap", 0},
		{"ăn", 0}, {"ăng", 0}, {"ăm", 0}, {"ăc", 0}, {"ăt", 0}, {"ăp", 0},
		{"ân", 0}, {"âng", 0}, {"âm", 0}, {"âc", 0}, {"ât", 0}, {"âp", 0}, {"âu", 0}, {"ây", 0},
		{"e", 0}, {"eo", 0}, {"en", 0}, {"em", 0}, {"et", 0}, {"ep", 0},
		{"ê", 0}, {"êu", 0}, {"ên", 0}, {"ênh", 0}, {"êm", 0}, {"êch", 0}, {"êt", 0},
		{"i", 0}, {"ia", 0}, {"iu", 0}, {"in", 0}, {"inh", 0}, {"im", 0}, {"ich", 0}, {"it", 0}, {"ip", 0},
		{"iên", 1}, {"iêng", 1}, {"iêm", 1}, {"iêt", 1}, {"iêp", 1}, {"iêu", 1},
		{"o", 0}, {"oa", 1}, {"oai", 1}, {"oan", 1}, {"oang", 1}, {"oanh", 1}, {"oat", 1}, {"oac", 1}, {"oe", 1}, {"oi", 0}, {"on", 0}, {"ong", 0}, {"om", 0}, {"oc", 0}, {"ot", 0}, {"op", 0},
		{"ô", 0}, {"ôi", 0}, {"ôn", 0}, {"ông", 0}, {"ôm", 0}, {"ôc", 0}, {"ôt", 0}, {"ôp", 0},
		{"ơ", 0}, {"ơi", 0}, {"ơn", 0}, {"ơm", 0}, {"ơt", 0}, {"ơp", 0},
		{"u", 0}, {"ua", 0}, {"ui", 0}, {"un", 0}, {"ung", 0}, {"um", 0}, {"uc", 0}, {"ut", 0}, {"up", 0},
		{"uân", 1}, {"uât", 1}, {"uy", 1}, {"uyên", 2}, {"uyêt", 2}, {"uynh", 1}, {"uôi", 1}, {"uôn", 1}, {"uông", 1}, {"uôm", 1}, {"uôc", 1}, {"uôt", 1}, {"uê", 1},
		{"ư", 0}, {"ưa", 0}, {"ưi", 0}, {"ưng", 0}, {"ưc", 0}, {"ưt", 0}, {"ưu", 0},
		{"ươi", 1}, {"ươn", 1}, {"ương", 1}, {"ươm", 1}, {"ươc", 1}, {"ươt", 1}, {"ươp", 1}, {"ươu", 1},
	}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} // ngang, huyền, sắc, hỏi, ngã, nặng
	var out []string
	for _, on := range onsets {
		if on == "_" {
			on = ""
		}
		for _, rh := range rhymes {
			front := strings.ContainsRune("eêi", []rune(rh.s)[0])
			switch {
			case (on == "c" || on == "g" || on == "ng") && front:
				continue // written k, gh, ngh
			case (on == "k" || on == "gh" || on == "ngh") && !front:
				continue
			case on == "qu" && strings.ContainsRune("uo", []rune(rh.s)[0]):
				continue
			case on == "gi" && []rune(rh.s)[0] == 'i':
				continue
			}
			stop := strings.HasSuffix(rh.s, "c") || strings.HasSuffix(rh.s, "t") || strings.HasSuffix(rh.s, "p") || strings.HasSuffix(rh.s, "ch")
			for ti, tone := range tones {
				if stop && ti != 2 && ti != 5 {
					continue
				}
				rs := []rune(rh.s)
				withTone := string(rs[:rh.pos+1]) + tone + string(rs[rh.pos+1:])
				out = append(out, norm.NFC.String(on+withTone))
			}
		}
	}
	return out
}
