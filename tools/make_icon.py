"""Draw the program icon (the project's own, no third-party art): a shield with a tick on a blue tile.

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py

writes resources/icons/etsoft-desk.png (256 px, the window icon and the Linux .desktop file's) and
resources/icons/etsoft-desk.ico (16 to 256 px, the Windows exe's). Run it again after changing the drawing.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on a 256 grid
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5fa8"))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    shield = QPainterPath(QPointF(128, 38))
    shield.cubicTo(QPointF(160, 58), QPointF(186, 62), QPointF(204, 62))
    shield.cubicTo(QPointF(204, 140), QPointF(184, 188), QPointF(128, 220))
    shield.cubicTo(QPointF(72, 188), QPointF(52, 140), QPointF(52, 62))
    shield.cubicTo(QPointF(70, 62), QPointF(96, 58), QPointF(128, 38))
    p.setBrush(QColor("#ffffff"))
    p.drawPath(shield)
    pen = QPen(QColor("#1f8a4c"), 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(92, 128))
    tick.lineTo(QPointF(118, 156))
    tick.lineTo(QPointF(166, 100))
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico with PNG-compressed entries (read by Windows Vista and later, and by PyInstaller)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "etsoft-desk.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "etsoft-desk.ico").write_bytes(ico_bytes({s: png_bytes(draw(s)) for s in ICO_SIZES}))
    print(f"written: {ICONS / 'etsoft-desk.png'}, {ICONS / 'etsoft-desk.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
