"""`cohortdesk --self-test`: what an installed copy runs to prove it works."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cohortdesk import paths, selftest


def test_core_checks_build_a_packet_and_a_roster_from_the_example(tmp_path: Path) -> None:
    results = selftest.run_core_checks(tmp_path)

    assert [r.name for r in results] == [name for name, _ in selftest.CORE_CHECKS]
    assert all(r.ok for r in results), results
    by_name = {r.name: r for r in results}
    assert "people" in by_name["example network"].detail
    assert (tmp_path / "packet.pdf").stat().st_size > 1000
    assert (tmp_path / "roster.xlsx").stat().st_size > 1000
    assert "Load Example Network" in by_name["undo"].detail


def test_self_test_prints_one_line_per_check_and_exits_0(
    qtbot: object, isolated_home: Path
) -> None:
    out = io.StringIO()

    code = selftest.main(["--self-test"], out=out)

    lines = out.getvalue().splitlines()
    assert code == 0, out.getvalue()
    assert lines[0].startswith("CohortDesk ")
    assert any(line.startswith("ok") and "window" in line for line in lines)
    assert any(line.startswith("ok") and "licences" in line for line in lines)
    total = len(selftest.CORE_CHECKS) + len(selftest.QT_CHECKS)
    assert lines[-1] == f"{total} passed, 0 failed"
    # The user's own data folder is left alone: the self-test works in a temporary one.
    assert not (isolated_home / "data").exists() or not any((isolated_home / "data").iterdir())
    assert os.environ["COHORTDESK_HOME"] == str(isolated_home)


def test_a_bundle_without_its_resources_fails_and_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    out = io.StringIO()

    code = selftest.main(["--self-test", "--no-qt"], out=out)

    text = out.getvalue()
    assert code == 1
    assert "FAILED resources" in text
    assert "example/network.json" in text
    assert "not run: an earlier check failed" in text
    assert text.splitlines()[-1] == f"0 passed, {len(selftest.CORE_CHECKS)} failed"


def test_an_unexpected_error_is_reported_with_where_it_happened(tmp_path: Path) -> None:
    def broken(_ctx: selftest.Context) -> str:
        raise KeyError("venue")

    results = selftest.run_checks(selftest.Context(tmp_path), [("broken", broken)])

    assert not results[0].ok
    assert "KeyError" in results[0].detail and "test_selftest.py" in results[0].detail


def test_the_command_line_flag_runs_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COHORTDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "cohortdesk", "--self-test", "--no-qt"],
                          capture_output=True, text=True, env=env, timeout=120)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "passed, 0 failed" in done.stdout


@pytest.mark.parametrize(("module", "check"), [
    ("cohortdesk.services.packets", "packet"),
    ("cohortdesk.services.roster", "roster"),
])
def test_a_bundle_missing_a_service_fails_instead_of_building_the_file_another_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, check: str
) -> None:
    # None in sys.modules makes `import` fail as it does when the bundle left the module out.
    monkeypatch.setitem(sys.modules, module, None)

    results = {r.name: r for r in selftest.run_core_checks(tmp_path)}

    assert not results[check].ok
    assert f"{module} is missing from this build" in results[check].detail
    assert results["undo"].detail == "not run: an earlier check failed"
    assert not (tmp_path / f"{check}.pdf").exists() and not (tmp_path / f"{check}.xlsx").exists()


@pytest.mark.parametrize(("module", "check"), [
    ("cohortdesk.ui.shell.main_window", "window"),
    ("cohortdesk.ui.shell.about", "licences"),
])
def test_a_bundle_missing_the_window_or_about_fails_the_qt_checks(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, check: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    checks = [(name, fn) for name, fn in selftest.QT_CHECKS if name == check]

    result = selftest.run_checks(selftest.Context(tmp_path), checks)[0]

    assert not result.ok
    assert "is missing from this build" in result.detail and module in result.detail


def test_the_packet_is_the_packet_services_and_names_the_session(tmp_path: Path) -> None:
    from pypdf import PdfReader

    results = {r.name: r for r in selftest.run_core_checks(tmp_path)}

    assert results["packet"].ok, results["packet"]
    reader = PdfReader(str(tmp_path / "packet.pdf"))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    # The packet service's cover and contents, which no stand-in PDF would have.
    assert "Convening packet" in text and "Kickoff Convening" in text and "Agenda" in text
    assert len(reader.outline) >= 3
    assert results["roster"].ok and "people" in results["roster"].detail


def test_from_source_the_environment_check_has_nothing_to_restore(tmp_path: Path) -> None:
    assert selftest.check_environment(selftest.Context(tmp_path)) == \
        "from source: nothing to restore"


def _frozen_bundle(monkeypatch: pytest.MonkeyPatch, bundle: Path) -> None:
    """What PyInstaller's bootloader and Qt runtime hook leave in the environment on Linux."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", f"{bundle}:/opt/user/lib")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/user/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", str(bundle / "PySide6" / "Qt" / "plugins"))
    monkeypatch.setenv("QML2_IMPORT_PATH", str(bundle / "PySide6" / "Qt" / "qml"))


def test_in_a_bundle_the_environment_check_fails_while_bundle_paths_would_leak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen_bundle(monkeypatch, tmp_path / "_internal")

    results = selftest.run_checks(selftest.Context(tmp_path),
                                  [("environment", selftest.check_environment)])

    assert not results[0].ok
    assert "LD_LIBRARY_PATH, QT_PLUGIN_PATH, QML2_IMPORT_PATH" in results[0].detail


def test_the_bundled_app_starts_programs_with_the_users_library_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cohortdesk import __main__ as entry

    _frozen_bundle(monkeypatch, tmp_path / "_internal")
    monkeypatch.setattr(sys, "argv", ["cohortdesk", "--version"])

    with pytest.raises(SystemExit):
        entry.main()

    assert capsys.readouterr().out.startswith("CohortDesk ")
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/user/lib"
    for name in ("LD_LIBRARY_PATH_ORIG", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        assert name not in os.environ
    # What a program the app opens (xdg-open, the PDF viewer) inherits.
    child = subprocess.run(["sh", "-c", 'printf "%s|%s" "$LD_LIBRARY_PATH" "${QT_PLUGIN_PATH-unset}"'],
                           capture_output=True, text=True, check=True)
    assert child.stdout == "/opt/user/lib|unset"
    assert selftest.check_environment(selftest.Context(tmp_path)).startswith("programs the app")


def test_a_bundle_started_without_a_library_path_gives_programs_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cohortdesk import __main__ as entry

    _frozen_bundle(monkeypatch, tmp_path / "_internal")
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")

    entry.restore_system_environment()

    assert "LD_LIBRARY_PATH" not in os.environ


def test_from_source_the_environment_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from cohortdesk import __main__ as entry

    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/mine")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/opt/plugins")

    entry.restore_system_environment()

    assert os.environ["LD_LIBRARY_PATH"] == "/opt/mine"
    assert os.environ["QT_PLUGIN_PATH"] == "/opt/plugins"
