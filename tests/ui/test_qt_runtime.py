"""The Qt binding itself: a bug there aborts the whole app, whatever our code does."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QScrollBar
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_their_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None on each call of a method returning void; on Python 3.11 (None
    is not immortal) the window then aborts with "none_dealloc" after a few thousand calls, e.g. while
    scrolling a long list or during a long sync."""
    label = QLabel()
    bar = QScrollBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    bar.setRange(0, 10_000)
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText("x")
        bar.setValue(i)
        QApplication.processEvents()
    assert sys.getrefcount(None) - before > -100, "the Qt binding loses references to None: pin another version"
