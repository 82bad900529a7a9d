package compare_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"newsdesk/compare"
)

// syllables is a few hundred Vietnamese syllables of the kind conference reports
// are written in, for generated texts.
var syllables = strings.Fields(`hội nghị tổng kết công tác năm thành phố ủy ban
nhân dân sở nội vụ tổ chức cán bộ đảng ủy ban thường vụ chi bộ đồng chí giám đốc
phó chủ tịch bí thư trưởng phòng chuyên viên đơn vị cơ quan quận huyện xã phường
thị trấn kế hoạch nhiệm vụ giải pháp trọng tâm phát biểu chỉ đạo kết luận báo cáo
tham luận đánh giá kết quả đạt được hạn chế tồn tại nguyên nhân khách quan chủ quan
triển khai thực hiện nghị quyết chỉ thị quyết định thông báo hướng dẫn văn bản quy
định pháp luật cải cách hành chính chuyển đổi số ứng dụng công nghệ thông tin dịch
vụ công trực tuyến mức độ hồ sơ giải quyết đúng hạn trước hạn người dân doanh nghiệp
hài lòng chỉ số năng lực cạnh tranh cấp tỉnh xếp hạng vị trí tăng giảm so với cùng
kỳ năm trước đội ngũ công chức viên chức người lao động biên chế tinh giản sắp xếp
tổ chức bộ máy tinh gọn hiệu lực hiệu quả thi đua khen thưởng tập thể cá nhân thành
tích xuất sắc hoàn thành tốt giấy khen bằng khen danh hiệu chiến sĩ lao động tiên
tiến trao tặng biểu dương động viên khích lệ tinh thần trách nhiệm đoàn kết thống
nhất đổi mới sáng tạo quyết tâm phấn đấu năm mới hoàn thành vượt mức chỉ tiêu đề ra
sáng chiều tối ngày tháng quý đầu cuối giữa tiếp tục tăng cường nâng cao chất lượng
công tác kiểm tra giám sát thanh tra phòng chống tham nhũng lãng phí tiêu cực dân
chủ cơ sở quy chế làm việc phối hợp các ban ngành đoàn thể mặt trận tổ quốc việt nam
hội liên hiệp phụ nữ đoàn thanh niên cộng sản hồ chí minh công đoàn cựu chiến binh
nông dân an ninh quốc phòng trật tự an toàn xã hội kinh tế văn hóa giáo dục y tế
môi trường tài nguyên đất đai xây dựng giao thông đô thị nông thôn mới du lịch
thương mại đầu tư ngân sách thu chi tài chính kho bạc thuế hải quan cảng biển`)

// randomText returns n words of generated report prose, in sentences.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; {
		m := 8 + r.IntN(18)
		if i > 0 {
			b.WriteByte(' ')
		}
		for j := 0; j < m && i < n; j, i = j+1, i+1 {
			w := syllables[r.IntN(len(syllables))]
			if j == 0 {
				rs := []rune(w)
				w = strings.ToUpper(string(rs[:1])) + string(rs[1:])
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
			if j > 0 && j < m-1 && r.IntN(12) == 0 {
				b.WriteByte(',')
			}
		}
		b.WriteByte('.')
	}
	return b.String()
}

// mutate changes, inserts or deletes a few words of a.
func mutate(r *rand.Rand, a string) string {
	w := strings.Split(a, " ")
	for range 1 + r.IntN(4) {
		i := r.IntN(len(w))
		switch r.IntN(3) {
		case 0:
			w[i] = syllables[r.IntN(len(syllables))]
		case 1:
			w = slices.Insert(w, i, syllables[r.IntN(len(syllables))])
		default:
			if len(w) > 1 {
				w = slices.Delete(w, i, i+1)
			}
		}
	}
	return strings.Join(w, " ")
}

// revise is an editor's revision of a: about 7% of words replaced, inserted or
// deleted, two sentences moved and two new ones written.
func revise(r *rand.Rand, a string) string {
	sents := strings.SplitAfter(a, ". ")
	for range 2 {
		i, j := r.IntN(len(sents)), r.IntN(len(sents))
		s := sents[i]
		sents = slices.Delete(sents, i, i+1)
		if j > len(sents) {
			j = len(sents)
		}
		sents = slices.Insert(sents, j, s)
	}
	for range 2 {
		sents = slices.Insert(sents, r.IntN(len(sents)), randomText(r, 15)+" ")
	}
	for i := range sents {
		w := strings.Split(sents[i], " ")
		for j := range w {
			if w[j] == "" || strings.ContainsAny(w[j], ".,") || r.IntN(100) >= 7 {
				continue
			}
			switch r.IntN(4) {
			case 0, 1:
				w[j] = syllables[r.IntN(len(syllables))]
			case 2:
				w[j] += " " + syllables[r.IntN(len(syllables))]
			default:
				w[j] = ""
			}
		}
		sents[i] = strings.Join(slices.DeleteFunc(w, func(s string) bool { return s == "" }), " ")
		if !strings.HasSuffix(sents[i], " ") && i < len(sents)-1 {
			sents[i] += " "
		}
	}
	return strings.TrimSpace(strings.Join(sents, ""))
}

// tenK returns generated report prose of about 10,000 characters.
func tenK(r *rand.Rand) string {
	var s string
	for n := 1700; ; n += 50 {
		if s = randomText(r, n); len([]rune(s)) >= 10000 {
			return s
		}
	}
}

func BenchmarkWords10k(b *testing.B) {
	r := rand.New(rand.NewPCG(2026, 1))
	old := tenK(r)
	rev := revise(r, old)
	b.SetBytes(int64(len(old) + len(rev)))
	b.ResetTimer()
	for b.Loop() {
		compare.Words(old, rev)
	}
}

func BenchmarkWords10kUnrelated(b *testing.B) {
	r := rand.New(rand.NewPCG(2026, 2))
	old, other := tenK(r), tenK(r)
	b.SetBytes(int64(len(old) + len(other)))
	b.ResetTimer()
	for b.Loop() {
		compare.Words(old, other)
	}
}
