"""Render the app icon from its SVG sources into every size the three platforms want.

    .venv/bin/python installer/make_icon.py

Writes, next to the SVGs in resources/icons/:
- cohortdesk-<n>.png for n in SIZES (the Linux .desktop icons, the About dialog), and
  cohortdesk.png, the 256-pixel one, which ui/shell/app.py sets as the window icon;
- cohortdesk.ico (Windows: the .exe and the Inno Setup installer);
- cohortdesk.icns (macOS: the .app bundle).

ICO and ICNS are written here rather than through Pillow or iconutil because both formats are a
short header followed by PNG files, and this keeps the output identical on every OS.
The generated files are committed, so a build needs neither this script nor a display.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
SMALL_UP_TO = 32  # sizes at or below this use the simplified drawing
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG of the given edge length.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNGs (understood by Windows since Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        # The @2x types (ic11..ic14) hold the image of twice the nominal size.
        edge = size * 2 if kind in (b"ic11", b"ic12", b"ic13", b"ic14") else size
        png = pngs[edge]
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        svg = ICONS / ("cohortdesk-small.svg" if size <= SMALL_UP_TO else "cohortdesk.svg")
        pngs[size] = render_png(svg, size)
        (ICONS / f"cohortdesk-{size}.png").write_bytes(pngs[size])
    (ICONS / "cohortdesk.png").write_bytes(pngs[256])
    (ICONS / "cohortdesk.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "cohortdesk.icns").write_bytes(icns_bytes(pngs))
    del app
    print(f"Wrote {len(SIZES)} PNGs, cohortdesk.ico and cohortdesk.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
