"""Releases opened from files: a Word document's paragraphs, an HTML page's text; broken and unsafe files refused
with their name and nothing else happening."""

import zipfile
from pathlib import Path

import pytest

from app.services.intake import IntakeError, read_text_file

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def _docx(path: Path, body: str) -> Path:
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f"{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("word/document.xml", document)
    return path


def test_a_word_document_gives_its_paragraphs(tmp_path):
    body = (
        "<w:p><w:r><w:t>АСТАНА, 5 марта.</w:t></w:r></w:p>"
        '<w:p><w:r><w:t xml:space="preserve">Министр иностранных дел </w:t></w:r>'
        "<w:r><w:t>встретился с послом Кении.</w:t></w:r><w:r><w:br/><w:t>Стороны договорились.</w:t></w:r></w:p>"
        "<w:p></w:p><w:p><w:r><w:t>Тараптар 🤝 келісті.</w:t></w:r></w:p>"
    )
    text = read_text_file(_docx(tmp_path / "release.docx", body))
    assert text == (
        "АСТАНА, 5 марта.\nМинистр иностранных дел встретился с послом Кении.\nСтороны договорились.\n"
        "Тараптар 🤝 келісті."
    )


def test_broken_and_unsafe_word_files_are_refused_by_name(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(IntakeError, match=r"broken\.docx is not a Word document"):
        read_text_file(broken)
    no_body = tmp_path / "sheet.docx"
    with zipfile.ZipFile(no_body, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(IntakeError, match=r"sheet\.docx is not a Word document"):
        read_text_file(no_body)
    bomb = tmp_path / "entities.docx"
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;&a;</d>')
    with pytest.raises(IntakeError, match=r"entities\.docx: the document's text cannot be read"):
        read_text_file(bomb)


def test_html_gives_its_text_without_scripts(tmp_path):
    page = tmp_path / "release.html"
    page.write_text("<html><script>var x = 1;</script><p>Astana &amp; Nairobi</p><p>Second</p></html>", "utf-8")
    assert read_text_file(page).strip() == "Astana & Nairobi\nSecond"
