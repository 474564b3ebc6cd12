"""Loading report records from the cache: status history from the trigger, inferred changes, handling sessions,
satisfaction; and the `agentdesk report` command's CSV and JSON."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from agentdesk.actions.conversations import set_status
from agentdesk.actions.handling import MAX_SESSION, HandlingTimer, record_handling
from agentdesk.cli import main
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import (
    BusinessCalendar,
    Conversation,
    ConversationTag,
    HandlingSession,
    Setting,
    Status,
    StatusChange,
)
from agentdesk.store.report_data import SLA_POLICIES_SETTING, build_report, load_report_input
from tests.factories import make_account, make_conversation, make_customer

# Thu 2 Jan 2025 16:00 Berlin (15:00 UTC); the factory's messages alternate customer / team, one hour apart.
START = datetime(2025, 1, 2, 15, 0, tzinfo=UTC)
NOW = datetime(2025, 2, 1, tzinfo=UTC)


def _calendar(store: Store) -> None:
    with store.write() as (session, _):
        session.add(
            BusinessCalendar(
                name="Office",
                timezone="Europe/Berlin",
                weekly_hours={d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
                country="DE",
                closed_days=[],
                is_default=True,
            )
        )


def _workspace(store: Store) -> tuple[int, int]:
    _calendar(store)
    account = make_account(store)
    customer = make_customer(store, "Ana Souza", "ana@example.com", "es")
    closed = make_conversation(store, account, customer, "Order", messages=2, start=START, status=Status.CLOSED)
    pending = make_conversation(store, account, customer, "Size", messages=2, start=START + timedelta(days=4))
    with store.write() as (session, _):
        session.add(ConversationTag(conversation_id=closed, tag="shipping"))
        conv = session.get(Conversation, closed)
        assert conv is not None
        conv.extra = {"satisfaction_rating": {"score": "good", "comment": "fast"}}
        # pending: the team replied Mon 6 Jan 17:00 Berlin and set it pending at 17:30 (recorded history)
        session.execute(
            insert(StatusChange),
            [
                {
                    "conversation_id": pending,
                    "at": START + timedelta(days=4, hours=1, minutes=30),
                    "from_status": "open",
                    "to_status": "pending",
                }
            ],
        )
    return closed, pending


def test_loader_reads_history_tags_satisfaction_and_infers_closing(store: Store) -> None:
    closed, pending = _workspace(store)
    data = load_report_input(store, datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 31, tzinfo=UTC))
    assert data.calendar is not None and data.calendar_name == "Office"
    records = {r.id: r for r in data.records}
    order = records[closed]
    assert [m.direction for m in order.messages] == ["in", "out"]
    assert order.tags == ("shipping",)
    assert order.satisfaction == "good"
    assert order.language == "es"
    # closed, never seen closing: inferred at the last activity (the reply at 17:00 Berlin)
    assert [(s.status, s.inferred, s.at) for s in order.status_changes] == [
        ("closed", True, START + timedelta(hours=1))
    ]
    assert [(s.status, s.inferred) for s in records[pending].status_changes] == [("pending", False)]

    report, _ = build_report(store, date(2025, 1, 1), date(2025, 1, 31), now=NOW)
    by_id = {f.record.id: f for f in report.conversations}
    resolution = by_id[closed].resolution
    assert resolution is not None and resolution.business == timedelta(hours=1)
    assert by_id[pending].resolution is None and by_id[pending].status == "pending"
    assert report.satisfaction_score == 1.0


def test_status_changes_are_recorded_by_the_trigger(store: Store) -> None:
    account = make_account(store)
    conversation = make_conversation(store, account, None, "Hello")
    set_status(store, conversation, Status.PENDING)
    set_status(store, conversation, Status.CLOSED)
    with store.read() as session:
        rows = session.execute(select(StatusChange).order_by(StatusChange.id)).scalars().all()
        assert [(r.from_status, r.to_status) for r in rows] == [("open", "pending"), ("pending", "closed")]
        assert rows[0].at.tzinfo is not None
        assert abs(rows[0].at - datetime.now(UTC)) < timedelta(minutes=1)


def test_handling_sessions_are_recorded_and_counted(store: Store) -> None:
    closed, _pending = _workspace(store)
    assert not record_handling(store, closed, START, START + timedelta(seconds=1))  # a click through
    assert not record_handling(store, 999, START, START + timedelta(minutes=5))  # gone
    assert record_handling(store, closed, START, START + timedelta(minutes=4), agent="Mia")
    assert record_handling(store, closed, START, START + timedelta(hours=9))  # left open: cut
    with pytest.raises(ValueError, match="before it starts"):
        record_handling(store, closed, START, START - timedelta(minutes=1))
    ticks = iter([START + timedelta(minutes=10), START + timedelta(minutes=16)])
    timer = HandlingTimer(store, agent="Mia", clock=lambda: next(ticks))
    timer.start(closed)
    timer.start(closed)  # the same conversation again: keeps running
    assert timer.stop() and not timer.stop()
    with store.read() as session:
        lengths = [r.ended_at - r.started_at for r in session.execute(select(HandlingSession)).scalars()]
    assert sorted(lengths) == [timedelta(minutes=4), timedelta(minutes=6), MAX_SESSION]
    report, _ = build_report(store, date(2025, 1, 1), date(2025, 1, 31), now=NOW)
    assert report.handling_total == timedelta(minutes=10) + MAX_SESSION


def test_sla_policies_from_the_settings(store: Store) -> None:
    _workspace(store)
    with store.write() as (session, _):
        session.add(Setting(key=SLA_POLICIES_SETTING, value={"default": {"first_response": {"minutes": 30}}}))
    report, _ = build_report(store, date(2025, 1, 1), date(2025, 1, 31), now=NOW)
    # both first replies took one hour (Thu 16→17 and Mon 16→17 Berlin): both missed
    assert [(f.metric, f.met, f.missed) for f in report.sla] == [("first_response", 0, 2)]


def test_cli_report_writes_csv_and_json(data_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(data_dir)
    closed, _pending = _workspace(store)
    store.close()
    out = tmp_path / "report.csv"
    args = ["report", "--data-dir", str(data_dir.root), "--from", "2025-01-01", "--to", "2025-01-31"]
    assert main([*args, "--csv", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"]["conversations"] == 2
    assert data["first_response"]["business"]["median_minutes"] == 60
    assert data["first_response"]["calendar"]["median_minutes"] == 60
    assert data["resolution"]["resolved"] == 1
    assert data["top_tags"] == [{"tag": "shipping", "count": 1}]
    with out.open(encoding="utf-8") as handle:
        rows = {int(r["conversation"]): r for r in csv.DictReader(handle)}
    assert rows[closed]["resolution_business_min"] == "60.0"
    assert rows[closed]["satisfaction"] == "good"

    assert main(args) == 0
    text = capsys.readouterr().out
    assert "First response (2)" in text and "Office" in text

    assert main([*args[:3], "--from", "2025-02-01", "--to", "2025-01-01"]) == 2
    assert "before it begins" in capsys.readouterr().err
