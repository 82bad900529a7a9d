"""Writes the test documents of make-fixtures.sh: .docx files with python-docx,
and flat ODT files for LibreOffice to convert. Fictional content."""
import base64
import copy
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

tmp = sys.argv[1]

KICKER = "Văn hóa – Thể thao:"
HEADLINE = "Phường Hòa Khánh tổng kết phong trào thể dục thể thao năm 2026"
SOURCE = "(Hoakhanh.gov.vn) -"
LEAD = ("Sáng 12/12, Ủy ban nhân dân phường Hòa Khánh tổ chức Hội nghị tổng kết "
        "phong trào thể dục thể thao năm 2026 và triển khai nhiệm vụ năm 2027.")
PARA1 = ("Dự Hội nghị có đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban nhân dân phường; "
         "đại diện các tổ dân phố, trường học và câu lạc bộ thể thao trên địa bàn.")
CAPTION1 = "Quang cảnh Hội nghị"
PARA2 = ("Năm 2026, phường tổ chức 14 giải thi đấu với hơn 1.200 vận động viên tham gia; "
         "số người tập luyện thường xuyên đạt 41% dân số.")
CAPTION2 = "Đồng chí Lê Thị Thu Hà phát biểu tại Hội nghị. Ảnh: Minh Khôi"
PARA3 = ("Dịp này, Chủ tịch Ủy ban nhân dân phường trao Giấy khen cho 3 cá nhân "
         "có thành tích xuất sắc trong phong trào.")
AWARD_HEAD = ["STT", "Họ và tên", "Chức vụ", "Đơn vị"]
AWARDS = [
    ["1", "Trần Văn Bình", "Tổ trưởng", "Tổ dân phố số 4"],
    ["2", "Phạm Thị Ngọc Ánh", "Giáo viên", "Trường Tiểu học Hòa Khánh"],
    ["3", "Đỗ Quang Vinh", "Chủ nhiệm", "Câu lạc bộ Bóng bàn phường"],
]
SPORTS_HEAD = ["Môn thi", "Số đội", "Số vận động viên"]
SPORTS = [["Bóng chuyền hơi", "12", "144"], ["Cờ tướng", "9", "36"]]
PARA4 = "Năm 2027, phường phấn đấu tổ chức thêm giải chạy vì sức khỏe cộng đồng."
BYLINE = "Minh Khôi - Thu Hà"


def run_xml(parent, tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    parent.append(el)
    return el


def text_run(parent, text):
    r = OxmlElement("w:r")
    t = run_xml(r, "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    parent.append(r)
    return r


def python_docx_report():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    d.add_paragraph().add_run(KICKER).bold = False
    d.add_paragraph(HEADLINE, style="Title")
    lead = d.add_paragraph()
    lead.add_run(SOURCE + " " + LEAD).bold = True
    lead.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # Paragraph 1 with what real documents hold: a tracked insertion and deletion,
    # a hyperlink, a field, a soft hyphen, a smart tag.
    p = d.add_paragraph()
    head, tail = PARA1.split("Phó Chủ tịch")
    p.add_run(head[:10])
    ins = run_xml(p._p, "w:ins", **{"w:id": "1", "w:author": "A", "w:date": "2026-12-12T00:00:00Z"})
    text_run(ins, head[10:])
    dl = run_xml(p._p, "w:del", **{"w:id": "2", "w:author": "A", "w:date": "2026-12-12T00:00:00Z"})
    r = OxmlElement("w:r")
    dt = run_xml(r, "w:delText")
    dt.text = "chữ đã xóa "
    dl.append(r)
    hl = run_xml(p._p, "w:hyperlink", **{"w:anchor": "x"})
    text_run(hl, "Phó Chủ")
    r = text_run(p._p, "")
    r.remove(r[0])
    run_xml(r, "w:softHyphen")
    st = run_xml(p._p, "w:smartTag", **{"w:uri": "urn:x", "w:element": "place"})
    text_run(st, " tịch")
    # a field whose display text is kept and instructions dropped
    r = OxmlElement("w:r")
    run_xml(r, "w:fldChar", **{"w:fldCharType": "begin"})
    p._p.append(r)
    r = OxmlElement("w:r")
    it = run_xml(r, "w:instrText")
    it.text = ' MERGEFIELD x '
    p._p.append(r)
    r = OxmlElement("w:r")
    run_xml(r, "w:fldChar", **{"w:fldCharType": "separate"})
    p._p.append(r)
    text_run(p._p, tail[:len(" Ủy ban")])
    r = OxmlElement("w:r")
    run_xml(r, "w:fldChar", **{"w:fldCharType": "end"})
    p._p.append(r)
    p.add_run(tail[len(" Ủy ban"):])
    d.add_picture(f"{tmp}/photo1.jpg", width=Mm(150))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(CAPTION1, style="Caption")
    p = d.add_paragraph()
    p.add_run(PARA2[:40])
    p.add_run("\t")
    p.runs[-1].text = ""
    run_xml(p.runs[-1]._r, "w:tab")
    p.add_run(PARA2[40:])
    d.add_picture(f"{tmp}/photo2.jpg", width=Mm(90))
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.add_run(CAPTION2).italic = True
    d.add_paragraph(PARA3)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(AWARD_HEAD):
        t.rows[0].cells[i].text = h
    for row in AWARDS:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph(PARA4)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(SPORTS_HEAD):
        t.rows[0].cells[i].text = h
    for row in SPORTS:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph()
    b = d.add_paragraph()
    b.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    b.add_run(BYLINE).bold = True
    d.core_properties.title = HEADLINE
    d.save("report-python-docx.docx")


ANNEX_HEAD = ["STT", "Tên tập thể, họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"]
ANNEX = [
    ("I. TẬP THỂ", None),
    (None, ["1", "Tổ dân phố số 4", "", "Phường Hòa Khánh", "Giấy khen"]),
    (None, ["2", "Câu lạc bộ Cờ tướng phường", "", "Phường Hòa Khánh", ""]),
    ("II. CÁ NHÂN", None),
    (None, ["1", "Trần Văn Bình", "Tổ trưởng", "Tổ dân phố số 4", "Giấy khen"]),
    (None, ["2", "Phạm Thị Ngọc Ánh", "Giáo viên", "Trường Tiểu học Hòa Khánh", ""]),
    (None, ["3", "Đỗ Quang Vinh", "Chủ nhiệm", "Câu lạc bộ Bóng bàn phường", ""]),
]


def python_docx_annex(name, rows):
    d = Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("DANH SÁCH KHEN THƯỞNG").bold = True
    p = d.add_paragraph("(Kèm theo Quyết định số 25/QĐ-UBND ngày 10/12/2026 của Chủ tịch UBND phường Hòa Khánh)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(ANNEX_HEAD):
        t.rows[0].cells[i].text = h
        t.rows[1].cells[i].text = f"({i + 1})"
    merge_from = None
    for section, row in rows:
        cells = t.add_row().cells
        if section:
            a = cells[0].merge(cells[4])
            a.text = section
            continue
        for i, v in enumerate(row):
            cells[i].text = v
        # the award form merged down over the rows that share it
        if row[4]:
            merge_from = cells[4]
        elif merge_from is not None:
            merge_from = merge_from.merge(cells[4])
    trPr = t.rows[0]._tr.get_or_add_trPr()
    run_xml(trPr, "w:tblHeader")
    d.add_paragraph()
    p = d.add_paragraph("Tổng cộng: 2 tập thể, 3 cá nhân.")
    d.save(name)


def fodt(name, body, images):
    pics = ""
    for key, path, mime in images:
        pics += f'<!-- {key} -->'
    with open(f"{tmp}/{name}.fodt", "w", encoding="utf-8") as f:
        f.write(FODT_HEAD + body + FODT_TAIL)


def b64(path):
    with open(path, "rb") as f:
        return base64.b64encode(f.read()).decode()


def frame(name, path, w_mm, h_mm, caption, mime="image/jpeg"):
    # A picture in a captioned frame, as Writer's Insert > Caption makes it.
    return f'''<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="{name}Frame" text:anchor-type="paragraph" svg:width="{w_mm}mm" draw:z-index="0"><draw:text-box fo:min-height="{h_mm}mm"><text:p text:style-name="Figure"><draw:frame draw:style-name="fr2" draw:name="{name}" text:anchor-type="as-char" svg:width="{w_mm}mm" svg:height="{h_mm}mm" draw:z-index="1"><draw:image draw:mime-type="{mime}"><office:binary-data>{b64(path)}</office:binary-data></draw:image><svg:desc>{name}</svg:desc></draw:frame><text:line-break/>{caption}</text:p></draw:text-box></draw:frame></text:p>'''


FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Fixture</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Caption"/>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0in" svg:y="0in" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/></style:style>
<style:style style:name="Graphics" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0in" svg:y="0in" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="none" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
<style:style style:name="fr2" style:family="graphic" style:parent-style-name="Graphics"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
</office:automatic-styles>
<office:body><office:text>
'''
FODT_TAIL = '''</office:text></office:body></office:document>
'''


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows, header_rows=1):
    cols = len(rows[0])
    out = f'<table:table table:name="T{id(rows)}"><table:table-column table:number-columns-repeated="{cols}"/>'
    out += '<table:table-header-rows>'
    for r in rows[:header_rows]:
        out += '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>'
    out += '</table:table-header-rows>'
    for r in rows[header_rows:]:
        if isinstance(r, str):  # a section row across the table
            out += f'<table:table-row><table:table-cell table:number-columns-spanned="{cols}" office:value-type="string"><text:p>{esc(r)}</text:p></table:table-cell>' + '<table:covered-table-cell/>' * (cols - 1) + '</table:table-row>'
            continue
        out += '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>'
    return out + '</table:table>'


def libreoffice_report():
    body = f'<text:p text:style-name="Standard">{esc(KICKER)}</text:p>'
    body += f'<text:p text:style-name="Title">{esc(HEADLINE)}</text:p>'
    body += f'<text:p text:style-name="P2"><text:span text:style-name="T1">{esc(SOURCE + " " + LEAD)}</text:span></text:p>'
    body += f'<text:p text:style-name="P2">{esc(PARA1)}</text:p>'
    body += frame("Photo1", f"{tmp}/photo1.jpg", 150, 100, esc(CAPTION1))
    body += f'<text:p text:style-name="P2">{esc(PARA2[:40])}<text:tab/>{esc(PARA2[40:])}</text:p>'
    body += f'<text:p text:style-name="Standard"><draw:frame draw:name="Photo2" text:anchor-type="as-char" svg:width="90mm" svg:height="120mm"><draw:image draw:mime-type="image/jpeg"><office:binary-data>{b64(tmp + "/photo2.jpg")}</office:binary-data></draw:image></draw:frame></text:p>'
    body += f'<text:p text:style-name="P3">{esc(CAPTION2)}</text:p>'
    body += f'<text:p text:style-name="P2">{esc(PARA3)}</text:p>'
    body += table([AWARD_HEAD] + AWARDS)
    body += f'<text:p text:style-name="P2">{esc(PARA4)}</text:p>'
    body += table([SPORTS_HEAD] + SPORTS)
    body += frame("Photo3", f"{tmp}/photo3.png", 120, 80, "Các vận động viên thi đấu cờ tướng", "image/png")
    body += f'<text:p text:style-name="P1">{esc(BYLINE)}</text:p>'
    with open(f"{tmp}/report-libreoffice.fodt", "w", encoding="utf-8") as f:
        f.write(FODT_HEAD + body + FODT_TAIL)


def libreoffice_annex():
    rows = [ANNEX_HEAD, [f"({i + 1})" for i in range(5)]]
    for section, row in ANNEX:
        rows.append(section if section else row)
    body = '<text:p text:style-name="P3">DANH SÁCH KHEN THƯỞNG</text:p>'
    body += table(rows, header_rows=1)
    body += '<text:p text:style-name="Standard">Tổng cộng: 2 tập thể, 3 cá nhân.</text:p>'
    with open(f"{tmp}/annex-libreoffice.fodt", "w", encoding="utf-8") as f:
        f.write(FODT_HEAD + body + FODT_TAIL)


def python_docx_layout():
    # A report laid out the way many offices do it by hand: no styles, a bold
    # capitalised headline, an italic kicker above it, a bold lead whose tag
    # alone is bold, photos in a borderless table with the caption in the cell
    # under each, a numbered list, and a "Tin, ảnh:" byline.
    d = Document()
    p = d.add_paragraph()
    p.add_run("Đô thị:").italic = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("PHƯỜNG HÒA KHÁNH RA QUÂN LÀM SẠCH KÊNH THOÁT NƯỚC").bold = True
    p = d.add_paragraph()
    p.add_run("(Hoakhanh.gov.vn) - ").bold = True
    p.add_run("Sáng 14/12, phường Hòa Khánh ra quân làm sạch tuyến kênh thoát nước khu dân cư số 2.")
    d.add_paragraph("Hơn 200 đoàn viên, hội viên và người dân tham gia; khối lượng rác thu gom đạt 12 tấn.")
    t = d.add_table(rows=2, cols=2)
    for i, (img, cap) in enumerate([("photo1.jpg", "Đoàn viên thanh niên vớt rác trên kênh"), ("photo2.jpg", "Lực lượng dân quân nạo vét bùn")]):
        t.rows[0].cells[i].paragraphs[0].add_run().add_picture(f"{tmp}/{img}", width=Mm(70))
        c = t.rows[1].cells[i].paragraphs[0]
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.add_run(cap).italic = True
    d.add_paragraph("Các phần việc tiếp theo:")
    d.add_paragraph("Duy trì vệ sinh kênh hằng tuần.", style="List Number")
    d.add_paragraph("Lắp biển cấm đổ rác.", style="List Number")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Tin, ảnh: Ngọc Hân").bold = True
    d.save("report-layout-python-docx.docx")


python_docx_report()
python_docx_layout()
python_docx_annex("annex-python-docx.docx", ANNEX)
bad = copy.deepcopy(ANNEX)
bad[5] = (None, ["2", "", "Giáo viên", "Trường Tiểu học Hòa Khánh", ""])
bad[2] = (None, ["2", "Nhóm bạn trẻ", "", "", "Giấy khen"])
python_docx_annex("annex-bad-python-docx.docx", [b for b in bad if b[0] != "I. TẬP THỂ" and b[0] != "II. CÁ NHÂN"])
libreoffice_report()
libreoffice_annex()
