"""Business calendar settings: time zone, weekly hours (split shifts), public holidays of a country and region,
with a week view of the open hours and the year's holidays (estimated dates marked) before saving."""

from __future__ import annotations

import zoneinfo
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from agentdesk.domain.business_hours import WEEKDAYS, BusinessCalendar, holiday_countries, holiday_regions
from agentdesk.errors import UserError
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar as CalendarRow
from agentdesk.ui import labels
from agentdesk.ui.formatting import day_text
from agentdesk.ui.language import current_language
from agentdesk.ui.theme import palette_colors

OPEN = QColor("#b7e4c7")


def _shifts_text(shifts: list[tuple[str, str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in shifts)


def _parse_shifts(text: str) -> list[tuple[str, str]]:
    shifts = []
    for raw in text.replace(";", ",").split(","):
        part = raw.strip().replace("–", "-")
        if not part:
            continue
        start, sep, end = part.partition("-")
        if not sep:
            raise UserError(
                QCoreApplication.translate("CalendarDialog", "“%1” is not a time range.").replace("%1", part),
                QCoreApplication.translate("CalendarDialog", "Write hours like 09:00-12:30, 13:30-17:00."),
            )
        shifts.append((start.strip(), end.strip()))
    return shifts


class CalendarDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Business hours and holidays"))
        self.resize(1000, 680)
        self.store = store
        with store.read() as session:
            row = session.execute(
                select(CalendarRow).order_by(CalendarRow.is_default.desc(), CalendarRow.id).limit(1)
            ).scalar()
            self.row_id = row.id if row else None
            name = row.name if row else self.tr("Office")
            zone = row.timezone if row else "Europe/Berlin"
            weekly = dict(row.weekly_hours) if row else {d: [["09:00", "17:00"]] for d in WEEKDAYS[:5]}
            country = row.country if row else None
            region = row.region if row else None
            self.closed_days = list(row.closed_days) if row else []

        self.name = QLineEdit(name)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText(zone)
        self.country = QComboBox()
        self.country.addItem(self.tr("(no public holidays)"), None)
        for code in sorted(holiday_countries()):
            self.country.addItem(code, code)
        self.country.setCurrentIndex(max(0, self.country.findData(country)))
        self.region = QComboBox()
        self._fill_regions(region)
        self.day_edits: dict[str, QLineEdit] = {}
        hours_form = QFormLayout()
        for number, key in enumerate(WEEKDAYS, start=1):  # Monday is 1 for QLocale
            edit = QLineEdit(_shifts_text([(str(s[0]), str(s[1])) for s in weekly.get(key, [])]))
            edit.setPlaceholderText(self.tr("closed"))
            edit.setObjectName(f"hours:{key}")
            edit.textChanged.connect(self.update_views)
            self.day_edits[key] = edit
            hours_form.addRow(QLocale().dayName(number), edit)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Public holidays of"), self.country)
        form.addRow(self.tr("Region"), self.region)

        self.week = QTableWidget(24, 7)
        self.week.setObjectName("weekView")
        self.week.setHorizontalHeaderLabels([QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)])
        self.week.setVerticalHeaderLabels([f"{h:02d}:00" for h in range(24)])
        self.week.horizontalHeader().setMinimumSectionSize(24)
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.week.verticalHeader().setDefaultSectionSize(16)
        self.week.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.week.setSelectionMode(QTableWidget.SelectionMode.NoSelection)

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.holidays = QTableWidget(0, 3)
        self.holidays.setObjectName("holidayList")
        self.holidays.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Holiday"), self.tr("Note")])
        self.holidays.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.holidays.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holidays.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.holidays.verticalHeader().setVisible(False)
        self.holidays.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problem = QLabel()
        self.problem.setObjectName("calendarProblem")
        self.problem.setStyleSheet(f"color: {palette_colors().error}")
        self.problem.setWordWrap(True)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Opening hours (split shifts with commas)")))
        left.addLayout(hours_form)
        left.addWidget(self.problem)
        left.addStretch(1)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Week")))
        middle.addWidget(self.week)
        right = QVBoxLayout()
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Holidays in")))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        right.addLayout(year_row)
        right.addWidget(self.holidays)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(middle, 3)
        columns.addLayout(right, 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.country.currentIndexChanged.connect(self._country_changed)
        self.region.currentIndexChanged.connect(lambda _i: self.update_views())
        self.zone.currentTextChanged.connect(lambda _t: self.update_views())
        self.year.valueChanged.connect(lambda _v: self.update_views())
        self.update_views()

    def _country_changed(self, _index: int) -> None:
        self._fill_regions(None)
        self.update_views()

    def _fill_regions(self, selected: str | None) -> None:
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("(whole country)"), None)
        country = self.country.currentData()
        if country:
            for code, label in sorted(holiday_regions(str(country)).items()):
                self.region.addItem(f"{label} ({code})" if label != code else code, code)
        self.region.setCurrentIndex(max(0, self.region.findData(selected)))
        self.region.blockSignals(False)

    def calendar(self) -> BusinessCalendar:
        weekly = {key: _parse_shifts(edit.text()) for key, edit in self.day_edits.items()}
        return BusinessCalendar.from_settings(
            self.zone.currentText().strip(),
            weekly,
            self.country.currentData(),
            self.region.currentData(),
            self.closed_days,
        )

    def update_views(self) -> None:
        try:
            calendar = self.calendar()
        except UserError as exc:
            self.problem.setText(labels.error_text(exc, " ").strip())
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        for column, shifts in enumerate(calendar.weekly):
            for hour in range(24):
                start, end = hour * 60, hour * 60 + 60
                open_minutes = sum(max(0, min(end, s.end) - max(start, s.start)) for s in shifts)
                item = QTableWidgetItem("")
                if open_minutes:
                    shade = QColor(OPEN)
                    shade.setAlphaF(0.35 + 0.65 * open_minutes / 60)
                    item.setBackground(QBrush(shade))
                    item.setToolTip(", ".join(str(s) for s in shifts))
                self.week.setItem(hour, column, item)
        days = calendar.holidays_in(self.year.value(), language=current_language())
        self.holidays.setRowCount(len(days))
        for row, holiday in enumerate(days):
            note = self.tr("estimated date") if holiday.estimated else ""
            if holiday.hours:
                note = ", ".join(str(s) for s in holiday.hours)
            for column, value in enumerate((day_text(holiday.day), labels.text(holiday.name), note)):
                item = QTableWidgetItem(value)
                if holiday.estimated:
                    item.setForeground(QBrush(QColor(palette_colors().warn)))
                self.holidays.setItem(row, column, item)

    def save(self) -> None:
        try:
            calendar = self.calendar()
        except UserError as exc:
            self.problem.setText(labels.error_text(exc, " ").strip())
            return
        weekly = {key: [list(s) for s in shifts] for key, shifts in calendar.weekly_hours.items() if shifts}
        with self.store.write() as (session, _changes):
            row = session.get(CalendarRow, self.row_id) if self.row_id is not None else None
            if row is None:
                row = CalendarRow(name=self.name.text().strip() or "Office", timezone=calendar.timezone)
                session.add(row)
            for other in session.execute(select(CalendarRow)).scalars():
                other.is_default = False
            row.name = self.name.text().strip() or "Office"
            row.timezone = calendar.timezone
            row.weekly_hours = weekly
            row.country = self.country.currentData()
            row.region = self.region.currentData()
            row.closed_days = list(self.closed_days)
            row.is_default = True
        self.accept()

    def open_hours_item(self, hour: int, weekday: int) -> bool:
        item = self.week.item(hour, weekday)
        return item is not None and item.background().style() != Qt.BrushStyle.NoBrush
