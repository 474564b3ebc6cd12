"""The reports window: a period and filters, KPI figures in business and calendar time, four pyqtgraph charts
(volume over time, response-time distribution, hour-of-week heatmap, top tags), a per-conversation table whose
rows open the arithmetic behind their figures, and export to CSV (the table) and PNG (each chart)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.clock import utcnow
from agentdesk.domain.metrics import (
    TABLE_COLUMNS,
    ConversationFigures,
    Explanation,
    Report,
    ReportFilter,
    explain,
    table_row,
)
from agentdesk.errors import UserError
from agentdesk.report_command import write_csv
from agentdesk.store.database import Store
from agentdesk.store.report_data import ReportInput, build_report, report_choices
from agentdesk.ui import formatting, labels
from agentdesk.ui.background import run_in_background
from agentdesk.ui.formatting import long_time
from agentdesk.ui.theme import palette_colors

log = logging.getLogger(__name__)

_ANY = "\x00any"  # combo data for "all channels / tags / assignees"
_UNASSIGNED = ""
_BAR = (52, 101, 164)
_ACCENT = (217, 119, 6)
# First-response buckets: their upper limits in hours on the chart's clock (labels: `bucket_labels`).
_BUCKETS: tuple[float, ...] = (1, 2, 4, 8, 16, 24, 48, float("inf"))
CHART_FILES = {
    "volume": "volume.png",
    "response_times": "response_times.png",
    "hour_of_week": "hour_of_week.png",
    "top_tags": "top_tags.png",
}


def duration_text(value: timedelta | None) -> str:
    if value is None:
        return "—"
    total = round(value.total_seconds() / 60)
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return labels.duration(days, hours, minutes)


def _percent(value: float | None) -> str:
    return formatting.percent(value)


def bucket_labels() -> list[str]:
    """The response-time chart's buckets in the window's language: < 1 h, 1–2 h, …, 16–24 h, 1–2 d, > 2 d."""
    labels_: list[str] = [QCoreApplication.translate("ReportsWindow", "< %1 h").replace("%1", formatting.number(1))]
    lower = 1.0
    for limit in _BUCKETS[1:]:
        if limit == float("inf"):
            labels_.append(
                QCoreApplication.translate("ReportsWindow", "> %1 d").replace("%1", formatting.number(lower / 24))
            )
        elif limit > 24:
            labels_.append(
                QCoreApplication.translate("ReportsWindow", "%1–%2 d")
                .replace("%1", formatting.number(lower / 24))
                .replace("%2", formatting.number(limit / 24))
            )
        else:
            labels_.append(
                QCoreApplication.translate("ReportsWindow", "%1–%2 h")
                .replace("%1", formatting.number(lower))
                .replace("%2", formatting.number(limit))
            )
        lower = limit
    return labels_


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)  # PySide6 < 6.12 types QDate(date) only at run time


_CELL_WORDS: dict[str, Callable[[str], str]] = {
    "channel": labels.channel,
    "priority": labels.priority,
    "status": labels.status,
}


class ReportTableModel(QAbstractTableModel):
    """One row per conversation of the report, columns as in the CSV export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.ids: list[int] = []

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        if report is None:
            self.rows, self.ids = [], []
        else:
            self.rows = [table_row(f, report.period.zone) for f in report.conversations]
            self.ids = [f.record.id for f in report.conversations]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.report_column(TABLE_COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key = TABLE_COLUMNS[index.column()][0]
        value = self.rows[index.row()][key]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            if key.endswith("_min") and isinstance(value, float):
                return duration_text(timedelta(minutes=value))
            words = _CELL_WORDS.get(key)  # the core's English values, in the window's language
            return words(str(value)) if words is not None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers, missing last
            return value if value is not None else float("inf")
        if role == Qt.ItemDataRole.TextAlignmentRole and (key.endswith("_min") or key in {"replies", "conversation"}):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Card(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("kpiCard")
        c = palette_colors()
        card, border, value = ("#23262b", "#3a3e45", c.text) if c.dark else ("#f5f7fa", "#dde3ea", "#1f2328")
        self.setStyleSheet(
            f"#kpiCard {{ background: {card}; border: 1px solid {border}; border-radius: 6px; }}"
            "QLabel { background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        self.title = QLabel(title)
        self.title.setStyleSheet(f"color: {c.muted}; font-size: 11px;")
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: 17px; font-weight: 600; color: {value};")
        self.detail = QLabel("")
        self.detail.setStyleSheet(f"color: {c.muted}; font-size: 11px;")
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)

    def show_values(self, value: str, detail: str = "", tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


def _plot(title: str, **kwargs: Any) -> pg.PlotWidget:
    dark = palette_colors().dark  # charts drawn for the theme in use when the window opens
    widget = pg.PlotWidget(background="#1b1d21" if dark else "w", **kwargs)
    widget.setTitle(title, color="#e6edf3" if dark else "#1f2328", size="10pt")
    widget.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.hideButtons()
    widget.setMinimumHeight(200)
    for name in ("left", "bottom"):
        axis = widget.getAxis(name)
        axis.setPen(pg.mkPen("#8c959f"))
        axis.setTextPen(pg.mkPen("#c9d1d9" if dark else "#424a53"))
    return widget


class ExplanationDialog(QDialog):
    """The arithmetic behind one conversation's figures: every interval, counted, outside hours or paused."""

    _COLOURS: ClassVar[dict[str, str]] = {"counted": "#e6f4ea", "outside_hours": "#eef0f3", "paused": "#fff4d6"}

    def kind_text(self, kind: str) -> str:
        texts = {
            "counted": self.tr("counted"),
            "outside_hours": self.tr("outside business hours"),
            "paused": self.tr("paused"),
        }
        return texts.get(kind, kind)

    def __init__(self, figures: ConversationFigures, explanation: Explanation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        record = figures.record
        self.setWindowTitle(self.tr("How conversation #%1 was measured").replace("%1", str(record.id)))
        self.resize(760, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.render_html(figures, explanation))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def render_html(self, figures: ConversationFigures, explanation: Explanation) -> str:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(explanation.timezone)
        record = figures.record

        def local(moment: datetime) -> str:
            return long_time(moment.astimezone(zone))

        intro = self.tr(
            "Times in %1. Business time counts only the green intervals; calendar time counts green and grey; "
            "amber intervals are paused and count on neither clock."
        ).replace("%1", html.escape(explanation.timezone))
        parts = [
            f"<h3>#{record.id} {html.escape(record.subject)}</h3>",
            f"<p>{html.escape(record.customer)} · {html.escape(labels.channel(record.channel))} · {intro}</p>",
        ]
        if not explanation.spans:
            parts.append("<p>" + self.tr("Nothing was measured yet for this conversation.") + "</p>")
        headings = (self.tr("from"), self.tr("to"), self.tr("length"), self.tr("counted as"), self.tr("why"))
        for item in explanation.spans:
            span = item.span
            title = (
                self.tr("%1: %2 business, %3 calendar")
                .replace("%1", html.escape(labels.text(item.label)))
                .replace("%2", duration_text(span.business))
                .replace("%3", duration_text(span.calendar))
            )
            period = self.tr("from %1 to %2").replace("%1", local(span.start)).replace("%2", local(span.end))
            parts.append(
                f"<h4>{title}</h4><p>{period}</p>"
                "<table cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse;'>"
                f"<tr><th align='left'>{headings[0]}</th><th align='left'>{headings[1]}</th>"
                f"<th align='right'>{headings[2]}</th><th align='left'>{headings[3]}</th>"
                f"<th align='left'>{headings[4]}</th></tr>"
            )
            for piece in item.pieces:
                parts.append(
                    f"<tr style='background: {self._COLOURS.get(piece.kind, '#ffffff')}; color: #1f2328'>"
                    f"<td>{local(piece.start)}</td><td>{local(piece.end)}</td>"
                    f"<td align='right'>{duration_text(piece.length)}</td>"
                    f"<td>{self.kind_text(piece.kind)}</td><td>{html.escape(labels.text(piece.reason))}</td></tr>"
                )
            parts.append("</table>")
        if explanation.handling:
            total = sum((end - start for start, end in explanation.handling), timedelta())
            parts.append("<h4>" + self.tr("Handling time: %1").replace("%1", duration_text(total)) + "</h4><ul>")
            for start, end in explanation.handling:
                stretch = (
                    self.tr("%1 – %2 (%3) in the composer")
                    .replace("%1", local(start))
                    .replace("%2", local(end))
                    .replace("%3", duration_text(end - start))
                )
                parts.append(f"<li>{stretch}</li>")
            parts.append("</ul>")
        if explanation.notes:
            parts.append("<h4>" + self.tr("Notes") + "</h4><ul>")
            parts += [f"<li>{html.escape(labels.text(note))}</li>" for note in explanation.notes]
            parts.append("</ul>")
        return "".join(parts)


class ReportsWindow(QMainWindow):
    """Reports over the cache; the numbers are computed in the background and the window redraws when done."""

    report_ready = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.store = store
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("AgentDesk — Reports"))
        self.resize(1400, 1020)
        self.report: Report | None = None
        self.data: ReportInput | None = None
        self._data_period: tuple[date, date] | None = None
        self._pending = False
        self._busy = False
        today = today or utcnow().date()

        self.first_edit = QDateEdit(_qdate(today - timedelta(days=89)))
        self.last_edit = QDateEdit(_qdate(today))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.channel_combo = QComboBox()
        self.tag_combo = QComboBox()
        self.assignee_combo = QComboBox()
        self._fill_choices()
        for combo in (self.channel_combo, self.tag_combo, self.assignee_combo):
            combo.currentIndexChanged.connect(self.refresh)
        export_csv = QPushButton(self.tr("Export table (CSV)…"))
        export_csv.clicked.connect(self._ask_export_csv)
        export_png = QPushButton(self.tr("Save charts (PNG)…"))
        export_png.clicked.connect(self._ask_export_charts)

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.first_edit),
            (self.tr("to"), self.last_edit),
            (self.tr("Channel"), self.channel_combo),
            (self.tr("Tag"), self.tag_combo),
            (self.tr("Assignee"), self.assignee_combo),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
            bar.addSpacing(6)
        bar.addStretch(1)
        bar.addWidget(export_csv)
        bar.addWidget(export_png)

        self.status_label = QLabel()
        self.status_label.setStyleSheet(f"color: {palette_colors().muted};")
        self.status_label.setWordWrap(True)

        self.cards = {
            key: _Card(title)
            for key, title in (
                ("volume", self.tr("Conversations")),
                ("first_response", self.tr("First response (median)")),
                ("next_response", self.tr("Next response (median)")),
                ("resolution", self.tr("Resolution (median)")),
                ("fcr", self.tr("First contact resolution")),
                ("handling", self.tr("Handling time (median)")),
                ("sla", self.tr("SLA attainment")),
                ("satisfaction", self.tr("Satisfaction")),
            )
        }
        card_row = QHBoxLayout()
        for card in self.cards.values():
            card_row.addWidget(card, 1)

        self.charts: dict[str, pg.PlotWidget] = {
            "volume": _plot(
                self.tr("Conversations begun per day, and backlog"), axisItems={"bottom": pg.DateAxisItem()}
            ),
            "response_times": _plot(self.tr("First response time")),
            "hour_of_week": _plot(self.tr("Customer messages by hour of the week")),
            "top_tags": _plot(self.tr("Top tags")),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, key in enumerate(self.charts):
            grid.addWidget(self.charts[key], i // 2, i % 2)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.status_label)
        top_layout.addLayout(card_row)
        top_layout.addLayout(grid, 1)

        self.model = ReportTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click a conversation to see how its figures were counted"))
        self.table.doubleClicked.connect(self._on_double_click)
        for column, width in ((0, 90), (1, 120), (2, 60), (3, 150), (4, 260), (5, 70), (6, 60), (7, 140)):
            self.table.setColumnWidth(column, width)
        for column in range(9, 15):
            self.table.setColumnWidth(column, 175)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 280])
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(splitter)
        self.setCentralWidget(container)
        self.refresh()

    # --- choosing -------------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        choices = report_choices(self.store)
        self.channel_combo.addItem(self.tr("All channels"), _ANY)
        for channel in choices.channels:
            self.channel_combo.addItem(channel.capitalize(), channel)
        self.tag_combo.addItem(self.tr("All tags"), _ANY)
        for tag in choices.tags:
            self.tag_combo.addItem(tag, tag)
        self.assignee_combo.addItem(self.tr("Everyone"), _ANY)
        self.assignee_combo.addItem(self.tr("Unassigned"), _UNASSIGNED)
        for person in choices.assignees:
            self.assignee_combo.addItem(person, person)

    def period(self) -> tuple[date, date]:
        return self.first_edit.date().toPython(), self.last_edit.date().toPython()  # type: ignore[return-value]

    def set_period(self, first: date, last: date) -> None:
        self.first_edit.blockSignals(True)
        self.first_edit.setDate(_qdate(first))
        self.first_edit.blockSignals(False)
        self.last_edit.setDate(_qdate(last))  # one refresh

    def report_filter(self) -> ReportFilter:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return None if value == _ANY or value is None else str(value)

        return ReportFilter(
            channel=chosen(self.channel_combo), tag=chosen(self.tag_combo), assignee=chosen(self.assignee_combo)
        )

    # --- computing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the report for the chosen period and filters in the background (one computation at a time)."""
        if self._busy:
            self._pending = True
            return
        first, last = self.period()
        if last < first:
            self.status_label.setText(self.tr("The period ends before it begins: choose a later end date."))
            return
        self._busy = True
        self.status_label.setText(self.tr("Computing…"))
        chosen = self.report_filter()
        preloaded = self.data if self._data_period == (first, last) else None
        store = self.store

        def work() -> tuple[Report, ReportInput, tuple[date, date]]:
            report, data = build_report(store, first, last, report_filter=chosen, preloaded=preloaded)
            return report, data, (first, last)

        run_in_background(work, self._on_report, self._on_error)

    def _on_report(self, result: tuple[Report, ReportInput, tuple[date, date]]) -> None:
        self._busy = False
        self.report, self.data, self._data_period = result
        if self._pending:
            self._pending = False
            self.refresh()
            return
        self._show(self.report)
        self.report_ready.emit()

    def _on_error(self, exc: BaseException) -> None:
        self._busy = False
        self._pending = False
        if isinstance(exc, UserError):
            text = labels.error_text(exc, " ")
        else:
            log.error("computing the report failed", exc_info=exc)
            text = self.tr("The report could not be computed (the details are in the log).")
        self.status_label.setText(text)
        self.failed.emit(text)

    # --- showing --------------------------------------------------------------------------------------------

    def _show(self, report: Report) -> None:
        self.model.set_report(report)
        clock = "business" if report.first_response.business is not None else "calendar"
        calendar_text = (
            self.tr("business hours of “%1”").replace("%1", report.calendar_name or "")
            if report.calendar_name
            else self.tr("no business calendar: calendar time only")
        )
        self.status_label.setText(
            self.tr(
                "%1 conversations began in the period, as they stood at its end; %2. "
                "Double-click a row to see how it was counted."
            )
            .replace("%1", formatting.number(len(report.conversations)))
            .replace("%2", calendar_text)
        )
        self._show_cards(report)
        self._draw_volume(report)
        self._draw_response_times(report, clock)
        self._draw_heatmap(report)
        self._draw_tags(report)

    def _show_cards(self, report: Report) -> None:
        backlog = list(report.backlog_per_day.values())
        self.cards["volume"].show_values(
            formatting.number(len(report.conversations)),
            self.tr("backlog %1 at the end").replace("%1", formatting.number(backlog[-1] if backlog else 0)),
        )
        for key in ("first_response", "next_response", "resolution"):
            figure = getattr(report, key)
            business = figure.business
            value = duration_text(business.median if business is not None else figure.calendar.median)
            detail = (
                self.tr("business · %1 calendar").replace("%1", duration_text(figure.calendar.median))
                if business is not None
                else self.tr("calendar time")
            )
            self.cards[key].show_values(
                value,
                detail,
                self.tr("Business time: median %1, 90th percentile %2\nCalendar time: median %3, 90th percentile %4")
                .replace("%1", duration_text(business.median if business else None))
                .replace("%2", duration_text(business.p90 if business else None))
                .replace("%3", duration_text(figure.calendar.median))
                .replace("%4", duration_text(figure.calendar.p90)),
            )
        self.cards["fcr"].show_values(
            _percent(report.fcr_rate),
            self.tr("%1 of %2 resolved with one reply")
            .replace("%1", formatting.number(report.fcr_one_reply))
            .replace("%2", formatting.number(report.fcr_replied)),
        )
        handled = report.handling
        self.cards["handling"].show_values(
            duration_text(handled.median),
            self.tr("%1 conversations measured").replace("%1", formatting.number(handled.count))
            if handled.count
            else self.tr("measured from the composer"),
        )
        met = sum(f.met for f in report.sla)
        missed = sum(f.missed for f in report.sla)
        if report.sla_note or not met + missed:
            self.cards["sla"].show_values("—", labels.text(report.sla_note or "") or self.tr("nothing measured yet"))
        else:
            self.cards["sla"].show_values(
                _percent(met / (met + missed)), self.tr("%1 targets missed").replace("%1", formatting.number(missed))
            )
        score = report.satisfaction_score
        rated = report.satisfaction.get("good", 0) + report.satisfaction.get("bad", 0)
        self.cards["satisfaction"].show_values(
            _percent(score),
            self.tr("%1 ratings").replace("%1", formatting.number(rated)) if rated else self.tr("no ratings"),
        )

    def _draw_volume(self, report: Report) -> None:
        plot = self.charts["volume"]
        plot.clear()
        days = list(report.volume_per_day)
        zone = report.period.zone
        weekly = len(days) > 120
        buckets: dict[date, int] = {}
        for day, count in report.volume_per_day.items():
            key = day - timedelta(days=day.weekday()) if weekly else day
            buckets[key] = buckets.get(key, 0) + count

        def stamp(day: date, hour: int = 12) -> float:
            return datetime.combine(day, time(hour), zone).timestamp()

        width = 86400 * (7 if weekly else 1) * 0.8
        xs = [stamp(d) + (3 * 86400 if weekly else 0) for d in buckets]
        plot.addItem(
            pg.BarGraphItem(
                x=xs, height=list(buckets.values()), width=width, brush=pg.mkBrush(*_BAR), pen=pg.mkPen(None)
            )
        )
        plot.setLabel("left", self.tr("per week") if weekly else self.tr("per day"))
        # The backlog on its own scale (right axis), as a line.
        backlog_view = getattr(plot, "_backlog_view", None)
        if backlog_view is None:
            backlog_view = pg.ViewBox()
            backlog_view.setMouseEnabled(x=False, y=False)
            item = plot.getPlotItem()
            item.showAxis("right")
            item.scene().addItem(backlog_view)
            item.getAxis("right").linkToView(backlog_view)
            item.getAxis("right").setLabel(self.tr("backlog"), color="#b45309")
            backlog_view.setXLink(item)
            item.vb.sigResized.connect(lambda: backlog_view.setGeometry(item.vb.sceneBoundingRect()))
            plot._backlog_view = backlog_view
        backlog_view.clear()
        if days:
            line = pg.PlotCurveItem(
                [stamp(d, 23) for d in report.backlog_per_day],
                list(report.backlog_per_day.values()),
                pen=pg.mkPen(*_ACCENT, width=2),
            )
            backlog_view.addItem(line)
            backlog_view.setYRange(0, max(1, *report.backlog_per_day.values()) * 1.1)
            backlog_view.setGeometry(plot.getPlotItem().vb.sceneBoundingRect())
            plot.setXRange(stamp(days[0], 0), stamp(days[-1], 23) + 3600, padding=0.01)
            plot.setYRange(0, max(1, *buckets.values()) * 1.15, padding=0)

    def _draw_response_times(self, report: Report, clock: str) -> None:
        plot = self.charts["response_times"]
        plot.clear()
        counts = [0] * len(_BUCKETS)
        for figures in report.conversations:
            first = figures.first_response
            if first is None:
                continue
            value = first.business if clock == "business" and first.business is not None else first.calendar
            hours = value.total_seconds() / 3600
            counts[next(i for i, limit in enumerate(_BUCKETS) if hours < limit)] += 1
        plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(counts))), height=counts, width=0.75, brush=pg.mkBrush(*_BAR), pen=pg.mkPen(None)
            )
        )
        plot.getAxis("bottom").setTicks([list(enumerate(bucket_labels()))])
        plot.setLabel(
            "bottom",
            self.tr("Business time to the first reply")
            if clock == "business"
            else self.tr("Calendar time to the first reply"),
        )
        plot.setLabel("left", self.tr("conversations"))
        plot.setXRange(-0.6, len(_BUCKETS) - 0.4, padding=0)
        plot.setYRange(0, max(1, *counts) * 1.15, padding=0)

    def _draw_heatmap(self, report: Report) -> None:
        plot = self.charts["hour_of_week"]
        plot.clear()
        grid = np.array(report.hour_of_week, dtype=float).T  # [hour][weekday]: x = hour, y = weekday
        image = pg.ImageItem(grid)
        peak = float(grid.max()) if grid.size else 0.0
        image.setLookupTable(pg.ColorMap([0.0, 1.0], [(244, 246, 250), (31, 78, 160)]).getLookupTable(0.0, 1.0, 256))
        image.setLevels((0.0, max(peak, 1.0)))
        plot.addItem(image)
        plot.getPlotItem().invertY(True)
        plot.getAxis("left").setTicks(
            [[(i + 0.5, QLocale().dayName(i + 1, QLocale.FormatType.ShortFormat)) for i in range(7)]]
        )
        plot.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 2)]])
        plot.setLabel("bottom", self.tr("hour (%1)").replace("%1", str(report.period.zone.key)))
        plot.setXRange(0, 24, padding=0)
        plot.setYRange(0, 7, padding=0)
        image.setToolTip(
            self.tr("Darker: more customer messages (busiest hour: %1)").replace("%1", formatting.number(int(peak)))
        )

    def _draw_tags(self, report: Report) -> None:
        plot = self.charts["top_tags"]
        plot.clear()
        tags = report.top_tags
        if not tags:
            plot.getAxis("left").setTicks([[]])
            return
        positions = list(range(len(tags)))
        plot.addItem(
            pg.BarGraphItem(
                x0=0,
                y=positions,
                height=0.7,
                width=[count for _tag, count in tags],
                brush=pg.mkBrush(*_BAR),
                pen=pg.mkPen(None),
            )
        )
        plot.getPlotItem().invertY(True)
        plot.getAxis("left").setTicks([[(i, tag) for i, (tag, _count) in enumerate(tags)]])
        plot.setLabel("bottom", self.tr("conversations"))
        plot.setYRange(-0.6, len(tags) - 0.4, padding=0)
        plot.setXRange(0, max(count for _tag, count in tags) * 1.1, padding=0)

    # --- explaining and exporting ---------------------------------------------------------------------------

    def explanation_for(self, conversation_id: int) -> ExplanationDialog | None:
        if self.report is None or self.data is None:
            return None
        for figures in self.report.conversations:
            if figures.record.id == conversation_id:
                return ExplanationDialog(figures, explain(figures, self.data.calendar), self)
        return None

    def _on_double_click(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if not source.isValid():
            return
        dialog = self.explanation_for(self.model.ids[source.row()])
        if dialog is not None:
            dialog.exec()

    def export_csv(self, path: Path) -> None:
        if self.report is None:
            raise UserError(
                self.tr("There is no report to export yet."), self.tr("Wait until the figures are shown, then export.")
            )
        write_csv(self.report, path)

    def export_charts(self, folder: Path) -> list[Path]:
        """Each chart as a PNG in `folder` (volume.png, response_times.png, hour_of_week.png, top_tags.png)."""
        written = []
        for key, widget in self.charts.items():
            path = folder / CHART_FILES[key]
            if not widget.grab().save(str(path), "PNG"):
                raise UserError(
                    self.tr("The chart could not be saved as %1.").replace("%1", str(path)),
                    self.tr("Choose a folder you can write to, with free space."),
                )
            written.append(path)
        return written

    def _ask_export_csv(self) -> None:
        first, last = self.period()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export table"), f"agentdesk-report-{first}-{last}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self._run_export(lambda: self.export_csv(Path(path)))

    def _ask_export_charts(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save charts into folder"))
        if folder:
            self._run_export(lambda: self.export_charts(Path(folder)))

    def _run_export(self, work: Any) -> None:
        try:
            work()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reports"), labels.error_text(exc, "\n\n").strip())
