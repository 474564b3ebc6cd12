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
