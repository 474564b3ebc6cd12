"""Calendar settings: the week view follows the hours typed, the holiday list follows country and region."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar
from agentdesk.ui.calendar_dialog import CalendarDialog


def test_hours_holidays_and_save(store: Store, qtbot: QtBot) -> None:
    dialog = CalendarDialog(store)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Europe/Berlin")
    dialog.day_edits["mon"].setText("09:00-12:30, 13:30-17:00")
    assert dialog.open_hours_item(9, 0) and not dialog.open_hours_item(8, 0)
    dialog.day_edits["tue"].setText("")
    assert not dialog.open_hours_item(9, 1)  # Tuesday closed
    dialog.year.setValue(2026)
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    national = dialog.holidays.rowCount()
    dialog.region.setCurrentIndex(dialog.region.findData("BY"))
    names = [dialog.holidays.item(r, 1).text() for r in range(dialog.holidays.rowCount())]
    assert dialog.holidays.rowCount() > national and any("Heilige Drei Könige" in n or "Epiphany" in n for n in names)

    dialog.day_edits["tue"].setText("17:00-09:00")  # backwards: explained, Save disabled
    assert dialog.problem.text()
    dialog.day_edits["tue"].setText("10:00-14:00")
    assert dialog.problem.text() == ""
    dialog.save()
    with store.read() as session:
        row = session.execute(select(BusinessCalendar)).scalar_one()
    assert row.is_default and row.country == "DE" and row.region == "BY"
    assert row.weekly_hours["mon"] == [["09:00", "12:30"], ["13:30", "17:00"]]
    assert row.weekly_hours["tue"] == [["10:00", "14:00"]] and "sat" not in row.weekly_hours


def test_indonesia_estimated_holidays_are_marked(store: Store, qtbot: QtBot) -> None:
    dialog = CalendarDialog(store)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Asia/Jakarta")
    dialog.year.setValue(2027)
    dialog.country.setCurrentIndex(dialog.country.findData("ID"))
    notes = [dialog.holidays.item(r, 2).text() for r in range(dialog.holidays.rowCount())]
    assert dialog.holidays.rowCount() >= 10
    assert "estimated date" in notes
