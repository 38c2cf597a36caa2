"""Text rules shared by search, import and print."""

from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: "Núñez" and "NUNEZ" both give "nunez"."""
    if text.isascii():
        # Most names and emails: no accents to strip, and lower() is casefold() for ASCII.
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Letters that NFKD does not decompose but people type without the mark.
    stripped = stripped.translate(_UNDECOMPOSED)
    return _SPACES.sub(" ", stripped.casefold()).strip()


_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae",
     "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)


def clean(text: str | None) -> str:
    """Trim a field value and collapse a None to the empty string."""
    return (text or "").strip()


def is_valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email))


def normalize_email(email: str | None) -> str:
    """Emails are stored lower-case so that matching ignores case."""
    return clean(email).lower()


def plural(count: int, noun: str, nouns: str = "") -> str:
    """"1 page", "12 pages"."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
