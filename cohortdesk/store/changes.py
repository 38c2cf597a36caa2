"""What one operation changed: the change set every view and every client receives.

As Anki's `OpChanges`, it is broadcast with the initiator, and each view decides from it
whether and what to refresh. Tables are named as in the workspace ("person", "agenda_item");
`kinds` names them as a user would ("people", "agenda").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The kind of record each table holds; a table not listed is its own kind.
KIND_OF_TABLE: Mapping[str, str] = MappingProxyType({
    "person": "people",
    "organization": "organizations",
    "cohort": "cohorts",
    "membership": "cohorts",
    "cohort_session": "sessions",
    "agenda_item": "agenda",
    "agenda_day": "agenda",
    "agenda_presenter": "agenda",
    "note": "notes",
    "action_item": "actions",
    "breakout_group": "breakouts",
    "breakout_member": "breakouts",
    "agenda_template": "agenda templates",
    "registration": "attendance",
    "attendance_alias": "attendance",
    "exchange_identity": "imports",
    "preread": "print",
    "print_asset": "print",
    "framework_result": "results",
    "indicator": "results",
    "strategy": "results",
    "progress_update": "results",
    "progress_value": "results",
    "technical_assistance_request": "technical assistance",
})

EVERYTHING = "*"


@dataclass(frozen=True)
class Changes:
    """One operation's change set.

    `tables` names every table touched ("*" when everything may have changed: a workspace
    opened, a restore, a bulk write); `ids` gives, per table, the ids of the rows changed.
    `entry_id` is the journal entry that holds the field values (`store.journal.row_changes`).
    """

    tables: frozenset[str]
    label: str = ""
    source: object | None = field(default=None, compare=False)
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict, compare=False)
    entry_id: int | None = None

    def touches(self, *tables: str) -> bool:
        return EVERYTHING in self.tables or bool(self.tables.intersection(tables))

    @property
    def everything(self) -> bool:
        return EVERYTHING in self.tables

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(KIND_OF_TABLE.get(t, t) for t in self.tables)

    def ids_of(self, table: str) -> frozenset[int]:
        return self.ids.get(table, frozenset())

    def touches_row(self, table: str, row_id: int) -> bool:
        return self.everything or row_id in self.ids_of(table)


# The change set is what an operation returns; the issue tracker and the docs call it so.
ChangeSet = Changes
