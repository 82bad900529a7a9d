"""Writes, for each .docx here, NAME.txt: the text of its body's paragraphs and
table cells as python-docx 1.2 reads them, one line each, as an independent
reader's view the docx tests compare with. Run it with python-docx 1.2's src on
PYTHONPATH (python-docx 0.8, Debian's, leaves hyperlinks' text out):
    PYTHONPATH=python-docx/src python3 extract.py"""
import glob

from docx import Document


def lines(container):
    for block in container.iter_inner_content() if hasattr(container, "iter_inner_content") else []:
        yield from block_lines(block)


def block_lines(block):
    if hasattr(block, "rows"):
        for row in block.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    yield p.text
                for t in cell.tables:
                    yield from block_lines(t)
    else:
        yield block.text


for name in sorted(glob.glob("*.docx")):
    d = Document(name)
    out = []
    for block in d.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            from docx.text.paragraph import Paragraph
            out.append(Paragraph(block, d).text)
        elif tag == "tbl":
            from docx.table import Table
            out.extend(block_lines(Table(block, d)))
    with open(name[:-5] + ".txt", "w", encoding="utf-8") as f:
        for line in out:
            if line.strip():
                f.write(" ".join(line.split()) + "\n")
