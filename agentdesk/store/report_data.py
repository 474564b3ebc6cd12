"""Loading what reports need from the cache as plain records (`agentdesk.domain.metrics`), in a few set queries.

Status history comes from `status_changes` (kept by a trigger, migration 0003). A conversation whose changes the
cache never saw (closed before it was synced, the demo, a cache older than the trigger) gets its current status
inferred: closed or snoozed at its last activity, pending since the team's last reply; such changes are marked
`inferred` and the explanation says so.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from agentdesk.domain.business_hours import BusinessCalendar as Calendar
from agentdesk.domain.business_hours import CalendarError
from agentdesk.domain.clock import utcnow
from agentdesk.domain.metrics import (
    ConversationRecord,
    MessageRecord,
    Period,
    Report,
    ReportFilter,
    StatusRecord,
    compute_report,
)
from agentdesk.domain.sla import SlaPolicies
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar, Setting

__all__ = [
    "SLA_POLICIES_SETTING",
    "ReportChoices",
    "ReportInput",
    "build_report",
    "load_report_input",
    "report_choices",
]

log = logging.getLogger(__name__)

# Workspace setting holding the SLA policies, as `SlaPolicies.from_settings` reads them:
# {"urgent": {"first_response": {"minutes": 60, "clock": "business"}, ...}, ..., "default": {...}}
SLA_POLICIES_SETTING = "sla_policies"

_SATISFACTION = {"good": "good", "bad": "bad", "offered": "offered"}


@dataclass(frozen=True)
class ReportInput:
    records: list[ConversationRecord]
    calendar: Calendar | None
    calendar_name: str | None
    policies: SlaPolicies | None


@dataclass(frozen=True)
class ReportChoices:
    """What the filters can offer: channels, tags and assignees present in the cache."""

    channels: list[str]
    tags: list[str]
    assignees: list[str]


def _stored(moment: datetime) -> str:
    """A bound value in the cache's own text form for timestamps (naive UTC), so comparisons stay textual."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _parse(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def default_calendar(session: Session) -> tuple[Calendar | None, str | None]:
    """The workspace's default business calendar (or its first one), and its name; None when there is none or it
    cannot be read (the report then gives calendar time only)."""
    row = session.execute(
        select(BusinessCalendar).order_by(BusinessCalendar.is_default.desc(), BusinessCalendar.id).limit(1)
    ).scalar()
    if row is None:
        return None, None
    try:
        calendar = Calendar.from_settings(row.timezone, row.weekly_hours, row.country, row.region, row.closed_days)
    except CalendarError as exc:
        log.warning("business calendar %r cannot be used for reports: %s", row.name, exc.what)
        return None, None
    return calendar, row.name


def sla_policies(session: Session) -> SlaPolicies | None:
    setting = session.get(Setting, SLA_POLICIES_SETTING)
    if setting is None or not setting.value:
        return None
    try:
        return SlaPolicies.from_settings(setting.value)
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning("SLA policies in the settings cannot be read: %s", exc)
        return None


def _satisfaction(raw: Any) -> str | None:
    """Zendesk's satisfaction_rating ({"score": "good", ...}) or a plain score string."""
    if raw is None:
        return None
    value: Any = raw
    if isinstance(raw, str) and raw.startswith("{"):
        try:
            value = json.loads(raw)
        except ValueError:
            return None
    if isinstance(value, dict):
        value = value.get("score")
    return _SATISFACTION.get(str(value).lower()) if value is not None else None


_SELECTED = """
WITH selected AS (
    SELECT c.id FROM conversations c
    WHERE c.created_at < :end
      AND (c.status != 'closed' OR c.last_activity_at >= :start
           OR c.id IN (SELECT conversation_id FROM status_changes WHERE at >= :start))
)
"""


def load_report_input(store: Store, start: datetime, end: datetime) -> ReportInput:
    """Every conversation that can count in a report of [start, end): begun before `end` and not closed before
    `start`, with its messages (notes left out), status history, tags and handling sessions.

    A year of a busy cache is 100,000 messages, so the rows are read with the driver's own cursor and the
    timestamps come back as ISO text with the UTC offset appended in SQL (parsing those is the fast path).
    """
    bounds = {"start": _stored(start), "end": _stored(end)}
    with store.read() as session:
        calendar, calendar_name = default_calendar(session)
        policies = sla_policies(session)
        raw = session.connection().connection.driver_connection
        assert raw is not None

        def rows(sql: str) -> list[tuple[Any, ...]]:
            cursor = raw.cursor()
            try:
                return list(cursor.execute(_SELECTED + sql, bounds).fetchall())
            finally:
                cursor.close()

        conversations = rows(
            """
            SELECT c.id, c.channel, c.created_at || '+00:00', c.status, c.priority, c.assignee, c.subject,
                   c.last_activity_at || '+00:00', coalesce(cu.name, ''), cu.language,
                   json_extract(c.extra, '$.satisfaction_rating')
            FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id
            WHERE c.id IN (SELECT id FROM selected)
            ORDER BY c.id
            """
        )
        message_rows = rows(
            """
            SELECT m.conversation_id, m.direction, m.sent_at || '+00:00', m.language FROM messages m
            WHERE m.conversation_id IN (SELECT id FROM selected)
              AND m.direction != 'note' AND m.removed = 0 AND m.sent_at < :end
            ORDER BY m.conversation_id, m.sent_at, m.id
            """
        )
        change_rows = rows(
            """
            SELECT s.conversation_id, s.at || '+00:00', s.from_status, s.to_status FROM status_changes s
            WHERE s.conversation_id IN (SELECT id FROM selected) AND s.at < :end
            ORDER BY s.conversation_id, s.at, s.id
            """
        )
        tag_rows = rows(
            """
            SELECT t.conversation_id, t.tag FROM conversation_tags t
            WHERE t.conversation_id IN (SELECT id FROM selected) ORDER BY t.conversation_id, t.tag
            """
        )
        handling_rows = rows(
            """
            SELECT h.conversation_id, h.started_at || '+00:00', h.ended_at || '+00:00' FROM handling_sessions h
            WHERE h.conversation_id IN (SELECT id FROM selected) AND h.started_at < :end
            ORDER BY h.conversation_id, h.started_at
            """
        )

    parse = datetime.fromisoformat
    messages: dict[int, list[tuple[datetime, str, str | None]]] = defaultdict(list)
    for cid, direction, sent_at, language in message_rows:
        messages[cid].append((parse(sent_at), direction, language))
    changes: dict[int, list[tuple[datetime, str | None, str]]] = defaultdict(list)
    for cid, at, from_status, to_status in change_rows:
        changes[cid].append((parse(at), from_status, to_status))
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, tag in tag_rows:
        tags[cid].append(tag)
    handling: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for cid, started, ended in handling_rows:
        handling[cid].append((parse(started), parse(ended)))

    records = []
    for (
        cid,
        channel,
        created,
        status,
        priority,
        assignee,
        subject,
        last_activity,
        customer,
        cust_lang,
        rating,
    ) in conversations:
        own = messages.get(cid, [])
        language = next((lang for _at, direction, lang in own if direction == "in" and lang), None)
        records.append(
            ConversationRecord(
                id=cid,
                created_at=parse(created),
                messages=tuple([MessageRecord(at, direction) for at, direction, _lang in own]),
                status_changes=_history(changes.get(cid, []), own, str(status), parse(last_activity)),
                channel=str(channel),
                priority=str(priority),
                assignee=assignee,
                tags=tuple(tags.get(cid, ())),
                language=language or cust_lang,
                subject=subject or "",
                customer=customer,
                handling=tuple(handling.get(cid, ())),
                satisfaction=_satisfaction(rating),
            )
        )
    return ReportInput(records, calendar, calendar_name, policies)


def _history(
    recorded: list[tuple[datetime, str | None, str]],
    messages: list[tuple[datetime, str, str | None]],
    current: str,
    last_activity: datetime,
) -> tuple[StatusRecord, ...]:
    """The recorded status changes, with the unseen ones inferred (see the module docstring)."""
    last_message = messages[-1][0] if messages else last_activity
    if not recorded:
        if current in {"closed", "snoozed"}:
            return (StatusRecord(max(last_activity, last_message), current, inferred=True),)
        if current == "pending":
            replies = [at for at, direction, _lang in messages if direction == "out"]
            return (StatusRecord(replies[-1] if replies else max(last_activity, last_message), current, True),)
        return ()
    result: list[StatusRecord] = []
    first_at, first_from, _first_to = recorded[0]
    if first_from not in (None, "open"):
        # The conversation was already pending, snoozed or closed when the history began: take the last message
        # before that as the moment it got there.
        before = [at for at, _direction, _lang in messages if at <= first_at]
        result.append(StatusRecord(before[-1] if before else first_at, str(first_from), inferred=True))
    result += [StatusRecord(at, to_status) for at, _from, to_status in recorded]
    return tuple(result)


def report_choices(store: Store) -> ReportChoices:
    with store.read() as session:
        channels = [str(c) for c in session.execute(text("SELECT DISTINCT channel FROM conversations")).scalars()]
        tags = [str(t) for t in session.execute(text("SELECT DISTINCT tag FROM conversation_tags")).scalars()]
        assignees = [
            str(a)
            for a in session.execute(
                text("SELECT DISTINCT assignee FROM conversations WHERE assignee IS NOT NULL")
            ).scalars()
        ]
    return ReportChoices(sorted(channels), sorted(tags), sorted(assignees, key=str.casefold))


def build_report(
    store: Store,
    first: date,
    last: date,
    *,
    report_filter: ReportFilter | None = None,
    now: datetime | None = None,
    preloaded: ReportInput | None = None,
) -> tuple[Report, ReportInput]:
    """The report for local dates `first`..`last` in the business calendar's time zone (UTC without one)."""
    with store.read() as session:
        calendar, _name = default_calendar(session)
    zone = calendar.zone if calendar is not None else ZoneInfo("UTC")
    period = Period(first, last, zone)
    data = preloaded or load_report_input(store, period.start, period.end)
    report = compute_report(
        data.records,
        period,
        calendar=data.calendar,
        now=now or utcnow(),
        policies=data.policies,
        report_filter=report_filter,
        calendar_name=data.calendar_name,
    )
    return report, data


def records_by_id(records: Iterable[ConversationRecord]) -> dict[int, ConversationRecord]:
    return {r.id: r for r in records}
