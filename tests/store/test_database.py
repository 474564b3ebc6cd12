"""The cache opens, upgrades, refuses what it cannot use, and keeps its full-text index in step."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text

from agentdesk.domain.clock import utcnow
from agentdesk.errors import CacheError, DataDirError
from agentdesk.paths import DataDir
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store, head_revision, quick_head_revision
from agentdesk.store.models import Account, AccountKind, Base, Channel, Conversation, Direction, Message


def test_new_cache_is_at_head_with_wal_and_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_migrations_match_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, kind, _parents: not (kind == "table" and name.startswith("messages_fts"))
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_reopening_keeps_data(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    with store.write() as (session, _):
        session.add(Account(name="Mailbox", kind=AccountKind.IMAP, created_at=utcnow()))
    store.close()
    store = Store.open(data_dir)
    with store.read() as session:
        assert session.query(Account).one().name == "Mailbox"
    store.close()


def _add_message(store: Store, subject: str, body: str) -> int:
    now = utcnow()
    with store.write() as (session, changes):
        account = Account(name="A", kind=AccountKind.IMAP, created_at=now)
        session.add(account)
        session.flush()
        conv = Conversation(
            channel=Channel.EMAIL, account_id=account.id, subject=subject, created_at=now, last_activity_at=now
        )
        session.add(conv)
        session.flush()
        msg_id = session.execute(
            insert(Message).returning(Message.id),
            {
                "conversation_id": conv.id,
                "account_id": account.id,
                "direction": Direction.IN,
                "sent_at": now - timedelta(minutes=5),
                "subject": subject,
                "text": body,
                "sender": "Jürgen Groß <j@example.de>",
                "html": None,
                "extra": {},
            },
        ).scalar_one()
        changes.messages.add(msg_id)
    return int(msg_id)


def _fts(store: Store, query: str) -> list[int]:
    with store.read() as session:
        return [
            int(r)
            for r in session.execute(
                text("SELECT rowid FROM messages_fts_search WHERE messages_fts_search MATCH :q"), {"q": query}
            ).scalars()
        ]


def test_fts_follows_insert_update_delete_without_accents(store: Store) -> None:
    msg_id = _add_message(store, "Rücksendung Bestellung", "Die Jacke ist zu groß.")
    assert _fts(store, "rucksendung") == [msg_id]
    assert _fts(store, "GROSS") == [] or _fts(store, "gross") == []  # ß is not folded to ss by unicode61
    assert _fts(store, "jurgen") == [msg_id]  # the sender is indexed too
    with store.write() as (session, _):
        session.execute(text("UPDATE messages SET text = 'Neue Größe bitte' WHERE id = :i"), {"i": msg_id})
    assert _fts(store, "jacke") == []
    assert _fts(store, "grosse") == [] and _fts(store, "große") == [msg_id]
    with store.write() as (session, _):
        session.execute(text("DELETE FROM messages WHERE id = :i"), {"i": msg_id})
    assert _fts(store, "rucksendung") == []


def test_changes_are_announced_after_commit_only(store: Store) -> None:
    seen: list[Changes] = []
    store.subscribe(seen.append)
    with pytest.raises(RuntimeError), store.write() as (session, changes):
        session.add(Account(name="X", kind=AccountKind.IMAP, created_at=utcnow()))
        changes.accounts = True
        raise RuntimeError("boom")
    assert seen == []
    with store.read() as session:
        assert session.query(Account).count() == 0
    with store.write() as (session, changes):
        session.add(Account(name="X", kind=AccountKind.IMAP, created_at=utcnow()))
        changes.accounts = True
    assert len(seen) == 1 and seen[0].accounts


def test_naive_datetimes_are_refused(store: Store) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive datetime"), store.write() as (session, _):
        session.add(Account(name="X", kind=AccountKind.IMAP, created_at=utcnow().replace(tzinfo=None)))
        session.flush()


def test_cache_from_a_newer_version_is_refused(data_dir: DataDir) -> None:
    Store.open(data_dir).close()
    with sqlite3.connect(data_dir.cache_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(CacheError, match="newer version of AgentDesk") as info:
        Store.open(data_dir)
    assert "--data-dir" in info.value.todo


def test_corrupt_cache_is_explained(data_dir: DataDir) -> None:
    data_dir.cache_path.write_bytes(b"this is not sqlite at all\x00" * 400)
    with pytest.raises(CacheError, match="damaged or is not an AgentDesk cache"):
        Store.open(data_dir)


def test_cache_that_is_a_folder_is_explained(data_dir: DataDir) -> None:
    data_dir.cache_path.mkdir()
    with pytest.raises(CacheError, match="not a file"):
        Store.open(data_dir)


def test_old_cache_upgrades_in_place(data_dir: DataDir) -> None:
    """A cache stamped at the first revision with data in it reaches head and keeps the data."""
    store = Store.open(data_dir)
    with store.write() as (session, _):
        session.add(Account(name="Old", kind=AccountKind.IMAP, created_at=utcnow()))
    store.close()
    with sqlite3.connect(data_dir.cache_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    store = Store.open(data_dir)
    with store.read() as session:
        assert session.query(Account).one().name == "Old"
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    store.close()


def test_data_dir_blocked_by_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="file is in the way"):
        DataDir.prepare(blocker / "workspace")


def test_quick_head_revision_agrees_with_alembic() -> None:
    # Opening an up-to-date cache skips Alembic by reading the head from the migration files.
    assert quick_head_revision() == head_revision()


def _damage_an_index(path: Path) -> None:
    """Overwrite the first page of an index: SQLite still opens the file, `quick_check` finds the damage."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_conversations_activity'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)


def test_a_damaged_cache_is_refused_with_advice(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    _add_message(store, "Refund", "Where is my refund?")
    store.close()
    _damage_an_index(data_dir.cache_path)
    with pytest.raises(CacheError, match="is damaged") as info:
        Store.open(data_dir)
    assert "Move the file away" in info.value.todo


def test_a_check_beside_the_start_up_refuses_a_damaged_cache_before_anything_is_written(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    _add_message(store, "Refund", "Where is my refund?")
    store.close()
    _damage_an_index(data_dir.cache_path)
    store = Store.open(data_dir, check_in_background=True)  # returns at once: the check runs on its own thread
    try:
        with pytest.raises(CacheError, match="is damaged"):
            store.verified(timeout=30)
        with pytest.raises(CacheError, match="is damaged"), store.write() as (session, _):
            session.add(Account(name="Written anyway", kind=AccountKind.IMAP, created_at=utcnow()))
    finally:
        store.close()
    with sqlite3.connect(data_dir.cache_path) as conn:
        assert conn.execute("SELECT name FROM accounts").fetchall() == [("A",)]
    conn.close()


def test_a_check_beside_the_start_up_lets_writes_through_once_it_passed(data_dir: DataDir) -> None:
    store = Store.open(data_dir)
    _add_message(store, "Refund", "Where is my refund?")
    store.close()
    with sqlite3.connect(data_dir.cache_path) as conn:
        conn.execute("UPDATE conversations SET due_stale = 1")  # as an interrupted writer would leave them
    conn.close()
    store = Store.open(data_dir, check_in_background=True)
    try:
        with store.write() as (session, _):  # waits for the check, then goes through
            session.add(Account(name="B", kind=AccountKind.IMAP, created_at=utcnow()))
        assert store.verified(timeout=0)
    finally:
        store.close()  # waits for the checker, which also computed the stale due times
    with sqlite3.connect(data_dir.cache_path) as conn:
        assert conn.execute("SELECT count(*) FROM conversations WHERE due_stale = 1").fetchone() == (0,)
        assert sorted(conn.execute("SELECT name FROM accounts").fetchall()) == [("A",), ("B",)]
    conn.close()
