"""The shipped fonts print every name staff type, and user text never breaks the markup."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from cohortdesk.documents import fonts
from cohortdesk.paths import resources_dir

HARD_NAMES = [
    "Matías Núñez-Ortega", "Zoë Okafor", "Nguyễn Thị Lan", "Søren Ólafsdóttir-Çelik",
    "王秀英", "ليلى حداد", "Ольга Петренко",
]


def _build(path: Path, texts: list[str], *, bold: bool = False) -> PdfReader:
    fs = fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fs.bold if bold else fs.regular, fontSize=12, leading=16)
    doc = SimpleDocTemplate(str(path), initialFontName=fs.regular)
    doc.build([fonts.text_paragraph(t, style) for t in texts])
    return PdfReader(path)


def _embedded_fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            assert "/FontDescriptor" in font or font["/Subtype"] == "/Type0", font
    return names


def test_every_shipped_font_has_its_licence_beside_it() -> None:
    folder = resources_dir() / "fonts"
    for path in fonts.register_fonts().files:
        assert path.parent == folder and path.exists()
    licences = {p.name for p in folder.glob("LICENSE-*.txt")}
    assert {"LICENSE-Noto.txt", "LICENSE-DroidSansFallback.txt", "LICENSE-DejaVu.txt"} <= licences
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total < 20_000_000


def test_hard_names_are_covered_and_embedded_as_subsets(tmp_path: Path) -> None:
    fs = fonts.register_fonts()
    for name in HARD_NAMES:
        assert fs.covers(name), name
    reader = _build(tmp_path / "names.pdf", HARD_NAMES)
    text = reader.pages[0].extract_text()
    expected = ("Matías Núñez-Ortega", "Nguyễn Thị Lan", "Ólafsdóttir-Çelik", "王秀英", "Петренко")
    for name in expected:
        assert name in unicodedata.normalize("NFC", text)
    embedded = _embedded_fonts(reader)
    # Subset prefixes ("AAAAAA+") show only the used glyphs were embedded; no base-14 fonts.
    assert all("+" in name for name in embedded), embedded
    assert any("NotoSansArabic" in n for n in embedded)
    assert any("DroidSansFallback" in n for n in embedded)


def test_arabic_is_joined_and_right_to_left() -> None:
    shown = fonts.visual_text("ليلى حداد")
    # Joined letters are presentation forms; NFKC folds them back to the letters typed.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shown.replace(" ", ""))
    words = unicodedata.normalize("NFKC", shown).split(" ")
    # Drawn left to right, the family name comes first and each word reads backwards.
    assert words == ["حداد"[::-1], "ليلى"[::-1]]
    # Latin around an Arabic name keeps its place.
    mixed = fonts.visual_text("Dr. ليلى حداد, Director")
    assert mixed.startswith("Dr. ") and mixed.endswith(", Director")


def test_markup_characters_print_as_text(tmp_path: Path) -> None:
    assert fonts.paragraph_text("Director <Equity> & Inclusion") == (
        "Director &lt;Equity&gt; &amp; Inclusion"
    )
    reader = _build(tmp_path / "m.pdf", ["Director <Equity> & Inclusion", "<b>not bold</b>"])
    text = reader.pages[0].extract_text()
    assert "Director <Equity> & Inclusion" in text
    assert "<b>not bold</b>" in text


def test_emoji_leave_a_gap_not_a_box_or_a_crash(tmp_path: Path) -> None:
    markup = fonts.paragraph_text("Party 🎉👍🏽 time ❤️")
    assert "🎉" not in markup and "👍" not in markup
    reader = _build(tmp_path / "e.pdf", ["Party 🎉👍🏽 time ❤️"])
    assert "Party" in reader.pages[0].extract_text()


def test_an_emoji_a_font_has_is_left_out_so_the_text_reads_back_right(tmp_path: Path) -> None:
    # DejaVu Sans draws 😀, but reportlab wrote it into the PDF's text map as invalid text:
    # pypdf dropped it and pdftotext read "ὠJoy Smile".
    assert "😀" not in fonts.paragraph_text("😀Joy Smile")
    reader = _build(tmp_path / "joy.pdf", ["😀Joy Smile"])
    text = reader.pages[0].extract_text()
    assert "Joy Smile" in text and "ὠ" not in text


def test_bold_fallback_runs_stay_bold() -> None:
    markup = fonts.paragraph_text("ليلى حداد", bold=True)
    assert 'name="CohortArabic-Bold"' in markup
    assert 'name="CohortArabic"' in fonts.paragraph_text("ليلى حداد")


def test_canvas_strings_use_every_font_they_need(tmp_path: Path) -> None:
    fs = fonts.register_fonts()
    path = tmp_path / "c.pdf"
    canvas = Canvas(str(path), initialFontName=fs.regular)
    width = fonts.draw_string(canvas, 300, 700, "王秀英 & ليلى", 24, bold=True, anchor="middle")
    assert width == fonts.string_width("王秀英 & ليلى", 24, bold=True) > 0
    canvas.save()
    embedded = _embedded_fonts(PdfReader(path))
    assert any("DroidSansFallback" in n for n in embedded)
    assert any("NotoSansArabic-Bold" in n for n in embedded)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=80))
def test_any_typed_text_makes_valid_markup(text: str) -> None:
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("t", fontName=fonts.register_fonts().regular)
    para = Paragraph(fonts.paragraph_text(text), style)
    para.wrap(300, 1000)  # raises on broken markup or an unknown font
