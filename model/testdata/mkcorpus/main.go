// mkcorpus writes corpus.txt: conference reports in the style of a city portal,
// made from templates with fictional units, places and people, for the checks'
// false-positive test. Each report is a block of lines: the headline, the lead, then
// the body's paragraphs; a line starting "@ " is a photo caption, "! " names a
// person as "name|title"; reports are parted by a blank line. The output is the
// same on every run.
//
//	go run ./model/testdata/mkcorpus > model/testdata/corpus.txt
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh", "Lương"}
	middles  = []string{"Văn", "Thị", "Minh", "Đức", "Thu", "Quang", "Hồng", "Thanh", "Ngọc", "Xuân", "Hữu", "Thị Thu", "Văn Tuấn"}
	givens   = []string{"Hằng", "Khải", "Tuấn", "Lan", "Hùng", "Thủy", "Hòa", "Dũng", "Nga", "Phượng", "Khoa", "Thúy", "Quý", "Long", "Hải", "Yến", "Trung", "Sơn", "Hạnh", "Nam", "Tâm", "Bình", "Quỳnh", "Khánh", "Loan", "Vinh"}

	// Departments of the fictional city of Hải Đông, with the post of their head.
	depts = []string{"Sở Nội vụ", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng",
		"Sở Văn hóa và Thể thao", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
		"Sở Công Thương", "Sở Du lịch", "Sở Dân tộc và Tôn giáo"}
	bodies = []string{"Hội Liên hiệp Phụ nữ thành phố", "Thành đoàn Hải Đông", "Liên đoàn Lao động thành phố",
		"Hội Nông dân thành phố", "Hội Cựu chiến binh thành phố", "Liên minh Hợp tác xã thành phố"}
	wards = []string{"phường Hòa Bình", "xã An Lạc", "phường Đông Hải", "xã Tân Phong", "phường Bạch Mai",
		"xã Vĩnh Thủy", "phường Lạc Viên", "xã Kiến Thụy", "phường Cát Bi", "xã Tiên Lãng", "phường Ngọc Sơn", "xã Quỳnh Lâm"}
	places = []string{"Trung tâm Hội nghị thành phố", "Nhà văn hóa Lao động thành phố", "trụ sở Ủy ban nhân dân thành phố",
		"Cung Văn hóa Thanh niên", "hội trường Thành ủy"}
	parts  = []string{"Sáng", "Chiều", "Sáng", "Sáng"}
	events = []string{"Hội nghị tổng kết công tác năm %d, triển khai nhiệm vụ năm %d",
		"Hội nghị sơ kết công tác 6 tháng đầu năm %d, triển khai nhiệm vụ 6 tháng cuối năm %[1]d",
		"Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm %d và phương hướng năm %d",
		"Lễ kỷ niệm ngày thành lập ngành và tổng kết phong trào thi đua năm %d",
		"Hội nghị triển khai công tác chuyển đổi số năm %[2]d"}
	headlines = []string{
		"%s tổng kết công tác năm %d",
		"%s: Phát huy kết quả đạt được, hoàn thành thắng lợi nhiệm vụ năm %d",
		"Nâng cao hiệu quả hoạt động của %s trong năm %d",
		"%s triển khai nhiệm vụ trọng tâm năm %d",
		"Đẩy mạnh cải cách hành chính, chuyển đổi số tại %s năm %d",
	}
)

type gen struct{ r *rand.Rand }

func (g gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g gen) person() string {
	return g.pick(families) + " " + g.pick(middles) + " " + g.pick(givens)
}

// thousands writes n the Vietnamese way: 6.800, 12.450.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (g gen) pct() string {
	return fmt.Sprintf("%d,%d%%", 60+g.r.IntN(39), 1+g.r.IntN(9))
}

func (g gen) big() string { return thousands(1000 + g.r.IntN(40000)) }

func (g gen) n() string { return fmt.Sprint(3 + g.r.IntN(60)) }

// paragraphs are the body's sentences; {unit} is the report's department, {head}
// its head's name, {deputy} a deputy's, {leader} the city's Vice-Chairman.
var paragraphs = []string{
	"Báo cáo tổng kết do đồng chí {deputy}, Phó Giám đốc {unit} trình bày tại Hội nghị cho biết, năm {year}, ngành đã hoàn thành {n} trên {n} chỉ tiêu được giao, trong đó nhiều chỉ tiêu vượt kế hoạch. Công tác tham mưu cho Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân thành phố được thực hiện kịp thời, có chất lượng; {n} văn bản quy phạm pháp luật được ban hành đúng trình tự, thủ tục.",
	"Công tác cải cách hành chính tiếp tục có chuyển biến rõ nét. Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt {pct}, tăng so với năm trước. Tỷ lệ hồ sơ được giải quyết trước và đúng hạn đạt {pct}; {big} hồ sơ được tiếp nhận và trả kết quả trực tuyến.",
	"Trong năm, {unit} đã tổ chức {n} lớp bồi dưỡng kiến thức, kỹ năng cho hơn {big} lượt cán bộ, công chức, viên chức. Việc đánh giá, xếp loại cán bộ được thực hiện theo kết quả, sản phẩm cụ thể, bảo đảm khách quan, công khai, minh bạch.",
	"Công tác chuyển đổi số được đẩy mạnh. Toàn ngành đã số hóa {big} hồ sơ, tài liệu lưu trữ; đưa vào sử dụng cơ sở dữ liệu chuyên ngành, kết nối với hệ thống thông tin giải quyết thủ tục hành chính của thành phố. Người dân có thể tra cứu kết quả giải quyết hồ sơ trên cổng dịch vụ công và ứng dụng di động.",
	"Phát biểu chỉ đạo Hội nghị, đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố ghi nhận, biểu dương những kết quả {unit} đạt được trong năm qua. Đồng chí đề nghị ngành tiếp tục rà soát, hoàn thiện thể chế, tháo gỡ khó khăn, vướng mắc cho cơ sở; nâng cao chất lượng đội ngũ cán bộ, công chức; tăng cường kỷ luật, kỷ cương hành chính.",
	"Đồng chí Phó Chủ tịch Ủy ban nhân dân thành phố nhấn mạnh, năm {next} có ý nghĩa đặc biệt quan trọng. Ngành cần bám sát chỉ đạo của Trung ương và thành phố, chủ động tham mưu giải pháp phù hợp với thực tiễn, kịp thời hướng dẫn các xã, phường trong quá trình thực hiện nhiệm vụ mới.",
	"Năm {next}, {unit} xác định {small} nhóm nhiệm vụ trọng tâm: tiếp tục hoàn thiện tổ chức bộ máy; đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chất lượng phục vụ người dân, doanh nghiệp; tăng cường công tác thanh tra, kiểm tra; chăm lo đời sống vật chất, tinh thần cho người lao động.",
	"Tại {ward}, mô hình “Dân vận khéo” được triển khai rộng rãi, thu hút đông đảo nhân dân tham gia. Nhiều tuyến đường, ngõ xóm được mở rộng, lắp đặt hệ thống chiếu sáng bằng nguồn vốn xã hội hóa và ngày công đóng góp của người dân.",
	"Các đại biểu dự Hội nghị đã tập trung thảo luận, làm rõ những kết quả đạt được, chỉ ra hạn chế, nguyên nhân và đề xuất nhiều giải pháp thiết thực. Ý kiến của đại diện {ward} và {ward2} kiến nghị sớm ban hành hướng dẫn về phân cấp, phân quyền và bố trí đủ kinh phí cho cơ sở.",
	"Bên cạnh kết quả đạt được, Hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc ứng dụng công nghệ thông tin ở một số đơn vị còn chậm; chất lượng dịch vụ công trực tuyến chưa đồng đều; một bộ phận cán bộ còn né tránh, đùn đẩy trách nhiệm.",
	"Trong lĩnh vực lao động, việc làm, toàn thành phố giải quyết việc làm cho {big} lao động, đạt {pct} kế hoạch năm; tỷ lệ lao động qua đào tạo đạt {pct}. Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời, đúng đối tượng.",
	"Công tác thi đua, khen thưởng được quan tâm, bảo đảm chính xác, công khai, công bằng, kịp thời. Nhiều tập thể, cá nhân tiêu biểu được biểu dương, nhân rộng, tạo khí thế thi đua sôi nổi trong toàn ngành.",
	"Thay mặt lãnh đạo {unit}, đồng chí {head}, Giám đốc Sở tiếp thu ý kiến chỉ đạo của lãnh đạo thành phố và các ý kiến tham luận tại Hội nghị. Đồng chí khẳng định, toàn ngành sẽ đoàn kết, nỗ lực, quyết tâm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ năm {next}.",
	"Sở đã phối hợp với {body} tổ chức nhiều hoạt động hướng về cơ sở, thăm hỏi, tặng quà cho gia đình chính sách, hộ nghèo, hộ cận nghèo với tổng kinh phí hơn {big} triệu đồng. Dịp Tết Nguyên đán, {n} suất quà được trao tận tay người dân.",
	"Để hoàn thành mục tiêu đề ra, Hội nghị thống nhất đẩy mạnh tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân; phát huy vai trò của người đứng đầu; tăng cường phối hợp giữa các sở, ngành với chính quyền cơ sở trong tổ chức thực hiện.",
	"Theo báo cáo, tổng thu ngân sách trên địa bàn ước đạt {big} tỷ đồng, bằng {pct} dự toán; chi ngân sách bảo đảm tiết kiệm, hiệu quả, ưu tiên cho đầu tư phát triển, giáo dục, y tế và bảo vệ môi trường.",
	"Ngành giáo dục có {big} học sinh tham gia các kỳ thi, cuộc thi cấp thành phố; {n} trường học được công nhận đạt chuẩn quốc gia. Cơ sở vật chất trường lớp tiếp tục được đầu tư, nâng cấp theo hướng hiện đại, đồng bộ.",
	"Hệ thống y tế cơ sở được củng cố; {n} trạm y tế xã, phường được sửa chữa, bổ sung trang thiết bị. Tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct}, vượt chỉ tiêu Nghị quyết Hội đồng nhân dân thành phố giao.",
	"Công tác bảo vệ môi trường có nhiều chuyển biến tích cực. Thành phố đã thu gom, xử lý {pct} chất thải rắn sinh hoạt; trồng mới hơn {big} cây xanh tại các tuyến phố, khu dân cư và trường học.",
	"Hoạt động văn hóa, thể thao diễn ra sôi nổi, phục vụ tốt nhiệm vụ chính trị của địa phương. Các lễ hội truyền thống được tổ chức trang trọng, an toàn, tiết kiệm, góp phần giữ gìn bản sắc văn hóa và thu hút khách du lịch.",
	"Dịp này, Giám đốc {unit} đã tặng Giấy khen cho {n} tập thể và {n} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm {year}. Các tập thể, cá nhân được khen thưởng là những điển hình tiêu biểu, có nhiều sáng kiến, cách làm hay.",
	"Kết luận Hội nghị, đồng chí {head} đề nghị các phòng, đơn vị thuộc Sở khẩn trương cụ thể hóa nhiệm vụ thành kế hoạch hành động, phân công rõ người, rõ việc, rõ thời gian hoàn thành, rõ trách nhiệm và kết quả.",
	"Đến nay, {pct} thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình. Bộ phận một cửa được bố trí khoa học, thuận tiện cho người dân và doanh nghiệp đến giao dịch.",
	"Lực lượng chức năng đã kiểm tra {n} cơ sở sản xuất, kinh doanh, phát hiện và xử lý vi phạm theo quy định. Qua kiểm tra, các cơ sở đều chấp hành tốt quy định về an toàn thực phẩm, phòng cháy, chữa cháy.",
	"Phong trào “Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau” được hưởng ứng mạnh mẽ. Quỹ “Vì người nghèo” thành phố đã vận động được hơn {big} triệu đồng, hỗ trợ xây mới, sửa chữa {n} nhà ở cho hộ nghèo.",
	"Công tác phòng, chống thiên tai, tìm kiếm cứu nạn được chủ động triển khai. Các xã ven biển đã xây dựng phương án sơ tán dân, dự trữ lương thực, thuốc men, bảo đảm an toàn tính mạng và tài sản của nhân dân trong mùa mưa bão.",
	"Chương trình xây dựng nông thôn mới tiếp tục được quan tâm; {n} xã đạt chuẩn nông thôn mới nâng cao, {small} xã đạt chuẩn nông thôn mới kiểu mẫu. Thu nhập bình quân đầu người khu vực nông thôn đạt {n} triệu đồng mỗi năm.",
	"Ngày {date}, Ban Thường vụ Thành ủy đã ban hành kết luận về việc tiếp tục đổi mới, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Các cấp ủy, tổ chức đảng đã quán triệt, triển khai nghiêm túc.",
	"Đại diện {body} cho biết, năm qua, tổ chức đã vận động hội viên tham gia các phong trào thi đua yêu nước, giúp nhau phát triển kinh tế, xây dựng gia đình no ấm, tiến bộ, hạnh phúc; kết nạp thêm {big} hội viên mới.",
	"Hội nghị đã nghe tham luận của đại diện {ward} về kinh nghiệm giải quyết đơn thư, khiếu nại ngay từ cơ sở; của Trung tâm Phục vụ hành chính công về nâng cao chất lượng tiếp nhận, trả kết quả hồ sơ cho người dân.",
	"Các khu công nghiệp trên địa bàn thu hút thêm {n} dự án đầu tư với tổng vốn đăng ký khoảng {big} tỷ đồng, tạo việc làm cho hàng nghìn lao động. Giá trị sản xuất công nghiệp tăng {pct} so với cùng kỳ.",
	"Với tinh thần trách nhiệm cao, đội ngũ cán bộ, công chức của Sở đã làm việc cả ngày nghỉ, ngày lễ, tăng cường về cơ sở để hướng dẫn nghiệp vụ, tháo gỡ vướng mắc, bảo đảm các xã, phường vận hành thông suốt, hiệu quả.",
	"Trên cơ sở đó, Ủy ban nhân dân thành phố sẽ xem xét, điều chỉnh chức năng, nhiệm vụ, quyền hạn và bố trí nhân lực phù hợp với quy mô dân số, diện tích tự nhiên và đặc điểm của từng địa phương.",
	"Năm học vừa qua, toàn thành phố có {n} học sinh đạt giải trong kỳ thi học sinh giỏi quốc gia. Chất lượng giáo dục mũi nhọn và giáo dục đại trà tiếp tục được giữ vững, tạo niềm tin cho phụ huynh và xã hội.",
	"Đồng chí {head} cho rằng, kết quả này có được là nhờ sự lãnh đạo, chỉ đạo sát sao của Thành ủy, Ủy ban nhân dân thành phố, sự phối hợp chặt chẽ của các sở, ngành và sự đồng thuận, ủng hộ của nhân dân.",
	"Bà {deputyw}, Trưởng phòng Tổ chức cán bộ cho biết, Sở đã tiếp nhận, bố trí công tác cho {n} công chức sau sắp xếp; giải quyết chế độ, chính sách cho {n} người nghỉ hưu trước tuổi, bảo đảm đúng quy định, không để xảy ra khiếu kiện.",
}

var morePara = []string{
	"Hưởng ứng Tháng hành động vì an toàn thực phẩm, lực lượng chức năng đã tổ chức {n} đoàn kiểm tra liên ngành, lấy {n} mẫu thực phẩm để xét nghiệm nhanh; các mẫu đều đạt yêu cầu. Người tiêu dùng được hướng dẫn cách nhận biết thực phẩm bẩn, hàng giả, hàng kém chất lượng.",
	"Theo đồng chí {deputy}, điểm mới của năm nay là việc chi trả trợ cấp qua tài khoản ngân hàng, giúp người dân nhận tiền nhanh, an toàn, không phải đi lại nhiều lần. Đến nay, {pct} đối tượng bảo trợ xã hội đã nhận trợ cấp không dùng tiền mặt.",
	"Với chủ đề “Đoàn kết, dân chủ, kỷ cương, sáng tạo, hiệu quả”, phong trào thi đua năm nay hướng mạnh về cơ sở. Mỗi phòng, đơn vị đăng ký ít nhất một sáng kiến cải tiến lề lối làm việc; {n} sáng kiến đã được Hội đồng sáng kiến công nhận và áp dụng.",
	"Dự án cải tạo, nâng cấp tuyến đường ven sông dài {n} km đã hoàn thành, đưa vào sử dụng trước kế hoạch hai tháng. Công trình góp phần giảm ùn tắc giao thông, tạo cảnh quan sạch đẹp cho khu vực trung tâm thành phố.",
	"Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai đồng bộ. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn {pct}; {n} hộ thoát nghèo được hỗ trợ vay vốn ưu đãi, chuyển giao kỹ thuật chăn nuôi, trồng trọt.",
	"Trung tâm Y tế đã khám sàng lọc miễn phí cho hơn {big} người cao tuổi, phát hiện sớm các bệnh mạn tính như tăng huyết áp, đái tháo đường. Các trường hợp cần theo dõi được lập hồ sơ quản lý sức khỏe điện tử.",
	"Hội thảo trực tuyến qua nền tảng Zoom thu hút {n} điểm cầu tham gia. Các chuyên gia trao đổi kinh nghiệm ứng dụng trí tuệ nhân tạo trong quản lý hồ sơ, tài liệu; giới thiệu phần mềm ký số, chữ ký điện tử cho cán bộ xã, phường.",
	"Công an thành phố đã mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp cuối năm. Qua đợt cao điểm, lực lượng chức năng đã triệt phá {n} đường dây đánh bạc, thu giữ nhiều tang vật, phương tiện vi phạm.",
	"Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, thành phố đã ban hành kế hoạch hành động với {n} nhiệm vụ, giải pháp cụ thể, giao rõ trách nhiệm cho từng sở, ngành.",
	"Tại buổi làm việc, đại diện Văn phòng UBND thành phố thông tin về tình hình tiếp nhận, xử lý phản ánh, kiến nghị của người dân qua đường dây nóng và ứng dụng Zalo. Trong năm, {big} phản ánh đã được xử lý, trả lời đúng hạn.",
	"Năm học {year} - {next}, ngành giáo dục triển khai Chương trình giáo dục phổ thông mới ở tất cả các khối lớp. Đội ngũ giáo viên được bồi dưỡng phương pháp dạy học tích cực, đánh giá học sinh theo hướng phát triển phẩm chất, năng lực.",
	"Lễ hội truyền thống của {ward} năm nay diễn ra trong ba ngày với nhiều hoạt động: rước kiệu, thi đấu vật, đua thuyền, hát chèo và trình diễn ẩm thực địa phương. Ban Tổ chức đã bố trí lực lượng bảo đảm an ninh, trật tự, vệ sinh môi trường.",
	"Mô hình “Tổ dân phố văn minh, sạch đẹp” được nhân rộng ra {n} tổ dân phố. Người dân tự giác phân loại rác tại nguồn, trồng hoa, cây xanh trên các tuyến ngõ, góp phần xây dựng nếp sống văn hóa nơi đô thị.",
	"Dịp này, {n} cá nhân được tặng Kỷ niệm chương vì sự nghiệp xây dựng tổ chức công đoàn; {n} tập thể được tặng Cờ thi đua của Liên đoàn Lao động thành phố vì đã có thành tích xuất sắc trong phong trào thi đua lao động giỏi.",
	"Tham luận tại Hội nghị, đại diện Hợp tác xã nông nghiệp {ward} chia sẻ, nhờ liên kết với doanh nghiệp tiêu thụ sản phẩm, thu nhập của xã viên tăng khoảng 1,5 lần so với trước. Hợp tác xã đang mở rộng vùng trồng rau an toàn, đạt tiêu chuẩn VietGAP.",
	"Tính đến ngày {date}, toàn thành phố có {big} doanh nghiệp đang hoạt động, tăng {pct} so với cùng kỳ. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của thành phố tăng {small} bậc, đứng trong nhóm dẫn đầu cả nước.",
	"Bên lề Hội nghị, các đại biểu đã tham quan khu trưng bày sản phẩm OCOP của các xã, phường; tìm hiểu quy trình sản xuất nước mắm, bánh đa cua, chè lam — những sản phẩm đặc trưng của vùng đất ven biển.",
	"Nhân dịp kỷ niệm ngày Thầy thuốc Việt Nam, lãnh đạo thành phố đã đến thăm, chúc mừng đội ngũ y, bác sĩ, nhân viên Bệnh viện Đa khoa thành phố. Đồng chí {leader} ghi nhận những đóng góp thầm lặng của ngành y tế trong chăm sóc, bảo vệ sức khỏe nhân dân.",
	"Đồng chí {clerk}, Chánh Văn phòng Sở cho biết, toàn bộ văn bản đi, đến của Sở đã được xử lý trên môi trường mạng, trừ văn bản mật. Thời gian xử lý trung bình một hồ sơ công việc giảm từ năm ngày xuống còn hai ngày làm việc.",
	"Công tác quân sự, quốc phòng địa phương được triển khai toàn diện. Lễ giao nhận quân năm {next} được tổ chức trang trọng, nhanh gọn, an toàn; {big} thanh niên lên đường nhập ngũ, đạt {pct} chỉ tiêu.",
	"Để chuẩn bị cho mùa du lịch hè, Sở Du lịch phối hợp với các địa phương ven biển kiểm tra chất lượng dịch vụ lưu trú, niêm yết giá, bảo đảm an toàn cho du khách tại các bãi tắm. Dự kiến thành phố đón khoảng {big} nghìn lượt khách trong năm.",
	"Các tổ chức cơ sở đảng đã tổ chức sinh hoạt chuyên đề, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị. Có {n} đảng viên được kết nạp mới trong năm.",
	"Với phương châm “lấy người dân, doanh nghiệp làm trung tâm”, Trung tâm Phục vụ hành chính công thành phố tiếp nhận hồ sơ cả vào sáng thứ Bảy. Người dân có thể đặt lịch hẹn, theo dõi tiến độ giải quyết hồ sơ bằng điện thoại thông minh.",
	"Kết thúc năm, {unit} được Ủy ban nhân dân thành phố tặng Cờ thi đua xuất sắc; {small} tập thể được tặng danh hiệu Tập thể lao động xuất sắc và {n} cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
}

var leads = []string{
	"{part} {day}, {unit} thành phố Hải Đông tổ chức {event}. Đồng chí {head}, Giám đốc {unit} chủ trì Hội nghị. Dự và chỉ đạo Hội nghị có đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố.",
	"{part} {day}, tại {place}, {unit} tổ chức {event}. Tham dự Hội nghị có đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố; lãnh đạo các sở, ngành và đại diện Ủy ban nhân dân các xã, phường.",
	"{part} {day}, {unit} thành phố Hải Đông tổ chức {event}. Đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố dự và chỉ đạo Hội nghị.",
	"Ngày {day}, tại {place}, {unit} long trọng tổ chức {event}. Đến dự có đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố; đại diện Thường trực Hội đồng nhân dân thành phố, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố.",
}

var captions = []string{
	"Quang cảnh Hội nghị",
	"Đồng chí {leader}, Phó Chủ tịch Ủy ban nhân dân thành phố phát biểu chỉ đạo Hội nghị",
	"Đồng chí {head}, Giám đốc {unit} phát biểu kết luận Hội nghị",
	"Các đại biểu dự Hội nghị",
	"Lãnh đạo {unit} trao Giấy khen cho các tập thể có thành tích xuất sắc",
	"Đại diện {ward} trình bày tham luận tại Hội nghị",
	"Các đại biểu tham quan khu trưng bày sản phẩm",
	"Đồng chí {leader} trao Cờ thi đua cho tập thể xuất sắc",
	"Toàn cảnh hội trường",
}

func init() { paragraphs = append(paragraphs, morePara...) }

func main() {
	g := gen{rand.New(rand.NewPCG(18, 2026))}
	var out strings.Builder
	words := 0
	for report := 0; words < 60000; report++ {
		year := 2023 + g.r.IntN(3)
		unit := g.pick(depts)
		head, deputy, leader, clerk := g.person(), g.person(), g.person(), g.person()
		deputyw := g.pick(families) + " Thị " + g.pick(givens)
		ward, ward2 := g.pick(wards), g.pick(wards)
		fill := func(s string) string {
			for strings.Contains(s, "{n}") {
				s = strings.Replace(s, "{n}", g.n(), 1)
			}
			for strings.Contains(s, "{pct}") {
				s = strings.Replace(s, "{pct}", g.pct(), 1)
			}
			for strings.Contains(s, "{big}") {
				s = strings.Replace(s, "{big}", g.big(), 1)
			}
			ev := g.pick(events)
			ev = fmt.Sprintf(ev, year, year+1)
			return strings.NewReplacer(
				"{unit}", unit, "{head}", head, "{deputy}", deputy, "{leader}", leader, "{deputyw}", deputyw, "{clerk}", clerk,
				"{ward}", ward, "{ward2}", ward2, "{body}", g.pick(bodies), "{place}", g.pick(places),
				"{year}", fmt.Sprint(year), "{next}", fmt.Sprint(year+1), "{small}", fmt.Sprint(3+g.r.IntN(5)),
				"{part}", g.pick(parts), "{day}", fmt.Sprintf("%d/%d", 1+g.r.IntN(28), 1+g.r.IntN(12)),
				"{date}", fmt.Sprintf("%d/%d/%d", 1+g.r.IntN(28), 1+g.r.IntN(12), year),
				"{event}", ev,
			).Replace(s)
		}
		var lines []string
		lines = append(lines, fill(fmt.Sprintf(g.pick(headlines), unit, year+1)))
		lines = append(lines, fill(g.pick(leads)))
		lines = append(lines, "! "+head+"|Giám đốc "+unit, "! "+leader+"|Phó Chủ tịch Ủy ban nhân dân thành phố")
		order := g.r.Perm(len(paragraphs))[:7+g.r.IntN(5)]
		for i, k := range order {
			if i == 1 || i == 5 {
				lines = append(lines, "@ "+fill(g.pick(captions)))
			}
			lines = append(lines, fill(paragraphs[k]))
		}
		for _, l := range lines {
			words += len(strings.Fields(l))
		}
		out.WriteString(strings.Join(lines, "\n") + "\n\n")
	}
	fmt.Print(out.String())
}
