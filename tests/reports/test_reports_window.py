"""The reports window on the demo workspace: charts drawn, table filled, explanation and exports work."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from agentdesk.demo.workspace import build_demo_workspace
from agentdesk.domain.clock import utcnow
from agentdesk.store.database import Store
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.reports_window import CHART_FILES, ReportsWindow


def _ready(qtbot: QtBot, window: ReportsWindow) -> None:
    qtbot.waitUntil(lambda: window.report is not None and not window._busy, timeout=30_000)


def test_window_opens_with_charts_table_and_exports(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    build_demo_workspace(store)
    window = ReportsWindow(store)
    qtbot.addWidget(window)
    window.show()
    _ready(qtbot, window)
    report = window.report
    assert report is not None
    assert len(report.conversations) > 100
    assert window.model.rowCount() == len(report.conversations)
    assert window.cards["first_response"].value.text() not in {"", "—"}
    assert "calendar" in window.cards["first_response"].detail.text()
    for key, plot in window.charts.items():
        assert plot.getPlotItem().listDataItems() or plot.getPlotItem().items, key

    csv_path = tmp_path / "table.csv"
    window.export_csv(csv_path)
    with csv_path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(report.conversations)
    assert {"first_response_business_min", "first_response_calendar_min"} <= set(rows[0])

    written = window.export_charts(tmp_path)
    assert sorted(p.name for p in written) == sorted(CHART_FILES.values())
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 200 and image.height() > 150

    figures = next(f for f in report.conversations if f.first_response is not None)
    dialog = window.explanation_for(figures.record.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "First response" in text and "counted" in text


def test_filters_recompute_from_the_loaded_period(store: Store, qtbot: QtBot) -> None:
    build_demo_workspace(store)
    window = ReportsWindow(store)
    qtbot.addWidget(window)
    _ready(qtbot, window)
    assert window.report is not None
    everything = len(window.report.conversations)
    data = window.data
    window.channel_combo.setCurrentIndex(window.channel_combo.findData("ticket"))
    _ready(qtbot, window)
    assert window.data is data  # same period: the cache was not read again
    tickets = window.report.conversations
    assert 0 < len(tickets) < everything
    assert {f.record.channel for f in tickets} == {"ticket"}
    today = utcnow().date()
    window.set_period(today, today - timedelta(days=5))  # ends before it begins
    assert "ends before it begins" in window.status_label.text()


def test_main_window_menu_opens_reports(store: Store, qtbot: QtBot) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.reports_action.trigger()
    reports = window.reports_window
    assert isinstance(reports, ReportsWindow)
    _ready(qtbot, reports)
    assert reports.report is not None and len(reports.report.conversations) == 0
    reports.hide()
    window.reports_action.trigger()
    assert window.reports_window is reports and reports.isVisible()
