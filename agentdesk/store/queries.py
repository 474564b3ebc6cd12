"""Read queries behind the views: id pages for lazy lists, row details, one conversation's timeline.

Lists are keyset-paged over the (last_activity_at, id) order so the millionth row costs what the first does.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from agentdesk.domain.clock import utcnow
from agentdesk.domain.sla import SlaStatus
from agentdesk.store.models import (
    Account,
    Attachment,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Identity,
    Message,
    OutboxOperation,
    OutboxState,
    Reminder,
    Setting,
    Status,
)

ME_SETTING = "me"


class View(enum.StrEnum):
    OPEN = "open"
    MINE = "mine"
    UNASSIGNED = "unassigned"
    DUE = "due"
    SNOOZED = "snoozed"
    NEEDS_ATTENTION = "needs_attention"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class ListCursor:
    """Where the previous page ended, in list order: the sort key of its last row (its last activity, or its due
    time when sorting by due next: None for "nothing due") and its id."""

    key: datetime | None
    id: int


class ListSort(enum.StrEnum):
    ACTIVITY = "activity"  # newest activity first
    DUE = "due"  # due next first (overdue at the top), then the conversations with nothing due, newest first


@dataclass(frozen=True, slots=True)
class ConversationRow:
    id: int
    channel: str
    subject: str
    snippet: str
    status: str
    priority: str
    assignee: str | None
    unread: bool
    message_count: int
    last_activity_at: datetime
    snoozed_until: datetime | None
    customer_name: str
    customer_address: str
    tags: tuple[str, ...]
    due_at: datetime | None = None  # the next SLA target or reminder due (see store/due.py)
    account_kind: str = ""  # imap, rt, zendesk, demo, local: the list's channel icon


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    filename: str
    content_type: str
    size: int
    available: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    direction: str
    sender: str
    recipients: str
    sent_at: datetime
    subject: str
    text: str
    html: str | None
    delivery: str | None  # queued, sent, discarded; "held" while its operation waits in Needs attention
    warnings: str | None
    remote_images: int
    attachments: tuple[AttachmentView, ...]
    tracking_pixels: int = 0  # among the remote images, 1x1 or hidden ones


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    id: int
    name: str
    language: str | None
    addresses: tuple[str, ...]
    conversation_count: int
    timezone: str | None = None  # IANA name, for the customer's local time


@dataclass(slots=True)
class ConversationDetail:
    id: int
    channel: str
    account_name: str
    subject: str
    status: str
    priority: str
    assignee: str | None
    tags: list[str]
    snoozed_until: datetime | None
    customer: CustomerSummary | None
    messages: list[MessageView] = field(default_factory=list)
    open_reminders: list[tuple[datetime, str]] = field(default_factory=list)
    other_conversations: list[OtherConversation] = field(default_factory=list)
    sla: SlaStatus | None = None  # due times and breaches under the team's SLA policy, if one applies
    earlier_messages: int = 0  # older messages not read because of the `limit` (the pane offers to show them)


@dataclass(frozen=True, slots=True)
class OtherConversation:
    """Another conversation of the same customer, on any channel, for the timeline."""

    id: int
    channel: str
    subject: str
    status: str
    last_activity_at: datetime
    message_count: int


def current_agent(session: Session) -> str | None:
    value = session.get(Setting, ME_SETTING)
    return str(value.value) if value is not None and value.value else None


def _view_condition(view: View, me: str | None, now: datetime | None = None) -> ColumnElement[bool]:
    c = Conversation
    if view is View.UNASSIGNED:
        return and_(c.assignee.is_(None), c.status.in_([Status.OPEN, Status.PENDING]))
    if view is View.DUE:  # a reminder due or an SLA target overdue (store/due.py keeps due_at in step)
        return and_(c.due_at.is_not(None), c.due_at <= (now or utcnow()))
    if view is View.NEEDS_ATTENTION:
        return (
            select(OutboxOperation.id)
            .where(OutboxOperation.conversation_id == c.id, OutboxOperation.state == OutboxState.NEEDS_ATTENTION)
            .exists()
        )
    if view is View.OPEN:
        return c.status.in_([Status.OPEN, Status.PENDING])
    if view is View.MINE:
        return and_(c.assignee == (me or ""), c.status.in_([Status.OPEN, Status.PENDING, Status.SNOOZED]))
    if view is View.SNOOZED:
        return c.status == Status.SNOOZED
    if view is View.CLOSED:
        return c.status == Status.CLOSED
    return c.id.is_not(None)


def conversation_id_page(
    session: Session,
    view: View,
    *,
    me: str | None = None,
    after: ListCursor | None = None,
    limit: int = 500,
    sort: ListSort = ListSort.ACTIVITY,
) -> list[tuple[int, datetime | None]]:
    """The next `limit` (id, sort key) of a view in `sort` order, after `after` (keyset paging: no OFFSET)."""
    c = Conversation
    if sort is ListSort.DUE:
        return _due_page(session, view, me, after, limit)
    stmt = select(c.id, _raw(c.last_activity_at)).where(_view_condition(view, me))
    if after is not None:
        # The first bound lets SQLite start the index walk at the cursor; with the OR alone it walks from the top,
        # and the millionth row's page cost ~0.3 s instead of a millisecond.
        stmt = stmt.where(
            c.last_activity_at <= after.key,
            or_(c.last_activity_at < after.key, and_(c.last_activity_at == after.key, c.id < after.id)),
        )
    stmt = stmt.order_by(c.last_activity_at.desc(), c.id.desc()).limit(limit)
    return [(int(i), _utc(t)) for i, t in session.execute(stmt)]


def _raw(column: ColumnElement[datetime | None] | InstrumentedAttribute[datetime | None]) -> ColumnElement[str]:
    """A timestamp column read as the stored text: an id page has 500 of them, converted by `_utc` at C speed
    (the column's own type makes each one a round of Python calls; a third of the page's time)."""
    return type_coerce(column, String())


def _due_page(
    session: Session, view: View, me: str | None, after: ListCursor | None, limit: int
) -> list[tuple[int, datetime | None]]:
    """Due next: the rows with a due time by (due_at, id), then those without by id, newest first; the two parts
    are read separately so each walks an index."""
    c = Conversation
    page: list[tuple[int, datetime | None]] = []
    if after is None or after.key is not None:
        stmt = select(c.id, _raw(c.due_at)).where(_view_condition(view, me), c.due_at.is_not(None))
        if after is not None:
            stmt = stmt.where(
                c.due_at >= after.key, or_(c.due_at > after.key, and_(c.due_at == after.key, c.id > after.id))
            )
        page = [(int(i), _utc(t)) for i, t in session.execute(stmt.order_by(c.due_at, c.id).limit(limit))]
        if len(page) == limit:
            return page
    undue = select(c.id).where(_view_condition(view, me), c.due_at.is_(None))
    if after is not None and after.key is None:
        undue = undue.where(c.id < after.id)
    rest = session.scalars(undue.order_by(c.id.desc()).limit(limit - len(page)))
    return page + [(int(i), None) for i in rest]


def count_view(session: Session, view: View, *, me: str | None = None) -> int:
    return int(session.scalar(select(func.count()).select_from(Conversation).where(_view_condition(view, me))) or 0)


def view_counts(session: Session, me: str | None) -> dict[View, int]:
    return {view: count_view(session, view, me=me) for view in View}


def sidebar_counts(session: Session, me: str | None) -> tuple[dict[View, int], dict[View, int]]:
    """Every view's count and the unread counts of Open and Mine, in one pass over the conversations (the
    sidebar refreshes after every change, so ten separate COUNTs would cost ten scans)."""
    now = utcnow()
    in_table: list[View] = [v for v in View if v is not View.NEEDS_ATTENTION]
    columns = [func.count().filter(_view_condition(v, me, now)) for v in in_table]
    columns += [func.count().filter(and_(_view_condition(v, me, now), Conversation.unread)) for v in _UNREAD_VIEWS]
    values = session.execute(select(*columns).select_from(Conversation)).one()
    counts: dict[View, int] = {v: int(values[i] or 0) for i, v in enumerate(in_table)}
    counts[View.NEEDS_ATTENTION] = int(
        session.scalar(
            select(func.count(func.distinct(OutboxOperation.conversation_id)))
            .join(Conversation, Conversation.id == OutboxOperation.conversation_id)
            .where(OutboxOperation.state == OutboxState.NEEDS_ATTENTION)
        )
        or 0
    )
    unread = {v: int(values[len(in_table) + i] or 0) for i, v in enumerate(_UNREAD_VIEWS)}
    return {v: counts[v] for v in View}, unread


_UNREAD_VIEWS = (View.OPEN, View.MINE)


def unread_count(session: Session, view: View, *, me: str | None = None) -> int:
    stmt = select(func.count()).select_from(Conversation).where(_view_condition(view, me), Conversation.unread)
    return int(session.scalar(stmt) or 0)


# The list reads these for every 100 rows it shows, also while scrolling through a million: plain SQL run as it
# stands (no statement built, compiled and its results typed per call), ~1 ms a block instead of ~4.
_ROWS_SQL = (
    "SELECT c.id, c.channel, c.subject, c.snippet, c.status, c.priority, c.assignee, c.unread, c.message_count,"
    " c.last_activity_at, c.snoozed_until, customers.name,"
    " (SELECT i.address FROM identities i WHERE i.customer_id = c.customer_id ORDER BY i.id LIMIT 1),"
    " c.due_at, (SELECT a.kind FROM accounts a WHERE a.id = c.account_id)"
    " FROM conversations c LEFT OUTER JOIN customers ON customers.id = c.customer_id WHERE c.id IN ({})"
)
_TAGS_SQL = "SELECT conversation_id, tag FROM conversation_tags WHERE conversation_id IN ({}) ORDER BY tag"


def _utc(value: str | None) -> datetime | None:
    """A timestamp column as stored (naive UTC text, as SQLAlchemy writes it), timezone-aware."""
    return datetime.fromisoformat(value + "+00:00") if value else None  # 6x faster than .replace(tzinfo=UTC)


def conversation_rows(session: Session, ids: Sequence[int]) -> dict[int, ConversationRow]:
    """The list columns of these conversations (any order; missing ids are simply absent)."""
    if not ids:
        return {}
    params = tuple(int(i) for i in ids)
    marks = ",".join("?" * len(params))
    connection = session.connection()
    tags: dict[int, list[str]] = {}
    for conv_id, tag in connection.exec_driver_sql(_TAGS_SQL.format(marks), params):
        tags.setdefault(conv_id, []).append(tag)
    rows: dict[int, ConversationRow] = {}
    for r in connection.exec_driver_sql(_ROWS_SQL.format(marks), params):
        rows[r[0]] = ConversationRow(
            id=r[0],
            channel=str(r[1]),
            subject=r[2] or "",
            snippet=r[3] or "",
            status=str(r[4]),
            priority=str(r[5]),
            assignee=r[6],
            unread=bool(r[7]),
            message_count=int(r[8] or 0),
            last_activity_at=_utc(r[9]) or datetime.min.replace(tzinfo=UTC),
            snoozed_until=_utc(r[10]),
            customer_name=r[11] or "",
            customer_address=r[12] or "",
            tags=tuple(tags.get(r[0], ())),
            due_at=_utc(r[13]),
            account_kind=str(r[14] or ""),
        )
    return rows


def conversation_detail(
    session: Session, conversation_id: int, *, limit: int | None = None
) -> ConversationDetail | None:
    """Everything the conversation pane shows, oldest message first; with `limit`, only the newest `limit` messages
    (`earlier_messages` says how many older ones there are), so a thread of thousands opens as fast as a short one."""
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        return None
    account = session.get(Account, conv.account_id)
    customer: CustomerSummary | None = None
    if conv.customer_id is not None:
        cust = session.get(Customer, conv.customer_id)
        if cust is not None:
            addresses = tuple(
                session.scalars(
                    select(Identity.address).where(Identity.customer_id == cust.id).order_by(Identity.id)
                ).all()
            )
            count = session.scalar(
                select(func.count()).select_from(Conversation).where(Conversation.customer_id == cust.id)
            )
            customer = CustomerSummary(cust.id, cust.name, cust.language, addresses, int(count or 0), cust.timezone)
    shown = (Message.conversation_id == conversation_id, Message.removed.is_(False))
    earlier = 0
    if limit is None:
        messages = list(session.scalars(select(Message).where(*shown).order_by(Message.sent_at, Message.id)))
    else:
        newest = select(Message).where(*shown).order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit)
        messages = list(reversed(session.scalars(newest).all()))
        if len(messages) == limit:
            total = int(session.scalar(select(func.count()).select_from(Message).where(*shown)) or 0)
            earlier = total - len(messages)
    attachments: dict[int, list[AttachmentView]] = {}
    if messages:
        for att in session.scalars(
            select(Attachment).where(Attachment.message_id.in_([m.id for m in messages])).order_by(Attachment.id)
        ):
            attachments.setdefault(att.message_id, []).append(
                AttachmentView(att.id, att.filename, att.content_type, att.size, att.sha256 is not None)
            )
    detail = ConversationDetail(
        id=conv.id,
        channel=str(conv.channel),
        account_name=account.name if account else "",
        subject=conv.subject,
        status=str(conv.status),
        priority=str(conv.priority),
        assignee=conv.assignee,
        tags=sorted(t.tag for t in conv.tags),
        snoozed_until=conv.snoozed_until,
        customer=customer,
        earlier_messages=earlier,
    )
    held = {  # replies and notes waiting for the user in Needs attention
        int(p["local_message_id"])
        for p in session.scalars(
            select(OutboxOperation.payload).where(
                OutboxOperation.conversation_id == conversation_id,
                OutboxOperation.state == OutboxState.NEEDS_ATTENTION,
            )
        )
        if isinstance(p, dict) and isinstance(p.get("local_message_id"), int)
    }
    for m in messages:
        extra = m.extra or {}
        detail.messages.append(
            MessageView(
                id=m.id,
                direction=str(m.direction),
                sender=m.sender,
                recipients=m.recipients,
                sent_at=m.sent_at,
                subject=m.subject,
                text=m.text,
                html=m.html,
                delivery="held" if m.delivery == "queued" and m.id in held else m.delivery,
                warnings=m.warnings,
                remote_images=int(extra.get("remote_images", 0) or 0),
                tracking_pixels=int(extra.get("tracking_pixels", 0) or 0),
                attachments=tuple(attachments.get(m.id, ())),
            )
        )
    detail.open_reminders = [
        (r.due_at, r.note)
        for r in session.scalars(
            select(Reminder)
            .where(Reminder.conversation_id == conversation_id, Reminder.done_at.is_(None))
            .order_by(Reminder.due_at)
        )
    ]
    if conv.customer_id is not None:
        for o in session.execute(
            select(
                Conversation.id,
                Conversation.channel,
                Conversation.subject,
                Conversation.status,
                Conversation.last_activity_at,
                Conversation.message_count,
            )
            .where(Conversation.customer_id == conv.customer_id, Conversation.id != conv.id)
            .order_by(Conversation.last_activity_at.desc())
            .limit(200)
        ):
            detail.other_conversations.append(OtherConversation(o[0], str(o[1]), o[2] or "", str(o[3]), o[4], o[5]))
    from agentdesk.store.sla_status import conversation_sla  # it reads the calendar; imported when needed

    try:
        detail.sla = conversation_sla(session, conversation_id)
    except ValueError:  # a calendar or policy that cannot be used: the pane simply shows no SLA line
        detail.sla = None
    return detail


def is_note(message: MessageView) -> bool:
    return message.direction == Direction.NOTE


@dataclass(frozen=True, slots=True)
class IdentityView:
    kind: str
    scope: str
    address: str
    display_name: str


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    customer_id: int
    name: str
    address: str
    reason: str


@dataclass(slots=True)
class CustomerProfile:
    id: int
    name: str
    language: str | None
    timezone: str | None
    notes: str
    tags: list[str]
    custom_fields: dict[str, str]
    identities: list[IdentityView]
    conversation_count: int
    first_seen: datetime | None
    last_contact: datetime | None
    merged_from: list[tuple[int, str]]
    suggestions: list[MergeSuggestion]
    median_first_response: timedelta | None = None
    first_response_in_business_time: bool = False


def customer_profile(session: Session, customer_id: int) -> CustomerProfile | None:
    """The customer panel: who they are, every identity, stats, merges that can be undone, suggested merges."""
    cust = session.get(Customer, customer_id)
    if cust is None:
        return None
    identities = [
        IdentityView(i.kind, i.scope, i.address, i.display_name)
        for i in session.scalars(select(Identity).where(Identity.customer_id == customer_id).order_by(Identity.id))
    ]
    count, first, last = session.execute(
        select(func.count(), func.min(Conversation.created_at), func.max(Conversation.last_activity_at)).where(
            Conversation.customer_id == customer_id
        )
    ).one()
    merged_from = [
        (int(i), str(n or ""))
        for i, n in session.execute(select(Customer.id, Customer.name).where(Customer.merged_into_id == customer_id))
    ]
    suggestions: list[MergeSuggestion] = []
    if cust.name.strip():
        for other_id, other_name in session.execute(
            select(Customer.id, Customer.name)
            .where(
                func.lower(Customer.name) == cust.name.strip().lower(),
                Customer.id != customer_id,
                Customer.merged_into_id.is_(None),
                Customer.is_team.is_(False),
            )
            .limit(5)
        ):
            address = session.scalar(
                select(Identity.address).where(Identity.customer_id == other_id).order_by(Identity.id).limit(1)
            )
            suggestions.append(MergeSuggestion(int(other_id), other_name, address or "", "same name"))
    emails = [i.address for i in identities if i.kind == "email"]
    if emails:
        for other_id, other_name, address in session.execute(
            select(Customer.id, Customer.name, Identity.email)
            .join(Identity, Identity.customer_id == Customer.id)
            .where(Identity.email.in_(emails), Identity.kind != "email", Customer.id != customer_id)
            .limit(5)
        ):
            if all(s.customer_id != other_id for s in suggestions):
                suggestions.append(
                    MergeSuggestion(int(other_id), other_name, address or "", "same address in a ticket system")
                )
    custom = {str(k): str(v) for k, v in (cust.custom_fields or {}).items() if not str(k).startswith("_")}
    from agentdesk.store.customer_stats import median_first_response

    median, business = median_first_response(session, customer_id)
    return CustomerProfile(
        id=cust.id,
        name=cust.name,
        language=cust.language,
        timezone=cust.timezone,
        notes=cust.notes or "",
        tags=[str(t) for t in (cust.tags or [])],
        custom_fields=custom,
        identities=identities,
        conversation_count=int(count or 0),
        first_seen=first,
        last_contact=last,
        merged_from=merged_from,
        suggestions=suggestions,
        median_first_response=median,
        first_response_in_business_time=business,
    )


@dataclass(frozen=True)
class TagCount:
    tag: str
    open: int  # open conversations (the Open view) with this tag


@dataclass(frozen=True)
class AccountCount:
    id: int
    name: str
    kind: str
    network_state: str
    open: int  # its open conversations


def sidebar_sections(session: Session) -> tuple[list[TagCount], list[AccountCount]]:
    """The sidebar's tag and account sections: every tag in use and every account, each with its open count."""
    is_open = _view_condition(View.OPEN, None)
    tag_rows = session.execute(
        select(ConversationTag.tag, func.count().filter(is_open))
        .join(Conversation, Conversation.id == ConversationTag.conversation_id)
        .group_by(ConversationTag.tag)
        .order_by(func.lower(ConversationTag.tag))
    ).all()
    open_by_account = (
        select(Conversation.account_id, func.count().label("n")).where(is_open).group_by(Conversation.account_id)
    ).subquery()
    account_rows = session.execute(
        select(Account.id, Account.name, Account.kind, Account.network_state, open_by_account.c.n)
        .outerjoin(open_by_account, open_by_account.c.account_id == Account.id)
        .order_by(func.lower(Account.name))
    ).all()
    tags = [TagCount(tag, int(n or 0)) for tag, n in tag_rows]
    accounts = [
        AccountCount(i, name, str(kind), state or "unknown", int(n or 0)) for i, name, kind, state, n in account_rows
    ]
    return tags, accounts
