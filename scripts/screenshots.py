"""Render the main window on the demo workspace to PNG files (for the README and for looking at changes).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUTPUT_DIR [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--data-dir", type=Path, help="a demo workspace to reuse (default: a fresh one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from agentdesk.demo import ensure_demo
    from agentdesk.paths import DataDir
    from agentdesk.store.queries import View
    from agentdesk.ui.app import application
    from agentdesk.ui.main_window import MainWindow

    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="agentdesk-shots-") as scratch:
        store = ensure_demo(DataDir.prepare(args.data_dir or Path(scratch) / "demo"))
        try:
            app = application()
            window = MainWindow(store, demo=True)
            window.resize(1400, 860)
            window.show()
            app.processEvents()
            window.select_row(1)
            app.processEvents()
            shots = {"main-window.png": window}
            for name, widget in shots.items():
                widget.grab().save(str(args.output / name))
            window.sidebar.select_view(View.SNOOZED)
            window.select_row(0)
            app.processEvents()
            window.grab().save(str(args.output / "snoozed-view.png"))
            _canned_picker(window, store, app, args.output)
            _languages(window, app, args.output)
        finally:
            store.close()
        _needs_attention(Path(scratch) / "held", app, args.output)
    print(f"screenshots written to {args.output}")
    return 0


def _languages(window: object, app: object, output: Path) -> None:
    """The main window in each of the other languages, switched while running (main-window-de.png, ...)."""
    from agentdesk.store.queries import View
    from agentdesk.ui.language import apply_language, rebuild_main_window

    window.sidebar.select_view(View.OPEN)  # type: ignore[attr-defined]
    window.select_row(1)  # type: ignore[attr-defined]
    for code in ("de", "es", "id", "hi"):
        apply_language(app, code, rebuild=False)  # type: ignore[arg-type]
        window = rebuild_main_window(window)  # type: ignore[arg-type]
        app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(output / f"main-window-{code}.png"))  # type: ignore[attr-defined]
    apply_language(app, "en", rebuild=False)  # type: ignore[arg-type]
    window.close()  # type: ignore[attr-defined]


def _canned_picker(window: object, store: object, app: object, output: Path) -> None:
    """The picker over a German customer's conversation, searched and half filled in."""
    from sqlalchemy import select

    from agentdesk.store.models import Conversation, Customer
    from agentdesk.store.queries import View

    with store.read() as session:  # type: ignore[attr-defined]
        conversation_id = session.execute(
            select(Conversation.id)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.language == "de")
            .order_by(Conversation.last_activity_at.desc())
            .limit(1)
        ).scalar_one()
    window.sidebar.select_view(View.ALL)  # type: ignore[attr-defined]
    row = window.model.row_of(conversation_id)  # type: ignore[attr-defined]
    while row is None and window.model.canFetchMore():  # type: ignore[attr-defined]
        window.model.fetchMore()  # type: ignore[attr-defined]
        row = window.model.row_of(conversation_id)  # type: ignore[attr-defined]
    window.select_row(row)  # type: ignore[attr-defined]
    composer = window.composer  # type: ignore[attr-defined]
    composer.open_picker("rucksende")
    picker = composer.picker
    picker.refresh_results()
    for edit in picker.findChildren(type(picker.search)):
        if edit.objectName() == "ask:Order number":
            edit.setText("KOS-20417")
    app.processEvents()  # type: ignore[attr-defined]
    picker.grab().save(str(output / "canned-picker.png"))
    picker.reject()

    from agentdesk.ui.canned_editor import CannedEditor

    editor = CannedEditor(store)  # type: ignore[arg-type]
    editor.show()
    for row in range(editor.list.count()):
        entry = editor._entry_for(editor.list.item(row))
        if entry is not None and entry.shortcut == "closed":
            editor.list.setCurrentRow(row)
    editor.tabs.setCurrentIndex(1)
    app.processEvents()  # type: ignore[attr-defined]
    editor.update_preview()
    editor.grab().save(str(output / "canned-editor.png"))
    editor.close()

    from agentdesk.ui.calendar_dialog import CalendarDialog

    calendar = CalendarDialog(store)  # type: ignore[arg-type]
    calendar.show()
    app.processEvents()  # type: ignore[attr-defined]
    calendar.grab().save(str(output / "calendar-settings.png"))
    calendar.close()


def _needs_attention(root: Path, app: object, output: Path) -> None:
    """The Needs attention view over a workspace with held operations (a reply overtaken by the customer, a
    stale status change, a reply that may have been sent, a refused address) and one change still queued."""
    from agentdesk.demo.held_outbox import build_held_outbox
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.queries import View
    from agentdesk.ui.main_window import MainWindow

    store = Store.open(DataDir.prepare(root))
    try:
        held = build_held_outbox(store)
        window = MainWindow(store)
        window.resize(1400, 860)
        window.show()
        window.sidebar.select_view(View.NEEDS_ATTENTION)
        window.open_conversation(held.email_conversation)
        window.splitter.setSizes([170, 640, 590, 0])
        app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(output / "needs-attention.png"))
        window.close()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
