"""The app's language (issue 20): English, or Spanish through Qt's translation system.

Widgets mark their words with `self.tr("…")` or `QCoreApplication.translate("Context", "…")`;
`pyside6-lupdate` collects them into `cohortdesk_es.ts` beside this file (`make translations`),
and the Spanish is written there following docs/glossary-es.md.

**How the .qm is built.** The `.ts` is the only source in the repository. The first time the app
starts in Spanish it runs PySide6's own `lrelease` (it ships with PySide6, a dependency) on it
into the user's cache folder, under a name that carries a hash of the `.ts`; later starts load
that file at once. So a fresh clone, `pip install -e .`, a pulled change to the `.ts` or a test
run straight from pytest never show stale words, and nobody has to remember a build step: the
same reasons the documents' .po is compiled in memory (documents/i18n.py). A frozen bundle has
no `lrelease`; the installer compiles the `.qm` when it builds and ships it beside where the
`.ts` would be, and the app loads that when there is no `.ts`. If the catalogue cannot be
compiled at all, the app starts in English and logs why.

**Which language.** `ui/language` in the settings: "en", "es", or "" (the default) to follow
the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as Qt reads them). It is read when the app
starts, so a change in Preferences applies on the next start. Qt's own `qtbase_es` catalogue
(standard buttons and dialogs) is loaded too, and the default QLocale is set so dates show in
the chosen language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

LANGUAGES = ("en", "es")
# Each language in its own words, for the Preferences choice.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
SETTING = "ui/language"
CATALOGUE_DIR = Path(__file__).resolve().parent
CATALOGUE = "cohortdesk"

log = logging.getLogger(__name__)
# Installed translators, kept alive for as long as the application (Qt does not own them).
_installed: list[QTranslator] = []
_active = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for the catalogue where it is declared; translate it where it is shown with
    `QCoreApplication.translate(context, text)` (PySide6's own marker is typed as object)."""
    return text


def date_time_text(when: dt.datetime, pattern: str | None = None) -> str:
    """A date and time in the user's language: the locale's long date and a 24-hour time
    ("Tuesday, May 26, 2026, 09:00", "martes, 26 de mayo de 2026, 09:00"), or a QLocale
    `pattern` such as "ddd d MMM yyyy HH:mm"."""
    locale = QLocale()
    if pattern is None:
        day = locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
        return f"{day}, {when:%H:%M}"
    value = QDateTime(QDate(when.year, when.month, when.day),
                      QTime(when.hour, when.minute, when.second))
    return locale.toString(value, pattern)


def number(value: int) -> str:
    """A count with the app's digit grouping: "12,345" in English, "12.345" in Spanish."""
    return QLocale().toString(value)


def ts_path(code: str) -> Path:
    return CATALOGUE_DIR / f"{CATALOGUE}_{code}.ts"


def system_language() -> str:
    """The first of the system's UI languages that the app speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code not in ("c", "posix", ""):
            break  # the user's first choice is a language we do not have: English
    return "en"


def chosen_language(preference: str | None) -> str:
    """The language to start in: the Preferences choice, or the system's when it is ""."""
    preference = (preference or "").strip().lower()
    return preference if preference in LANGUAGES else system_language()


def active_language() -> str:
    """The language the app's words are in now ("en" until `install` chose Spanish)."""
    return _active


def _cache_dir() -> Path:
    home = os.environ.get("COHORTDESK_HOME")
    if home:
        return Path(home) / "cache" / "translations"
    from platformdirs import PlatformDirs

    return Path(PlatformDirs("CohortDesk", appauthor=False).user_cache_dir) / "translations"


def _lrelease() -> Path | None:
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the UI always has it
        return None
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Run PySide6's lrelease on `ts`, writing `qm` (replaced whole, never half-written)."""
    tool = _lrelease()
    if tool is None:
        raise FileNotFoundError("PySide6's lrelease is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        subprocess.run([str(tool), "-silent", "-nounfinished", str(ts), "-qm", tmp],
                       check=True, capture_output=True, timeout=60)
        os.replace(tmp, qm)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def compiled_catalogue(code: str) -> Path | None:
    """The .qm of the app's catalogue in `code`, compiled from its .ts if need be; None if
    there is none (English, or no way to compile it)."""
    if code == "en":
        return None
    ts = ts_path(code)
    shipped = ts.with_suffix(".qm")
    if not ts.is_file():  # a frozen bundle: the installer compiled it
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    name = f"{CATALOGUE}_{code}-{digest}.qm"
    for folder in (_cache_dir(), Path(tempfile.gettempdir()) / "cohortdesk-translations"):
        qm = folder / name
        if qm.is_file():
            return qm
        try:
            compile_catalogue(ts, qm)
            return qm
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("Could not compile %s into %s: %s", ts.name, folder, exc)
    return shipped if shipped.is_file() else None


def _locale_for(code: str) -> QLocale:
    """The system's own variant when it speaks `code` (es_MX dates in Mexico), else a default."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale("es_ES" if code == "es" else "en_US")


def install(app: QCoreApplication, code: str) -> str:
    """Load the app's and Qt's catalogues for `code` into `app`; returns the language in use."""
    global _active
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_locale_for(code))
    _active = "en"
    if code == "en":
        return _active
    qm = compiled_catalogue(code)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        log.warning("No %s catalogue could be loaded; the app starts in English.", code)
        QLocale.setDefault(_locale_for("en"))
        return _active
    qt_own = QTranslator(app)
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", translations):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    _active = code
    return _active
