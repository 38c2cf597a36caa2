"""Documents in Spanish (issue 20): a complete catalogue, Spanish packets, sheets and rosters
read back with pypdf, English unchanged, names never translated, the example in Spanish."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.pofile import read_po
from pypdf import PdfReader

from cohortdesk.cli import catalogue
from cohortdesk.documents import i18n
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import example, packets, roster, roster_catering, sessions
from cohortdesk.store import Store
from tests.test_cli import ROOT, cli

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _catalog(code: str = "es"):  # type: ignore[no-untyped-def]
    with i18n.catalogue_path(code).open("rb") as f:
        return read_po(f, locale=code)


def test_spanish_catalogue_is_complete_translated_and_not_fuzzy() -> None:
    cat = _catalog()
    problems = []
    for message, where in catalogue.required_messages().items():
        key = message[0] if isinstance(message, tuple) else message
        entry = cat.get(key)
        if entry is None:
            problems.append(f"missing: {key!r} ({where[0]})")
            continue
        if entry.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if isinstance(message, tuple) and len(strings) < 2:
            problems.append(f"plural without both forms: {key!r}")
        for s in strings:
            if not s:
                problems.append(f"untranslated: {key!r}")
            # Placeholders of the translation must be the English ones (a singular may drop {n}).
            elif not set(PLACEHOLDER.findall(s)) <= set(PLACEHOLDER.findall(
                    " ".join(message) if isinstance(message, tuple) else message)):
                problems.append(f"placeholders differ: {key!r} → {s!r}")
    for entry in cat:
        if entry.id and entry.fuzzy:
            problems.append(f"fuzzy: {entry.id!r}")
    assert problems == []
    assert cat.num_plurals == 2


def test_catalogue_ships_with_the_package() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "locale/*/LC_MESSAGES/*.po" in data["tool"]["setuptools"]["package-data"]["cohortdesk"]
    assert any(d.lower().startswith("babel") for d in data["project"]["dependencies"])


def test_dates_times_and_numbers_follow_cldr() -> None:
    day = dt.datetime(2026, 5, 26, 9, 0)
    with i18n.language("es"):
        assert f"{i18n.long_date(day)}, {i18n.clock(day)}" == "martes, 26 de mayo de 2026, 9:00"
        assert i18n.date_span(day.date(), dt.date(2026, 5, 27)) == "26–27 de mayo de 2026"
        assert i18n.clock(dt.time(15, 30)) == "15:30"
        assert i18n._("Sign-in sheet") == "Hoja de asistencia"
        assert i18n.ngettext("{n} person", "{n} people", 1).format(n=1) == "1 persona"
    assert i18n.long_date(day) == "Tuesday, May 26, 2026" and i18n.clock(day) == "9:00 AM"
    assert i18n.current() == "en"
    # Readings of the results framework: Spanish decimals take a comma, and "%" a space.
    with i18n.language("es"):
        assert [i18n.reading(v, u) for v, u in ((30.6, ""), (23.8, "%"), (12000, "$"),
                                               (14.25, "days"), (None, ""))] == [
            "30,6", "23,8 %", "$12.000", "14,25 days", "—"]
    assert [i18n.reading(v, u) for v, u in ((30.6, ""), (23.8, "%"), (12000, "$"))] == [
        "30.6", "23.8%", "$12,000"]
    with pytest.raises(ValidationError):
        i18n.check_language("fr")


@pytest.fixture
def spanish_store(store: Store) -> Store:
    example.load_example_network(store, today=example.example_as_of(), language="es")
    return store


def test_spanish_packet_has_spanish_headings_and_dates(spanish_store: Store, tmp_path: Path) -> None:
    with spanish_store.read() as s:
        from cohortdesk.store.models import CohortSession

        row = s.get(CohortSession, 1)
        assert row is not None and row.document_language == "es"
        start = row.starts_at
    assert start is not None
    out = tmp_path / "paquete.pdf"
    packets.generate_packet(spanish_store, 1, out)  # the session's own language: Spanish
    text = _text(out)
    for heading in ("Cuaderno del encuentro", "Contenido", "Bienvenida y objetivos", "Agenda",
                    "Participantes", "Directorio", "Objetivos", "Cohorte", "Sala",
                    "Grupos de trabajo", "Página 2 de"):
        assert heading in text, heading
    for english in ("Convening packet", "Welcome and objectives", "Participants", "Page 2 of",
                    " AM", " PM"):
        assert english not in text, english
    # The first day as CLDR writes it in Spanish, and 24-hour times.
    assert format_date(start.date(), "EEEE, d 'de' MMMM", locale="es") in text  # "martes, 14 de octubre"
    assert "9:00 – 9:30" in text
    # User text in Spanish, people's names and job titles exactly as typed.
    assert "Encuentro de Inicio" in text and "Núñez-Ortega" in text
    assert "Chief Equity Officer" in text


def test_language_is_chosen_per_document(spanish_store: Store, tmp_path: Path) -> None:
    english = tmp_path / "packet.pdf"
    packets.generate_packet(spanish_store, 1, english, language="en")
    text = _text(english)
    assert "Convening packet" in text and "Cuaderno del encuentro" not in text
    sheet = tmp_path / "hoja.pdf"
    packets.generate_sign_in(spanish_store, 1, sheet)
    sheet_text = _text(sheet)
    assert "Hoja de asistencia" in sheet_text and "Firma" in sheet_text
    agenda = tmp_path / "agenda.pdf"
    packets.generate_agenda(spanish_store, 1, agenda)
    assert "Día 1 · " in _text(agenda)
    tents = tmp_path / "tents.pdf"
    packets.generate_tents(spanish_store, 1, tents)
    badges = tmp_path / "badges.pdf"
    packets.generate_badges(spanish_store, 1, badges)
    assert PdfReader(badges).metadata.subject == "Gafetes"  # type: ignore[union-attr]
    assert PdfReader(tents).metadata.subject == "Tarjetas de mesa"  # type: ignore[union-attr]
    rost = tmp_path / "lista.pdf"
    roster.export_roster(spanish_store, roster.RosterRequest(session_id=1), "pdf", rost)
    rost_text = _text(rost)
    assert "lista de participantes" in rost_text and "Página 1 de" in rost_text
    # A person's title is their job ("Cargo", not a session's "Título"), and the internal
    # roster's consent column answers in Spanish (it printed "Yes").
    assert "Cargo" in rost_text and "Título" not in rost_text
    internal = tmp_path / "interna.pdf"
    roster.export_roster(spanish_store, roster.RosterRequest(
        session_id=1, audience="internal", fields=("name", "consent")), "pdf", internal)
    cells = _text(internal).split()
    assert "Sí" in cells and "Yes" not in cells
    csv_path = tmp_path / "lista.csv"
    roster.export_roster(spanish_store, roster.RosterRequest(session_id=1), "csv", csv_path)
    assert "Name" in csv_path.read_text(encoding="utf-8")  # files for other programs stay English
    food = tmp_path / "comidas.pdf"
    roster_catering.export_catering(spanish_store, 1, food)
    assert "Necesidad alimentaria" in _text(food)


def test_session_default_language_is_kept_by_editors(store: Store) -> None:
    example.load_example_network(store, today=example.example_as_of())
    sessions.set_document_language(store, 2, "es")
    assert store.undo_label() == "Print Virtual Roundtable: Mental Health and Equity in Spanish"
    record = sessions.get_session(store, 2)
    assert record.document_language == "es"
    import dataclasses

    sessions.update_session(store, 2, dataclasses.replace(record, document_language=None,
                                                          venue="Zoom"))
    assert sessions.get_session(store, 2).document_language == "es"
    with pytest.raises(ValidationError):
        sessions.set_document_language(store, 2, "fr")


def test_cli_language_option_and_spanish_demo(tmp_path: Path, isolated_home: Path) -> None:
    ws = str(tmp_path / "red.cohortdesk")
    assert cli("demo", "--language", "es", "--workspace", ws, home=isolated_home).returncode == 0
    listed = cli("sessions", "list", "--workspace", ws, home=isolated_home).stdout
    assert "Encuentro de Inicio" in listed and "Mesa Redonda Virtual" in listed
    es_pdf, en_pdf = tmp_path / "es.pdf", tmp_path / "en.pdf"
    assert cli("signin", "--session", "1", "-o", str(es_pdf), "--workspace", ws,
               home=isolated_home).returncode == 0
    done = cli("signin", "--session", "1", "--language", "en", "-o", str(en_pdf),
               "--workspace", ws, home=isolated_home)
    assert done.returncode == 0, done.stderr
    assert "Hoja de asistencia" in _text(es_pdf) and "Sign-in sheet" in _text(en_pdf)
    results_pdf = tmp_path / "marco.pdf"
    assert cli("results", "print", "--cohort", "1", "--language", "es", "-o", str(results_pdf),
               "--workspace", ws, home=isolated_home).returncode == 0
    assert "Marco de resultados" in _text(results_pdf)
    # Its readings are written the Spanish way (they printed "30.6" and "23.8%").
    numbers = re.findall(r"\d+[.,]\d+", _text(results_pdf))
    assert numbers and all("," in n for n in numbers if not re.fullmatch(r"\d+\.\d{3}", n))
    bad = cli("packet", "--session", "1", "--language", "fr", "-o", str(es_pdf), "--workspace",
              ws, home=isolated_home)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
