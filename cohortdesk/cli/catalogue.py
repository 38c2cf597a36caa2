"""The document catalogue's messages: what the code prints, and keeping the .po up to date.

    python -m cohortdesk.cli.catalogue     # add new messages to every .po (untranslated)

Messages are `_()`, `ngettext()` and `N_()` calls in the modules that build documents, and
the labels of the stored vocabularies that documents print (formats, statuses, roles, roster
fields), which live as plain data beside their enums.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cohortdesk.documents.i18n import LANGUAGES, catalogue_path

PACKAGE = Path(__file__).resolve().parent.parent
SOURCES = [
    "documents/i18n.py", "documents/packet.py", "documents/packet_data.py",
    "documents/packet_sections.py", "documents/pdf_common.py", "documents/print_materials.py",
    "documents/results_pdf.py", "documents/roster_catering_pdf.py", "documents/roster_pdf.py",
    "services/packets.py", "services/roster.py", "services/roster_catering.py",
]
KEYWORDS: dict[str, Any] = {"_": None, "N_": None, "ngettext": (1, 2)}

Message = str | tuple[str, str]


def code_messages() -> Iterator[tuple[Message, str]]:
    """(message, "file:line") for every marked string of the document code."""
    from babel.messages.extract import extract_python

    for rel in SOURCES:
        with (PACKAGE / rel).open("rb") as f:
            for lineno, _func, message, _comments in extract_python(
                    f, KEYWORDS, [], {}):
                if isinstance(message, tuple | list):
                    singular, plural = message[0], message[1]
                    if singular and plural:
                        yield (str(singular), str(plural)), f"{rel}:{lineno}"
                elif message:
                    yield str(message), f"{rel}:{lineno}"


def label_messages() -> Iterator[tuple[Message, str]]:
    """Labels of stored vocabularies that documents print through `_()`."""
    from cohortdesk.domain.agenda import NoteKind
    from cohortdesk.domain.attendance import AttendanceState, RegistrationStatus
    from cohortdesk.domain.enums import MembershipRole, MembershipStage, SessionFormat
    from cohortdesk.domain.results import AssistanceStatus, Direction, StrategyStatus, TrackStatus
    from cohortdesk.services.roster import FIELDS

    for enum in (SessionFormat, RegistrationStatus, AttendanceState, MembershipRole,
                 MembershipStage, TrackStatus, StrategyStatus, AssistanceStatus, Direction):
        for member in enum:
            yield member.label, f"{enum.__name__}.{member.name}"
    for kind in NoteKind:
        label = kind.label
        yield (label if label.endswith("s") else label + "s"), f"NoteKind.{kind.name} (plural)"
    for field in FIELDS:
        yield field.label, f"roster field {field.key}"


def required_messages() -> dict[Message, list[str]]:
    found: dict[Message, list[str]] = {}
    for message, where in [*code_messages(), *label_messages()]:
        found.setdefault(message, []).append(where)
    return found


def update(code: str) -> int:
    """Add missing messages to the `code` catalogue; returns how many were added."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    path = catalogue_path(code)
    if path.exists():
        with path.open("rb") as f:
            catalog = read_po(f, locale=code)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog = Catalog(locale=code, project="CohortDesk documents")
    added = 0
    for message, where in required_messages().items():
        key = message[0] if isinstance(message, tuple) else message
        if catalog.get(key) is None:
            catalog.add(message, string=("", "") if isinstance(message, tuple) else "",
                        locations=[(w, 0) for w in where[:1]])
            added += 1
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=False, include_lineno=False)
    text = buffer.getvalue().decode("utf-8")
    # Dates and placeholders that would change on every run; Spanish has two plural forms.
    text = re.sub(r'"(POT-Creation-Date|PO-Revision-Date|Report-Msgid-Bugs-To): [^"]*"\n', "", text)
    text = text.replace('msgstr[2] ""\n', "")
    path.write_text(text, encoding="utf-8")
    return added


def main() -> int:
    for code in LANGUAGES:
        if code != "en":
            print(f"{code}: {update(code)} new messages in {catalogue_path(code)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
