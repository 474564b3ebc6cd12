"""The Needs attention panel: held operations with their reasons, what changed, and the user's choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk import actions
from agentdesk.demo.held_outbox import HeldOutbox, build_held_outbox
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Message, OutboxState, Status
from agentdesk.store.queries import View
from agentdesk.ui.language import apply_language
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.outbox_panel import OperationCard, OutboxPanel


def _panel(store: Store, qtbot: QtBot) -> tuple[OutboxPanel, HeldOutbox]:
    held = build_held_outbox(store)
    panel = OutboxPanel(store)
    qtbot.addWidget(panel)
    panel.resize(640, 900)
    panel.show()
    return panel, held


def _card(panel: OutboxPanel, op_id: int) -> OperationCard:
    card = panel.card(op_id)
    assert card is not None, f"no card for operation {op_id}"
    return card


def _buttons(card: OperationCard) -> set[str]:
    return {b.objectName() for b in card.findChildren(QPushButton) if not b.isHidden()}


def _text(card: OperationCard, name: str) -> str:
    label = card.findChild(QLabel, name)
    assert label is not None
    return label.text()


def _state(store: Store, op_id: int) -> OutboxState | None:
    op = next((o for o in actions.list_operations(store) if o.id == op_id), None)
    return OutboxState(op.state) if op is not None else None


def test_each_held_operation_shows_why_what_changed_and_its_choices(store: Store, qtbot: QtBot) -> None:
    apply_language(
        QCoreApplication.instance(), "en", rebuild=False
    )  # English with its plural forms, whatever ran before
    panel, held = _panel(store, qtbot)

    assert [c.op.id for c in panel.cards] == sorted(
        [held.reply_conflict, held.status_conflict, held.maybe_sent, held.refused]
    )  # the queued priority change is not a card: it is on its way
    assert "4 changes need your decision" in panel.summary.text()
    assert "1 waiting to be sent" in panel.summary.text() and "could not be reached" in panel.summary.text()

    reply = _card(panel, held.reply_conflict)
    assert "changed after you wrote this" in _text(reply, "headline")
    assert "the customer wrote 1 new message" in _text(reply, "reason")
    assert "Lee Chen" in _text(reply, "whatChanged") and "just arrived" in _text(reply, "whatChanged")
    assert "A new parcel leaves today" in _text(reply, "body")
    assert _buttons(reply) == {"openConversation", "edit", "discard", "sendAnyway"}

    status = _card(panel, held.status_conflict)
    both = _text(status, "whatChanged")
    assert "Your change<br><b>Closed</b>" in both and "In Zendesk now<br><b>Pending</b>" in both
    assert "Before it<br><b>Open</b>" in both
    assert _buttons(status) == {"openConversation", "keepServer", "sendAnyway"}

    maybe = _card(panel, held.maybe_sent)
    assert "may already have been sent" in _text(maybe, "headline")
    assert _buttons(maybe) == {"openConversation", "markDelivered", "edit", "discard", "sendAnyway"}

    refused = _card(panel, held.refused)
    assert "refused" in _text(refused, "headline") and "sam@exmaple.com" in _text(refused, "reason")
    assert _buttons(refused) == {"openConversation", "edit", "discard", "retry"}


def test_choices_call_the_outbox_actions(store: Store, qtbot: QtBot) -> None:
    panel, held = _panel(store, qtbot)

    qtbot.mouseClick(_card(panel, held.status_conflict).findChild(QPushButton, "keepServer"), Qt.MouseButton.LeftButton)
    assert _state(store, held.status_conflict) is None
    with store.read() as session:  # the server's value is shown at once
        assert session.get(Conversation, held.ticket_conversation).status == Status.PENDING  # type: ignore[union-attr]

    qtbot.mouseClick(_card(panel, held.maybe_sent).findChild(QPushButton, "markDelivered"), Qt.MouseButton.LeftButton)
    op = next(o for o in actions.list_operations(store) if o.id == held.maybe_sent)
    assert op.state == OutboxState.PENDING and op.payload["phase"] == "sent"  # only the copy in Sent is filed

    qtbot.mouseClick(_card(panel, held.refused).findChild(QPushButton, "discard"), Qt.MouseButton.LeftButton)
    assert _state(store, held.refused) is None

    qtbot.mouseClick(_card(panel, held.reply_conflict).findChild(QPushButton, "sendAnyway"), Qt.MouseButton.LeftButton)
    op = next(o for o in actions.list_operations(store) if o.id == held.reply_conflict)
    assert op.state == OutboxState.PENDING and op.payload["confirmed"] is True
    assert panel.cards == [] and panel.findChild(QLabel, "emptyOutbox") is not None


def test_edit_changes_the_reply_and_queues_it_again(store: Store, qtbot: QtBot) -> None:
    panel, held = _panel(store, qtbot)
    card = _card(panel, held.reply_conflict)
    qtbot.mouseClick(card.findChild(QPushButton, "edit"), Qt.MouseButton.LeftButton)
    assert card.editor.isVisible() and not card.findChild(QPushButton, "discard").isVisible()  # type: ignore[union-attr]
    card.editor.clear()
    qtbot.keyClicks(card.editor, "Glad it arrived! Enjoy.")

    qtbot.mouseClick(card.findChild(QPushButton, "saveEdit"), Qt.MouseButton.LeftButton)

    op = next(o for o in actions.list_operations(store) if o.id == held.reply_conflict)
    assert op.state == OutboxState.PENDING and op.body == "Glad it arrived! Enjoy."
    assert op.payload["last_seen_message_id"] == held.new_message  # checked afresh against what the user saw
    with store.read() as session:
        local = session.execute(select(Message.text).where(Message.id == op.payload["local_message_id"])).scalar()
    assert local == "Glad it arrived! Enjoy."


def test_empty_edit_is_refused_with_advice(store: Store, qtbot: QtBot) -> None:
    panel, held = _panel(store, qtbot)
    card = _card(panel, held.refused)
    qtbot.mouseClick(card.findChild(QPushButton, "edit"), Qt.MouseButton.LeftButton)
    card.editor.clear()
    with qtbot.waitSignal(panel.problem) as problem:
        qtbot.mouseClick(card.findChild(QPushButton, "saveEdit"), Qt.MouseButton.LeftButton)
    assert problem.args == ["The text is empty.", "Write something, or discard the reply."]
    assert _state(store, held.refused) == OutboxState.NEEDS_ATTENTION


def test_window_shows_the_panel_network_state_and_the_offline_switch(store: Store, qtbot: QtBot) -> None:
    held = build_held_outbox(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    network = window.network_label
    assert "Support: degraded" in network.text() and "Zendesk: offline" in network.text()
    assert "asked to try later (421)" in network.toolTip()

    window.sidebar.select_view(View.NEEDS_ATTENTION)
    assert window.list_stack.currentWidget() is window.outbox_panel
    card = window.outbox_panel.card(held.reply_conflict)
    assert card is not None
    qtbot.mouseClick(card.findChild(QPushButton, "openConversation"), Qt.MouseButton.LeftButton)
    assert window.pane.detail is not None and window.pane.detail.id == held.email_conversation
    assert "not sent: see Needs attention" in window.pane.toPlainText()  # the held reply, in the timeline

    # A change made elsewhere (the CLI, another window) reaches the open panel through the bridge.
    actions.discard_operation(store, held.refused)
    qtbot.waitUntil(lambda: window.outbox_panel.card(held.refused) is None)

    window.offline_action.setChecked(True)
    assert "Support: offline" in network.text() and "Working offline" in network.toolTip()
    window.offline_action.setChecked(False)
    assert "Support: degraded" in network.text()

    window.sidebar.select_view(View.OPEN)
    assert window.list_stack.currentWidget() is window.list_column


def test_composer_remembers_what_was_on_screen_when_the_draft_began(store: Store, qtbot: QtBot) -> None:
    from agentdesk.domain.clock import utcnow
    from agentdesk.store.models import Direction
    from agentdesk.ui.composer import Composer
    from tests.factories import make_account, make_conversation, make_customer

    account = make_account(store)
    conv = make_conversation(store, account, make_customer(store, "Ana", "ana@example.es"), "Pedido", messages=1)
    composer = Composer(store, "Anna")
    qtbot.addWidget(composer)
    composer.set_conversation(conv, "email")
    qtbot.keyClicks(composer.editor, "Your order left today.")
    with store.read() as session:
        on_screen = session.execute(select(Message.id).where(Message.conversation_id == conv)).scalar_one()
    with store.write() as (session, _):  # the customer writes while the agent types
        session.add(
            Message(
                conversation_id=conv,
                account_id=account,
                direction=Direction.IN,
                sender="Ana <ana@example.es>",
                sent_at=utcnow(),
                subject="Re: Pedido",
                text="Please cancel it!",
                message_id_header="late@example.es",
                extra={},
            )
        )

    composer.send()

    [op] = actions.list_operations(store)
    assert op.payload["last_seen_message_id"] == on_screen  # so the pusher holds it: the customer wrote again


def test_the_status_bar_warns_when_passwords_are_not_kept_safely(store: Store, qtbot: QtBot) -> None:
    """The tests' keyring keeps passwords in a plain file: the window says so (found off the GUI thread)."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.keyring_label.text()), timeout=10_000)
    assert "Passwords not stored safely" in window.keyring_label.text()
    assert "insecure keyring" in window.keyring_label.toolTip()
