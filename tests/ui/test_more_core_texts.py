"""The core's validation and report texts in the window's language: business-calendar errors in the calendar and
SLA dialogs, template errors in the canned editor and picker, search syntax errors under the search field, the
reports window's chart buckets and numbers, holiday names in report explanations, reminder outcomes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from agentdesk import formats, i18n
from agentdesk.actions.follow_ups import set_reminder
from agentdesk.domain.business_hours import BusinessCalendar, CalendarError
from agentdesk.domain.clock import utcnow
from agentdesk.domain.metrics import split_by_hours
from agentdesk.domain.templates import TemplateContext, render
from agentdesk.resources import resource_path
from agentdesk.store.canned import parse_json, save_entries
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar as CalendarRow
from agentdesk.store.models import Direction, Message, Reminder, Setting
from agentdesk.store.reminders import all_reminders
from agentdesk.store.sla_status import SLA_POLICIES_SETTING
from agentdesk.ui import labels, language
from agentdesk.ui.calendar_dialog import CalendarDialog
from agentdesk.ui.canned_editor import CannedEditor
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.reports_window import bucket_labels
from agentdesk.ui.sla_dialog import SlaDialog
from tests.factories import make_account, make_conversation, make_customer


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    language.apply_language(qapp, "en", rebuild=False)
    yield qapp
    language.apply_language(qapp, "en", rebuild=False)


def test_calendar_errors_in_the_calendar_dialog_in_german(store: Store, qtbot: QtBot, english: QApplication) -> None:
    language.apply_language(english, "de", rebuild=False)
    dialog = CalendarDialog(store)
    qtbot.addWidget(dialog)
    dialog.day_edits["mon"].setText("22:00-06:00")
    problem = dialog.problem.text()
    assert problem.startswith("Öffnungszeiten am Montag: Die Schicht 22:00–06:00 geht über Mitternacht")
    assert "Teilen Sie sie in 22:00–24:00 an diesem Tag und 00:00–06:00 am nächsten." in problem
    assert "crosses midnight" not in problem

    dialog.day_edits["mon"].setText("09:00-12:00, 11:00-14:00")
    assert "Die Schichten 09:00–12:00 und 11:00–14:00 überschneiden sich." in dialog.problem.text()
    dialog.day_edits["mon"].setText("9 bis 5")
    assert dialog.problem.text().startswith("„9 bis 5“ ist kein Zeitraum.")
    dialog.day_edits["mon"].setText("09:00-17:00")
    dialog.zone.setCurrentText("Mars/Olympus")
    assert "'Mars/Olympus' ist keine bekannte Zeitzone." in dialog.problem.text()

    language.apply_language(english, "hi", rebuild=False)
    dialog.zone.setCurrentText("Mars/Olympus_Mons")
    assert "कोई ज्ञात टाइम ज़ोन नहीं है" in dialog.problem.text()


def test_the_sla_dialog_says_why_the_saved_calendar_cannot_be_used(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    with store.write() as (session, _changes):
        session.add(
            CalendarRow(
                name="Office", timezone="Europe/Berlin", weekly_hours={"mon": [["17:00", "09:00"]]}, is_default=True
            )
        )
        session.add(Setting(key=SLA_POLICIES_SETTING, value={"normal": {"first_response": {"minutes": 60}}}))
    language.apply_language(english, "de", rebuild=False)
    dialog = SlaDialog(store)
    qtbot.addWidget(dialog)
    text = dialog.problem.text()
    assert text.startswith("Ziele in Geschäftszeiten brauchen einen Geschäftskalender, und der gespeicherte")
    assert "Öffnungszeiten am Montag: Die Schicht 17:00–09:00 geht über Mitternacht" in text


def test_template_errors_in_the_canned_editor_in_german(store: Store, qtbot: QtBot, english: QApplication) -> None:
    entries = parse_json(resource_path("canned", "starter.json").read_text(encoding="utf-8"))
    with store.write() as (session, _changes):
        save_entries(session, entries)
    make_conversation(store, make_account(store), make_customer(store, "Jürgen Maier", "jm@example.de", "de"), "x")
    language.apply_language(english, "de", rebuild=False)
    editor = CannedEditor(store)
    qtbot.addWidget(editor)
    editor.list.setCurrentRow(0)
    tab = editor._tabs()[0]
    tab.body.setPlainText("Hallo {{ customer.nickname }}\n{% for x in y %}{% endfor %}")
    editor.update_preview()
    shown = editor.problems.text()
    assert ", Text: Zeile 1: „customer.nickname“ ist keine Variable, die Vorlagen kennen (bekannt: " in shown
    assert "Zeile 2: for loops ist in Antwortvorlagen nicht erlaubt" in shown
    assert "Line" not in shown
    assert editor.save() is False
    saved = editor.problems.text()
    assert "(" in saved and ", Text): Zeile 1: „customer.nickname“ ist keine Variable" in saved
    assert saved.endswith("Korrigieren Sie die Vorlage; die Variablen stehen in der Hilfe des Editors.")


def test_what_blocks_a_canned_reply_in_hindi(english: QApplication) -> None:
    result = render("Hi {{ customer.first_name }}, {{ ask('Order') }}", TemplateContext(language="en"))
    assert not result.ok and result.explanation().startswith("No value for customer.first_name")
    language.apply_language(english, "hi", rebuild=False)
    said = labels.text(result.explanation())
    assert said.startswith("customer.first_name का कोई मान नहीं है") and "भरें: Order।" in said


def test_search_syntax_errors_under_the_search_field_in_german(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    make_conversation(store, make_account(store), make_customer(store, "Ana", "ana@example.es", "es"), "Pedido")
    language.apply_language(english, "de", rebuild=False)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.search.problem_label.isHidden()
    assert window.run_search_query("refund (tent") is False
    label = window.search.problem_label
    assert label.isVisible()
    assert label.text() == ('Fehler in der Suchanfrage an Position 8: die hier geöffnete "(" wird nie geschlossen.')
    assert label.geometry().top() >= window.search.geometry().bottom()  # right under the field
    assert 'setzen Sie Text in "doppelte Anführungszeichen"' in window.search.toolTip()
    assert window.run_search_query("status:later") is False
    assert '"status:later" ist unbekannt; verwenden Sie eines von open, pending, snoozed, closed' in label.text()
    assert window.run_search_query("pedido") is True
    assert label.isHidden() and window.search.toolTip() == ""


def test_response_time_buckets_and_numbers_follow_the_language(english: QApplication) -> None:
    assert bucket_labels() == ["< 1 h", "1–2 h", "2–4 h", "4–8 h", "8–16 h", "16–24 h", "1–2 d", "> 2 d"]
    language.apply_language(english, "de", rebuild=False)
    assert bucket_labels()[-2:] == ["1–2 T", "> 2 T"] and bucket_labels()[1] == "1–2 Std."
    assert formats.percent(0.456) == "46\u00a0%" and formats.number(12345) == "12.345"
    assert formats.duration(61) == "1 Std. 01 Min." and formats.duration(60 * 26) == "1 T 2 Std."
    language.apply_language(english, "hi", rebuild=False)
    assert bucket_labels()[-1] == "> 2 दिन"
    assert formats.duration(3) == "3 मि."


def test_holiday_names_in_report_explanations_follow_the_language(english: QApplication) -> None:
    calendar = BusinessCalendar.create("Europe/Berlin", {"mon": [("09:00", "17:00")]}, country="DE")
    pieces = split_by_hours(calendar, datetime(2025, 12, 31, 16, tzinfo=UTC), datetime(2026, 1, 5, 10, tzinfo=UTC))
    gap = next(p for p in pieces if p.kind == "outside_hours")
    assert "holiday: New Year's Day" in gap.reason  # English as a string (logs, --json)
    language.apply_language(english, "de", rebuild=False)
    assert "Feiertag: Neujahr" in labels.text(gap.reason)
    language.apply_language(english, "hi", rebuild=False)
    assert "छुट्टी: New Year's Day" in labels.text(gap.reason)  # the package has no Hindi names for Germany


def test_reminder_outcomes_are_said_when_shown_and_old_rows_stay_readable(store: Store, english: QApplication) -> None:
    account = make_account(store)
    conversation = make_conversation(store, account, make_customer(store, "Ana", "ana@example.es", "es"), "Pedido")
    cancelled, _ = set_reminder(store, conversation, utcnow() + timedelta(days=2), kind="no_reply")
    other, _ = set_reminder(store, conversation, utcnow() + timedelta(days=3))
    third, _ = set_reminder(store, conversation, utcnow() + timedelta(days=4))
    with store.write() as (session, _changes):
        session.add(
            Message(
                conversation_id=conversation,
                account_id=account,
                direction=Direction.IN,
                sent_at=utcnow() + timedelta(seconds=2),
                text="gracias",
            )
        )
        stored = i18n.QT_TRANSLATE_NOOP("Reminder", "the customer replied").to_json()
        session.execute(update(Reminder).where(Reminder.id == other).values(outcome="closed by hand (an old row)"))
        session.execute(update(Reminder).where(Reminder.id == third).values(outcome=json.dumps(stored)))
    with store.read() as session:
        assert session.execute(select(Reminder.outcome).where(Reminder.id == cancelled)).scalar() == (
            "the customer replied"  # what the database trigger writes, unchanged
        )
        views = {v.id: v for v in all_reminders(session)}
    language.apply_language(english, "de", rebuild=False)
    assert labels.text(views[cancelled].outcome_text) == "der Kunde hat geantwortet"
    assert labels.text(views[third].outcome_text) == "der Kunde hat geantwortet"
    assert labels.text(views[other].outcome_text) == "closed by hand (an old row)"
    assert views[cancelled].as_json()["outcome"] == "the customer replied"


def test_calendar_errors_are_english_strings_for_logs() -> None:
    with pytest.raises(CalendarError) as caught:
        BusinessCalendar.create("Europe/Berlin", {"tue": [("10:00", "09:00")]})
    assert str(caught.value.what) == "Opening hours on Tuesday: the shift 10:00–09:00 crosses midnight; shifts may not."
