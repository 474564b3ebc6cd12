"""Attachments in the timeline: links, save and open copies for files in the cache, a plain message for one
that was never downloaded."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.store.blobs import BlobStore
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, Message
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

PDF = b"%PDF-1.4 invoice 4711"


def _window(store: Store, qtbot: QtBot) -> tuple[MainWindow, int, int, int]:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    cid = make_conversation(store, account, ana, "Factura")
    sha = BlobStore(store.data_dir.attachments_dir).put(PDF)
    with store.write() as (session, _):
        mid = session.scalar(select(Message.id).where(Message.conversation_id == cid))
        assert mid is not None
        kept = Attachment(message_id=mid, filename="factura 4711.pdf", content_type="application/pdf", size=len(PDF))
        kept.sha256 = sha
        lost = Attachment(message_id=mid, filename="photo.jpg", content_type="image/jpeg", size=2_000_000)
        remote = Attachment(message_id=mid, filename="log.txt", content_type="text/plain", size=10)
        remote.remote_ref = "https://rt.example/REST/2.0/attachment/9"
        session.add_all([kept, lost, remote])
        session.flush()
        ids = kept.id, lost.id, remote.id
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    return window, *ids


def test_attachments_are_links_and_the_missing_ones_say_so(store: Store, qtbot: QtBot) -> None:
    window, kept, lost, remote = _window(store, qtbot)
    html = window.pane.toHtml()
    for attachment_id in (kept, lost, remote):
        assert f"attachment:{attachment_id}" in html
    text = window.pane.toPlainText()
    assert "factura 4711.pdf (21 bytes)" in text
    assert "photo.jpg (1.9 MB, not downloaded)" in text


def test_save_and_open_copy_the_cached_bytes_under_the_real_name(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    window, kept, _lost, _remote = _window(store, qtbot)
    target = tmp_path / "saved.pdf"
    window.attachments.save_to(kept, target)
    assert target.read_bytes() == PDF
    copy = window.attachments.copy_for_opening(kept)
    assert copy.name == "factura 4711.pdf" and copy.read_bytes() == PDF


def test_a_never_downloaded_attachment_is_explained(store: Store, qtbot: QtBot) -> None:
    window, _kept, lost, remote = _window(store, qtbot)
    problems: list[tuple[str, str]] = []
    window.attachments.problem.disconnect(window.show_problem)  # no modal box in a test
    window.attachments.problem.connect(lambda what, todo: problems.append((what, todo)))
    window.attachments.show_menu(lost, window.mapToGlobal(window.rect().center()))  # no menu: the explanation
    assert problems and "“photo.jpg” was never downloaded" in problems[0][0]
    assert "web page" in problems[0][1]
    what, todo = window.attachments.missing_text(window.attachments.locate(remote))
    assert "never downloaded" in what and "Download" in todo  # a ticket attachment can be fetched on demand
