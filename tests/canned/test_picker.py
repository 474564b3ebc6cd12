"""The picker in the composer: search as you type, preview for this customer, fill-in fields, insert, send."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.resources import resource_path
from agentdesk.store.canned import load_entries, parse_json, save_entries
from agentdesk.store.database import Store
from agentdesk.store.models import Direction, Message, Setting
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _library(store: Store) -> None:
    entries = parse_json(resource_path("canned", "starter.json").read_text(encoding="utf-8"))
    with store.write() as (session, _changes):
        save_entries(session, entries)
        session.add(Setting(key="me", value="Mia Berger"))


def _window(
    store: Store, qtbot: QtBot, name: str, address: str, language: str | None, subject: str = "Falsche Größe"
) -> MainWindow:
    _library(store)
    account = make_account(store)
    customer = make_customer(store, name, address, language)
    make_conversation(store, account, customer, subject, messages=1)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    return window


def test_pick_a_german_reply_fill_the_field_insert_and_send(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot, "Jürgen Maier", "jm@example.de", "de")
    composer = window.composer
    composer.editor.setFocus()
    qtbot.keyClick(composer.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    picker = composer.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "rucksendeetik")  # part of "Rücksendeetikett", typed without the umlaut
    picker.refresh_results()
    assert picker.current_entry() is not None and picker.current_entry().shortcut == "label"  # type: ignore[union-attr]
    assert picker.language.currentData() == "de"
    assert "Hallo Jürgen," in picker.preview.toPlainText()
    assert "[Order number]" in picker.preview.toPlainText()
    assert picker.problem.text() != ""  # asks for the order number first
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter with a field still empty: nothing inserted
    assert composer.editor.toPlainText() == ""
    order = picker.findChild(QLineEdit, "ask:Order number")
    assert order is not None
    qtbot.keyClicks(order, "KOS-2231")
    qtbot.keyClick(order, Qt.Key.Key_Return)
    assert not picker.isVisible()
    text = composer.editor.toPlainText()
    assert text.startswith("Hallo Jürgen,")
    assert "Bestellung KOS-2231" in text and "Rücksendeetikett" in text and "Mia Berger" in text
    assert "{{" not in text and "{%" not in text
    with store.read() as session:
        assert {e.shortcut: e.usage_count for e in load_entries(session)}["label"] == 1

    composer.send()
    with store.read() as session:
        sent = session.execute(select(Message).where(Message.direction == Direction.OUT)).scalars().all()
    assert len(sent) == 1 and "KOS-2231" in sent[0].text and sent[0].text.startswith("Hallo Jürgen,")


def test_double_colon_opens_the_picker_and_inserts_stack_at_the_cursor(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot, "Ana Souza", "ana@example.es", "es")
    composer = window.composer
    composer.editor.setFocus()
    qtbot.keyClicks(composer.editor, "Nota: ")
    assert composer.picker is None  # a colon after a word is just a colon
    qtbot.keyClicks(composer.editor, "::")
    picker = composer.picker
    assert picker is not None and picker.isVisible()
    assert composer.editor.toPlainText() == "Nota: "
    qtbot.keyClicks(picker.search, "thanks")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    first = composer.editor.toPlainText()
    assert first.startswith("Nota: Hola, Ana:") and "muchas gracias" in first
    composer.open_picker("kb-returns")
    second = composer.picker
    assert second is not None and second.link_button.isVisible()
    second.link_button.click()
    assert composer.editor.toPlainText() == first + "https://kestrel-outdoor.example/help/returns"


def test_language_switch_and_missing_value_block(store: Store, qtbot: QtBot) -> None:
    subject = "Where is my parcel? I ordered two weeks ago and nothing has arrived"
    window = _window(store, qtbot, "info@shop.example", "info@shop.example", None, subject)
    with store.write() as (session, _changes):
        save_entries(
            session,
            parse_json(
                json.dumps([{"title": "Strict", "shortcut": "strict", "variants": {"en": "Dear {{ customer.name }}"}}])
            ),
        )
    composer = window.composer
    composer.open_picker("strict")
    picker = composer.picker
    assert picker is not None
    assert picker.insert_button.isEnabled() is False
    assert "customer.name" in picker.problem.text()
    picker.insert()
    assert composer.editor.toPlainText() == ""
    picker.search.setText("where")
    picker.refresh_results()
    assert picker.language.currentData() == "en"  # detected from what they wrote
    picker.language.setCurrentIndex(picker.language.findData("id"))
    assert picker.preview.toPlainText().startswith("Halo Kak,")


def test_composer_records_handling_time(store: Store, qtbot: QtBot) -> None:
    from datetime import timedelta

    from agentdesk.store.models import HandlingSession

    window = _window(store, qtbot, "Ana Souza", "ana@example.es", "es")
    composer = window.composer
    assert composer.conversation_id is not None
    assert composer.handling.started is not None
    composer.handling.started -= timedelta(minutes=3)  # three minutes of work
    window.close()
    with store.read() as session:
        sessions = session.scalars(select(HandlingSession)).all()
    assert len(sessions) == 1 and sessions[0].conversation_id == composer.conversation_id
    assert (sessions[0].ended_at - sessions[0].started_at) >= timedelta(minutes=3)
