"""Tools › Find duplicates, the merge dialog and the History section, driven offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.people.card import PersonCard
from cohortdesk.ui.people.duplicates import PERSON, DuplicatesDialog, MergeDialog
from cohortdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    return w


def test_find_duplicates_then_merge_then_history_then_undo(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           store: Store) -> None:
    a = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                               email="zoe@work.example.org"))
    b = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien",
                                               email="zoe@home.example.org", title="Manager"))
    assert window.context.actions.action("find_duplicates") is not None
    found = DuplicatesDialog(window.context, window)
    qtbot.addWidget(found)
    qtbot.waitUntil(lambda: found.pairs == [(PERSON, a, b)])  # looked for on the worker
    assert found.table.item(0, 3).text() == "same name"

    dialog = MergeDialog(window.context, PERSON, a, b, found)
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"given_name", "family_name", "title", "email"}
    assert dialog.take() == ["title"]  # KEEP's blank title is filled by default
    dialog.groups["email"].button(2).setChecked(True)
    dialog.merge_button.click()
    assert dialog.result_ is not None
    merged = people.get_person(store, a)
    assert (merged.email, merged.title, merged.given_name) == (
        "zoe@home.example.org", "Manager", "Zoë")
    qtbot.waitUntil(lambda: found.pairs == [])  # the list looked again

    card = PersonCard(window.context)
    qtbot.addWidget(card)
    card.show_record(a)
    # History is read off the UI thread once the selection settles.
    qtbot.waitUntil(lambda: "merge with #" in card.toPlainText())
    text = card.toPlainText()
    assert "History" in text and "merge with #" in text and "Title: — → Manager" in text
    store.undo()
    assert people.count_people(store) == 2


def test_a_crowded_directory_lists_the_most_likely_pairs_and_counts_the_rest(
        qtbot, window: MainWindow, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Five people share a name: ten pairs, and one pair of organizations. Only the strongest
    # are listed; all are counted.
    from cohortdesk.domain.records import OrganizationData
    from cohortdesk.services import organizations
    from cohortdesk.ui.people import duplicates as duplicates_ui

    monkeypatch.setattr(duplicates_ui, "LISTED", 3)
    ids = [people.create_person(store, PersonData(given_name="Maria", family_name="Garcia",
                                                  email=f"maria{i}@example.org"))
           for i in range(5)]
    first = organizations.create_organization(store, OrganizationData(name="Office of Equity"))
    second = organizations.create_organization(store, OrganizationData(name="Equity Office"))
    found = DuplicatesDialog(window.context, window)
    qtbot.addWidget(found)
    qtbot.waitUntil(lambda: len(found.pairs) == 4)
    assert found.summary.text().startswith("11 possible duplicates; the 4 most likely are listed.")
    assert found.pairs == [(PERSON, ids[0], ids[1]), (PERSON, ids[0], ids[2]),
                           (PERSON, ids[0], ids[3]), ("organization", first, second)]
    assert found.merge_button.isEnabled()


def test_find_duplicates_and_merge_speak_spanish(qtbot, qapp, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 store: Store) -> None:
    """The list's headings, kinds and reasons, and the merge dialog's fields and values, are
    the app's words: in Spanish they read in Spanish (names stay as typed)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel, QRadioButton

    from cohortdesk.services import merge
    from cohortdesk.ui import i18n
    from cohortdesk.ui.people.duplicates import MERGE_FIELDS

    assert set(merge.FIELD_LABELS.values()) <= set(MERGE_FIELDS)  # every field is translated
    a = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                               consent_share_contact=True))
    b = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien"))
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        found = DuplicatesDialog(window.context, window)
        qtbot.addWidget(found)
        qtbot.waitUntil(lambda: found.pairs == [(PERSON, a, b)])
        headings = [found.table.horizontalHeaderItem(c).text() for c in range(4)]
        assert headings == ["Tipo", "Registro", "Posible duplicado", "Motivo"]
        assert (found.table.item(0, 0).text(), found.table.item(0, 3).text()) == (
            "Persona", "mismo nombre")
        dialog = MergeDialog(window.context, PERSON, a, b, found)
        qtbot.addWidget(dialog)
        texts = {w.text() for kind in (QLabel, QRadioButton) for w in dialog.findChildren(kind)}
        # A person's title is their job, "Cargo" as the person form says, never "Título".
        assert {"Nombre", "Apellidos", "Cargo", "Comparte sus datos de contacto", "Sí", "No",
                f"<b>Conservar n.º {a}</b>"} <= texts
        assert "Título" not in texts
        assert not texts & {"Given name", "Family name", "Yes", "Field"}
        assert any(f"apunta a la persona n.º {b}" in text for text in texts)
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


@pytest.mark.usefixtures("spanish")
def test_the_card_says_in_spanish_that_older_changes_are_gone(
        qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    pid = people.create_person(store, PersonData(given_name="Ana"))
    with store.engine.begin() as conn:  # the journal forgot the person's creation
        conn.exec_driver_sql("DELETE FROM op_change")
        conn.exec_driver_sql("DELETE FROM op_entry")
    card = PersonCard(window.context)
    qtbot.addWidget(card)
    card.show_record(pid)
    qtbot.waitUntil(lambda: "Historial" in card.toPlainText())
    qtbot.waitUntil(lambda: "ya no se conservan" in card.toPlainText())
    assert "las últimas 500 operaciones o los últimos 90 días" in card.toPlainText()
    assert "no longer kept" not in card.toPlainText()


def test_a_merge_set_up_before_a_change_is_refused_then_shown_again(
        qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    """A phone that arrives (a sync, another window) while the merge dialog is open is not
    written over by the choices made before it: the merge is refused, nothing changes, and the
    dialog shows the records as they are now with the user's choices kept."""
    a = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                               email="zoe@work.example.org"))
    b = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien",
                                               email="zoe@home.example.org", title="Manager"))
    errors: list[BaseException] = []
    window.context.set_error_reporter(errors.append)
    dialog = MergeDialog(window.context, PERSON, a, b)
    qtbot.addWidget(dialog)
    dialog.groups["email"].button(2).setChecked(True)  # the user takes the home email
    assert "phone" not in dialog.groups  # both blank when the dialog opened

    people.update_person(store, a, PersonData(given_name="Zoë", family_name="O'Brien",
                                              email="zoe@work.example.org", phone="555-0142"))
    dialog.merge_button.click()

    assert dialog.result_ is None and people.count_people(store) == 2
    assert [error_text(e) for e in errors] == [
        "These records changed since the merge was set up. Check the values shown now, and "
        "merge again."]
    # Shown again as they are now: the new phone has its row, the email choice is kept.
    assert dialog.groups["phone"].checkedId() == 1
    marked = [w.text() for w in dialog.fields_area.widget().findChildren(QLabel)
              if "(changed)" in w.text()]
    assert marked == ["<b>Phone (changed)</b>"]
    assert dialog.groups["email"].checkedId() == 2
    dialog.merge_button.click()
    assert dialog.result_ is not None
    merged = people.get_person(store, a)
    assert (merged.phone, merged.email, merged.title) == (
        "555-0142", "zoe@home.example.org", "Manager")
