"""Driving the real window: keyboard triage, replies and notes from the composer, drafts that survive a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Direction, Message, Status
from agentdesk.ui.composer import AUTOSAVE_MS
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _window(store: Store, qtbot: QtBot, conversations: int = 4) -> tuple[MainWindow, list[int]]:
    account = make_account(store)
    customer = make_customer(store, "Sofía Ramírez", "sofia@example.es", "es")
    ids = [make_conversation(store, account, customer, f"Pedido {i}", messages=2) for i in range(conversations)]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window, ids


def test_keyboard_moves_and_closes(store: Store, qtbot: QtBot) -> None:
    window, ids = _window(store, qtbot)
    window.list.setFocus()
    window.select_row(0)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert window.list.currentIndex().row() == 1
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert window.list.currentIndex().row() == 0
    first = window.selected_conversation()
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(ids) - 1)
    with store.read() as session:
        assert session.get(Conversation, first).status == Status.CLOSED  # type: ignore[union-attr]
    assert window.selected_conversation() is not None and window.selected_conversation() != first


def test_reply_and_note_from_the_composer_show_in_the_timeline(store: Store, qtbot: QtBot) -> None:
    window, _ids = _window(store, qtbot)
    window.list.setFocus()
    window.select_row(0)
    conversation = window.selected_conversation()
    qtbot.keyClick(window.list, Qt.Key.Key_R)
    assert window.composer.editor.hasFocus() or window.composer.mode() == "reply"
    window.composer.editor.setPlainText("Hola Sofía, tu pedido sale hoy.")
    qtbot.keyClick(window.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "tu pedido sale hoy" in window.pane.toPlainText())
    window.composer.start("note")
    window.composer.editor.setPlainText("Checked the warehouse myself.")
    window.composer.send()
    qtbot.waitUntil(lambda: "Checked the warehouse myself." in window.pane.toPlainText())
    assert "Internal note" in window.pane.toPlainText()
    with store.read() as session:
        directions = session.scalars(select(Message.direction).where(Message.conversation_id == conversation)).all()
    assert Direction.OUT in directions and Direction.NOTE in directions
    assert window.composer.editor.toPlainText() == ""
    assert window.composer.drafts.load(conversation) is None  # type: ignore[arg-type]


def test_empty_reply_is_refused_with_advice_and_nothing_is_sent(store: Store, qtbot: QtBot) -> None:
    window, _ids = _window(store, qtbot)
    window.select_row(0)
    problems: list[tuple[str, str]] = []
    window.composer.problem.disconnect()
    window.composer.problem.connect(lambda what, todo: problems.append((what, todo)))
    window.composer.editor.setPlainText("   ")
    window.composer.send()
    assert problems and "empty" in problems[0][0]


def test_draft_survives_the_window_being_destroyed_without_saving(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    customer = make_customer(store, "Sofía Ramírez", "sofia@example.es", "es")
    make_conversation(store, account, customer, "Reembolso", messages=2)
    window = MainWindow(store)  # not handed to qtbot: it is destroyed below without being closed
    window.show()
    window.select_row(0)
    conversation = window.selected_conversation()
    window.composer.editor.setPlainText("Half-written answer about the refund")
    qtbot.wait(AUTOSAVE_MS + 300)  # the autosave timer fires while the user pauses
    window.bridge.close()
    window.deleteLater()  # no closeEvent: as if the app had been killed
    qtbot.wait(10)

    again = MainWindow(store)
    qtbot.addWidget(again)
    row = again.model.row_of(conversation)  # type: ignore[arg-type]
    assert row is not None
    again.select_row(row)
    assert again.composer.editor.toPlainText() == "Half-written answer about the refund"
    assert again.composer.draft_label.text() == "Draft restored"


def _trigger(menu: object, text_start: str) -> None:
    from PySide6.QtWidgets import QMenu

    assert isinstance(menu, QMenu)
    for action in menu.actions():
        if action.text().startswith(text_start):
            action.trigger()
            return
    raise AssertionError(f"no menu item {text_start!r} in {[a.text() for a in menu.actions()]}")


def test_bulk_triage_from_the_menu_tags_assigns_snoozes_and_closes(store: Store, qtbot: QtBot) -> None:
    from agentdesk.store.models import ConversationTag

    window, ids = _window(store, qtbot, conversations=4)
    window.list.selectAll()
    assert sorted(window.selected_conversations()) == sorted(ids)
    menu = window.triage_menu()
    with store.write() as (session, _):
        session.add(ConversationTag(conversation_id=ids[0], tag="vip"))
    _trigger(menu.actions()[[a.text() for a in menu.actions()].index("Assign to")].menu(), "Nobody")
    from agentdesk.actions.conversations import set_tags

    set_tags(store, window.selected_conversations(), add=["Returns"])  # what the tag dialog calls
    with store.read() as session:
        tags = session.scalars(select(ConversationTag.tag).where(ConversationTag.tag == "returns")).all()
    assert len(tags) == 4

    window.select_row(0)
    _trigger(window.triage_menu().snooze_menu, "Next week")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)  # snoozed leaves the Open view
    window.list.selectAll()
    qtbot.keyClick(window.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    with store.read() as session:
        statuses = session.scalars(select(Conversation.status)).all()
    assert sorted(statuses) == ["closed", "closed", "closed", "snoozed"]


def test_remind_menu_shows_business_times_and_sets_reminders(store: Store, qtbot: QtBot) -> None:
    from agentdesk.store.models import BusinessCalendar, Reminder

    with store.write() as (session, _changes):
        session.add(
            BusinessCalendar(
                name="Office",
                timezone="Europe/Berlin",
                weekly_hours={d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
                country="DE",
                is_default=True,
            )
        )
    window, _ids = _window(store, qtbot)
    window.select_row(0)
    menu = window.triage_menu()
    labels = [a.text() for a in menu.remind_menu.actions()]
    assert any(label.startswith("In 2 business days  (") for label in labels)
    assert any(label.startswith("If the customer has not replied in 2 days") for label in labels)
    _trigger(menu.remind_menu, "If the customer has not replied")
    with store.read() as session:
        reminders = session.scalars(select(Reminder)).all()
    assert [r.kind for r in reminders] == ["no_reply"]
    assert reminders[0].due_at.astimezone().weekday() < 5
