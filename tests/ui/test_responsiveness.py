"""What keeps the window responsive under load: merged sync announcements, counts off the GUI thread, long
conversations opened a page at a time, refreshes that read only the rows on screen."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import timedelta

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from agentdesk.actions.conversations import set_status
from agentdesk.domain.clock import utcnow
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Conversation, OutboxOperation, OutboxState, Status
from agentdesk.store.queries import View, conversation_detail, sidebar_counts, unread_count, view_counts
from agentdesk.ui.bridge import StoreBridge
from agentdesk.ui.conversation_model import ID_PAGE, ConversationListModel
from agentdesk.ui.conversation_pane import EARLIER_LINK, TIMELINE_PAGE
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer


def _announce(store: Store, conversation_id: int) -> None:
    with store.write() as (_session, changes):
        changes.conversations.add(conversation_id)


def test_announcements_from_another_thread_arrive_merged_at_most_once_per_interval(store: Store, qtbot: QtBot) -> None:
    bridge = StoreBridge(store, coalesce_ms=300)
    received: list[tuple[float, Changes]] = []
    bridge.changed.connect(lambda c: received.append((time.monotonic(), c)))

    def writer() -> None:
        for i in range(1, 41):
            _announce(store, i)
            time.sleep(0.01)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        qtbot.waitUntil(lambda: set().union(*(c.conversations for _, c in received)) == set(range(1, 41)), timeout=5000)
    finally:
        thread.join()
        bridge.close()
    # 40 commits over ~0.4 s: a handful of refreshes, each a merge, never two within the interval.
    assert 1 <= len(received) <= 4, [sorted(c.conversations) for _, c in received]
    gaps = [b - a for (a, _), (b, _) in itertools.pairwise(received)]
    assert all(gap >= 0.25 for gap in gaps), gaps


def test_announcements_on_the_gui_thread_arrive_at_once(store: Store, qtbot: QtBot) -> None:
    bridge = StoreBridge(store, coalesce_ms=10_000)
    received: list[Changes] = []
    bridge.changed.connect(received.append)
    try:
        _announce(store, 7)  # the user's own action: the window must show it without waiting
        assert [c.conversations for c in received] == [{7}]
        _announce(store, 8)
        assert [c.conversations for c in received] == [{7}, {8}]
    finally:
        bridge.close()


def test_sidebar_counts_in_one_pass_match_each_views_own_count(store: Store) -> None:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    ids = [
        make_conversation(store, account, ana, f"Question {i}", status=status)
        for i, status in enumerate([Status.OPEN, Status.OPEN, Status.PENDING, Status.SNOOZED, Status.CLOSED] * 3)
    ]
    with store.write() as (session, _):
        for cid in ids[:4]:
            session.get(Conversation, cid).assignee = "Mia"  # type: ignore[union-attr]
        session.get(Conversation, ids[0]).unread = False  # type: ignore[union-attr]
        session.get(Conversation, ids[5]).due_at = utcnow() - timedelta(hours=1)  # type: ignore[union-attr]
        for n, cid in enumerate((ids[1], ids[1], ids[6])):
            session.add(
                OutboxOperation(
                    conversation_id=cid,
                    kind="status",
                    payload={},
                    state=OutboxState.NEEDS_ATTENTION,
                    idempotency_key=f"op-{n}",
                    created_at=utcnow(),
                )
            )
    with store.read() as session:
        counts, unread = sidebar_counts(session, "Mia")
        assert counts == view_counts(session, "Mia")
        assert unread == {v: unread_count(session, v, me="Mia") for v in (View.OPEN, View.MINE)}
    assert counts[View.NEEDS_ATTENTION] == 2 and counts[View.DUE] == 1 and counts[View.ALL] == 15


def test_a_long_conversation_opens_with_its_newest_messages_and_shows_earlier_ones_on_request(
    store: Store, qtbot: QtBot
) -> None:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    long_one = make_conversation(store, account, ana, "Long story", messages=TIMELINE_PAGE + 150)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    detail = window.pane.detail
    assert detail is not None and detail.id == long_one
    assert len(detail.messages) == TIMELINE_PAGE and detail.earlier_messages == 150
    text = window.pane.toPlainText()
    assert f"message {TIMELINE_PAGE + 149} of Long story" in text
    assert "message 0 of Long story" not in text
    assert "Show 150 earlier message" in text
    window.pane.anchorClicked.emit(QUrl(EARLIER_LINK))
    detail = window.pane.detail
    assert detail is not None and len(detail.messages) == TIMELINE_PAGE + 150 and detail.earlier_messages == 0
    text = window.pane.toPlainText()
    assert "message 0 of Long story" in text and "earlier message" not in text
    with store.read() as session:  # without a limit, everything (the CLI and other callers)
        whole = conversation_detail(session, long_one)
    assert whole is not None and len(whole.messages) == TIMELINE_PAGE + 150 and whole.earlier_messages == 0


def test_a_refresh_reads_only_the_rows_up_to_the_last_one_shown(store: Store) -> None:
    account = make_account(store)
    now = utcnow()
    with store.write() as (session, _):
        session.execute(
            insert(Conversation),
            [
                {
                    "channel": Channel.EMAIL,
                    "account_id": account,
                    "subject": f"Order {i}",
                    "status": Status.OPEN,
                    "created_at": now - timedelta(minutes=i),
                    "last_activity_at": now - timedelta(minutes=i),
                    "extra": {},
                }
                for i in range(ID_PAGE * 4)
            ],
        )
    model = ConversationListModel(store, View.OPEN)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == ID_PAGE * 4
    model.reload(keep_loaded=True, keep_rows=ID_PAGE + 1)  # the last row shown is in the second page
    assert model.rowCount() == ID_PAGE * 2
    model.reload(keep_loaded=True)
    assert model.rowCount() == ID_PAGE * 2
    model.reload(keep_loaded=True, keep_rows=30)
    assert model.rowCount() == ID_PAGE


def test_counts_follow_a_change_without_blocking_the_window(store: Store, qtbot: QtBot) -> None:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    ids = [make_conversation(store, account, ana, f"Question {i}") for i in range(3)]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.counts_label.text().startswith("3 conversation")
    set_status(store, ids[:2], Status.CLOSED)
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("1 conversation"), timeout=5000)
    closed = next(
        window.sidebar.item(r) for r in range(window.sidebar.count()) if "Closed" in window.sidebar.item(r).text()
    )
    assert closed.text().endswith("2")


def _plans(store: Store, statements: list[tuple[int, str, object]]) -> list[tuple[str, list[str]]]:
    """SQLite's plan of each SELECT recorded, as (statement, plan lines)."""
    plans = []
    with store.engine.connect() as conn:
        for _thread, sql, params in statements:
            if sql.lstrip().upper().startswith("SELECT"):
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()  # type: ignore[arg-type]
                plans.append((sql, [str(row[-1]) for row in rows]))
    return plans


def _full_scans(plans: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Plans that read a whole table or index; walking the partial index of stale rows (only those) is fine."""
    return [
        (sql, lines)
        for sql, lines in plans
        if any(line.startswith("SCAN ") and "ix_conversations_due_stale" not in line for line in lines)
    ]


def test_the_30_second_tick_runs_no_query_on_the_gui_thread_and_scans_no_table(store: Store, qtbot: QtBot) -> None:
    """The tick (snoozes that are due, reminders due, the Due count) ran two writes and a pass over every
    conversation on the GUI thread: 0.8 s stalls while scrolling a million rows. Its statements now run on pool
    threads, and each is an index range, however many conversations and reminders there are."""
    from sqlalchemy import event

    from agentdesk.actions.conversations import snooze
    from agentdesk.actions.follow_ups import set_reminder

    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    ids = [make_conversation(store, account, ana, f"Question {i}") for i in range(6)]
    snooze(store, ids[0], utcnow() + timedelta(days=2))  # snoozed, not yet due
    set_reminder(store, ids[1], utcnow() + timedelta(days=1), note="later")  # pending, not yet due
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.notifier.checks_done >= 1 and not window._counting)  # the start-up check
    statements: list[tuple[int, str, object]] = []

    def record(_conn: object, _cursor: object, sql: str, params: object, _context: object, _many: bool) -> None:
        statements.append((threading.get_ident(), sql, params))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        done = window.notifier.checks_done
        window.notifier.timer.setInterval(50)  # the real timer, sooner
        window.notifier.timer.start()
        qtbot.waitUntil(lambda: window.notifier.checks_done > done and not window._counting, timeout=5000)
        window.notifier.timer.stop()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    gui = threading.get_ident()
    assert any("snoozed_until" in sql for _t, sql, _p in statements)  # the tick did run its queries
    assert any("reminders" in sql for _t, sql, _p in statements)
    assert any("due_at" in sql and "count" in sql.lower() for _t, sql, _p in statements)  # the Due count
    assert [sql for thread, sql, _p in statements if thread == gui] == []
    assert _full_scans(_plans(store, statements)) == []


def test_stale_due_times_are_found_through_their_index_whatever_the_statistics(store: Store) -> None:
    """Every write asks whether any conversation's due time is stale. Statistics taken while every row was stale
    (right after a migration marks them all) made SQLite answer with a pass over the whole table, each write."""
    from sqlalchemy import text

    from agentdesk.store.database import STALE_DUE_IDS

    account = make_account(store)
    with store.write() as (session, _):
        session.execute(
            insert(Conversation),
            [
                {
                    "channel": Channel.EMAIL,
                    "account_id": account,
                    "subject": f"Order {i}",
                    "status": Status.OPEN,
                    "created_at": utcnow(),
                    "last_activity_at": utcnow(),
                    "extra": {},
                }
                for i in range(300)
            ],
        )
        session.execute(text("UPDATE conversations SET due_stale = 1"))
        session.execute(text("ANALYZE"))  # the misleading statistics: the partial index looks like the table
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM conversations WHERE due_stale = 1")).scalar() == 0
    statements = [(0, STALE_DUE_IDS, ()), (0, STALE_DUE_IDS + " LIMIT 1", ())]
    plans = _plans(store, statements)
    assert all(any("ix_conversations_due_stale" in line for line in lines) for _sql, lines in plans), plans
    assert _full_scans(plans) == []
