"""A person's history reads in the app's language, and in English says what the core says."""

from __future__ import annotations

import pytest

from cohortdesk.domain.attendance import AttendanceState
from cohortdesk.domain.records import PersonData
from cohortdesk.services import attendance, history, people
from cohortdesk.services.history import _HIDDEN, TABLE_LABELS, VOCABULARY_COLUMNS
from cohortdesk.services.merge import FIELD_LABELS
from cohortdesk.store import Store
from cohortdesk.store.models import Base
from cohortdesk.ui.people.history_words import FIELDS, TABLES, event_lines


def test_the_words_cover_every_table_and_field_the_core_can_name() -> None:
    assert {k: v for k, v in TABLES.items()} == TABLE_LABELS
    labels = set()
    for table in Base.metadata.sorted_tables:
        if table.name in TABLE_LABELS:
            for column in table.columns:
                if column.name in _HIDDEN and column.name != "person_id":
                    continue
                label = FIELD_LABELS.get(column.name, "Person" if column.name == "person_id"
                                         else column.name.replace("_", " ").capitalize())
                labels.add(label[:-3] if label.endswith(" id") else label)
    assert labels - FIELDS == set()
    assert all(table in TABLE_LABELS for table, _column in VOCABULARY_COLUMNS)


def test_in_english_the_card_says_what_the_core_says(example_store: Store) -> None:
    for row in people.list_people(example_store).rows:
        for event in history.person_history(example_store, row[0]).events:
            assert event_lines(event.items) == event.lines


@pytest.mark.usefixtures("spanish")
def test_a_history_reads_in_spanish(example_store: Store) -> None:
    person = people.create_person(example_store, PersonData(given_name="Ana", family_name="Ruiz"))
    attendance.invite(example_store, 1, [person])
    attendance.set_attendance(example_store, 1, person, AttendanceState.LATE)
    events = history.person_history(example_store, person).events
    said = [line for event in events for line in event_lines(event.items)]
    # Values by their labels, in Spanish: "in_person" once showed as it is stored.
    assert said[0].startswith("Asistencia: Kickoff Convening: Asistencia: — → Tarde; "
                              "Modalidad: — → Presencial; Origen: — → Manual; Marcado: — → ")
    assert said[1:] == ["Se agregó: Asistencia: Kickoff Convening (Estado Invitado)",
                        "Se agregó: Persona"]
