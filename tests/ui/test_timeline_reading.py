"""Reading a conversation: quoted text collapsed (one click shows it), the customer's local time on hover,
and Enter from the list moves the keyboard into the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from agentdesk.store.database import Store
from agentdesk.store.models import Customer, Message
from agentdesk.ui.conversation_pane import split_quote
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

QUOTED = (
    "Thanks, that helped!\n\nOn Mon, 3 Jun 2024 at 10:00, Support <support@shop.example> wrote:\n"
    "> Please send us the order number.\n>\n> Kind regards\n> Support"
)


def test_split_quote_finds_the_quoted_tail_and_its_attribution() -> None:
    own, quoted = split_quote(QUOTED)
    assert own.strip() == "Thanks, that helped!"
    assert quoted.startswith("On Mon, 3 Jun 2024") and quoted.endswith("> Support")
    assert split_quote("> only a quote\n> nothing else") == ("> only a quote\n> nothing else", "")
    assert split_quote("no quote at all") == ("no quote at all", "")
    text = "> a quote first\nthen my answer"  # an inline reply is not a tail: left as it is
    assert split_quote(text) == (text, "")


def _window(store: Store, qtbot: QtBot) -> tuple[MainWindow, int]:
    account = make_account(store)
    kai = make_customer(store, "Kai Müller", "kai@example.de", "de")
    cid = make_conversation(store, account, kai, "Danke", messages=1)
    with store.write() as (session, _):
        session.execute(update(Message).where(Message.conversation_id == cid).values(text=QUOTED))
        session.execute(update(Customer).where(Customer.id == kai).values(timezone="Asia/Kolkata"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    return window, cid


def test_quoted_text_is_collapsed_until_asked_for(store: Store, qtbot: QtBot) -> None:
    window, _cid = _window(store, qtbot)
    text = window.pane.toPlainText()
    assert "Thanks, that helped!" in text
    assert "Please send us the order number" not in text
    assert "Show quoted text (5 line" in text  # "line(s)" until the English plural forms are loaded
    assert window.pane.detail is not None
    message_id = window.pane.detail.messages[0].id
    window.pane.anchorClicked.emit(QUrl(f"quote:{message_id}"))
    assert "Please send us the order number" in window.pane.toPlainText()
    assert "Hide quoted text" in window.pane.toPlainText()
    window.pane.anchorClicked.emit(QUrl(f"quote:{message_id}"))
    assert "Please send us the order number" not in window.pane.toPlainText()


def test_hovering_a_time_shows_the_customers_local_time(store: Store, qtbot: QtBot) -> None:
    window, _cid = _window(store, qtbot)
    detail = window.pane.detail
    assert detail is not None and detail.customer is not None and detail.customer.timezone == "Asia/Kolkata"
    sent = detail.messages[0].sent_at
    tip = window.pane.customer_time(sent)
    there = sent.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Kolkata"))
    assert tip is not None and there.strftime("%H:%M") in tip and "(Asia/Kolkata)" in tip
    assert f"time:{sent.isoformat()}" in window.pane.toHtml()  # the anchor the tooltip is read from


def test_enter_in_the_list_reads_the_conversation(store: Store, qtbot: QtBot) -> None:
    window, cid = _window(store, qtbot)
    window.list.setFocus()
    assert window.focusWidget() is window.list
    QTest.keyClick(window.list, Qt.Key.Key_Return)
    assert window.pane.detail is not None and window.pane.detail.id == cid
    assert window.focusWidget() is window.pane  # the window's focus (offscreen windows are never active)
