"""Help > About CohortDesk: the version, where the data lives, and what the app is built from.

Staff read the version and folders to a colleague on the phone ("Copy details" puts them on the
clipboard); the licences of the bundled fonts and main libraries are listed with their texts,
as their licences ask of anyone who redistributes them.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk import APP_NAME, __version__, paths
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.shell.context import AppContext

DESCRIPTION = QT_TRANSLATE_NOOP("AboutDialog", "Run peer-learning cohorts and their convenings, offline.")
# The groups of the licence list (Component.kind), shown translated.
KINDS = (QT_TRANSLATE_NOOP("AboutDialog", "Fonts"), QT_TRANSLATE_NOOP("AboutDialog", "Libraries"))
APP_LICENCE = "MIT"


@dataclass(frozen=True)
class Component:
    """One bundled font family or library, as the licence list shows it."""

    kind: str  # "Fonts" or "Libraries"
    name: str
    version: str
    licence: str
    licence_files: tuple[Path, ...] = ()
    note: str = ""


# Font files are named after their family without spaces; these read better.
FONT_FAMILIES = {
    "NotoSansArabic": "Noto Sans Arabic",
    "NotoSans": "Noto Sans",
    "DroidSansFallbackFull": "Droid Sans Fallback",
    "DroidSansFallback": "Droid Sans Fallback",
    "DejaVuSans": "DejaVu Sans",
}
LICENCE_NAMES = {
    "OFL-1.1": "SIL Open Font License 1.1",
    "Apache-2": "Apache License 2.0",
    "Apache-2.0": "Apache License 2.0",
    "bitstream-vera": "Bitstream Vera licence",
}

# (distribution, shown name, licence). The licence is written here because package metadata
# holds anything from an SPDX id to the whole licence text; the version comes from metadata.
LIBRARIES = (
    ("PySide6_Essentials", "Qt for Python (PySide6)", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("tzdata", "tzdata", "Apache-2.0"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("arabic-reshaper", "Arabic Reshaper", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
)
LGPL_NOTE = ("Qt and PySide6 are used under the GNU LGPL 3.0: they are separate shared "
             "libraries in the app folder and may be replaced with compatible builds.")


def bundled_licences_dir() -> Path:
    """Licence texts the installer adds (Qt's LGPL, Python's PSF licence)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "licenses"
    return Path(__file__).resolve().parents[3] / "installer" / "licenses"


def _font_family(stem: str) -> str:
    base = stem.split("-")[0]
    return FONT_FAMILIES.get(base, base)


def _dep5_licence(path: Path) -> str:
    """The first `License:` of a Debian copyright file, which is the one for `Files: *`."""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("License:"):
            value = line.split(":", 1)[1].strip()
            return LICENCE_NAMES.get(value, value)
    return QCoreApplication.translate("AboutDialog", "see licence text")


def font_components(folder: Path | None = None) -> list[Component]:
    """One entry per family in resources/fonts, with the LICENSE-<prefix>.txt that covers it."""
    folder = folder or paths.resources_dir() / "fonts"
    if not folder.is_dir():
        return []
    licences = sorted(folder.glob("LICENSE-*.txt"))
    families: dict[str, list[Path]] = {}
    for font in sorted(folder.glob("*.[ot]tf")):
        families.setdefault(_font_family(font.stem), []).append(font)
    found = []
    for family, files in families.items():
        covering = [p for p in licences if files[0].stem.startswith(p.stem.removeprefix("LICENSE-"))]
        licence = (_dep5_licence(covering[0]) if covering
                   else QCoreApplication.translate("AboutDialog", "licence file missing"))
        styles = [f.stem.split("-", 1)[1] if "-" in f.stem else "Regular" for f in files]
        shown = (styles[0] if len(styles) == 1 else
                 QCoreApplication.translate("AboutDialog", "{n} styles").format(n=len(styles)))
        found.append(Component("Fonts", family, shown, licence, tuple(covering[:1]),
                               QCoreApplication.translate("AboutDialog", "Styles: {styles}").format(
                                   styles=", ".join(styles))))
    return found


def _dist_licence_files(dist: str) -> tuple[Path, ...]:
    try:
        files = metadata.distribution(dist).files or []
    except metadata.PackageNotFoundError:
        return ()
    names = ("licen", "copying", "notice")
    located = []
    for f in files:
        if ".dist-info" in str(f) and any(n in f.name.lower() for n in names):
            path = Path(str(f.locate()))
            if path.is_file():
                located.append(path)
    return tuple(located)


def library_components() -> list[Component]:
    """Python, Qt and the main libraries, with the versions actually running."""
    from PySide6.QtCore import qVersion

    extra = bundled_licences_dir()
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    python_licence = next(((p,) for p in (extra / "Python-LICENSE.txt", stdlib / "LICENSE.txt",
                                          Path(sys.base_prefix) / "LICENSE.txt") if p.is_file()), ())
    lgpl = tuple(p for p in (extra / "LGPL-3.0.txt", extra / "GPL-3.0.txt") if p.is_file())
    found = [
        Component("Libraries", "Python", platform.python_version(), "PSF-2.0", python_licence),
        Component("Libraries", "Qt", qVersion(), "LGPL-3.0", lgpl, LGPL_NOTE),
    ]
    for dist, name, licence in LIBRARIES:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue  # not part of this build
        files = _dist_licence_files(dist)
        if licence.startswith("LGPL"):
            files = files + lgpl
        found.append(Component("Libraries", name, version, licence, files,
                               LGPL_NOTE if dist.startswith("PySide6") else ""))
    return found


def licence_text(component: Component) -> str:
    parts = [f"{component.name} {component.version}: {component.licence}"]
    if component.note:
        parts.append(component.note)
    for path in component.licence_files:
        parts.append(f"— {path.name} —\n{path.read_text(encoding='utf-8', errors='replace')}")
    if not component.licence_files:
        parts.append(QCoreApplication.translate("AboutDialog",
                                                "The licence text is not included in this build."))
    return "\n\n".join(parts)


def running_from() -> str:
    if getattr(sys, "frozen", False):
        return QCoreApplication.translate("AboutDialog", "installed app in {folder}").format(
            folder=Path(sys.executable).resolve().parent)
    return QCoreApplication.translate("AboutDialog", "source tree at {folder}").format(
        folder=Path(__file__).resolve().parents[3])


def details(workspace: Path | None, read_only: bool = False) -> list[tuple[str, str]]:
    """The facts at the top of the dialog, also what "Copy details" copies."""
    from PySide6.QtCore import qVersion

    rows = [
        (QT_TRANSLATE_NOOP("AboutDialog", "Version"), __version__),
        (QT_TRANSLATE_NOOP("AboutDialog", "Running from"), running_from()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Workspace"),
         (QCoreApplication.translate("AboutDialog", "{workspace} (read-only)").format(
             workspace=workspace) if read_only else str(workspace)) if workspace
         else QCoreApplication.translate("AboutDialog", "none")),
        (QT_TRANSLATE_NOOP("AboutDialog", "Data folder"), str(paths.data_dir())),
        (QT_TRANSLATE_NOOP("AboutDialog", "Backups"), str(paths.backup_dir())),
        (QT_TRANSLATE_NOOP("AboutDialog", "System"),
         f"{platform.system()} {platform.release()} ({platform.machine()}), "
                   f"Python {platform.python_version()}, Qt {qVersion()}"),
    ]
    return rows


class AboutDialog(QDialog):
    def __init__(self, workspace: Path | None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setObjectName("aboutDialog")
        self.resize(720, 640)
        self.details = details(workspace, read_only)

        header = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(paths.resources_dir() / "icons" / "cohortdesk-128.png"))
        if not pixmap.isNull():
            ratio = self.devicePixelRatioF() or 1.0
            pixmap = pixmap.scaled(QSize(72, 72) * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            icon.setPixmap(pixmap)
        icon.setFixedSize(80, 80)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<span style='font-size:22px; font-weight:600; color:#1f3a4d'>"
                       f"{APP_NAME}</span> <span style='font-size:15px; color:#555'>"
                       f"{__version__}</span><br><span style='color:#444'>{self.tr(DESCRIPTION)}</span>"
                       f"<br><span style='color:#777'>"
                       + self.tr("{app} itself is licensed under the {licence} licence.").format(
                           app=APP_NAME, licence=APP_LICENCE) + "</span>")
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        header.addWidget(title, 1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for label, value in self.details:
            if label == "Version":
                continue  # the header shows it
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.values[label] = shown
            if label == "Data folder":
                row = QHBoxLayout()
                row.addWidget(shown, 1)
                self.open_data = QPushButton(self.tr("Open folder"))
                self.open_data.clicked.connect(self._open_data_folder)
                row.addWidget(self.open_data)
                form.addRow(self.tr("{label}:").format(label=self.tr(label)), row)
            else:
                form.addRow(self.tr("{label}:").format(label=self.tr(label)), shown)

        self.components = font_components() + library_components()
        self.tree = QTreeWidget()
        self.tree.setObjectName("aboutLicences")
        self.tree.setHeaderLabels([self.tr("Bundled fonts and libraries"), self.tr("Version"),
                                   self.tr("Licence")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for index, component in enumerate(self.components):
            group = groups.get(component.kind)
            if group is None:
                group = QTreeWidgetItem(self.tree, [self.tr(component.kind)])
                bold = QFont(group.font(0))
                bold.setBold(True)
                group.setFont(0, bold)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[component.kind] = group
            item = QTreeWidgetItem(group, [component.name, component.version, component.licence])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(1, component.note or component.version)
        self.tree.expandAll()
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 170)
        self.licence = QPlainTextEdit()
        self.licence.setObjectName("aboutLicenceText")
        self.licence.setReadOnly(True)
        self.licence.setPlaceholderText(self.tr("Choose a font or library to read its licence."))
        self.tree.currentItemChanged.connect(self._show_licence)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.licence)
        splitter.setSizes([300, 160])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def details_text(self) -> str:
        return "\n".join([f"{APP_NAME} {__version__}"] + [f"{k}: {v}" for k, v in self.details])

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def select(self, name: str) -> None:
        """Show the licence of the component called `name` (also used by tests)."""
        for item in self.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) is not None:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(name)

    def _show_licence(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if index is None:
            self.licence.clear()
            return
        self.licence.setPlainText(licence_text(self.components[int(index)]))
        self.licence.moveCursor(self.licence.textCursor().MoveOperation.Start)

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))


def show_about(context: AppContext) -> AboutDialog:
    """Open the dialog, or bring the open one forward (one About at a time)."""
    for existing in context.host.findChildren(AboutDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    store = context.store
    dialog = AboutDialog(store.path, store.read_only, context.host)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "cohortdesk-256.png")))
    dialog.open()
    return dialog


def install(context: AppContext) -> None:
    context.actions.add_separator("help")
    # On macOS Qt moves it to the application menu, where users look for it.
    context.actions.add("about", QCoreApplication.translate("AboutDialog", "&About {app}").format(
        app=APP_NAME), lambda: show_about(context), menu="help",
                        role=QAction.MenuRole.AboutRole)
