"""Print Preview and Print…: the preview shows the document's real pages, and what prints is
the PDF itself, page for page and at its own paper size (read back with pypdf)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from cohortdesk.documents.packet_data import PacketOptions
from cohortdesk.services import packets
from cohortdesk.store import Store
from cohortdesk.ui.print import printing
from cohortdesk.ui.print.preview import Printable, PrintPreviewDialog, print_now, show_preview
from cohortdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


def _quiet(*_args: object) -> None:
    return None


def _packet(store: Store, paper: str = "letter") -> Printable:
    def write(path: Path, progress: object) -> None:
        packets.generate_packet(store, 1, path, PacketOptions(paper=paper).checked(), progress)

    return Printable("Convening packet", "packet.pdf", write)


def _pdf_printer(path: Path, resolution: int = 96) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)  # keeps the test quick; a printer gives its own
    return printer


def _sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(path).pages]


def _open_preview(qtbot, window: MainWindow, printable: Printable) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    show_preview(window.context, printable)

    def shown() -> bool:
        return window.findChild(QDialog, "printPreview") is not None

    qtbot.waitUntil(shown, timeout=30000)
    dialog = window.findChild(QDialog, "printPreview")
    assert isinstance(dialog, PrintPreviewDialog)
    return dialog


def test_the_preview_shows_the_packets_real_pages(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    dialog = _open_preview(qtbot, window, _packet(window.store))
    reference = tmp_path / "reference.pdf"
    _packet(window.store).write(reference, _quiet)
    count = len(PdfReader(reference).pages)
    assert count > 3
    assert dialog.pages.count == count
    assert dialog.page_count() == count  # what Qt's preview painted
    assert dialog.about.text() == f"{count} pages · US Letter"
    # Save as PDF… writes the very file the preview shows.
    saved = dialog.save_pdf(tmp_path / "saved.pdf")
    assert saved is not None and _sizes(saved) == _sizes(reference)


def test_printing_gives_the_documents_pages_at_its_paper_size(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "packet.pdf"
    _packet(window.store, "a4").write(source, _quiet)
    out = tmp_path / "printed.pdf"
    assert printing.print_pdf(source, _pdf_printer(out)) == len(PdfReader(source).pages)
    assert _sizes(out) == _sizes(source)
    assert set(_sizes(out)) == {(595, 842)}


def test_print_from_the_preview_on_the_worker(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    dialog = _open_preview(qtbot, window, _packet(window.store))
    out = tmp_path / "printed.pdf"
    dialog.print_document(_pdf_printer(out))
    qtbot.waitUntil(lambda: not window.context.jobs.busy(), timeout=60000)
    assert len(PdfReader(out).pages) == dialog.pages.count
    assert set(_sizes(out)) == {(612, 792)}


def test_a_page_range_and_copies(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "packet.pdf"
    _packet(window.store).write(source, _quiet)
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    expected = 2 * (1 if printer.supportsMultipleCopies() else 2)
    assert printing.print_pdf(source, printer) == expected
    assert len(PdfReader(out).pages) == expected


def test_landscape_pages_print_landscape(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "tents.pdf"
    packets.generate_tents(window.store, 1, source, "letter")
    out = tmp_path / "printed.pdf"
    printing.print_pdf(source, _pdf_printer(out))
    assert _sizes(out) == _sizes(source)
    assert _sizes(out)[0] == (792, 612)


def test_print_now_with_a_chosen_printer(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"
    print_now(window.context, _packet(window.store), printer=_pdf_printer(out))
    qtbot.waitUntil(lambda: out.exists() and not window.context.jobs.busy(), timeout=60000)
    assert len(PdfReader(out).pages) > 3


def test_the_paper_is_one_setting(window: MainWindow) -> None:
    context = window.context
    printing.set_paper(context, "a4")
    assert printing.paper(context) == "a4"
    printing.set_paper(context, "letter")
    assert printing.paper(context) == "letter"
    with pytest.raises(ValueError):
        printing.set_paper(context, "legal")


def _preview_of(qtbot, window: MainWindow) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(QDialog, "printPreview") is not None, timeout=30000)
    dialog = window.findChild(QDialog, "printPreview")
    assert isinstance(dialog, PrintPreviewDialog)
    assert dialog.page_count() == len(PdfReader(dialog.pages.path).pages) > 0
    return dialog


def test_the_packet_dialog_previews_on_the_paper_setting(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.ui.print import menus

    printing.set_paper(window.context, "a4")
    dialog = menus.open_packet_dialog(window.context, 1)
    assert dialog.paper.currentData() == "a4"
    dialog.preview_button.click()
    preview = _preview_of(qtbot, window)
    assert set(_sizes(preview.pages.path)) == {(595, 842)}


def test_the_results_overview_previews_its_pdf(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from cohortdesk.ui.results import menus

    overview = menus.open_overview(window.context, 1)
    overview.findChild(QPushButton, "printPreview").click()
    preview = _preview_of(qtbot, window)
    assert preview.pages.count >= 1 and "Results frameworks" in preview.windowTitle()


def test_the_roster_previews_as_its_pdf_on_a4(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.ui.exchange import menus

    printing.set_paper(window.context, "a4")
    dialog = menus.open_roster(window.context)
    dialog.preview_button.click()
    preview = _preview_of(qtbot, window)
    assert _sizes(preview.pages.path)[0] == (842, 595)  # A4, landscape
    assert "A4, landscape" in preview.about.text()


def test_names_no_font_can_print_are_named_above_the_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # Devanagari and Thai letters print as nothing: a badge once came out without its name.
    from cohortdesk.domain.attendance import RegistrationStatus
    from cohortdesk.domain.records import PersonData
    from cohortdesk.services import attendance, people
    from cohortdesk.ui.print import menus

    store = window.store
    for given, family in (("नमिता", "शर्मा"), ("สมชาย", "ใจดี")):
        person = people.create_person(store, PersonData(given_name=given, family_name=family))
        attendance.invite(store, 1, [person])
        attendance.set_status(store, 1, person, RegistrationStatus.REGISTERED)
    assert packets.unprintable_names(store, 1) == ["नमिता शर्मा", "สมชาย ใจดี"]
    assert packets.unprintable_names(store, 2) == []
    window.show()
    view = window.show_view("sessions")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.select_id(1)
    menus._sign_in(window.context)
    dialog = _preview_of(qtbot, window)
    assert dialog.notice.isVisibleTo(dialog)
    assert dialog.notice.text() == (
        "2 names have letters these documents cannot print, so they are left out: नमिता शर्मा, "
        "สมชาย ใจดี. Add a preferred name in Latin letters to print for them.")
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "printPreview") is None)
    menus._agenda(window.context)  # the agenda prints no attendees: nothing to warn of
    agenda = _preview_of(qtbot, window)
    assert not agenda.notice.isVisibleTo(agenda)
