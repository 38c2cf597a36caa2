"""Shared fixtures: every test gets its own data folder and real workspace files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cohortdesk.services import example
from cohortdesk.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data, config and log folders at tmp_path, so no test sees another's files."""
    home = tmp_path / "home"
    monkeypatch.setenv("COHORTDESK_HOME", str(home))
    # An app started by a test (in a subprocess) speaks English on a Spanish system too;
    # tests/test_ui_i18n.py starts it in Spanish on purpose.
    monkeypatch.setenv("LANGUAGE", "en")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.cohortdesk"


@pytest.fixture
def store(workspace_path: Path) -> Iterator[Store]:
    s = Store.open(workspace_path)
    yield s
    s.close()


@pytest.fixture
def example_store(store: Store) -> Store:
    """A workspace holding the fictional example network, on the day its dates describe."""
    example.load_example_network(store, today=example.example_as_of())
    return store


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A real PostgreSQL for this test session, started on first use and stopped at the end.

    Never skipped when the server binaries are installed; without them, the tests that need it
    are skipped with the reason (`.ci/run` installs them).
    """
    from tests import pg_server as pg

    if pg.binaries() is None:
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
    with pg.running() as server:
        yield server


@pytest.fixture
def hub_url(pg_server: object) -> str:
    """A fresh, empty database on the test server: the URL a laptop would be given."""
    from tests.pg_server import Server

    assert isinstance(pg_server, Server)
    return pg_server.url(pg_server.new_database())


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The app in Spanish for the test, then back in English."""
    from PySide6.QtCore import QLocale

    from cohortdesk.ui import i18n

    before = QLocale()
    try:
        assert i18n.install(qapp, "es") == "es"
        yield
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
