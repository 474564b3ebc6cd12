"""The composer's formatting (bold, italic, lists → an HTML alternative) and attachments (button, drag and
drop, kept in the draft, queued with the reply)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, OutboxOperation
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _window(store: Store, qtbot: QtBot) -> MainWindow:
    account = make_account(store, host="127.0.0.1")
    kai = make_customer(store, "Kai", "c@example.com")
    make_conversation(store, account, kai, "Invoice", messages=1)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    return window


def _drop(window: MainWindow, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.composer.dropEvent(event)


def test_bold_and_lists_make_an_html_alternative_and_survive_a_restored_draft(
    store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(store, qtbot)
    composer = window.composer
    editor = composer.editor
    editor.setFocus()
    QTest.keyClicks(editor, "Hello ")
    assert not composer.has_formatting() and composer.formatted_html() is None
    composer.bold_button.click()
    QTest.keyClicks(editor, "important")
    composer.bold_button.click()
    composer.list_button.click()
    QTest.keyClicks(editor, " first")
    html = composer.formatted_html()
    assert html is not None and "font-weight" in html and "<li" in html
    assert "Hello important" in editor.toPlainText()

    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF invoice")
    _drop(window, invoice)
    assert composer.attachments == [invoice] and "invoice.pdf" in composer.attachments_label.text()
    composer.save_draft()
    cid = composer.conversation_id
    window.close()

    again = MainWindow(store)  # the draft comes back with its formatting and its attachment
    qtbot.addWidget(again)
    again.show()
    again.select_row(0)
    assert again.composer.conversation_id == cid
    assert again.composer.attachments == [invoice]
    assert again.composer.has_formatting() and "Hello important" in again.composer.editor.toPlainText()
    assert "<li" in (again.composer.formatted_html() or "")


def test_a_reply_with_an_attachment_is_queued_with_the_file_copied(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(store, qtbot)
    composer = window.composer
    report = tmp_path / "report.txt"
    report.write_text("numbers", encoding="utf-8")
    composer.add_attachments([report, tmp_path / "missing.txt"])  # a path that is no file is not added
    assert composer.attachments == [report]
    composer.editor.setPlainText("See the report.")
    composer.send()
    assert composer.attachments == [] and composer.attachments_label.text() == ""
    report.unlink()
    with store.read() as session:
        [op] = session.scalars(select(OutboxOperation)).all()
        [att] = session.scalars(select(Attachment)).all()
    assert op.payload["attachments"][0]["filename"] == "report.txt" and op.payload["html"] is None
    assert att.filename == "report.txt" and att.size == 7 and att.sha256 == op.payload["attachments"][0]["sha256"]
    assert "report.txt" in window.pane.toPlainText()  # the timeline lists it on the queued reply
    assert "queued" in window.pane.toPlainText()
