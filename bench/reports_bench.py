"""Reports: computing a year of metrics on a 100,000-message cache. Target (issue 12): ≤ 2 s.

The cache holds 20,000 conversations over one year with 5 messages each (customer and team alternating, at
office-like hours), a status history for a third of them, tags, and a Berlin business calendar with split shifts
and public holidays. Measured: loading the records from the cache and computing every metric (`build_report`),
as `agentdesk report` and the reports window do.

Run: .venv/bin/python -m bench.reports_bench  (writes the "## Reports" section of docs/benchmarks.md)
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    BusinessCalendar,
    Channel,
    Conversation,
    ConversationTag,
    Direction,
    Message,
    Status,
    StatusChange,
)
from agentdesk.store.report_data import build_report

CONVERSATIONS = 20_000
MESSAGES_EACH = 5
RUNS = 5
TAGS = ["billing", "shipping", "returns", "product-question", "vip", "bug", "warranty", "b2b"]


def fill(store: Store, now: datetime, conversations_wanted: int = CONVERSATIONS) -> int:
    """`conversations_wanted` conversations of MESSAGES_EACH messages over the year before `now`; the message count."""
    rng = random.Random(12)
    start = now - timedelta(days=365)
    with store.write() as (session, _):
        account = Account(name="Bench", kind=AccountKind.IMAP, created_at=start)
        session.add(account)
        session.add(
            BusinessCalendar(
                name="Berlin",
                timezone="Europe/Berlin",
                weekly_hours={d: [["09:00", "12:30"], ["13:30", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
                country="DE",
                region="BE",
                closed_days=[],
                is_default=True,
            )
        )
        session.flush()
        conversations, messages, tags, changes = [], [], [], []
        for cid in range(1, conversations_wanted + 1):
            began = start + timedelta(minutes=rng.randrange(0, 365 * 24 * 60 - 6000))
            moment = began
            for i in range(MESSAGES_EACH):
                messages.append(
                    {
                        "conversation_id": cid,
                        "account_id": account.id,
                        "direction": Direction.IN if i % 2 == 0 else Direction.OUT,
                        "sent_at": moment,
                        "subject": "Question",
                        "text": "text",
                        "sender": "c@example.com",
                        "html": None,
                        "extra": {},
                    }
                )
                moment += timedelta(minutes=rng.randrange(20, 3000))
            closed = moment < now - timedelta(days=3)
            conversations.append(
                {
                    "id": cid,
                    "channel": Channel.EMAIL if cid % 3 else Channel.TICKET,
                    "account_id": account.id,
                    "subject": "Question",
                    "status": Status.CLOSED if closed else Status.OPEN,
                    "created_at": began,
                    "last_activity_at": moment,
                    "message_count": MESSAGES_EACH,
                    "extra": {},
                }
            )
            tags.append({"conversation_id": cid, "tag": rng.choice(TAGS)})
            if cid % 3 == 0 and closed:
                changes.append({"conversation_id": cid, "at": moment, "from_status": "open", "to_status": "closed"})
        session.execute(insert(Conversation), conversations)
        session.execute(insert(Message), messages)
        session.execute(insert(ConversationTag), tags)
        session.execute(insert(StatusChange), changes)
    return len(messages)


def main() -> int:
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as scratch:
        store = Store.open(DataDir.prepare(Path(scratch) / "reports"))
        try:
            built = time.perf_counter()
            count = fill(store, now)
            built = time.perf_counter() - built
            today = now.date()
            times, cpu = [], []
            for _ in range(RUNS):
                started, started_cpu = time.perf_counter(), time.process_time()
                report, _data = build_report(store, today - timedelta(days=364), today, now=now)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
        finally:
            store.close()
    median, worst = statistics.median(times), max(times)
    verdict = "met" if worst <= 2.0 else "NOT met"
    body = (
        f"{count:,} messages in {CONVERSATIONS:,} conversations over one year (cache filled in {built:.1f} s), "
        f"Berlin business calendar with split shifts and holidays; {RUNS} runs of `build_report` for the whole year "
        f"(load from the cache + every metric), {len(report.conversations):,} conversations in the report.\n\n"
        "| measure | seconds |\n|---|---|\n"
        f"| median | {median:.2f} |\n| slowest | {worst:.2f} |\n"
        f"| CPU time of this process, median (what the work costs without other programs competing) | "
        f"{statistics.median(cpu):.2f} |\n\n"
        f"Target: a year of metrics on a 100,000-message cache in ≤ 2 s — {verdict}.\n"
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
        f"(other work on the machine slows every figure above).\n"
    )
    from bench.report import write_section

    write_section("Reports", body)
    print(body)
    return 0 if worst <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
