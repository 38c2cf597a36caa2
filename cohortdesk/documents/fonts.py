"""The fonts every PDF uses, and the one way to put user text into them.

Public API (kept small on purpose; rosters, packets and print materials all use it):

    fonts = register_fonts()            # idempotent; registers the TrueType fonts we ship
    fonts.regular, fonts.bold, ...      # reportlab font names for styles and canvas calls
    paragraph_text(s, bold=False)       # user text -> safe Paragraph markup
    text_paragraph(s, style)            # the same, wrapped in a Paragraph of that style
    visual_text(s)                      # plain text in print order (Arabic shaped, bidi applied)
    draw_string(canvas, x, y, s, size, bold=False, anchor="start")
    string_width(s, size, bold=False)
    needs_markup(s)                     # False when a plain-string table cell is enough
    printable(s)                        # s without what no font prints (emoji), spaces tidied

Only fonts in `resources/fonts` are used, never the system's: Noto Sans (Latin with accents,
Vietnamese, Cyrillic, Greek), Noto Sans Arabic, Droid Sans Fallback (Chinese, Japanese,
Korean) and DejaVu Sans (symbols and the rest). reportlab has no per-glyph font fallback, so
`paragraph_text` splits text into runs and wraps each run that the body font lacks in a
`<font>` tag naming the font that has it. Characters no font has (emoji) are left out, so
they print as nothing rather than as a missing-glyph box.

Right-to-left text: reportlab's own bidi needs `rlbidi`, which is not published for our
platforms, and its HarfBuzz shaping only applies inside Paragraphs whose style asks for it, not
to canvas strings or plain table cells. So Arabic is shaped into presentation forms by
`arabic-reshaper` and put into visual order by `python-bidi` (UAX #9) before any layout; both
are small, maintained, pure-Python-API packages, and the result works everywhere a string goes.
One limit: a right-to-left paragraph that wraps onto several lines is reordered as one line.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from cohortdesk.paths import resources_dir

__all__ = [
    "FontSet",
    "draw_string",
    "needs_markup",
    "paragraph_text",
    "printable",
    "register_fonts",
    "string_width",
    "text_paragraph",
    "visual_text",
]

# name -> file in resources/fonts
_FILES = {
    "CohortSans": "NotoSans-Regular.ttf",
    "CohortSans-Bold": "NotoSans-Bold.ttf",
    "CohortSans-Italic": "NotoSans-Italic.ttf",
    "CohortSans-BoldItalic": "NotoSans-BoldItalic.ttf",
    "CohortArabic": "NotoSansArabic-Regular.ttf",
    "CohortArabic-Bold": "NotoSansArabic-Bold.ttf",
    "CohortCJK": "DroidSansFallbackFull.ttf",
    "CohortSymbols": "DejaVuSans.ttf",
}
# Families, so that <b> and <i> inside a Paragraph find the right face of every font.
_FAMILIES = {
    "CohortSans": ("CohortSans", "CohortSans-Bold", "CohortSans-Italic", "CohortSans-BoldItalic"),
    "CohortArabic": ("CohortArabic", "CohortArabic-Bold", "CohortArabic", "CohortArabic-Bold"),
    "CohortCJK": ("CohortCJK",) * 4,
    "CohortSymbols": ("CohortSymbols",) * 4,
}
# Fallback order after the body font.
_FALLBACKS = ("CohortArabic", "CohortCJK", "CohortSymbols")
_BOLD_OF = {"CohortArabic": "CohortArabic-Bold"}

# Dropped before layout: joiners and emoji modifiers have no meaning once emoji are gone.
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F, 0x20E3}
_RTL_CLASSES = {"R", "AL", "AN"}


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names, and which characters each one has."""

    regular: str = "CohortSans"
    bold: str = "CohortSans-Bold"
    italic: str = "CohortSans-Italic"
    bold_italic: str = "CohortSans-BoldItalic"
    arabic: str = "CohortArabic"
    arabic_bold: str = "CohortArabic-Bold"
    cjk: str = "CohortCJK"
    symbols: str = "CohortSymbols"
    files: tuple[Path, ...] = ()
    coverage: dict[str, frozenset[int]] = field(default_factory=dict, compare=False, repr=False)

    def covers(self, text: str) -> bool:
        """True when some shipped font has every character of `text` (after shaping)."""
        return all(self._font_for(ord(ch), self.regular) for ch in visual_text(text) if ch != "\n")

    def _font_for(self, code: int, body: str) -> str | None:
        if code in self.coverage[body]:
            return body
        for name in _FALLBACKS:
            if code in self.coverage[name]:
                return name
        return None


@functools.cache
def register_fonts() -> FontSet:
    """Register the shipped fonts with reportlab (once per process) and describe them."""
    folder = resources_dir() / "fonts"
    coverage: dict[str, frozenset[int]] = {}
    files = []
    for name, filename in _FILES.items():
        path = folder / filename
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        # Only the Basic Multilingual Plane: reportlab maps a character past it (DejaVu's
        # emoji) to invalid text in the PDF, so copying, search and screen readers got "ὠJoy"
        # for "😀Joy". Left out, as emoji no font has are.
        coverage[name] = frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)
        files.append(path)
    for family, (normal, bold, italic, bold_italic) in _FAMILIES.items():
        pdfmetrics.registerFontFamily(
            family, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic
        )
    return FontSet(files=tuple(files), coverage=coverage)


# -- text preparation -----------------------------------------------------------------------


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for ch in text:
        code = ord(ch)
        if code in _INVISIBLE or 0x1F3FB <= code <= 0x1F3FF:
            continue
        if ch == "\t":
            out.append(" ")
        elif ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co"):
            out.append(ch)
    return "".join(out)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@functools.lru_cache(maxsize=4096)
def visual_text(text: str) -> str:
    """`text` cleaned and in the order it is drawn: Arabic joined, right-to-left runs reversed.

    Lines stay in their order. A line with any left-to-right letters reads left to right (an
    Arabic name inside an English sentence stays in place); one without reads right to left.
    """
    if text.isascii():
        return "".join(ch if ch >= " " or ch == "\n" else " " for ch in text)
    text = _clean(text)
    if not _has_rtl(text):
        return text
    lines = []
    for line in text.split("\n"):
        if _has_rtl(line):
            base = "L" if any(unicodedata.bidirectional(ch) == "L" for ch in line) else "R"
            line = str(get_display(arabic_reshaper.reshape(line), base_dir=base))
        lines.append(line)
    return "\n".join(lines)


def _runs(text: str, body: str, fonts: FontSet) -> list[tuple[str | None, str]]:
    """Split visual text into (font name or None for the body font, text) runs."""
    runs: list[tuple[str | None, str]] = []
    current: str | None = None
    chunk: list[str] = []
    body_cover = fonts.coverage[body]
    for ch in text:
        code = ord(ch)
        if ch == "\n" or code in body_cover and (current is None or not _is_neutral(ch)):
            want: str | None = None
        elif current is not None and code in fonts.coverage[current]:
            want = current  # spaces, marks and punctuation stay with the run around them
        else:
            found = fonts._font_for(code, body)
            if found is None:
                continue  # no shipped font has it (emoji): leave a gap, never a box
            want = None if found == body else found
        if want != current and chunk:
            runs.append((current, "".join(chunk)))
            chunk = []
        current = want
        chunk.append(ch)
    if chunk:
        runs.append((current, "".join(chunk)))
    return runs


@functools.lru_cache(maxsize=8192)
def printable(text: str) -> str:
    """`text` as it will print, in typing order: characters no shipped font has (emoji) left
    out, and the spaces they leave behind tidied ("Sam 🌻" -> "Sam", "a 🎉 b" -> "a b").

    Compare names with this, not with what was typed: "Sam 🌻" prints the same as "Sam".
    """
    if not text.isascii():
        fonts = register_fonts()
        text = "".join(ch for ch in _clean(text)
                       if ch in " \n" or unicodedata.bidirectional(ch) in _RTL_CLASSES
                       or fonts._font_for(ord(ch), fonts.regular) is not None)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def missing_letters(text: str) -> bool:
    """True when `text` has letters no shipped font has (Devanagari, Thai...): they print as
    nothing, which unlike a left-out emoji can leave a badge without its name."""
    if text.isascii():
        return False
    fonts = register_fonts()
    return any(unicodedata.category(ch)[0] in "LM" and unicodedata.bidirectional(ch)
               not in _RTL_CLASSES and fonts._font_for(ord(ch), fonts.regular) is None
               for ch in _clean(text))


def _is_neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("WS", "ON", "CS", "ES", "ET", "NSM", "BN")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def needs_markup(text: str) -> bool:
    """False when `text` prints as a plain string in the body font (fast table cells)."""
    if text.isascii():
        return False
    fonts = register_fonts()
    cover = fonts.coverage[fonts.regular]
    return any(ord(ch) not in cover for ch in visual_text(text) if ch != "\n")


def paragraph_text(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """User text as Paragraph markup that prints exactly what was typed.

    `<`, `>` and `&` are escaped, line breaks become `<br/>`, and runs the body font lacks
    (Arabic, Chinese, symbols) are wrapped in `<font>` tags. Pass `bold`/`italic` when the
    surrounding style or tag is bold or italic: a `<font>` tag resets reportlab's bold state.
    """
    if text.isascii():
        return _escape(visual_text(text)).replace("\n", "<br/>")
    fonts = register_fonts()
    body = {(False, False): fonts.regular, (True, False): fonts.bold,
            (False, True): fonts.italic, (True, True): fonts.bold_italic}[(bold, italic)]
    out = []
    for name, run in _runs(visual_text(text), body, fonts):
        escaped = _escape(run).replace("\n", "<br/>")
        if name is None:
            out.append(escaped)
        else:
            face = _BOLD_OF.get(name, name) if bold else name
            out.append(f'<font name="{face}">{escaped}</font>')
    return "".join(out)


def text_paragraph(text: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph of user text in `style`, bold or italic as the style's font is."""
    register_fonts()
    _family, bold, italic = ps2tt(style.fontName)
    return Paragraph(paragraph_text(text, bold=bool(bold), italic=bool(italic)), style, **kwargs)


# -- canvas drawing -------------------------------------------------------------------------


def _canvas_runs(text: str, bold: bool) -> Iterable[tuple[str, str]]:
    fonts = register_fonts()
    body = fonts.bold if bold else fonts.regular
    for name, run in _runs(visual_text(text).replace("\n", " "), body, fonts):
        if name is None:
            yield body, run
        else:
            yield (_BOLD_OF.get(name, name) if bold else name), run


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """Printed width of `text` in points, counting every fallback font it uses."""
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in _canvas_runs(text, bold))


def draw_string(canvas: Any, x: float, y: float, text: str, size: float, *,
                bold: bool = False, anchor: str = "start") -> float:
    """Draw one line of user text at (x, y); `anchor` is "start", "middle" or "end".

    Returns the width drawn. The caller sets the fill colour.
    """
    runs = list(_canvas_runs(text, bold))
    width = sum(pdfmetrics.stringWidth(run, name, size) for name, run in runs)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    for name, run in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    return width
