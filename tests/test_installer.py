"""Fast checks of the installer's inputs. The real build and run is `make installer-test`."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import cohortdesk

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(INSTALLER))
import buildinfo  # noqa: E402


def test_the_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        declared = tomllib.load(fh)["project"]["version"]

    assert buildinfo.version() == declared == cohortdesk.__version__
    assert buildinfo.tarball_name("1.4.0", "x86_64") == "CohortDesk-1.4.0-linux-x86_64.tar.gz"
    assert buildinfo.numeric_version("1.4.0rc2") == (1, 4, 0, 0)
    assert buildinfo.numeric_version("2.0") == (2, 0, 0, 0)


def test_a_changed_version_reaches_the_build(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "cohortdesk"\nversion = "3.1.4"\n', encoding="utf-8")

    assert buildinfo.version(pyproject) == "3.1.4"


def test_the_spec_is_python_that_reads_the_version_and_ships_resources_and_migrations() -> None:
    spec = (INSTALLER / "cohortdesk.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec, "cohortdesk.spec")

    calls = {ast.unparse(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert "buildinfo.version" in calls
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    assert '"resources"' in spec and '"cohortdesk/store/migrations"' in spec
    migrations = ROOT / "cohortdesk" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0*.py"))


def test_the_app_imports_only_the_qt_modules_the_bundle_keeps() -> None:
    stray = []
    for path in sorted((ROOT / "cohortdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "PySide6":
                    names = [f"PySide6.{alias.name}" for alias in node.names]
            stray += [f"{path.relative_to(ROOT)}: {n}" for n in names if not buildinfo.is_kept_qt_module(n)]
    assert not stray, "add the module to QT_MODULES_KEPT in installer/buildinfo.py:\n" + "\n".join(stray)


def test_icons_exist_in_every_size_the_platforms_ask_for() -> None:
    for size in (16, 32, 48, 128, 256, 512, 1024):
        png = (ICONS / f"cohortdesk-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (ICONS / "cohortdesk.png").read_bytes() == (ICONS / "cohortdesk-256.png").read_bytes()

    ico = (ICONS / "cohortdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    edges = set()
    for i in range(count):
        w, _h, _c, _r, _p, _b, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
        edges.add(w or 256)
    assert {16, 32, 48, 256} <= edges

    icns = (ICONS / "cohortdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at:at + 4])
        at += struct.unpack(">I", icns[at + 4:at + 8])[0]
    assert at == len(icns) and {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_the_desktop_entry_launches_cohortdesk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "cohortdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]

    assert desktop["Type"] == "Application" and desktop["Name"] == "CohortDesk"
    assert desktop["Exec"] == "cohortdesk"  # install.sh rewrites it to the full path
    assert desktop["Icon"] == "cohortdesk" and desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """An unpacked tarball whose app is a shell script: install.sh's logic without a build."""
    top = tmp_path / "CohortDesk-9.9.9-linux-x86_64"
    icons = top / "CohortDesk" / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for icon in ICONS.glob("cohortdesk*.*"):
        shutil.copy(icon, icons)
    app = top / "CohortDesk" / "cohortdesk"
    app.write_text("#!/bin/sh\necho CohortDesk 9.9.9\n", encoding="utf-8")
    app.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "cohortdesk.desktop"):
        shutil.copy(INSTALLER / "linux" / name, top / name)
    return top


def _sh(script: Path, home: Path, prefix: Path | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "COHORTDESK_ALLOW_ROOT": "1"}
    if prefix is not None:
        env["PREFIX"] = str(prefix)
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True,
                          timeout=60, cwd=cwd)


def test_install_sh_installs_for_one_user_and_uninstall_keeps_the_workspaces(
        fake_bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    local = home / ".local"

    done = _sh(fake_bundle / "install.sh", home)

    assert done.returncode == 0, done.stderr
    app = local / "lib" / "cohortdesk" / "cohortdesk"
    launcher = local / "bin" / "cohortdesk"
    assert subprocess.run([str(launcher)], capture_output=True, text=True).stdout.strip() \
        == "CohortDesk 9.9.9"
    desktop = (local / "share" / "applications" / "cohortdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}"' in desktop and f"TryExec={app}" in desktop
    assert (local / "share" / "icons" / "hicolor" / "256x256" / "apps" / "cohortdesk.png").is_file()

    # Upgrading over an existing install works too.
    assert _sh(fake_bundle / "install.sh", home).returncode == 0

    workspace = local / "share" / "CohortDesk" / "Workspace.cohortdesk"
    workspace.parent.mkdir(parents=True)
    workspace.write_text("members", encoding="utf-8")
    gone = _sh(local / "lib" / "cohortdesk" / "uninstall.sh", home)

    assert gone.returncode == 0, gone.stderr
    assert not app.exists() and not launcher.exists() and not launcher.is_symlink()
    assert not (local / "share" / "applications" / "cohortdesk.desktop").exists()
    assert not list((local / "share" / "icons").rglob("cohortdesk*"))
    assert workspace.read_text(encoding="utf-8") == "members"
    assert "Your workspaces are still in" in gone.stdout


def test_uninstall_sh_removes_the_copy_it_belongs_to_after_a_prefix_install(
        fake_bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    other = tmp_path / "opt"
    # A copy in ~/.local too, which uninstalling the other copy must leave alone.
    assert _sh(fake_bundle / "install.sh", home).returncode == 0
    assert _sh(fake_bundle / "install.sh", home, prefix=other).returncode == 0
    assert (other / "bin" / "cohortdesk").is_symlink()

    # Run on its own, as install.sh's last line tells staff to: no PREFIX in the environment.
    gone = _sh(other / "lib" / "cohortdesk" / "uninstall.sh", home)

    assert gone.returncode == 0, gone.stderr
    assert f"removed from {other}" in gone.stdout
    assert not (other / "lib" / "cohortdesk").exists()
    assert not (other / "bin" / "cohortdesk").is_symlink()
    assert not (other / "share" / "applications" / "cohortdesk.desktop").exists()
    assert not list((other / "share" / "icons").rglob("cohortdesk*"))
    local = home / ".local"
    assert (local / "lib" / "cohortdesk" / "cohortdesk").is_file()
    assert (local / "bin" / "cohortdesk").is_symlink()
    assert (local / "share" / "applications" / "cohortdesk.desktop").is_file()

    # From the unpacked archive it still removes the copy in ~/.local.
    gone = _sh(fake_bundle / "uninstall.sh", home)
    assert gone.returncode == 0, gone.stderr
    assert not (local / "lib" / "cohortdesk").exists() and not (local / "bin" / "cohortdesk").is_symlink()


def test_a_relative_prefix_installs_and_uninstalls_by_full_path(
        fake_bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()

    done = _sh(fake_bundle / "install.sh", home, prefix=Path("apps"), cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    app = tmp_path / "apps" / "lib" / "cohortdesk" / "cohortdesk"
    assert (tmp_path / "apps" / "bin" / "cohortdesk").resolve() == app.resolve()
    desktop = (tmp_path / "apps" / "share" / "applications" / "cohortdesk.desktop").read_text(
        encoding="utf-8")
    assert f'Exec="{app}"' in desktop
    gone = _sh(app.parent / "uninstall.sh", home, cwd=home)
    assert gone.returncode == 0, gone.stderr
    assert not (tmp_path / "apps" / "bin" / "cohortdesk").is_symlink()


def test_install_sh_refuses_sudo(fake_bundle: Path, tmp_path: Path) -> None:
    # An `id` that answers 0, as under sudo, whoever runs the tests.
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "id").write_text("#!/bin/sh\necho 0\n", encoding="utf-8")
    (fake_bin / "id").chmod(0o755)
    env = {"HOME": str(tmp_path), "PATH": f"{fake_bin}:{os.environ['PATH']}"}
    done = subprocess.run(["sh", str(fake_bundle / "install.sh")], env=env,
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 1
    assert "not with sudo" in done.stderr
    assert not (tmp_path / ".local" / "lib" / "cohortdesk").exists()


def test_the_windows_and_macos_scripts_take_the_version_from_the_build() -> None:
    iss = (INSTALLER / "windows" / "cohortdesk.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss and "#error" in iss
    assert "PrivilegesRequired=lowest" in iss
    build = (INSTALLER / "build.py").read_text(encoding="utf-8")
    assert "/DAppVersion=" in build
    dmg = INSTALLER / "macos" / "make_dmg.sh"
    assert subprocess.run(["bash", "-n", str(dmg)]).returncode == 0
    for script in ("install.sh", "uninstall.sh", "test_tarball.sh"):
        assert subprocess.run(["bash", "-n", str(INSTALLER / "linux" / script)]).returncode == 0


def test_the_windows_setup_shows_the_notice_before_installing() -> None:
    iss = INSTALLER / "windows" / "cohortdesk.iss"
    setup = {}
    section = ""
    for line in iss.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Setup" and "=" in line and not line.startswith(";"):
            key, value = line.split("=", 1)
            setup[key.strip()] = value.strip()

    shown = setup.get("InfoBeforeFile") or setup.get("LicenseFile")
    assert shown, "the setup shows no NOTICE.txt"
    # Inno Setup resolves [Setup] paths against the script's folder.
    notice = (iss.parent / shown.replace("\\", "/")).resolve()
    assert notice == (INSTALLER / "licenses" / "NOTICE.txt").resolve()
    text = notice.read_bytes()
    assert text.isascii(), "Inno Setup reads a .txt without a BOM as ANSI: keep NOTICE.txt ASCII"
    assert b"GNU Lesser General Public License" in text and b"MIT licence" in text
    icon = (iss.parent / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon.is_file()


def test_the_linux_bundle_uses_the_systems_libstdcxx_and_libgcc() -> None:
    assert {"libstdc++.so.6", "libgcc_s.so.1"} <= set(buildinfo.LINUX_SYSTEM_LIBRARIES)
    spec = (INSTALLER / "cohortdesk.spec").read_text(encoding="utf-8")
    assert "buildinfo.LINUX_SYSTEM_LIBRARIES" in spec
    # make installer-test checks the built bundle holds neither.
    check = (INSTALLER / "linux" / "test_tarball.sh").read_text(encoding="utf-8")
    assert "LINUX_SYSTEM_LIBRARIES" in check or "libstdc++.so.6" in check
