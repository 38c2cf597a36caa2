"""Which column is which: map a file's headers (often form questions) to person fields.

Also the rules for reading a cell the way a registration form meant it: a single "Name" split
into given and family names, and a consent answer read as yes or no.
"""

from __future__ import annotations

import re
import unicodedata

from cohortdesk.domain.text import fold

# Import targets, in the order the mapping editor lists them. "" means "do not import".
TARGETS: dict[str, str] = {
    "given_name": "Given name",
    "family_name": "Family name",
    "full_name": "Full name (split into given and family)",
    "preferred_name": "Preferred name",
    "pronouns": "Pronouns",
    "title": "Job title",
    "organization": "Organization / jurisdiction",
    "city": "City",
    "state_region": "State / region",
    "email": "Email",
    "phone": "Phone",
    "bio": "Bio",
    "dietary_needs": "Dietary needs",
    "access_needs": "Access needs",
    "consent": "Consent to share contact details",
    "internal_notes": "Internal notes",
}

# Exact header synonyms, compared after `normalize_header`.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": ("first name", "given name", "first", "forename", "firstname", "given",
                   "first names", "given names", "prenom", "nombre"),
    "family_name": ("last name", "surname", "family name", "last", "lastname", "family names",
                    "last names", "apellido", "apellidos", "nom"),
    "full_name": ("name", "full name", "your name", "participant", "participant name",
                  "attendee", "attendee name", "contact name", "member name", "member", "person"),
    "preferred_name": ("preferred name", "nickname", "goes by", "badge name", "name for badge",
                       "preferred first name", "name on badge", "known as"),
    "pronouns": ("pronouns", "pronoun", "your pronouns"),
    "title": ("job title", "title", "position", "position title", "role title", "job",
              "job role", "professional title"),
    "organization": ("organization", "organisation", "organization jurisdiction",
                     "organisation jurisdiction", "jurisdiction", "agency", "employer",
                     "company", "affiliation", "org", "organization name", "city county",
                     "government", "local government", "municipality"),
    "city": ("city", "town"),
    "state_region": ("state", "region", "state region", "province", "state province", "st"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "work email",
              "email adress", "emailaddress"),
    "phone": ("phone", "phone number", "telephone", "mobile", "cell", "cell phone",
              "mobile phone", "tel", "work phone", "telephone number"),
    "bio": ("bio", "short bio", "biography", "about you", "about", "short biography"),
    "dietary_needs": ("dietary needs", "dietary restrictions", "diet", "dietary requirements",
                      "dietary", "food allergies", "dietary preferences", "meal preference"),
    "access_needs": ("accessibility needs", "access needs", "accessibility", "accommodations",
                     "accessibility accommodations", "accommodation needs",
                     "accessibility requirements"),
    # "Shares contact" is the internal roster's own header: our exports import back.
    "consent": ("consent", "share contact", "shares contact", "shares contact details",
                "share contact details", "contact sharing", "share my contact details",
                "consent to share", "directory consent", "include in directory",
                "consent given", "consented"),
    "internal_notes": ("notes", "internal notes", "staff notes", "comments"),
}
_EXACT = {syn: target for target, syns in _SYNONYMS.items() for syn in syns}

# Keyword rules for headers that are whole questions, tried in this order: the consent
# question mentions "email", so it must be recognized before the email rule.
_KEYWORDS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("consent", (("share",), ("shares",), ("consent",), ("consented",), ("directory",))),
    ("email", (("email",), ("e", "mail"))),
    ("dietary_needs", (("dietary",), ("diet",), ("food",), ("allergies",), ("meal",))),
    ("access_needs", (("accessibility",), ("access",), ("accommodation",), ("accommodations",))),
    ("bio", (("bio",), ("biography",))),
    ("phone", (("phone",), ("mobile",), ("telephone",))),
    ("pronouns", (("pronouns",), ("pronoun",))),
    ("preferred_name", (("preferred",), ("nickname",), ("badge",))),
    ("given_name", (("first", "name"), ("given", "name"))),
    ("family_name", (("last", "name"), ("family", "name"), ("surname",))),
    ("organization", (("organization",), ("organisation",), ("jurisdiction",), ("agency",),
                      ("employer",))),
    ("title", (("title",), ("position",))),
    ("full_name", (("name",),)),
)

_PARENTHETICAL = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_header(header: str) -> str:
    """"Short bio (max 150 words)" -> "short bio"; "E-mail" -> "e mail"."""
    text = _PARENTHETICAL.sub(" ", header)
    return _NON_WORD.sub(" ", fold(text)).strip()


def guess_target(header: str) -> str:
    """The person field a header most likely holds, or "" when we cannot tell."""
    norm = normalize_header(header)
    if not norm:
        return ""
    if norm in _EXACT:
        return _EXACT[norm]
    words = set(norm.split())
    for target, alternatives in _KEYWORDS:
        if any(all(w in words for w in option) for option in alternatives):
            return target
    return ""


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[int, str]:
    """Column index -> target for every header; each target goes to its first column only."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        target = guess_target(header)
        if target and target not in taken:
            mapping[index] = target
            taken.add(target)
        else:
            mapping[index] = ""
    return mapping


# -- cell rules ------------------------------------------------------------------------------

_YES = frozenset({"yes", "y", "true", "1", "x"})
_NO = frozenset({"", "no", "n", "false", "0"})


def consent_answer(value: str) -> tuple[bool, bool]:
    """(consented, recognized). Only a clear yes counts; anything else is a no."""
    key = fold(value).strip(" .!")
    return key in _YES, key in _YES or key in _NO


# Lower-case words that begin a family name ("Ana de la Cruz", "Ludwig van Beethoven").
_PARTICLES = frozenset({"de", "del", "della", "der", "di", "da", "dos", "das", "do", "du", "la",
                        "le", "van", "von", "ter", "ten", "bin", "binti", "ibn", "al", "el",
                        "st", "st."})


# Words after a name that belong with the family name ("Ana de la Cruz Jr.", "King, Jr."),
# written without their dots.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "jd", "esq", "mpa",
                       "mph", "mba", "edd", "dds"})


def _is_suffix(word: str) -> bool:
    return fold(word).replace(".", "").replace(",", "").strip() in _SUFFIXES


def _is_cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "HANGUL", "CJK COMPATIBILITY"))


def split_full_name(full: str) -> tuple[str, str]:
    """(given, family) from one "Name" cell.

    "Family, Given" is honoured; Chinese, Japanese and Korean names written without spaces put
    the family name first (王秀英 -> 秀英, 王); otherwise the last word, with any particles
    before it, is the family name."""
    text = " ".join(full.split())
    if not text:
        return "", ""
    suffix = ""
    if "," in text:
        family, _, given = text.partition(",")
        if not all(_is_suffix(w) for w in given.split()):
            return given.strip(), family.strip()
        # "Martin Luther King, Jr.": a suffix after the comma, not "Family, Given".
        text, suffix = family.strip(), "," + given
    parts = text.split(" ")
    end = len(parts)
    while end > 2 and _is_suffix(parts[end - 1]):  # "… de la Cruz Jr.": Jr. is no family name
        end -= 1
    suffix = " ".join(parts[end:]) + suffix if end < len(parts) else suffix
    parts = parts[:end]
    if len(parts) == 1:
        if not suffix and len(text) >= 2 and all(_is_cjk(ch) for ch in text):
            return text[1:], text[0]
        return text, ""
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in _PARTICLES:
        start -= 1
    family = " ".join(parts[start:])
    if suffix:
        family += suffix if suffix.startswith(",") else " " + suffix
    return " ".join(parts[:start]), family
