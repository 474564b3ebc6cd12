"""Fallback fonts looked up before they are needed, at idle time, one script per event-loop turn.

The first time Qt draws a script the window's font does not cover (Chinese, Devanagari, Arabic, …) it searches
the font database for a fallback: 5-15 ms per script and font (regular and bold count apart). A conversation list
that fills with such names during a first sync would pay all of it in one paint (measured: a 230 ms stall on the
first batch of a multilingual mailbox). The window pays it right after it shows, in slices too small to notice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QImage, QPainter

# One sample per script a support mailbox is likely to bring, plus Latin (the very first draw costs the most).
SAMPLES = ("Aa 1", "Жж", "Ωω", "李娜 退款", "あア", "한국어", "हिन्दी", "বাংলা", "العربية", "עברית", "ไทย", "Ảnh ấ")
STEP_MS = 15  # between two samples: other events go first


class FontWarmer(QObject):
    """Draws each sample in each font into a small image, one per timer tick, then stops."""

    def __init__(self, fonts: list[QFont], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = [(font, sample) for font in fonts for sample in SAMPLES]
        self._image = QImage(160, 32, QImage.Format.Format_ARGB32_Premultiplied)
        self._timer = QTimer(self)
        self._timer.setInterval(STEP_MS)
        self._timer.timeout.connect(self._step)

    @property
    def done(self) -> bool:
        return not self._steps

    def start(self) -> None:
        if self._steps:
            self._timer.start()

    def _step(self) -> None:
        if not self._steps:
            self._timer.stop()
            return
        font, sample = self._steps.pop(0)
        painter = QPainter(self._image)
        try:
            painter.setFont(font)
            painter.drawText(2, 22, sample)
        finally:
            painter.end()


def with_bold(font: QFont) -> list[QFont]:
    bold = QFont(font)
    bold.setBold(True)
    return [font, bold]
