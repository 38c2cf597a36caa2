"""Build the installer for the OS this runs on: `make installer`, or directly

    .venv/bin/python installer/build.py

1. PyInstaller turns installer/cohortdesk.spec into the one-folder bundle dist/CohortDesk/.
2. Then, per OS:
   - Linux:   dist/CohortDesk-<version>-linux-<arch>.tar.gz with the bundle, a .desktop file,
              the icon, install.sh and uninstall.sh (see installer/linux/).
   - macOS:   dist/CohortDesk.app (made by the spec) and, through installer/macos/make_dmg.sh,
              dist/CohortDesk-<version>-macos-<arch>.dmg.
   - Windows: dist\\CohortDesk-<version>-windows-x64-setup.exe through Inno Setup's ISCC.exe,
              if it is installed (installer/windows/cohortdesk.iss).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import buildinfo  # noqa: E402

ROOT = buildinfo.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
HERE = ROOT / "installer"


def run_pyinstaller() -> Path:
    bundle = DIST / buildinfo.APP_NAME
    shutil.rmtree(bundle, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "cohortdesk.spec")],
        check=True, cwd=ROOT,
    )
    return bundle


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linux_tarball(bundle: Path, version: str) -> Path:
    """The tarball staff download: one folder named after the release, ready for install.sh."""
    name = buildinfo.tarball_name(version)
    top = name.removesuffix(".tar.gz")
    target = DIST / name
    partial = target.with_suffix(".partial")
    linux = HERE / "linux"
    # Fixed owner and mode bits, so extracting as any user gives that user's files.
    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        if info.isdir() or info.mode & 0o111:
            info.mode = 0o755
        elif not info.issym():
            info.mode = 0o644
        return info

    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/{buildinfo.APP_NAME}", filter=clean)
        for script in ("install.sh", "uninstall.sh"):
            tar.add(linux / script, arcname=f"{top}/{script}", filter=clean)
        tar.add(linux / "cohortdesk.desktop", arcname=f"{top}/cohortdesk.desktop", filter=clean)
        tar.add(ROOT / "resources" / "icons" / "cohortdesk-256.png",
                arcname=f"{top}/cohortdesk.png", filter=clean)
        readme = (linux / "README.txt").read_text(encoding="utf-8").replace("{version}", version)
        info = clean(tarfile.TarInfo(f"{top}/README.txt"))
        info.size = len(readme.encode("utf-8"))
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(readme.encode("utf-8")))
    partial.replace(target)
    return target


def macos_dmg(version: str) -> Path:
    subprocess.run(["bash", str(HERE / "macos" / "make_dmg.sh"), version], check=True, cwd=ROOT)
    return DIST / f"{buildinfo.APP_NAME}-{version}-macos-{buildinfo.machine()}.dmg"


def windows_setup(version: str) -> Path | None:
    # Windows environment variables are case-insensitive.
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    iscc = shutil.which("iscc") or next(
        (str(p) for p in (default / "Inno Setup 6" / "ISCC.exe",) if p.exists()), None)
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) is not installed: the bundle is in dist\\CohortDesk; "
              "see installer/README.md to make the setup program.")
        return None
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={DIST / buildinfo.APP_NAME}",
                    f"/DOutputDir={DIST}", str(HERE / "windows" / "cohortdesk.iss")], check=True)
    return DIST / f"{buildinfo.APP_NAME}-{version}-windows-x64-setup.exe"


def main() -> int:
    version = buildinfo.version()
    start = time.monotonic()
    bundle = run_pyinstaller()
    size = folder_size(bundle)
    print(f"Bundle: {bundle} ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB unpacked)")
    if sys.platform.startswith("linux"):
        result: Path | None = linux_tarball(bundle, version)
    elif sys.platform == "darwin":
        result = macos_dmg(version)
    elif sys.platform == "win32":
        result = windows_setup(version)
    else:
        raise SystemExit(f"No installer recipe for {sys.platform}; the bundle is in {bundle}")
    if result is not None:
        print(f"Installer: {result} ({result.stat().st_size / 1e6:.1f} MB)")
    print(f"Built in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
