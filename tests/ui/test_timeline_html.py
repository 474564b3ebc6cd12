"""The unified timeline: HTML mail shown with remote images blocked until the user asks (a local web server
serves the image), newest/oldest-first order kept in settings, the customer's other conversations opened in
place, and "queued" then "sent" on a reply."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from agentdesk.mail.sanitize import sanitize_html
from agentdesk.store.database import Store
from agentdesk.store.models import Message
from agentdesk.store.preferences import TIMELINE_ORDER, get_preference, remote_content_senders
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _png() -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#cf222e"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def image_server() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 serving one PNG at any path; the paths asked for are recorded."""
    hits: list[str] = []
    body = _png()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def _window(store: Store, qtbot: QtBot, base: str) -> tuple[MainWindow, int, int]:
    account = make_account(store)
    kai = make_customer(store, "Kai Müller", "c@example.com", "de")
    older = make_conversation(store, account, kai, "Old order", messages=2)
    cid = make_conversation(store, account, kai, "Newsletter question", messages=2)
    raw = (
        "<p>Hello <b>team</b>, see our offer:</p>"
        f'<img src="{base}/banner.png" width="40" height="20" alt="banner">'
        f'<img src="{base}/open.gif" width="1" height="1"><script>alert(1)</script>'
    )
    clean = sanitize_html(raw)
    with store.write() as (session, _):
        first = session.query(Message).filter_by(conversation_id=cid).order_by(Message.sent_at).first()
        assert first is not None
        first.html = clean.html
        first.extra = {"remote_images": clean.remote_images, "tracking_pixels": clean.tracking_pixels}
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    row = window.model.row_of(cid)
    assert row is not None
    window.select_row(row)
    return window, cid, older


def _remote_drawn(window: MainWindow, base: str) -> bool:
    return window.pane.loadResource(2, QUrl(f"{base}/banner.png")) is not None


def test_html_mail_shows_with_remote_images_blocked_until_load_once(
    store: Store, qtbot: QtBot, image_server: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, hits = image_server
    window, _cid, _older = _window(store, qtbot, base)
    text = window.pane.toPlainText()
    assert "Hello team, see our offer:" in text and "alert(1)" not in text
    assert "Remote content blocked (1 tracking pixel" in text
    assert "Load once" in text and "Always for this sender" in text
    qtbot.wait(200)
    assert hits == [] and not _remote_drawn(window, base)  # nothing was fetched just by showing the message
    assert window.pane.loadResource(2, QUrl("file:///etc/hostname")) is None
    window.grab().save(str(tmp_path / "blocked.png"))

    message = window.pane.detail.messages[0] if window.pane.detail else None
    assert message is not None
    window.pane.anchorClicked.emit(QUrl(f"remote-once:{message.id}"))
    qtbot.waitUntil(lambda: _remote_drawn(window, base), timeout=10_000)
    assert sorted(hits) == ["/banner.png", "/open.gif"]
    assert "Remote content blocked" not in window.pane.toPlainText()
    assert remote_content_senders(store) == set()  # once: nothing remembered


def test_always_for_this_sender_is_remembered(store: Store, qtbot: QtBot, image_server: tuple[str, list[str]]) -> None:
    base, hits = image_server
    window, _cid, _older = _window(store, qtbot, base)
    message = window.pane.detail.messages[0] if window.pane.detail else None
    assert message is not None
    window.pane.anchorClicked.emit(QUrl(f"remote-always:{message.id}"))
    qtbot.waitUntil(lambda: _remote_drawn(window, base), timeout=10_000)
    assert remote_content_senders(store) == {"c@example.com"}
    window.pane.remote_loader.wait()
    window.close()

    hits.clear()
    again = MainWindow(store)  # a new window: the sender's images load without asking
    qtbot.addWidget(again)
    again.show()
    row = again.model.row_of(message and _cid)
    assert row is not None
    again.select_row(row)
    qtbot.waitUntil(lambda: _remote_drawn(again, base), timeout=10_000)
    assert "/banner.png" in hits and "Remote content blocked" not in again.pane.toPlainText()
    again.pane.remote_loader.wait()


def test_order_toggle_is_remembered_and_other_conversations_open_in_place(
    store: Store, qtbot: QtBot, image_server: tuple[str, list[str]]
) -> None:
    base, _hits = image_server
    window, _cid, older = _window(store, qtbot, base)
    text = window.pane.toPlainText()
    assert text.index("message 1 of Newsletter question") > text.index("Hello team")  # oldest first by default
    assert "Email (Support) · from the customer" in text and "Email (Support) · to the customer" in text
    window.pane.anchorClicked.emit(QUrl("order:newest"))
    assert get_preference(store, TIMELINE_ORDER, "") == "newest"
    text = window.pane.toPlainText()
    assert text.index("message 1 of Newsletter question") < text.index("Hello team")

    assert "Old order" in text and "message 0 of Old order" not in text  # collapsed
    window.pane.anchorClicked.emit(QUrl(f"expand:{older}"))
    text = window.pane.toPlainText()
    assert "message 0 of Old order" in text and "message 1 of Old order" in text
    assert text.index("message 1 of Old order") < text.index("message 0 of Old order")  # newest first there too
    window.pane.anchorClicked.emit(QUrl(f"expand:{older}"))
    assert "message 0 of Old order" not in window.pane.toPlainText()


def test_a_reply_shows_queued_then_sent(store: Store, qtbot: QtBot, image_server: tuple[str, list[str]]) -> None:
    base, _hits = image_server
    window, cid, _older = _window(store, qtbot, base)
    with store.write() as (session, _):
        session.execute(
            update(Message).where(Message.conversation_id == cid, Message.direction == "out").values(delivery="queued")
        )
    window.pane.show_conversation(window._read_detail(cid))  # the outbox's own writes announce it; here by hand
    assert "queued" in window.pane.toPlainText()
    with store.write() as (session, _):
        session.execute(
            update(Message).where(Message.conversation_id == cid, Message.direction == "out").values(delivery="sent")
        )
    window.pane.show_conversation(window._read_detail(cid))
    assert "✓ sent" in window.pane.toPlainText()
    assert "queued" not in window.pane.toPlainText()
