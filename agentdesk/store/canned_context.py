"""What a canned reply is filled in with for one conversation: read from the cache, handed to the pure renderer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.domain.business_hours import BusinessCalendar as Calendar
from agentdesk.domain.business_hours import CalendarError
from agentdesk.domain.canned_search import pick_language
from agentdesk.domain.clock import utcnow
from agentdesk.domain.language import detect_language
from agentdesk.store.models import (
    BusinessCalendar,
    Channel,
    Conversation,
    Customer,
    Direction,
    Identity,
    Message,
    Setting,
)

if TYPE_CHECKING:  # Jinja2 (the template engine) loads with the first canned reply, not at start-up
    from agentdesk.domain.templates import TemplateContext

TEAM_LANGUAGE_SETTING = "team_language"
AGENT_EMAIL_SETTING = "me_email"


@dataclass(frozen=True)
class CustomerFacts:
    """What language choice needs to know: the stored language, and a guess from what the customer wrote."""

    stored_language: str | None
    detected_language: str | None
    timezone: str | None


def default_calendar(session: Session) -> Calendar | None:
    return read_default_calendar(session)[0]


def read_default_calendar(session: Session) -> tuple[Calendar | None, CalendarError | None]:
    """The workspace's default business calendar (None when there is none), or why the saved one cannot be used."""
    row = session.execute(
        select(BusinessCalendar).order_by(BusinessCalendar.is_default.desc(), BusinessCalendar.id).limit(1)
    ).scalar()
    if row is None:
        return None, None
    try:
        return Calendar.from_settings(row.timezone, row.weekly_hours, row.country, row.region, row.closed_days), None
    except CalendarError as exc:
        return None, exc


def _latest_customer_text(session: Session, conversation: Conversation) -> str:
    texts = session.execute(
        select(Message.text)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.customer_id == conversation.customer_id, Message.direction == Direction.IN)
        .order_by(Message.sent_at.desc())
        .limit(3)
    ).scalars()
    return "\n".join(t for t in texts if t)[:2000]


def customer_facts(session: Session, conversation_id: int, languages: tuple[str, ...]) -> CustomerFacts:
    conversation = session.get(Conversation, conversation_id)
    customer = session.get(Customer, conversation.customer_id) if conversation and conversation.customer_id else None
    if conversation is None or customer is None:
        return CustomerFacts(None, None, None)
    detected = None
    if not customer.language and languages:
        detected = detect_language(_latest_customer_text(session, conversation), languages)
    return CustomerFacts(customer.language, detected, customer.timezone)


def choose_language(session: Session, conversation_id: int, available: list[str]) -> str:
    facts = customer_facts(session, conversation_id, tuple(available))
    team = session.get(Setting, TEAM_LANGUAGE_SETTING)
    return pick_language(available, facts.stored_language, facts.detected_language, str(team.value) if team else "en")


def template_context(
    session: Session,
    conversation_id: int | None,
    *,
    language: str,
    agent_name: str | None = None,
    now: datetime | None = None,
) -> TemplateContext:
    """The documented template variables for one conversation (or only agent and business with none)."""
    from agentdesk.domain.templates import TemplateContext, first_name_of

    moment = now or utcnow()
    conversation = session.get(Conversation, conversation_id) if conversation_id is not None else None
    customer = session.get(Customer, conversation.customer_id) if conversation and conversation.customer_id else None
    customer_values: dict[str, object] = {}
    if customer is not None:
        email = (
            session.execute(
                select(Identity.address)
                .where(Identity.customer_id == customer.id, Identity.kind == "email")
                .order_by(Identity.id)
                .limit(1)
            ).scalar()
            or session.execute(
                select(Identity.email).where(Identity.customer_id == customer.id, Identity.email.is_not(None)).limit(1)
            ).scalar()
        )
        fields = {str(k): v for k, v in (customer.custom_fields or {}).items()}
        first = str(fields.pop("first_name", "") or "") or first_name_of(customer.name, email or "")
        last = str(fields.pop("last_name", "") or "")
        if not last and first and customer.name.startswith(first + " "):
            last = customer.name[len(first) + 1 :].strip()
        customer_values = {
            "first_name": first,
            "last_name": last,
            "name": customer.name if customer.name and "@" not in customer.name else "",
            "email": email or "",
            "language": customer.language or "",
            "fields": {k: "" if v is None else str(v) for k, v in fields.items()},
        }
    conversation_values: dict[str, object] = {}
    ticket_values: dict[str, object] = {}
    if conversation is not None:
        conversation_values = {
            "subject": conversation.subject,
            "id": str(conversation.id),
            "channel": conversation.channel.value,
        }
        if conversation.channel is Channel.TICKET and conversation.external_id:
            ticket_values = {"id": conversation.external_id}
    me = agent_name
    if me is None:
        setting = session.get(Setting, "me")
        me = str(setting.value) if setting and setting.value else ""
    email_setting = session.get(Setting, AGENT_EMAIL_SETTING)
    calendar = default_calendar(session)
    business: dict[str, object] = {}
    zone = customer.timezone if customer is not None and customer.timezone else None
    if calendar is not None:
        business = {"next_open": calendar.next_open(moment), "is_open": "yes" if calendar.is_open(moment) else ""}
        zone = zone or calendar.timezone
    today = _local_date(moment, zone)
    return TemplateContext(
        language=language,
        customer=customer_values,
        conversation=conversation_values,
        ticket=ticket_values,
        agent={
            "name": me or "",
            "first_name": first_name_of(me or ""),
            "email": str(email_setting.value) if email_setting and email_setting.value else "",
        },
        business=business,
        today=today,
        timezone=zone,
    )


def _local_date(moment: datetime, zone: str | None) -> date:
    try:
        return moment.astimezone(ZoneInfo(zone)).date() if zone else moment.astimezone().date()
    except (ValueError, KeyError, OSError):
        return moment.date()
