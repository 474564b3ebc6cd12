"""The cache survives a SIGKILL in the middle of a write: no operation is ever half-written (SQLite WAL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from factories import make_account, make_conversation, make_customer
from sqlalchemy import func, select, text

from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Message, OutboxOperation

ROOT = Path(__file__).resolve().parents[2]


def _writer(data_dir: DataDir, conv: int, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.offline.cache_writer", str(data_dir.root), str(conv), mode],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _setup(data_dir: DataDir) -> int:
    store = Store.open(data_dir)
    try:
        account = make_account(store)
        customer = make_customer(store, "Ana García", "ana@example.es", "es")
        return make_conversation(store, account, customer, "Pedido", messages=1)
    finally:
        store.close()


def _replies_and_operations(data_dir: DataDir) -> tuple[int, int, set[int], set[int]]:
    """Reopen the cache as the app would (quick_check included) and read what the writer left."""
    store = Store.open(data_dir)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            replies = {
                int(m) for m in session.execute(select(Message.id).where(Message.text.like("Reply number %"))).scalars()
            }
            ops = session.execute(select(OutboxOperation.payload)).scalars().all()
            linked = {int(p["local_message_id"]) for p in ops}
            count = session.execute(select(func.count()).select_from(OutboxOperation)).scalar_one()
        return len(replies), int(count), replies, linked
    finally:
        store.close()


def test_kill_inside_a_transaction_leaves_nothing_of_it(data_dir: DataDir) -> None:
    conv = _setup(data_dir)
    writer = _writer(data_dir, conv, "pause")
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "inside"  # the message and its operation are written, not committed
    assert (data_dir.root / "cache.sqlite3-wal").exists()
    writer.send_signal(signal.SIGKILL)
    writer.communicate(timeout=10)

    replies, operations, _, _ = _replies_and_operations(data_dir)

    assert (replies, operations) == (0, 0)


def test_kills_at_random_moments_never_split_a_reply_from_its_operation(data_dir: DataDir) -> None:
    conv = _setup(data_dir)
    rng = random.Random(7)
    committed = 0
    for _ in range(5):
        writer = _writer(data_dir, conv, "loop")
        assert writer.stdout is not None
        first = writer.stdout.readline().strip()  # started and writing
        assert first.isdigit(), writer.stderr.read() if writer.stderr else first
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate(timeout=10)
        printed = [int(line) for line in [first, *out.split()] if line.isdigit()]
        assert writer.returncode == -signal.SIGKILL

        replies, operations, reply_ids, linked = _replies_and_operations(data_dir)

        # Every printed count was committed; at most the one being written when killed may also be there.
        committed += max(printed)
        assert committed <= replies <= committed + 1
        committed = replies
        assert operations == replies and linked == reply_ids
