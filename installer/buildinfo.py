"""Facts about the build shared by the PyInstaller spec, the packaging scripts and the tests.

Plain Python with no third-party imports, so the spec, `make` and pytest can all load it.
Run it to print one fact for a shell script: `python installer/buildinfo.py version|tarball`.
"""

from __future__ import annotations

import platform
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "CohortDesk"
EXE_NAME = "cohortdesk"  # the binary inside the bundle folder
BUNDLE_ID = "org.cohortdesk.CohortDesk"
PUBLISHER = "CohortDesk"
DESCRIPTION = "Run peer-learning cohorts and their convenings, offline."

# The only PySide6 modules the app may import. Everything else PySide6 ships (QML, Quick,
# WebEngine, Designer, ...) is left out of the bundle; tests/test_installer.py fails if code
# starts importing a module that is not listed here, before a bundle is built without it.
# QtPdf and QtPdfWidgets (print preview) come with PySide6-Addons; kept for when it is installed.
# Every other Qt module (QtNetwork, QtQml, QtQuick, QtWebEngine, Qt3D, QtMultimedia...) stays out.
QT_MODULES_KEPT = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf",
                   "QtPdfWidgets")

# Standard-library and third-party modules that nothing at run time needs.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3",
    "unittest", "test", "doctest", "xmlrpc", "ensurepip", "venv", "distutils",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter",
    "IPython", "numpy", "matplotlib", "PyInstaller",
    # The debugger and the interactive help (and readline, which only they use), and the
    # syntax highlighter that only Mako's optional plugin imports.
    "pdb", "pydoc", "readline", "pygments",
    # setuptools' pkg_resources: Babel falls back to it only where importlib.metadata is
    # missing, yet PyInstaller runs a hook that imports it on every start (0.1 s).
    "pkg_resources",
    # Only concurrent.futures' process pool uses it, and the app runs its work in threads.
    # Leaving it out also skips PyInstaller's start-up hook for it.
    "multiprocessing",
    # Pillow's AVIF codec alone is 5 MB of libavif; reportlab reads PNG and JPEG logos.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "PIL._webp", "PIL.WebPImagePlugin",
    # reportlab only opens images with Pillow: its text drawing (FreeType, HarfBuzz, Brotli)
    # and colour management (LittleCMS) stay out with their libraries.
    "PIL._imagingft", "PIL.ImageFont", "PIL.ImageDraw", "PIL.ImageDraw2", "PIL.ImageText",
    "PIL._imagingcms", "PIL.ImageCms",
    # rapidfuzz's distance metrics (6 MB: a plain and an AVX2 build): the app scores with
    # rapidfuzz.fuzz and .process only, whose compiled modules stand alone; rapidfuzz.distance
    # then loads its pure-Python metrics, which nothing calls. The self-test's "duplicates"
    # check fails if the scorers ever come out in Python.
    "rapidfuzz.distance.metrics_cpp", "rapidfuzz.distance.metrics_cpp_avx2",
    # hashlib falls back to Python's built-in hashes. (Python's ssl module, and OpenSSL with
    # it, must stay: psycopg imports ssl when it loads libpq, so without it no hub sync works.)
    "_hashlib",
)

# Qt plugins (paths inside PySide6/Qt/plugins) that a desktop app never loads: platforms for
# embedded screens (EGLFS, framebuffer, VNC), touch-panel input, image formats we do not read,
# QML tooling, and the GTK3 theme, whose GTK the bundle cannot carry (mixing the build machine's
# cairo and pango with the user's GTK is a known crash); Qt's own dialogs are used instead.
QT_PLUGIN_EXCLUDES = (
    "platforms/libqeglfs", "platforms/libqminimalegl", "platforms/libqlinuxfb",
    "platforms/libqvnc", "platforms/libqvkkhrdisplay", "platforms/libqminimal.",
    "egldeviceintegrations", "generic", "platformthemes/libqgtk3",
    "imageformats/libqpdf", "imageformats/qpdf", "imageformats/libqtiff", "imageformats/qtiff",
    "imageformats/libqtga", "imageformats/qtga", "imageformats/libqwbmp", "imageformats/qwbmp",
    "imageformats/libqicns", "imageformats/qicns", "imageformats/libqwebp", "imageformats/qwebp",
    "qmltooling", "qmllint", "designer", "networkinformation", "tls", "sqldrivers",
    "renderers", "position", "geoservices", "multimedia", "canbus", "sensors", "texttospeech",
    "webview", "scenegraph",
)

# Linux: libraries every distribution ships, left out of the bundle so the system's copy is used.
# The bundle runs only where glibc is as new as the build machine's, and there the system's
# libstdc++ and libgcc_s are as new or newer. A bundled older libstdc++ is loaded first and then
# breaks system code the app loads later (Mesa's GL drivers, input methods) that needs the newer
# one: "version `GLIBCXX_3.4.32' not found".
#
# The same goes for the desktop's own libraries, which every Linux desktop has and whose ABI has
# been stable for over a decade: a pip-installed PySide6 takes them from the system too, and
# AppImage's list of libraries never to bundle names most of them, because a bundled older copy
# meets the system's newer plugins and configuration (fonts, input methods, printers). The X11
# connection, fonts, the D-Bus session, GLib's event loop (QtCore's) and the printing system's
# client (Qt's CUPS plugin); with them go the libraries only they need (GnuTLS, Kerberos,
# systemd, PCRE2, ...). Qt's xcb helper libraries (libxcb-cursor, -icccm, -keysyms, ...) stay
# bundled: minimal installs often lack them. The bundle then holds Python's and the wheels' own
# libraries, Qt, and those xcb helpers.
LINUX_SYSTEM_LIBRARIES = (
    "libstdc++.so.6", "libgcc_s.so.1",
    "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0", "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3",
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libcups.so.2", "libz.so.1", "libexpat.so.1",
    "libzstd.so.1",
)

# Libraries that Python code opens with ctypes at run time, so no ELF entry points at them:
# the spec keeps them (and what they need) although nothing links to them.
LINUX_DLOPENED = ("libpdfium.so",)

# ICU's data (32 MB in PySide6) is cut down to what QtCore reads for these languages
# (installer/icudata.py); Babel's CLDR data likewise for the documents' languages.
ICU_LOCALES = ("en", "es")
BABEL_LOCALES = ("root", "en", "es")

# Modules the app imports inside functions or by name, listed so that making an import lazy (or
# dynamic) can never drop one from the bundle: the spec adds them as hidden imports and fails
# the build if the analysis did not find one.
RUNTIME_MODULES = (
    "sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.runtime.migration", "alembic.ddl.sqlite", "alembic.ddl.postgresql", "alembic.op",
    "alembic.context", "alembic.config", "logging.config",
    "psycopg", "psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg",
    "keyring", "keyring.backends.SecretService", "secretstorage",
    "reportlab.platypus", "reportlab.pdfgen.canvas", "reportlab.pdfbase.ttfonts",
    "reportlab.graphics.shapes", "openpyxl", "openpyxl.styles.numbers", "xlsxwriter",
    "icalendar", "pypdf", "pypdfium2", "pypdfium2_raw", "rapidfuzz.fuzz", "rapidfuzz.process",
    "babel.dates", "babel.numbers", "babel.messages.pofile", "babel.messages.mofile",
)

# Distributions whose metadata (and LICENSE files) go into the bundle besides cohortdesk's own
# runtime requirements: importlib.metadata finds the app's version there, and the About dialog
# lists the licences from it.
EXTRA_METADATA = ("shiboken6", "pillow")


def version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one place it is written down."""
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def runtime_distributions() -> list[str]:
    """cohortdesk and the distributions it requires at run time (not its extras)."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    try:
        wanted = requires("cohortdesk") or []
    except PackageNotFoundError:
        raise SystemExit("cohortdesk is not installed here: pip install -e .") from None
    names = ["cohortdesk"]
    for requirement in wanted:
        if "extra ==" in requirement.replace('"', "'").replace("extra==", "extra =="):
            continue
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match and match.group(0) not in names:
            names.append(match.group(0))
    return names + [n for n in EXTRA_METADATA if n not in names]


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """Four integers for Windows version resources ("1.2.3rc1" -> (1, 2, 3, 0))."""
    parts: list[int] = []
    for piece in text.split(".")[:4]:
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        parts.append(int(digits or 0))
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)


def tarball_name(ver: str | None = None, arch: str | None = None) -> str:
    return f"{APP_NAME}-{ver or version()}-linux-{arch or machine()}.tar.gz"


def is_kept_qt_module(module: str) -> bool:
    """True for 'PySide6.QtWidgets' and its submodules; False for excluded Qt modules."""
    parts = module.split(".")
    return len(parts) < 2 or parts[0] != "PySide6" or not parts[1].startswith("Qt") \
        or parts[1] in QT_MODULES_KEPT


if __name__ == "__main__":
    facts = {"version": version, "tarball": tarball_name,
             "system-libraries": lambda: " ".join(LINUX_SYSTEM_LIBRARIES)}
    if len(sys.argv) != 2 or sys.argv[1] not in facts:
        raise SystemExit(f"usage: buildinfo.py {'|'.join(facts)}")
    print(facts[sys.argv[1]]())
