"""The app in Spanish (issue 20): the Qt catalogue is complete and up to date with the code, and
the real main window starts in Spanish under LANG=es_ES.UTF-8 or the Preferences choice."""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

import cohortdesk
from cohortdesk.store import Store
from cohortdesk.ui import i18n
from cohortdesk.ui.i18n import vocabulary

TS = i18n.ts_path("es")
UI = Path(cohortdesk.__file__).parent / "ui"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_of_the_spanish_catalogue_is_translated_and_finished() -> None:
    problems = []
    for context, source, message in messages(TS):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif any(not text.strip() for text in translations_of(message)):
            problems.append(f"{context}: {source!r} has no translation")
    assert not problems, "\n".join(problems)


def test_translations_keep_every_placeholder_and_one_mnemonic_at_most() -> None:
    problems = []
    for context, source, message in messages(TS):
        wanted = sorted(re.findall(r"\{\w+\}", source))
        for text in translations_of(message):
            if sorted(re.findall(r"\{\w+\}", text)) != wanted:
                problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: {source!r} → {text!r} loses or adds a mnemonic")
    assert not problems, "\n".join(problems)


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over cohortdesk/ui finds exactly the strings the .ts holds (`make translations`)."""
    import PySide6

    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    fresh = tmp_path / "fresh_es.ts"
    subprocess.run([str(lupdate), "-extensions", "py", "-locations", "none", "-source-language", "en",
                    "-target-language", "es", str(UI), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    in_code = {(c, s) for c, s, _m in messages(fresh)}
    in_catalogue = {(c, s) for c, s, _m in messages(TS)}
    assert in_code - in_catalogue == set(), "new strings: run `make translations` and translate them"
    assert in_catalogue - in_code == set(), "strings no longer in the code: run `make translations`"


def _core_labels() -> set[tuple[str, str]]:
    import importlib
    import pkgutil

    import cohortdesk.domain
    import cohortdesk.services
    from cohortdesk.domain.enums import Labelled

    found = set()
    for package in (cohortdesk.domain, cohortdesk.services):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for cls in vars(module).values():
                if inspect.isclass(cls) and issubclass(cls, Labelled) and cls is not Labelled \
                        and issubclass(cls, Enum):
                    found |= {(cls.__name__, member.label) for member in cls}
    return found


def test_every_column_and_label_of_the_core_is_in_the_vocabulary() -> None:
    import importlib
    import pkgutil

    import cohortdesk.services

    columns = set()
    for info in pkgutil.iter_modules(cohortdesk.services.__path__):
        module = importlib.import_module(f"cohortdesk.services.{info.name}")
        for key, value in vars(module).items():
            # A list's columns: the record id, then the headings the UI shows.
            if key.endswith("COLUMNS") and isinstance(value, tuple) and value[:1] == ("id",):
                columns |= set(value[1:])
    assert columns - set(vocabulary.COLUMNS) == set()
    marked = {(c, s) for c, s, _m in messages(TS)}
    assert _core_labels() - marked == set()


def test_the_catalogue_compiles_and_translates(qapp, tmp_path: Path) -> None:
    qm = i18n.compiled_catalogue("es")
    assert qm is not None and qm.is_file()
    assert i18n.compiled_catalogue("es") == qm  # the second start finds it in the cache
    before = QLocale()
    try:
        assert i18n.install(qapp, "es") == "es"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert vocabulary.column("Time zone") == "Zona horaria"
        from cohortdesk.domain.enums import SessionFormat

        assert vocabulary.label(SessionFormat.VIRTUAL_ROUNDTABLE) == "Mesa redonda virtual"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("", ["es-ES", "es"], "es"), ("", ["en-US"], "en"), ("en", ["es-MX"], "en"),
    ("es", ["en-US"], "es"), ("", ["fr-FR", "es-ES"], "en"), ("", ["C"], "en"),
])
def test_the_language_follows_the_preference_then_the_system(
        monkeypatch: pytest.MonkeyPatch, preference: str, system: list[str], expected: str) -> None:
    class FakeLocale:
        def uiLanguages(self) -> list[str]:  # noqa: N802 - Qt API
            return system

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: FakeLocale()))
    assert i18n.chosen_language(preference) == expected


def test_preferences_store_the_language_for_the_next_start(qtbot) -> None:
    from cohortdesk.ui.shell.preferences import PreferencesDialog
    from cohortdesk.ui.shell.settings import Settings

    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # as the system, until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.changed()
    dialog.accept()
    assert Settings().text(i18n.SETTING) == "es"
    again = PreferencesDialog(Settings())
    qtbot.addWidget(again)
    again.language.setCurrentIndex(again.language.findData(""))
    again.accept()
    assert Settings().text(i18n.SETTING) == ""


def test_the_guide_comes_in_spanish() -> None:
    from cohortdesk.ui.shell.help import guide_path

    assert guide_path("es").endswith("guide.es.html")
    assert guide_path("en").endswith("guide.html")
    spanish = Path(guide_path("es")).read_text(encoding="utf-8")
    english = Path(guide_path("en")).read_text(encoding="utf-8")
    assert "Guía de CohortDesk" in spanish
    # Every section of the English guide has its Spanish counterpart, with the same anchors.
    assert re.findall(r'id="(\w+)"', spanish) == re.findall(r'id="(\w+)"', english)


WINDOW_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt
    from cohortdesk.store import Store
    from cohortdesk.ui.shell.app import make_application
    from cohortdesk.ui.shell.main_window import MainWindow
    from cohortdesk.services import example

    app = make_application(["cohortdesk"])
    store = Store.open(Path(sys.argv[1]))
    store.strict = False
    example.load_example_network(store, language="es")
    store.strict = True
    window = MainWindow(store)
    window.show()
    app.processEvents()
    actions = window.context.actions
    out = {
        "menus": [a.text() for a in window.menuBar().actions()],
        "toolbar": [a.iconText() for a in window.toolbar.actions() if not a.isSeparator()],
        "actions": {k: actions.action(k).text() for k in ("quit", "undo", "preferences", "help",
                                                          "new_workspace")},
        "sidebar": [window.sidebar.item(i).text() for i in range(window.sidebar.count())],
        "headers": [str(window.views["people"].model.headerData(c, Qt.Orientation.Horizontal))
                    for c in range(4)],
    }
    window.show_view("sessions")
    sessions = window.views["sessions"].model
    deadline = time.monotonic() + 60
    while not sessions.columnCount() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    out["session_headers"] = [str(sessions.headerData(0, Qt.Orientation.Horizontal))]
    window.close()
    print(json.dumps(out))
""")


def start_window(tmp_path: Path, env: dict[str, str]) -> dict:
    full = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES",
                                                              "LANGUAGE")}
    full.update({"QT_QPA_PLATFORM": "offscreen", "COHORTDESK_HOME": str(tmp_path / "home")})
    full.update(env)
    done = subprocess.run([sys.executable, "-c", WINDOW_SCRIPT, str(tmp_path / "w.cohortdesk")],
                          env=full, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_main_window_reads_spanish_under_a_spanish_system(tmp_path: Path) -> None:
    seen = start_window(tmp_path, {"LANG": "es_ES.UTF-8"})
    assert seen["menus"] == ["&Archivo", "&Editar", "&Ver", "&Sesión", "&Herramientas", "Ay&uda"]
    assert seen["actions"]["quit"] == "&Salir"
    assert seen["actions"]["preferences"] == "&Preferencias…"
    assert seen["actions"]["new_workspace"] == "&Nuevo espacio de trabajo…"
    assert seen["actions"]["undo"] == "&Deshacer Cargar la red de ejemplo"
    assert seen["sidebar"] == ["Cohortes", "Personas", "Organizaciones", "Sesiones"]
    assert {"Nuevo", "Editar", "Eliminar", "Deshacer", "Buscar"} <= set(seen["toolbar"])
    assert seen["headers"][0] == "Nombre"
    # "Title" is a person's job on the People list and a session's name on the Sessions list.
    assert seen["headers"][3] == "Cargo"
    assert seen["session_headers"] == ["Título"]


def test_the_preference_overrides_the_system_language(tmp_path: Path) -> None:
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    (config / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    seen = start_window(tmp_path, {"LANG": "es_ES.UTF-8"})
    assert seen["menus"][:3] == ["&File", "&Edit", "&View"]
    assert "Undo" in seen["toolbar"]


def test_undo_names_the_step_in_spanish_and_keeps_the_users_words(qapp) -> None:
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert vocabulary.step("Edit Person Zoë O'Brien") == "Editar persona Zoë O'Brien"
        assert vocabulary.step("Delete Agenda Item Welcome") == "Eliminar punto de la agenda Welcome"
        assert vocabulary.step("Load Example Network") == "Cargar la red de ejemplo"
        assert vocabulary.step("Something New") == "Something New"
        # A count in the middle, from the People list's commands on many people.
        assert vocabulary.step("Add 1199 people to Cohort 3") == "Agregar 1199 personas a Cohort 3"
        assert vocabulary.step("Invite 20 People to Spring convening") == \
            "Invitar a 20 personas a Spring convening"
        assert vocabulary.step("Delete 950 People") == "Eliminar 950 personas"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    assert vocabulary.step("Edit Person Zoë O'Brien") == "Edit Person Zoë O'Brien"
    assert vocabulary.step("Add 1199 people to Cohort 3") == "Add 1199 people to Cohort 3"


def test_every_kind_of_step_reads_in_spanish(spanish: None) -> None:
    # Each of these came through in English in the Spanish Edit menu.
    said = {
        "Mark Imani Caldwell Late": "Marcar a Imani Caldwell: tarde",
        "Mark Imani Caldwell Absent (excused)": "Marcar a Imani Caldwell: ausente (justificado)",
        "Mark Ana Lee Registered": "Marcar a Ana Lee: inscrito",
        "Mark Ana Lee In person": "Marcar a Ana Lee: presencial",
        "Mark 3 People Present (Kickoff)": "Marcar a 3 personas: presente (Kickoff)",
        "Mark 3 People Present": "Marcar a 3 personas: presente",
        "Mark Everyone Not Checked In Absent (Kickoff)":
            "Marcar ausentes a quienes no registraron llegada (Kickoff)",
        "Clear Attendance of Ana Lee": "Borrar la asistencia de Ana Lee",
        "Add Minutes Note": "Agregar nota (acta)",
        "Complete Action Item Send the survey": "Completar acuerdo Send the survey",
        "Merge Imani C. into Imani Caldwell": "Combinar Imani C. con Imani Caldwell",
        "Keep Together Ana Lee and Sam Sender": "Mantener juntos a Ana Lee y Sam Sender",
        "Remove Ana Lee from the Session": "Quitar a Ana Lee de la sesión",
        "Print Kickoff in Spanish": "Imprimir Kickoff en español",
        "Change Day 2 Times": "Cambiar los horarios del día 2",
        "Add Indicator Hiring": "Agregar indicador Hiring",
        "Add Pre-read Reading": "Agregar lectura previa Reading",
        "Set Logo": "Establecer logotipo",
        "Resolve sync conflict #4": "Resolver el conflicto de sincronización n.º 4",
    }
    assert {label: vocabulary.step(label) for label in said} == said


def test_the_labels_steps_name_are_the_vocabularys() -> None:
    from cohortdesk.domain.agenda import NoteKind
    from cohortdesk.domain.attendance import AttendanceMode, AttendanceState, RegistrationStatus

    enums = {"AttendanceState": AttendanceState, "RegistrationStatus": RegistrationStatus,
             "AttendanceMode": AttendanceMode, "NoteKind": NoteKind}
    assert {k: tuple(m.label for m in e) for k, e in enums.items()} == vocabulary.STEP_LABELS


def test_a_bundle_without_the_ts_loads_the_qm_the_installer_compiled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "cohortdesk_es.qm"
    i18n.compile_catalogue(TS, shipped)  # what installer/cohortdesk.spec does
    monkeypatch.setattr(i18n, "ts_path", lambda code: tmp_path / f"cohortdesk_{code}.ts")
    assert i18n.compiled_catalogue("es") == shipped


def test_without_lrelease_the_app_starts_in_english(qapp, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("COHORTDESK_HOME", str(tmp_path / "fresh"))
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    monkeypatch.setattr(i18n.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    assert i18n.compiled_catalogue("es") is None
    before = QLocale()
    try:
        assert i18n.install(qapp, "es") == "en"
    finally:
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_dates_and_times_in_the_ui_follow_the_language(qapp) -> None:
    import datetime as dt

    from cohortdesk.ui.i18n import dates

    day, clock = dt.date(2026, 10, 14), dt.time(15, 30)
    assert (dates.format_clock(clock), dates.format_day(day)) == ("3:30 PM", "Oct 14, 2026")
    assert dates.weekday_month_day(day) == "Wednesday, October 14"
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert (dates.format_clock(clock), dates.format_day(day)) == ("15:30", "14 oct 2026")
        assert dates.weekday_month_day(day) == "miércoles, 14 de octubre"
        assert dates.weekday_short(day) == "mié"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_agenda_times_in_24_hours_keep_both_ends_whole(qapp) -> None:
    import datetime as dt

    from cohortdesk.services.agenda import TimedItem
    from cohortdesk.ui.sessions.agenda_model import time_range

    item = TimedItem(start=dt.datetime(2026, 10, 14, 11, 0), end=dt.datetime(2026, 10, 14, 12, 0))
    assert time_range(item) == "11:00 AM – 12:00 PM"
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert time_range(item) == "11:00 – 12:00"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_suggested_file_names_are_in_the_apps_language(qapp, example_store) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.services import calendars, cohorts, roster
    from cohortdesk.ui.exchange import roster_dialog

    cohort_id, cohort_name = cohorts.cohort_choices(example_store)[0]
    request = roster.RosterRequest(cohort_id=cohort_id, audience="internal")
    english = roster_dialog._file_name(example_store, request, "csv")
    assert english == f"{cohort_name} - roster - CONFIDENTIAL internal.csv"
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert roster_dialog._file_name(example_store, request, "csv") == \
            f"{cohort_name} - directorio - CONFIDENCIAL uso interno.csv"
        assert calendars.default_file_name(
            example_store, cohort_id=cohort_id,
            sessions_of=QCoreApplication.translate("Menus", "{cohort} sessions")) == \
            f"Sesiones de {cohort_name}.ics"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    # The command line keeps the core's English words.
    assert roster.default_file_name(example_store, request, "csv") == english


def test_attendance_counts_read_as_the_core_says_them_and_in_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.domain.attendance import SessionCounts
    from cohortdesk.ui.sessions.counts import counts_text

    samples = [
        SessionCounts({}, {}, 0, 0, 0, 0, 0),
        SessionCounts({"invited": 13}, {}, 0, 0, 0, 0, 13),
        SessionCounts({"invited": 10, "registered": 2, "declined": 1, "waitlisted": 1,
                       "cancelled": 1},
                      {"present": 8, "remote": 1, "absent": 3, "absent_excused": 1},
                      8, 8, 1, 1, 15),
    ]
    for counts in samples:  # English: word for word what the command line prints
        assert counts_text(counts) == counts.summary()
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert counts_text(samples[0]) == "Nadie invitado todavía"
        assert counts_text(samples[2]).startswith(
            "10 invitados, 2 inscritos, 1 declinó, 1 en lista de espera, 1 canceló · ")
        assert " · 1 ausente (1 justificada) · 1 se conectó poco tiempo" in counts_text(samples[2])
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_badge_stocks_are_named_in_the_apps_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.documents import print_materials
    from cohortdesk.ui.print import menus

    # The menu's table names every stock, word for word as the core does.
    assert {k: menus.STOCK_LABELS[k] for k in print_materials.STOCKS} == {
        k: s.label for k, s in print_materials.STOCKS.items()}
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert menus.stock_label("avery-5392") == "Avery 5392 (4″ × 3″, 6 por hoja Carta)"
        assert menus.stock_label("a6") == "A6 (105 × 148 mm, 4 por hoja A4)"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_kinds_and_statuses_in_lists_read_in_spanish(spanish: None, example_store: Store) -> None:
    # The Organizations list said "City", Next steps "Open" and "Unassigned", Technical
    # assistance "Requested": the core handed over English labels.
    from cohortdesk.services import actions, organizations
    from cohortdesk.ui.sessions.next_steps import NextStepsModel
    from cohortdesk.ui.widgets.table_model import RowTableModel

    kinds = RowTableModel()
    kinds.set_rowset(organizations.list_organizations(example_store))
    shown = {kinds.data(kinds.index(r, 1)) for r in range(kinds.rowCount())}
    assert "Ciudad" in shown and "City" not in shown
    steps = NextStepsModel()
    steps.set_rowset(actions.list_actions(example_store, cohort_id=1, open_only=True))
    last = steps.rowCount() - 1
    assert steps.data(steps.index(last, 4)) == "Pendiente"
    assert steps.data(steps.index(last, 2)) == "Sin asignar"


def test_a_delete_confirmation_names_what_goes_with_it_in_spanish(
        spanish: None, example_store: Store) -> None:
    from cohortdesk.services import cohorts, organizations
    from cohortdesk.store.models import Base
    from cohortdesk.ui.widgets.impact_words import IMPACT, impact_text

    # Every table whose rows go with a deleted person, cohort, session or organization has
    # its words.
    cascading = {other.name for other in Base.metadata.sorted_tables
                 for fk in other.foreign_keys if fk.ondelete == "CASCADE"
                 and fk.column.table.name in ("person", "cohort", "cohort_session",
                                              "organization")}
    assert cascading - set(IMPACT) == set()
    said = [impact_text(t, n) for t, n in cohorts.deletion_counts(example_store, 1)]
    assert "3 sesiones" in said and all("session" not in s for s in said)
    assert impact_text("membership", 1) == "1 participación en una cohorte"
    assert impact_text("registration", 12345) == "12.345 inscripciones"
    counts = [organizations.deletion_counts(example_store, row[0])
              for row in organizations.list_organizations(example_store).rows]
    assert [("organization_people", 1)] in counts
    assert impact_text("organization_people", 1) == "1 persona pierde su organización"
    from PySide6.QtCore import QCoreApplication

    question = QCoreApplication.translate("ListView", "Delete {record} {name}?")
    assert question.format(record="persona", name="Ruth Abernathy") == (
        "¿Eliminar la ficha de persona «Ruth Abernathy»?")  # was "¿Eliminar persona Ruth…?"


def test_the_next_steps_search_has_room_in_spanish(qtbot, spanish: None,  # type: ignore[no-untyped-def]
                                                   example_store: Store) -> None:
    # Beside three filters the search field was 49 pixels wide: "Busc…".
    from cohortdesk.ui.sessions.next_steps import NextStepsWindow
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    steps = NextStepsWindow(window.context, parent=window)
    qtbot.addWidget(steps)
    steps.show()
    qtbot.waitExposed(steps)
    assert steps.filter.width() >= 400
    assert steps.table.columnWidth(4) >= steps.table.sizeHintForColumn(4)  # "Pendiente"


def test_qts_own_file_dialog_reads_in_spanish(qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    # Qt's Spanish catalogue has "Look in:" but the dialog asks for "&Look in:".
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Buscar en:"
    assert labels["fileTypeLabel"] == "&Tipo de archivo:"


def test_qts_file_dialog_names_a_folder_in_spanish(spanish: None, tmp_path: Path) -> None:
    # The dialog's Type column said "Folder" for every folder: Qt asks for the word with a
    # disambiguation, which our catalogue now carries (ui/i18n/qt_words.py).
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    from cohortdesk.ui.i18n.qt_words import disambiguated_gaps

    assert disambiguated_gaps() == ("Carpeta", "Carpeta de archivos")
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Carpeta"
