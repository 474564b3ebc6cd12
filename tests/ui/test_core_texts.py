"""Texts the core writes (outbox reasons, report explanations, holiday names) in the window's language, translated
when shown: a reason stored while the window spoke English reads in German after a switch, and back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from agentdesk import i18n
from agentdesk.demo.held_outbox import build_held_outbox
from agentdesk.demo.workspace import build_demo_workspace
from agentdesk.domain.business_hours import BusinessCalendar
from agentdesk.domain.metrics import split_by_hours
from agentdesk.store.database import Store
from agentdesk.store.models import OutboxOperation
from agentdesk.ui import labels, language
from agentdesk.ui.calendar_dialog import CalendarDialog
from agentdesk.ui.outbox_panel import OperationCard, OutboxPanel
from agentdesk.ui.reports_window import ReportsWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    language.apply_language(qapp, "en", rebuild=False)
    yield qapp
    language.apply_language(qapp, "en", rebuild=False)


def _reason(panel: OutboxPanel, op_id: int) -> str:
    card = panel.card(op_id)
    assert isinstance(card, OperationCard)
    label = card.findChild(QLabel, "reason")
    assert label is not None
    return label.text()


def test_outbox_reasons_are_said_in_the_language_of_the_moment(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    held = build_held_outbox(store)  # written while the window speaks English
    panel = OutboxPanel(store)
    qtbot.addWidget(panel)
    assert "the customer wrote 1 new message(s)" in _reason(panel, held.reply_conflict)

    language.apply_language(english, "de", rebuild=False)
    panel.reload()
    conflict = _reason(panel, held.reply_conflict)
    assert conflict.startswith("Vor dem Senden angehalten") and "1 neue Nachricht(en)" in conflict
    assert "Ticket 4711 wurde in Zendesk geändert" in _reason(panel, held.status_conflict)
    assert "(Statusänderung)" in _reason(panel, held.status_conflict)  # the nested text is translated too
    assert "Ordner „Gesendet“" in _reason(panel, held.maybe_sent)
    refused = _reason(panel, held.refused)
    assert "hat alle Empfänger dieser Nachricht abgelehnt: sam@exmaple.com" in refused
    assert refused.endswith("unter „Zu prüfen“.")
    assert "Zendesk auf shop.zendesk.com für „Zendesk“ war nicht erreichbar" in panel.summary.text()

    language.apply_language(english, "hi", rebuild=False)
    panel.reload()
    assert "भेजने से पहले रोका गया" in _reason(panel, held.reply_conflict)

    language.apply_language(english, "en", rebuild=False)
    panel.reload()
    assert _reason(panel, held.reply_conflict).startswith("Held before sending")


def test_a_reason_stored_before_reasons_were_translatable_still_shows(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    held = build_held_outbox(store)
    with store.write() as (session, _changes):
        row = session.get(OutboxOperation, held.refused)
        assert row is not None
        payload = {k: v for k, v in row.payload.items() if k != "reason"}  # as an older AgentDesk wrote it
        session.execute(
            update(OutboxOperation)
            .where(OutboxOperation.id == held.refused)
            .values(payload=payload, last_error="The server said no (an old row).")
        )
    language.apply_language(english, "de", rebuild=False)
    panel = OutboxPanel(store)
    qtbot.addWidget(panel)
    assert _reason(panel, held.refused) == "The server said no (an old row)."
    assert _reason(panel, held.reply_conflict).startswith("Vor dem Senden angehalten")


def test_stored_texts_survive_json_and_damage() -> None:
    text = i18n.join(
        " ",
        [
            i18n.QT_TRANSLATE_NOOP("Outbox", "Held: ticket {ticket} changed in {system} after this {what} was made "
                                   "({reason}). Look at the ticket first; retry to apply it anyway, or discard it.")
            .fill(ticket="7", system="RT", what=i18n.QT_TRANSLATE_NOOP("Outbox", "note"), reason="x"),
            "plain words",
        ],
    )  # fmt: skip
    again = i18n.Text.from_json(text.to_json())
    assert again == text and isinstance(again, i18n.Text)
    assert i18n.Text.from_json({"context": 3}) is None and i18n.Text.from_json("nonsense") is None
    assert i18n.stored({"source": None}, "fallback") == "fallback"
    assert i18n.stored(None, None) == ""


def test_report_explanations_in_german(store: Store, qtbot: QtBot, english: QApplication) -> None:
    build_demo_workspace(store)
    language.apply_language(english, "de", rebuild=False)
    window = ReportsWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None and not window._busy, timeout=60_000)
    report = window.report
    assert report is not None
    figures = next(f for f in report.conversations if f.first_response is not None)
    dialog = window.explanation_for(figures.record.id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Erste Antwort" in text and "First response" not in text
    assert "Öffnungszeit" in text or "außerhalb der Öffnungszeiten" in text


def test_explanation_pieces_are_translated_part_by_part(monkeypatch: pytest.MonkeyPatch) -> None:
    calendar = BusinessCalendar.create("Europe/Berlin", {d: [("09:00", "17:00")] for d in ("mon", "tue", "wed")})
    pieces = split_by_hours(calendar, datetime(2026, 1, 2, 16, tzinfo=UTC), datetime(2026, 1, 5, 10, tzinfo=UTC))
    gap = next(p for p in pieces if p.kind == "outside_hours")
    assert gap.reason == "closed day, weekend, outside opening hours"  # English, as a plain string
    words = {"outside opening hours": "A", "closed day": "B", "weekend": "C"}
    monkeypatch.setattr(i18n, "_translate", lambda context, source, n: words[source])
    assert labels.text(gap.reason) == "B, C, A"
    assert labels.text("not a core text") == "not a core text"


def test_holiday_names_follow_the_language_where_the_package_has_them(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    language.apply_language(english, "de", rebuild=False)
    dialog = CalendarDialog(store)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Europe/Berlin")
    dialog.year.setValue(2026)
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    names = [dialog.holidays.item(r, 1).text() for r in range(dialog.holidays.rowCount())]
    assert {"Neujahr", "Karfreitag", "Tag der Deutschen Einheit"} <= set(names)

    language.apply_language(english, "hi", rebuild=False)
    dialog.country.setCurrentIndex(dialog.country.findData("IN"))
    names = [dialog.holidays.item(r, 1).text() for r in range(dialog.holidays.rowCount())]
    assert "गणतंत्र दिवस" in names  # Republic Day: the package speaks Hindi for India
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    names = [dialog.holidays.item(r, 1).text() for r in range(dialog.holidays.rowCount())]
    assert "New Year's Day" in names  # no Hindi names for Germany: English, not German


def test_sync_errors_cross_the_sync_process_pipe_and_read_in_the_window_language(
    qtbot: QtBot, english: QApplication
) -> None:
    """The sync process sends its events as JSON lines; a translatable error must arrive translatable, so the status
    bar and the activity panel say it in German, not in the English it was raised in."""
    import json

    from agentdesk.sync.errors import SyncError
    from agentdesk.sync.scheduler import SyncEvent
    from agentdesk.ui.sync_status import SyncStatusLabel

    exc = SyncError(
        "Support",
        i18n.QT_TRANSLATE_NOOP("SyncError", "A secure connection to {host} for '{account}' failed ({detail}).").fill(
            host="imap.example.com", account="Support", detail="handshake"
        ),
        i18n.QT_TRANSLATE_NOOP(
            "SyncError", "Check the port and security setting (SSL or STARTTLS) in the account settings."
        ),
    )
    sent = SyncEvent("finished", data={"accounts": [{"name": "Support", "errors": [exc.as_text]}], "outbox": {}})
    received = SyncEvent.from_json(json.loads(json.dumps(sent.as_json())))
    error = received.data["accounts"][0]["errors"][0]
    assert isinstance(error, i18n.Text) and error == str(exc)  # English as a string, translatable as a Text

    language.apply_language(english, "de", rebuild=False)
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.on_event(received)
    assert "Eine sichere Verbindung zu imap.example.com für „Support“ ist fehlgeschlagen" in label.text()
    assert "handshake" in label.text()

    damaged = SyncEvent.from_json({"kind": "error", "data": {"message": {"__text__": {"nonsense": 1}}}})
    assert damaged.data["message"] == ""  # a damaged text reads as nothing, never as a crash
