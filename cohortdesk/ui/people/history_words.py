"""A person's history in the app's language. The core describes each change in English and
in parts (services/history.py HistoryItem: the table, the record's name, each field with the
vocabulary of its values); the card words those parts here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cohortdesk.services.merge import FIELD_LABELS
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# What a changed row is (services/history.py TABLE_LABELS), word for word.
TABLES = {
    "person": QT_TRANSLATE_NOOP("History", "Person"),
    "membership": QT_TRANSLATE_NOOP("History", "Membership"),
    "registration": QT_TRANSLATE_NOOP("History", "Attendance"),
    "agenda_presenter": QT_TRANSLATE_NOOP("History", "Presenter"),
    "breakout_group": QT_TRANSLATE_NOOP("History", "Breakout facilitator"),
    "breakout_member": QT_TRANSLATE_NOOP("History", "Breakout group"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
    "action_item": QT_TRANSLATE_NOOP("History", "Next step"),
    "framework_result": QT_TRANSLATE_NOOP("History", "Result"),
    "progress_update": QT_TRANSLATE_NOOP("History", "Progress update"),
    "technical_assistance_request": QT_TRANSLATE_NOOP("History", "Technical assistance"),
    "attendance_alias": QT_TRANSLATE_NOOP("History", "Zoom name"),
    "person_merged": QT_TRANSLATE_NOOP("History", "Merged"),
}
# Each field's label as the core gives it (FieldChange.label), other than a person's or an
# organization's own fields; tests/test_history_words.py checks that FIELDS holds every label
# the core can give.
_OWN_FIELDS = frozenset({
    QT_TRANSLATE_NOOP("HistoryFields", "Closed session"),
    QT_TRANSLATE_NOOP("HistoryFields", "Created at"),
    QT_TRANSLATE_NOOP("HistoryFields", "Description"),
    QT_TRANSLATE_NOOP("HistoryFields", "Due on"),
    QT_TRANSLATE_NOOP("HistoryFields", "Owner"),
    QT_TRANSLATE_NOOP("HistoryFields", "Raised session"),
    QT_TRANSLATE_NOOP("HistoryFields", "Status"),
    QT_TRANSLATE_NOOP("HistoryFields", "Placeholder"),
    QT_TRANSLATE_NOOP("HistoryFields", "Role"),
    QT_TRANSLATE_NOOP("HistoryFields", "Name key"),
    QT_TRANSLATE_NOOP("HistoryFields", "Facilitator"),
    QT_TRANSLATE_NOOP("HistoryFields", "Locked"),
    QT_TRANSLATE_NOOP("HistoryFields", "Room"),
    QT_TRANSLATE_NOOP("HistoryFields", "Cohort"),
    QT_TRANSLATE_NOOP("HistoryFields", "Statement"),
    QT_TRANSLATE_NOOP("HistoryFields", "Ended on"),
    QT_TRANSLATE_NOOP("HistoryFields", "Stage"),
    QT_TRANSLATE_NOOP("HistoryFields", "Started on"),
    QT_TRANSLATE_NOOP("HistoryFields", "Agenda item"),
    QT_TRANSLATE_NOOP("HistoryFields", "Author"),
    QT_TRANSLATE_NOOP("HistoryFields", "Body"),
    QT_TRANSLATE_NOOP("HistoryFields", "Edited at"),
    QT_TRANSLATE_NOOP("HistoryFields", "Session"),
    QT_TRANSLATE_NOOP("HistoryFields", "Narrative"),
    QT_TRANSLATE_NOOP("HistoryFields", "On date"),
    QT_TRANSLATE_NOOP("HistoryFields", "Attendance"),
    QT_TRANSLATE_NOOP("HistoryFields", "Checked in at"),
    QT_TRANSLATE_NOOP("HistoryFields", "Marked at"),
    QT_TRANSLATE_NOOP("HistoryFields", "Minutes"),
    QT_TRANSLATE_NOOP("HistoryFields", "Mode"),
    QT_TRANSLATE_NOOP("HistoryFields", "Note"),
    QT_TRANSLATE_NOOP("HistoryFields", "Source"),
    QT_TRANSLATE_NOOP("HistoryFields", "Walk in"),
    QT_TRANSLATE_NOOP("HistoryFields", "Closed on"),
    QT_TRANSLATE_NOOP("HistoryFields", "Need"),
    QT_TRANSLATE_NOOP("HistoryFields", "Notes"),
    QT_TRANSLATE_NOOP("HistoryFields", "Partner"),
    QT_TRANSLATE_NOOP("HistoryFields", "Requested on"),
    QT_TRANSLATE_NOOP("HistoryFields", "Person"),
})
# A person's and an organization's own fields are labelled as the merge dialog labels them
# (services/merge.py FIELD_LABELS), and worded from its table ("MergeFields").
_MERGE_FIELDS = frozenset(FIELD_LABELS.values())
FIELDS = _OWN_FIELDS | _MERGE_FIELDS


def _field(label: str) -> str:
    if label in _MERGE_FIELDS:
        return translate("MergeFields", label)
    return translate("HistoryFields", label) if label in _OWN_FIELDS else label


def _value(change: Any, value: str) -> str:
    if not value:
        return value
    if change.vocabulary == "bool":
        return translate("Table", value)  # "Yes", "No"
    if change.vocabulary:
        return translate(change.vocabulary, value)
    return value


def subject_text(item: Any) -> str:
    """"Membresía: Cohort 4", "Persona", "Persona n.º 12 (combinada)"."""
    if item.table == "person":
        return translate("History", "Person")
    if item.table == "merged person":
        return translate("History", "Person #{number} (merged)").format(number=item.number)
    if item.table == "merged in":
        return translate("History", "Merged in person #{number}").format(number=item.number)
    if item.table in TABLES:
        word = translate("History", TABLES[item.table])
        return f"{word}: {item.record}" if item.record else word
    return str(item.subject)


def item_text(item: Any) -> str:
    """One change in the app's language, as HistoryItem.summary says it in English."""
    subject = subject_text(item)
    if item.action == "update":
        text = "; ".join(translate("History", "{field}: {old} → {new}").format(
            field=_field(c.label), old=_value(c, c.old) or "—", new=_value(c, c.new) or "—")
            for c in item.changes)
        return text if item.table == "person" else f"{subject}: {text}"
    if item.table == "merged in":
        shown = ", ".join(c.new or c.old for c in item.changes if c.new or c.old)
        words = (translate("History", "{subject} ({details})").format(subject=subject,
                                                                      details=shown)
                 if shown else subject)
        return words if item.action == "insert" else translate(
            "History", "{subject}: separated again").format(subject=words)
    details = ", ".join(f"{_field(c.label)} {_value(c, c.new or c.old)}" for c in item.changes
                        if (c.new or c.old) and not str(item.subject).endswith(c.new or c.old))
    if item.table in ("person", "merged person") or not details:
        words = (translate("History", "{subject} added") if item.action == "insert"
                 else translate("History", "{subject} removed"))
        return words.format(subject=subject)
    words = (translate("History", "{subject} added ({details})") if item.action == "insert"
             else translate("History", "{subject} removed ({details})"))
    return words.format(subject=subject, details=details)


def event_lines(items: Sequence[Any]) -> list[str]:
    """An event's changes, a repeated one once with its count ("… (×3)")."""
    counts: dict[str, int] = {}
    for item in items:
        text = item_text(item)
        counts[text] = counts.get(text, 0) + 1
    return [text + (f" (×{n})" if n > 1 else "") for text, n in counts.items()]
