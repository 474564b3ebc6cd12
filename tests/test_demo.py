"""The demo workspace: realistic, multilingual, consistent with the cache's own rules, built once."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, text

from agentdesk.demo import DEMO_SETTING, build_demo_workspace, ensure_demo
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import (
    CannedReply,
    Channel,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    Reminder,
    Setting,
    Status,
    ThreadRef,
)

NOW = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)


def test_demo_has_the_promised_content(store: Store) -> None:
    summary = build_demo_workspace(store, now=NOW)
    assert summary.languages == {"en", "de", "es", "id", "hi"}
    with store.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer).where(Customer.is_team.is_(False)))
        several = session.scalar(
            select(func.count()).select_from(
                select(Identity.customer_id).group_by(Identity.customer_id).having(func.count() > 1).subquery()
            )
        )
        emails = session.scalar(
            select(func.count())
            .select_from(Message)
            .join(Conversation)
            .where(Conversation.channel == Channel.EMAIL, Message.direction != Direction.NOTE)
        )
        tickets = session.scalar(select(func.count()).where(Conversation.channel == Channel.TICKET))
        statuses = dict(session.execute(select(Conversation.status, func.count()).group_by(Conversation.status)).all())
        reminders = session.scalar(select(func.count()).select_from(Reminder))
        canned = session.scalar(select(func.count()).select_from(CannedReply))
        me = session.get(Setting, "me")
    assert 250 <= (customers or 0) <= 350
    assert (several or 0) >= 30
    assert 1_900 <= (emails or 0) <= 2_300
    assert tickets == 300
    assert set(statuses) == {Status.OPEN, Status.PENDING, Status.SNOOZED, Status.CLOSED}
    assert statuses[Status.CLOSED] > statuses[Status.OPEN] > statuses[Status.SNOOZED]
    assert (reminders or 0) >= 10 and (canned or 0) >= 10
    assert me is not None and me.value


def test_denormalised_columns_and_thread_refs_agree_with_the_messages(store: Store) -> None:
    build_demo_workspace(store, now=NOW)
    with store.read() as session:
        mismatched = session.execute(
            text(
                "SELECT c.id FROM conversations c WHERE c.message_count != "
                "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) OR c.last_activity_at != "
                "(SELECT max(sent_at) FROM messages m WHERE m.conversation_id = c.id)"
            )
        ).all()
        refs = session.scalar(select(func.count()).select_from(ThreadRef))
        with_ids = session.scalar(select(func.count()).where(Message.message_id_header.is_not(None)))
        future = session.scalar(select(func.count()).where(Message.sent_at > NOW))
        snoozed_past = session.scalar(
            select(func.count()).where(Conversation.status == Status.SNOOZED, Conversation.snoozed_until <= NOW)
        )
    assert mismatched == []
    assert refs == with_ids
    assert future == 0
    assert snoozed_past == 0


def test_full_text_index_covers_the_demo_in_every_script(store: Store) -> None:
    build_demo_workspace(store, now=NOW)
    with store.read() as session:
        for word in ("Rücksendung", "pedido", "pesanan", "ऑर्डर", "invoice"):
            hits = session.execute(
                text("SELECT count(*) FROM messages_fts_search WHERE messages_fts_search MATCH :q"), {"q": f'"{word}"'}
            ).scalar()
            assert hits, word


def test_same_seed_same_workspace(tmp_path: object) -> None:
    from pathlib import Path

    def snapshot(folder: Path) -> list[tuple[object, ...]]:
        store = Store.open(DataDir.prepare(folder))
        try:
            build_demo_workspace(store, seed=3, now=NOW)
            with store.read() as session:
                return [tuple(r) for r in session.execute(select(Message.sent_at, Message.text).order_by(Message.id))]
        finally:
            store.close()

    base = Path(str(tmp_path))
    assert snapshot(base / "a") == snapshot(base / "b")


def test_ensure_demo_builds_once_and_leaves_real_workspaces_alone(data_dir: DataDir, tmp_path: object) -> None:
    store = ensure_demo(data_dir)
    with store.read() as session:
        first = session.scalar(select(func.count()).select_from(Message))
        assert session.get(Setting, DEMO_SETTING) is not None
    store.close()
    store = ensure_demo(data_dir)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == first
    store.close()

    from pathlib import Path

    from tests.factories import make_account

    real = DataDir.prepare(Path(str(tmp_path)) / "real")
    s = Store.open(real)
    make_account(s, "Real mailbox")
    s.close()
    store = ensure_demo(real)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    store.close()
