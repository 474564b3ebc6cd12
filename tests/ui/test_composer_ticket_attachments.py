"""The composer on a ticket conversation: files attached to a reply or an internal note are queued with it
(copied into the cache), shown on the queued item in the timeline, and a file larger than the ticket system
takes is refused when it is attached, with a message in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind, Attachment, Channel, Conversation, OutboxOperation
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

LIMIT = 4096


def _ticket_window(store: Store, qtbot: QtBot) -> MainWindow:
    account = make_account(
        store, "Helpdesk RT", AccountKind.RT, url="http://127.0.0.1:9", username="root", max_attachment_size=LIMIT
    )
    kai = make_customer(store, "Kai", "kai@example.com")
    conv = make_conversation(store, account, kai, "Printer on fire", channel=Channel.TICKET, messages=1)
    with store.write() as (session, _):
        session.execute(update(Conversation).where(Conversation.id == conv).values(external_id="42"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.select_row(0)
    return window


def test_files_go_with_a_ticket_reply_and_a_note(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    window = _ticket_window(store, qtbot)
    composer = window.composer
    assert composer.channel == "ticket"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 1000)
    composer.add_attachments([photo])
    assert composer.attachments == [photo] and "photo.jpg" in composer.attachments_label.text()
    composer.editor.setPlainText("Here is the photo.")
    composer.send()
    assert composer.attachments == [] and composer.attachments_label.text() == ""

    composer.start("note")
    log = tmp_path / "printer.log"
    log.write_text("paper jam at tray 2\n", encoding="utf-8")
    composer.add_attachments([log])
    composer.editor.setPlainText("Printer log for the team.")
    composer.send()
    photo.unlink()
    log.unlink()

    with store.read() as session:
        ops = {op.kind: op.payload for op in session.scalars(select(OutboxOperation))}
        files = {a.filename: a for a in session.scalars(select(Attachment))}
    assert [f["filename"] for f in ops["ticket_reply"]["attachments"]] == ["photo.jpg"]
    assert [f["filename"] for f in ops["ticket_note"]["attachments"]] == ["printer.log"]
    assert files["photo.jpg"].sha256 == ops["ticket_reply"]["attachments"][0]["sha256"]
    timeline = window.pane.toPlainText()
    assert "photo.jpg" in timeline and "printer.log" in timeline and "queued" in timeline


def test_a_file_too_large_for_the_ticket_system_is_refused_when_attached(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _ticket_window(store, qtbot)
    composer = window.composer
    problems: list[tuple[str, str]] = []
    composer.problem.disconnect(window.show_problem)  # no modal box in a test
    composer.problem.connect(lambda what, todo: problems.append((what, todo)))
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"\x00" * (LIMIT + 1))
    small = tmp_path / "note.txt"
    small.write_bytes(b"ok")

    composer.add_attachments([big, small])

    assert composer.attachments == [small]
    [(what, todo)] = problems
    size, limit = QLocale().toString(LIMIT + 1), QLocale().toString(LIMIT)  # sizes that read the same as MB
    assert what == f"The file “scan.tiff” is {size} bytes; this ticket system takes files up to {limit} bytes."
    assert todo.startswith("Remove it and share it another way")
