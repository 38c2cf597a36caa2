"""The UI's own words go through the Spanish catalogue: no English literal slips past lupdate.

`test_no_untranslated_literal_reaches_the_screen` reads cohortdesk/ui with `ast` and fails on a
string literal (or an f-string with words in it) handed straight to a widget, a dialog or a
status bar without `translate(…)`, `self.tr(…)` or `QT_TRANSLATE_NOOP(…)` around it. The
Spanish tests then open a few real widgets with the catalogue installed and read their words.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import cohortdesk

UI = Path(cohortdesk.__file__).parent / "ui"

# Where the words are: the call's name and the positions of the arguments a user reads (None:
# every positional argument). Qt's own API first, then the app's helpers that show their text.
SINKS: dict[str, tuple[int, ...] | None] = {
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QMenu": (0,), "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setLabelText": (0,),
    "setTitle": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "show_status": (0,), "showMessage": (0,),
    "addAction": None, "addTab": None, "insertTab": None, "setTabText": (1,), "addMenu": None,
    "addButton": (0,), "addRow": (0,), "addItem": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,), "setHeaderLabels": (0,),
    # QMessageBox.information/warning/critical/question(parent, title, text)
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    # QFileDialog.get…(parent, caption, dir, filter)
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
    # QInputDialog.getItem/getText(parent, title, label, …)
    "getItem": (1, 2), "getText": (1, 2),
    # the app's helpers
    "ask_save_path": (3, 5), "ask_open_path": (3, 4), "offer_open": (1, 2),
    "show_message": (0, 1), "confirm": (0, 1, 2), "run_job": (0,), "ChoiceDialog": (0, 1),
    "Printable": (0,), "progress": (2,),
    # modules' own small helpers that put their first text on screen
    "_action": (1,), "_link": (0,), "_label": (0,), "_say": (0,), "_pick": (1,),
    "_save_path": (1, 3), "_save_target": (0, 2), "_checklist": (0,), "ActionTable": (0,),
}
# `warning`, `critical` and `information` are also the logger's: log calls are not the screen.
LOGGERS = {"log", "logger", "logging"}
MARKERS = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls that build text out of their receiver and arguments; any other call owns its own words
# (a key handed to `vocabulary.column("Indicator")`, a name to `format_label("pdf")`).
BUILDERS = {"format", "join", "strip", "rstrip", "lstrip", "upper", "lower", "capitalize",
            "title", "replace"}
# The self-test's report is English on purpose: a technical report for whoever supports the app.
SKIPPED_FILES = {"shell/selftest_checks.py"}
# Literals that reach the screen untranslated on purpose: (file under cohortdesk/ui, text, why).
# None today; add one only with the reason it is the same in every language.
ALLOWED: tuple[tuple[str, str, str], ...] = ()
WORD = re.compile(r"[^\W\d_]{2,}")
# Markup, entities, {placeholders} and file extensions (".pdf") are not words to translate.
MARKUP = re.compile(r"<style>.*?</style>|<[^>]*>|&\w+;|\{[^{}]*\}|(?<!\w)\.\w+", re.S)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def has_words(text: str) -> bool:
    """Whether a literal says something: letters left once markup and placeholders are gone."""
    return bool(WORD.search(MARKUP.sub(" ", text)))


def bare_literals(node: ast.AST) -> Iterator[ast.Constant | ast.JoinedStr]:
    """The string literals of an expression that nothing translates on their way to the screen."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            yield node
    elif isinstance(node, ast.JoinedStr):
        yield node
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in MARKERS:
            return
        if name in BUILDERS and isinstance(node.func, ast.Attribute):
            yield from bare_literals(node.func.value)
            for arg in node.args:
                yield from bare_literals(arg)
    elif isinstance(node, ast.BinOp):
        yield from bare_literals(node.left)
        yield from bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from bare_literals(node.body)
        yield from bare_literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from bare_literals(value)
    elif isinstance(node, ast.Tuple | ast.List):
        for element in node.elts:
            yield from bare_literals(element)
    elif isinstance(node, ast.ListComp | ast.GeneratorExp):
        yield from bare_literals(node.elt)


def literal_text(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "{}".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))


def shown_args(call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that a user reads, if it is a sink (not a log call)."""
    name = _name(call.func)
    if name not in SINKS:
        return []
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
        return []
    positions = SINKS[name]
    return [a for i, a in enumerate(call.args) if positions is None or i in positions]


def looped_literals(loop: ast.For) -> Iterator[ast.expr]:
    """`for text, slot in (("Zoom in", …), …): bar.addAction(text, slot)`: the literals of
    the table that the loop hands to a sink."""
    if not isinstance(loop.iter, ast.Tuple | ast.List):
        return
    names = ([t.id for t in loop.target.elts if isinstance(t, ast.Name)]
             if isinstance(loop.target, ast.Tuple) else
             [loop.target.id] if isinstance(loop.target, ast.Name) else [])
    shown = {arg.id for stmt in loop.body for call in ast.walk(stmt) if isinstance(call, ast.Call)
             for arg in shown_args(call) if isinstance(arg, ast.Name)}
    for position, name in enumerate(names):
        if name not in shown:
            continue
        for row in loop.iter.elts:
            if isinstance(loop.target, ast.Name):
                yield row
            elif isinstance(row, ast.Tuple) and position < len(row.elts):
                yield row.elts[position]


def untranslated(source: str, filename: str = "<ui>") -> list[tuple[int, str]]:
    """(line, text) of each literal with words that goes straight to a sink, untranslated."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            args = shown_args(node)
        elif isinstance(node, ast.For):
            args = list(looped_literals(node))
        else:
            continue
        for arg in args:
            for literal in bare_literals(arg):
                text = literal_text(literal)
                if has_words(text):
                    found.append((literal.lineno, text))
    return found


def ui_sources() -> Iterator[tuple[str, str]]:
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative not in SKIPPED_FILES:
            yield relative, path.read_text(encoding="utf-8")


def test_no_untranslated_literal_reaches_the_screen() -> None:
    allowed = {(file, text) for file, text, _why in ALLOWED}
    problems = [f"cohortdesk/ui/{file}:{line}: {text!r}"
                for file, source in ui_sources()
                for line, text in untranslated(source, file)
                if (file, text) not in allowed]
    assert not problems, ("wrap these in translate(…)/self.tr(…), then `make translations`:\n"
                          + "\n".join(problems))


def test_every_allowed_exception_is_still_in_the_code() -> None:
    sources = dict(ui_sources())
    for file, text, _why in ALLOWED:
        assert text in sources.get(file, ""), f"{file} no longer has {text!r}: drop it from ALLOWED"


def test_nothing_is_translated_with_its_values_already_in_it() -> None:
    """`translate(ctx, f"…{x}…")` would look up a text the catalogue cannot hold."""
    problems = []
    for file, source in ui_sources():
        for call in ast.walk(ast.parse(source, file)):
            if isinstance(call, ast.Call) and _name(call.func) in MARKERS:
                text = call.args[1] if _name(call.func) in ("translate", "QT_TRANSLATE_NOOP") \
                    and len(call.args) > 1 else call.args[0] if call.args else None
                if isinstance(text, ast.JoinedStr | ast.BinOp):
                    problems.append(f"cohortdesk/ui/{file}:{call.lineno}")
    assert not problems, "put the values in with .format() after translating:\n" + "\n".join(problems)


@pytest.mark.parametrize(("source", "caught"), [
    ('QPushButton("Add result…")', True),
    ('bar.addAction("Zoom in")', True),
    ('label.setText(f"{n} pages")', True),
    ('label.setText("Reading " + name)', True),
    ('box.setToolTip(name or "Not yet assigned")', True),
    ('QMessageBox.warning(self, "Sync", text)', True),
    ('QFileDialog.getSaveFileName(self, title, "", "PDF (*.pdf)")', True),
    ('table.setHorizontalHeaderLabels(["Name", "Email"])', True),
    ('offer_open(host, "Packet ready", text, path)', True),
    ('for text, slot in (("Zoom in", z), ("Zoom out", o)):\n    bar.addAction(text, slot)', True),
    ('for text, key in ((translate("M", "Zoom in"), "zoomIn"),):\n    bar.addAction(text)', False),
    ('QPushButton(translate("Member", "Add result…"))', False),
    ('QPushButton(self.tr("Add result…"))', False),
    ('label.setText(translate("Preview", "{n} pages").format(n=n))', False),
    ('label.setText("—")', False),
    ('label.setText(f"{n} · {size}")', False),
    ("label.setText(f\"<span style='color:#a11d1d'>{more}</span>\")", False),
    ('log.warning("The index could not be built: %s", exc)', False),
    ('combo.addItem(translate("Dialog", "Lined"), "lined")', False),
    ('label.setText(vocabulary.column("Indicator"))', False),
])
def test_the_check_catches_bare_words_and_passes_translated_ones(source: str, caught: bool) -> None:
    assert bool(untranslated(source)) is caught


# -- the fixed places, in Spanish -----------------------------------------------------------------

@pytest.mark.usefixtures("spanish")
def test_the_print_preview_toolbar_speaks_spanish(  # type: ignore[no-untyped-def]
        qtbot, example_store, tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from cohortdesk.ui.print import printing
    from cohortdesk.ui.print.preview import Printable, PrintPreviewDialog
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    path = tmp_path / "preview" / "blank.pdf"  # two Letter pages; the dialog deletes its folder
    path.parent.mkdir()
    drawing = canvas.Canvas(str(path), pagesize=letter)
    drawing.showPage()
    drawing.showPage()
    drawing.save()
    pages = printing.preview_pages(path)
    dialog = PrintPreviewDialog(window.context, Printable("Gafetes", "gafetes.pdf",
                                                          lambda _p, _progress: None),
                                pages, parent=window)
    qtbot.addWidget(dialog)
    texts = {a.objectName(): a.text() for a in dialog.findChildren(type(dialog.print_action))}
    assert texts["printDocument"] == "Imprimir…"
    assert texts["savePdf"] == "Guardar como PDF…"
    assert texts["fitWidth"] == "Ajustar al ancho"
    assert texts["zoomIn"] == "Acercar"
    assert texts["facingPages"] == "Dos páginas"
    assert dialog.about.text() == "2 páginas · Carta (EE. UU.)"


@pytest.mark.usefixtures("spanish")
def test_the_attendance_menu_and_member_page_speak_spanish(qtbot, example_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from cohortdesk.services import cohorts, example, results, sessions
    from cohortdesk.ui.results.member import MemberFrameworkPage
    from cohortdesk.ui.sessions.attendance_tab import AttendanceTab
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    tab = AttendanceTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(int(sessions.list_sessions(example_store).rows[0][0]))
    menu_texts = [a.text() for a in tab.context_menu().actions() if not a.isSeparator()]
    assert "Invitar a las personas integrantes de la cohorte" in menu_texts
    assert "Modo de registro…" in menu_texts
    assert "Importar un informe de Zoom…" in menu_texts
    assert not any("Check-in" in t or "Invite" in t for t in menu_texts)

    cid = cohorts.cohort_choices(example_store)[0][0]
    pid = results.members_with_frameworks(example_store, cid)[0][0]
    page = MemberFrameworkPage(window.context, cid, pid, example.example_as_of(), parent=window)
    qtbot.addWidget(page)
    buttons = {b.objectName(): b.text() for b in page.findChildren(QPushButton)}
    assert buttons["addResult"] == "Agregar resultado…"
    assert buttons["recordProgress"] == "Registrar avance…"
    assert buttons["requestAssistance"] == "Solicitar asistencia…"


@pytest.mark.usefixtures("spanish")
def test_the_check_in_says_its_messages_in_spanish(qtbot, example_store) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.services import sessions
    from cohortdesk.ui.sessions.checkin_mode import CheckInMode
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    sid = int(sessions.list_sessions(example_store).rows[0][0])
    check_in = CheckInMode(window.context, sid, parent=window)
    qtbot.addWidget(check_in)
    check_in.check_in(None)
    assert check_in.status.text() == ("No hay coincidencias. Ctrl+Intro agrega el nombre como "
                                      "persona sin inscripción previa.")
    check_in.add_walk_in()
    assert check_in.status.text().startswith("Primero escriba el nombre")


@pytest.mark.usefixtures("spanish")
def test_the_import_dialogs_undo_step_is_named_in_spanish() -> None:
    from cohortdesk.ui.i18n import vocabulary

    assert vocabulary.step("Import people from registro.csv") == "Importar personas desde registro.csv"
    assert vocabulary.step("Import people") == "Importar personas"


@pytest.mark.usefixtures("spanish")
def test_the_attendance_record_heads_its_columns_and_roles_in_spanish(example_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from cohortdesk.services import attendance, cohorts
    from cohortdesk.ui.sessions.attendance_matrix import MatrixModel

    model = MatrixModel()
    model.set_matrix(attendance.matrix(example_store, cohorts.cohort_choices(example_store)[0][0]))
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert heads == ["Persona", "Función", "Tasa"]
    roles = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert "Integrante" in roles and "Member" not in roles


@pytest.mark.usefixtures("spanish")
def test_the_results_overview_dates_its_summary_in_spanish(qtbot, example_store) -> None:  # type: ignore[no-untyped-def]
    """Dates inside translated sentences are written by the app's date words, not strftime's
    English month names."""
    import datetime as dt

    from cohortdesk.services import cohorts
    from cohortdesk.ui.results.overview import ResultsOverview
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    cohort_id = int(cohorts.list_cohorts(example_store).rows[0][0])
    overview = ResultsOverview(window.context, cohort_id, dt.date(2026, 10, 14), parent=window)
    qtbot.addWidget(overview)
    assert "— al 14 oct 2026" in overview.summary.text()
    assert "Oct" not in overview.summary.text()
    from cohortdesk.services import example

    current = ResultsOverview(window.context, cohort_id, example.example_as_of(), parent=window)
    qtbot.addWidget(current)
    current.resize(1240, 660)
    current.show()
    qtbot.waitExposed(current)
    status = current.model.columnCount() - 1
    assert "Según lo previsto" in {current.model.data(current.model.index(r, status))
                                   for r in range(current.model.rowCount())}
    # The status column fits its words, though the indicator column takes the spare room.
    assert current.table.columnWidth(status) >= current.table.sizeHintForColumn(status)


@pytest.mark.usefixtures("spanish")
def test_the_roster_dialog_names_its_fields_in_spanish(qtbot, example_store) -> None:  # type: ignore[no-untyped-def]
    """The roster's fields are named in the app's language, and the filter lists are wide
    enough for their Spanish choices."""
    from cohortdesk.services import cohorts, roster
    from cohortdesk.ui.exchange.roster_dialog import ROSTER_FIELDS, RosterDialog
    from cohortdesk.ui.shell.main_window import MainWindow

    assert {f.label for f in roster.FIELDS} <= set(ROSTER_FIELDS)  # every field translated
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    dialog = RosterDialog(window.context, cohort_id=cohorts.cohort_choices(example_store)[0][0],
                          parent=window)
    qtbot.addWidget(dialog)
    fields = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert fields[:3] == ["Nombre", "Pronombres", "Cargo"] and "Nombre de pila" in fields
    assert dialog.sort.currentText() == "Nombre"
    roles = [dialog.roles.item(i).text() for i in range(dialog.roles.count())]
    assert "Equipo del programa" in roles
    assert dialog.roles.minimumWidth() >= dialog.roles.sizeHintForColumn(0)


@pytest.mark.usefixtures("spanish")
def test_the_import_names_its_fields_in_spanish(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """What a column imports as, and the fields a row would change, are named in the app's
    language."""
    from pathlib import Path

    from PySide6.QtWidgets import QComboBox

    from cohortdesk.services.people_import import FIELD_LABELS
    from cohortdesk.ui.exchange import menus as exchange
    from cohortdesk.ui.exchange.import_people_dialog import IMPORT_FIELDS, field_label
    from cohortdesk.ui.shell.main_window import MainWindow

    assert set(FIELD_LABELS.values()) <= set(IMPORT_FIELDS)  # every field is translated
    window = MainWindow(store)
    qtbot.addWidget(window)
    form = Path(__file__).parent / "data" / "import" / "registration_form.csv"
    dialog = exchange.open_import(window.context, form)
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=10000)
    chosen = {dialog.mapping.item(r, 0).text(): dialog.mapping.cellWidget(r, 1).currentText()
              for r in range(dialog.mapping.rowCount())
              if isinstance(dialog.mapping.cellWidget(r, 1), QComboBox)}
    assert chosen["First name"] == "Nombre de pila"
    assert chosen["Job title"] == "Cargo"
    assert chosen["Organization / jurisdiction"] == "Organización / jurisdicción"
    assert field_label("consent_share_contact") == "Permiso para compartir los datos de contacto"
    assert field_label("no_such_field") == "no_such_field"


@pytest.mark.usefixtures("spanish")
def test_the_import_preview_and_summary_read_in_spanish(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """What the preview says of each row and of the file, and the summary after the import,
    come from the core in English and are shown in the app's language."""
    from pathlib import Path

    from cohortdesk.services import example
    from cohortdesk.services.people_import import MESSAGES, ImportSummary, SkippedRow, issue
    from cohortdesk.ui.exchange import menus as exchange
    from cohortdesk.ui.exchange.import_people_dialog import (
        IMPORT_MESSAGES,
        problems_text,
        summary_text,
    )
    from cohortdesk.ui.shell.main_window import MainWindow

    assert set(MESSAGES.values()) == set(IMPORT_MESSAGES)  # every message is translated
    example.load_example_network(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    form = Path(__file__).parent / "data" / "import" / "registration_form.csv"
    dialog = exchange.open_import(window.context, form)
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=10000)
    texts = {r.row: problems_text(r) for r in dialog.preview_result.rows}
    english = [i.message for r in dialog.preview_result.rows for i in r.issues if i.key]
    assert english  # the file makes the preview say something about rows
    assert not any(message in text for message in english for text in texts.values())
    assert "«maria.lopez@» no es una dirección de correo válida." in texts[9]
    assert "Ya está en el espacio de trabajo como Renata Alvarez." in texts[1]
    assert "Posible duplicado de 王秀英 (#" in texts[12] and "mismo nombre" in texts[12]
    notes = dialog.notes.text()
    assert "No se importa: Submitted at." in notes and "Se omitió 1 línea vacía." in notes
    assert "leído como UTF-8 con BOM, separado por comas, 15 filas" in dialog.file_label.text()
    summary = ImportSummary(added=3, updated=9, unchanged=0, blank_rows=(6,),
                            skipped=(SkippedRow(3, "Zoë", "skipped by you"),),
                            refused=(SkippedRow(9, "Maria Lopez", "Email: …",
                                                (issue("email", "bad email", value="x@"),)),))
    shown = summary_text(summary)
    # "label: count", which agrees with any count ("1 omitidas" did not)
    assert shown.startswith("agregadas: 3, actualizadas: 9, omitidas: 1, rechazadas: 1, "
                            "líneas vacías: 1.")
    assert "Fila 3 (Zoë): omitida por usted" in shown
    assert "«x@» no es una dirección de correo válida." in shown
