"""The core's validation messages reach the user in the app's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.i18n.errors import MESSAGES, error_text
from cohortdesk.ui.people.dialog import PersonDialog

CORE = Path(__file__).resolve().parent.parent / "cohortdesk"


def _fixed_messages() -> set[str]:
    """Every ValidationError message the core writes as a fixed sentence."""
    found = set()
    for path in CORE.rglob("*.py"):
        if path.relative_to(CORE).parts[0] in ("ui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            name = getattr(func, "id", getattr(func, "attr", ""))
            if isinstance(node, ast.Call) and name == "ValidationError" and len(node.args) > 1 \
                    and isinstance(node.args[1], ast.Constant):
                found.add(node.args[1].value)
    return found


def test_every_fixed_message_of_the_core_is_in_the_catalogue() -> None:
    fixed = _fixed_messages()
    assert "Enter a given name or a family name." in fixed  # the scan sees them
    assert fixed - MESSAGES == set()


def _person_form(qtbot, store: Store) -> PersonDialog:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.usefixtures("spanish")
def test_a_form_says_what_is_wrong_in_spanish(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _person_form(qtbot, store)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name at all
    shown = [label.text() for label in dialog.findChildren(QLabel)
             if label.objectName().startswith("error_") and label.isVisible()]
    assert "Escriba un nombre de pila o un apellido." in shown
    assert people.count_people(store) == 0
    assert error_text(ValidationError("email", "Enter a number.")) == "Escriba un número."
    # A message with values in it and no key stays as the core says it.
    assert error_text(ValidationError("x", "“Q” is not a status.")) == "“Q” is not a status."


def test_an_english_app_shows_the_cores_words() -> None:
    assert error_text(ValidationError("email", "Enter a number.")) == "Enter a number."


@pytest.mark.usefixtures("spanish")
def test_a_form_is_as_wide_as_its_longest_field_in_spanish(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    # "Puede compartir su correo y teléfono con la cohorte" was cut at "cohort".
    dialog = _person_form(qtbot, store)
    consent = dialog.fields["consent_share_contact"]
    qtbot.waitUntil(lambda: consent.width() >= consent.sizeHint().width())


def test_the_keyed_refusals_are_the_cores_sentences() -> None:
    from cohortdesk.documents import zoom_report
    from cohortdesk.documents.pdf_common import OUTPUT_REFUSALS
    from cohortdesk.domain import breakouts as domain_breakouts
    from cohortdesk.domain import limits, validation
    from cohortdesk.domain import results as domain_results
    from cohortdesk.services import (
        agenda,
        agenda_templates,
        attendance,
        breakouts,
        calendars,
        cohorts,
        people_import,
        prereads,
        zoom_import,
    )
    from cohortdesk.ui.i18n.errors import KEYED, LABELS, ZOOM_REASONS

    core = {**validation.MESSAGES, "limits: too long": limits.TOO_LONG,
            "people: email taken": people.EMAIL_TAKEN,
            "templates: name taken": agenda_templates.NAME_TAKEN,
            "attendance: several named": attendance.SEVERAL_NAMED, **breakouts.REFUSALS,
            "breakouts: too few": domain_breakouts.TOO_FEW, **calendars.REFUSALS,
            **domain_results.REFUSALS, "import: two columns": people_import.TWO_COLUMNS,
            "agenda: day": agenda.DAY_RANGE, **OUTPUT_REFUSALS,
            "prereads: unreadable": prereads.UNREADABLE, **cohorts.GONE, **zoom_import.REFUSALS,
            "zoom: not a report": zoom_report.NOT_A_REPORT}
    assert core == KEYED  # word for word
    assert zoom_report.REASONS == ZOOM_REASONS
    assert {"Title", "Given name", "Venue"} <= LABELS


@pytest.mark.usefixtures("spanish")
def test_refusals_with_values_read_in_spanish(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _person_form(qtbot, store)
    dialog.fields["given_name"].setText("María")  # QTest types ASCII only
    qtbot.keyClicks(dialog.fields["email"], "maria@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_email")
    assert error is not None and error.text() == "«maria@» no es una dirección de correo válida."
    with_values = ValidationError("title", "…", key="limits: too long",
                                  values=(("label", "Title"), ("length", "301"), ("limit", "300")))
    assert error_text(with_values) == "Título: tiene 301 caracteres; admite como máximo 300."
    import datetime as dt

    from cohortdesk.domain.results import ProgressData, validate_progress

    try:
        validate_progress(ProgressData(on_date=dt.date(2026, 5, 4)), today=dt.date(2026, 5, 1))
    except ValidationError as exc:
        assert "after today (1 May 2026)" in exc.message  # the core's English
        assert error_text(exc) == ("El 4 may 2026 es posterior a hoy (1 may 2026). Registre una "
                                   "lectura una vez tomada.")
    else:
        raise AssertionError("a reading dated after today was taken")
    from cohortdesk.services import people_import

    try:
        people_import.check_mapping({0: "given_name", 1: "email", 2: "email"})
    except ValidationError as exc:
        assert exc.message == "Two columns are mapped to Email."
        assert error_text(exc) == "Dos columnas se importan como Correo."
    else:
        raise AssertionError("two columns mapped to one field were taken")


@pytest.mark.usefixtures("spanish")
def test_files_that_cannot_be_used_are_refused_in_spanish(tmp_path: Path, store: Store) -> None:
    from cohortdesk.documents import zoom_report
    from cohortdesk.documents.pdf_common import check_output
    from cohortdesk.services import cohorts, prereads
    from cohortdesk.services.cohorts import CohortData

    def refused(fn, *args):  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except ValidationError as exc:
            return exc
        raise AssertionError(f"{fn.__name__} took {args}")

    missing = refused(zoom_report.read_report, tmp_path / "participants.csv")
    assert missing.message.startswith("Cannot read participants.csv: ")  # the system's words
    assert error_text(missing) == "No se puede leer participants.csv: ya no está allí."

    (tmp_path / "notes.csv").write_text("Agenda for the day\nWelcome\n", encoding="utf-8")
    wrong = refused(zoom_report.read_report, tmp_path / "notes.csv")
    assert "its first line is “Agenda for the day”." in wrong.message
    assert error_text(wrong).startswith(
        "notes.csv no es un informe de participantes de Zoom: su primera línea es "
        "«Agenda for the day». Se espera una tabla con las columnas Name (Original Name)")

    folder = refused(check_output, tmp_path / "gone" / "packet.pdf")
    assert error_text(folder) == (f"La carpeta {tmp_path / 'gone'} no existe; elija una carpeta "
                                  "existente donde guardar packet.pdf.")

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really")
    broken = refused(prereads.check_pdf, (tmp_path / "broken.pdf").read_bytes())
    assert error_text(broken).startswith("No se puede leer ese PDF (")

    cohort = cohorts.create_cohort(store, CohortData(program="Equity", name="Cohort 3"))
    gone = refused(cohorts.add_members, store, cohort, list(range(9_001, 21_346)))
    assert gone.message.startswith("12,345 people to add are no longer")
    assert error_text(gone) == ("12.345 de las personas por agregar ya no están en este espacio "
                                "de trabajo (¿se eliminaron entretanto?).")
