"""The customer panel in the real window: identities, notes, suggested merge and its undo."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def test_panel_shows_the_customer_saves_notes_and_merges_with_undo(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    work = make_customer(store, "Dewi Lestari", "dewi@kantor.co.id", "id")
    home = make_customer(store, "Dewi Lestari", "dewi.l@gmail.example", "id")
    first = make_conversation(store, account, work, "Pesanan belum sampai")
    second = make_conversation(store, account, home, "Tukar ukuran")
    window = MainWindow(store)
    qtbot.addWidget(window)
    row = window.model.row_of(first)
    assert row is not None
    window.select_row(row)
    panel = window.customer_panel
    assert panel.profile is not None and panel.profile.id == work
    assert "dewi@kantor.co.id" in panel.details.text()
    assert "Bahasa Indonesia" in panel.details.text()
    assert [s.customer_id for s in panel.profile.suggestions] == [home]

    panel.notes.setPlainText("Prefers WhatsApp")
    panel.save_notes.click()
    with store.read() as session:
        assert session.get(Customer, work).notes == "Prefers WhatsApp"  # type: ignore[union-attr]

    assert panel.merge(home, confirm=False)
    with store.read() as session:
        assert session.scalar(select(Conversation.customer_id).where(Conversation.id == second)) == work
    assert panel.profile is not None and panel.profile.conversation_count == 2
    assert "dewi.l@gmail.example" in panel.details.text()
    assert panel.profile.merged_from == [(home, "Dewi Lestari")]

    undo = [b for b in panel.findChildren(type(panel.save_notes)) if b.text().startswith("Undo merge")]
    assert len(undo) == 1
    undo[0].click()
    with store.read() as session:
        assert session.scalar(select(Conversation.customer_id).where(Conversation.id == second)) == home
    assert panel.profile is not None and panel.profile.merged_from == []


def test_custom_fields_are_edited_in_the_panel_and_kept(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    with store.write() as (session, _):
        customer = session.get(Customer, ana)
        assert customer is not None
        customer.custom_fields = {"plan": "basic", "_internal": "kept hidden"}
    make_conversation(store, account, ana, "Cambio de talla")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_row(0)
    panel = window.customer_panel
    fields = panel.fields
    assert fields.rowCount() == 2  # "plan", and an empty row to add a field
    assert (fields.item(0, 0).text(), fields.item(0, 1).text()) == ("plan", "basic")

    fields.item(0, 1).setText("premium")  # edit a value
    fields.item(1, 0).setText("order")  # add a field in the empty row
    fields.item(1, 1).setText("KO-4711")
    with store.read() as session:
        saved = session.get(Customer, ana)
        assert saved is not None
        assert saved.custom_fields == {"plan": "premium", "order": "KO-4711", "_internal": "kept hidden"}
    assert [fields.item(r, 0).text() for r in range(fields.rowCount())] == ["plan", "order", ""]  # a new empty row

    window.select_row(0)
    panel.show_customer(None)
    panel.show_customer(ana)  # drawn again from the cache: sorted by name
    assert [fields.item(r, 0).text() for r in range(fields.rowCount())] == ["order", "plan", ""]

    fields.item(1, 0).setText("")  # an emptied name removes the field
    with store.read() as session:
        saved = session.get(Customer, ana)
        assert saved is not None and saved.custom_fields == {"order": "KO-4711", "_internal": "kept hidden"}


def test_panel_shows_the_median_first_response(store: Store, qtbot: QtBot) -> None:
    from datetime import timedelta

    from agentdesk.store.customer_stats import median_first_response
    from agentdesk.store.models import Direction, Message

    account = make_account(store)
    kai = make_customer(store, "Kai", "c@example.com")
    ids = [make_conversation(store, account, kai, f"Question {i}", messages=2) for i in range(3)]
    make_conversation(store, account, kai, "No reply yet", messages=1)  # not counted: nobody answered
    with store.write() as (session, _):
        for cid, minutes in zip(ids, (30, 90, 600), strict=True):
            first = session.scalars(select(Message).where(Message.conversation_id == cid).order_by(Message.sent_at))
            incoming, reply = list(first)
            assert incoming.direction == Direction.IN and reply.direction == Direction.OUT
            reply.sent_at = incoming.sent_at + timedelta(minutes=minutes)
    with store.read() as session:
        assert median_first_response(session, kai) == (timedelta(minutes=90), False)  # no calendar: calendar time
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    assert "Median first response: 1 h 30 min" in window.customer_panel.details.text()
