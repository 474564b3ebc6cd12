"""Building the demo workspace: Kestrel Outdoor Supply, a small web shop answering in five languages.

Deterministic for a seed: the same customers, threads and times (relative to `now`) every time. Everything
goes through `Store.write()` with bulk Core inserts into the real tables, so the demo behaves exactly like
synced data (threading refs, full-text index, denormalised list columns).
"""

from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from agentdesk.demo.phrases import (
    DOMAINS,
    FOLLOW_UPS,
    LATIN_NAMES_HI,
    NAMES,
    NOTES,
    PRODUCTS,
    SUBJECT_OF,
    THANKS,
    TIMEZONES,
    TOPICS,
)
from agentdesk.domain.clock import utcnow
from agentdesk.domain.threading import normalize_subject
from agentdesk.paths import DataDir
from agentdesk.resources import resource_path
from agentdesk.store.canned import parse_json, save_entries
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    BusinessCalendar,
    Channel,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Identity,
    Message,
    Priority,
    Reminder,
    Setting,
    Status,
    ThreadRef,
)
from agentdesk.store.preferences import DEMO_SETTING
from agentdesk.store.queries import ME_SETTING

log = logging.getLogger(__name__)

SHOP_DOMAIN = "kestrel-outdoor.example"
SUPPORT_ADDRESS = f"support@{SHOP_DOMAIN}"
TEAM = [("Mia", "Mia Schneider"), ("Arif", "Arif Nugroho"), ("Lucía", "Lucía Gómez"), ("Rahul", "Rahul Verma")]
ME = "Mia"
LANGUAGE_WEIGHTS = {"en": 30, "de": 25, "es": 20, "id": 15, "hi": 10}
CUSTOMERS = 300
EMAIL_MESSAGES = 2_000
TICKETS = 300
DAYS = 300
OFFICE = ZoneInfo("Europe/Berlin")


@dataclass
class DemoSummary:
    customers: int = 0
    identities: int = 0
    conversations: int = 0
    email_messages: int = 0
    tickets: int = 0
    ticket_messages: int = 0
    reminders: int = 0
    canned_replies: int = 0
    languages: set[str] = field(default_factory=set)


@dataclass
class _Person:
    id: int
    name: str
    first: str
    language: str
    addresses: list[str]


def ensure_demo(data_dir: DataDir) -> Store:
    """Open the demo workspace, creating its content on first use. Never touches a workspace with real accounts."""
    store = Store.open(data_dir)
    with store.read() as session:
        built = session.get(Setting, DEMO_SETTING) is not None
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
    if not built and not accounts:
        try:
            build_demo_workspace(store)
        except BaseException:
            store.close()
            raise
    return store


class _Builder:
    def __init__(self, store: Store, seed: int, now: datetime) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.now = now.replace(second=0, microsecond=0)
        self.summary = DemoSummary()
        self.customers: list[_Person] = []
        self.ids: dict[str, int] = {}

    # --- helpers ----------------------------------------------------------------------------------

    def _next_id(self, session: Any, model: Any) -> int:
        return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

    def _office_time(self, days_ago: float) -> datetime:
        """A plausible moment `days_ago` before now, moved into 07:00-21:00 Berlin time."""
        moment = (self.now - timedelta(days=days_ago)).astimezone(OFFICE)
        if not 7 <= moment.hour < 21:
            moment = moment.replace(hour=self.rng.randint(8, 19), minute=self.rng.randint(0, 59))
        result = moment.astimezone(self.now.tzinfo)
        return min(result, self.now - timedelta(minutes=5))

    def _office_time_after(self, when: datetime, hours: float) -> datetime:
        """`hours` later, moved into 07:00-21:00 Berlin time; may lie in the future (the caller stops there)."""
        moment = (when + timedelta(hours=hours)).astimezone(OFFICE)
        if not 7 <= moment.hour < 21:
            moment = (moment + timedelta(hours=10)).replace(
                hour=self.rng.randint(8, 11), minute=self.rng.randint(0, 59)
            )
        return moment.astimezone(when.tzinfo)

    def _fill(self, text: str, person: _Person, values: dict[str, str]) -> str:
        return text.format(name=person.first, **values)

    def _values(self, lang: str) -> dict[str, str]:
        return {
            "order": f"KO-{self.rng.randint(10000, 99999)}",
            "product": self.rng.choice(PRODUCTS[lang]),
            "size": self.rng.choice(["S", "M", "L", "XL", "42", "44"]),
            "days": str(self.rng.randint(4, 12)),
            "code": f"TRAIL{self.rng.randint(10, 30)}",
        }

    # --- the parts --------------------------------------------------------------------------------

    def build(self) -> DemoSummary:
        with self.store.write() as (session, changes):
            self._accounts(session)
            self._people(session)
            conversations = self._email_threads(session)
            conversations += self._tickets(session)
            self._reminders(session, conversations)
            self._calendar(session)
            self._canned(session)
            session.merge(Setting(key=ME_SETTING, value=ME))
            session.merge(Setting(key="sla_policies", value=DEMO_SLA_POLICIES))
            session.merge(Setting(key=DEMO_SETTING, value={"built_at": self.now.isoformat(), "seed": "demo"}))
            changes.everything = True
        return self.summary

    def _accounts(self, session: Any) -> None:
        for key, name, settings in (
            ("mail", "Kestrel Support", {"address": SUPPORT_ADDRESS, "demo": True}),
            ("tickets", "Kestrel Helpdesk", {"url": "https://helpdesk.kestrel-outdoor.example", "demo": True}),
        ):
            account = Account(
                name=name,
                kind=AccountKind.DEMO,
                address=SUPPORT_ADDRESS,
                settings=settings,
                network_state="online",
                created_at=self.now - timedelta(days=DAYS + 5),
            )
            session.add(account)
            session.flush()
            self.ids[key] = account.id
        team = Customer(name="Kestrel team", is_team=True, created_at=self.now - timedelta(days=DAYS + 5))
        session.add(team)
        session.flush()
        self.ids["team"] = team.id
        session.execute(
            insert(Identity),
            [
                {
                    "customer_id": team.id,
                    "kind": "email",
                    "scope": "",
                    "address": f"{first.lower()}@{SHOP_DOMAIN}",
                    "display_name": full,
                    "email": f"{first.lower()}@{SHOP_DOMAIN}",
                }
                for first, full in TEAM
            ]
            + [
                {
                    "customer_id": team.id,
                    "kind": "email",
                    "scope": "",
                    "address": SUPPORT_ADDRESS,
                    "display_name": "Kestrel Support",
                    "email": SUPPORT_ADDRESS,
                }
            ],
        )

    def _people(self, session: Any) -> None:
        first_id = self._next_id(session, Customer)
        languages = list(LANGUAGE_WEIGHTS)
        weights = list(LANGUAGE_WEIGHTS.values())
        customer_rows: list[dict[str, Any]] = []
        identity_rows: list[dict[str, Any]] = []
        used: set[str] = set()
        for i in range(CUSTOMERS):
            lang = self.rng.choices(languages, weights)[0]
            firsts, lasts = NAMES[lang]
            fi, li = self.rng.randrange(len(firsts)), self.rng.randrange(len(lasts))
            name = f"{firsts[fi]} {lasts[li]}"
            latin_first, latin_last = (
                (LATIN_NAMES_HI[0][fi], LATIN_NAMES_HI[1][li]) if lang == "hi" else (firsts[fi], lasts[li])
            )
            base = _ascii(f"{latin_first}.{latin_last}")
            addresses = []
            for n in range(1 + (self.rng.random() < 0.2) + (self.rng.random() < 0.05)):
                domain = DOMAINS[lang][(i + n) % len(DOMAINS[lang])]
                address = f"{base}{'' if n == 0 else n + 1}@{domain}"
                while address in used:
                    address = f"{base}{self.rng.randint(2, 999)}@{domain}"
                used.add(address)
                addresses.append(address)
            cid = first_id + i
            customer_rows.append(
                {
                    "id": cid,
                    "name": name,
                    "language": lang,
                    "timezone": TIMEZONES[lang],
                    "notes": "",
                    "custom_fields": {"customer since": str(2019 + self.rng.randrange(6))} if i % 7 == 0 else {},
                    "tags": ["wholesale"] if i % 23 == 0 else [],
                    "is_team": False,
                    "created_at": self.now - timedelta(days=DAYS),
                }
            )
            identity_rows += [
                {"customer_id": cid, "kind": "email", "scope": "", "address": a, "display_name": name, "email": a}
                for a in addresses
            ]
            self.customers.append(_Person(cid, name, firsts[fi], lang, addresses))
        session.execute(insert(Customer), customer_rows)
        session.execute(insert(Identity), identity_rows)
        self.summary.customers = len(customer_rows)
        self.summary.identities = len(identity_rows)

    def _status_for(self, last_at: datetime, last_incoming: bool) -> tuple[Status, datetime | None, bool]:
        age = (self.now - last_at).total_seconds() / 86400
        roll = self.rng.random()
        if age > 12:
            return (Status.CLOSED, None, False) if roll < 0.93 else (Status.OPEN, None, last_incoming)
        if roll < 0.12:
            day = (self.now + timedelta(days=self.rng.randint(1, 9))).astimezone(OFFICE)
            until = day.replace(hour=self.rng.choice([9, 9, 10, 14]), minute=0, second=0, microsecond=0)
            return Status.SNOOZED, until, False
        if not last_incoming and roll < 0.55:
            return Status.PENDING, None, False
        if roll < 0.75 or last_incoming:
            return Status.OPEN, None, last_incoming and self.rng.random() < 0.7
        return Status.CLOSED, None, False

    def _email_threads(self, session: Any) -> list[int]:
        conv_id = self._next_id(session, Conversation)
        msg_id = self._next_id(session, Message)
        conversations: list[dict[str, Any]] = []
        messages: list[dict[str, Any]] = []
        refs: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        account = self.ids["mail"]
        while len(messages) < EMAIL_MESSAGES:
            person = self.rng.choice(self.customers)
            lang = person.language
            topic = self.rng.choice(list(TOPICS))
            subjects, bodies, replies = TOPICS[topic][lang]
            values = self._values(lang)
            pick = self.rng.randrange(len(bodies))  # subject, question and answer of one kind belong together
            subject = self._fill(subjects[SUBJECT_OF[topic][pick]], person, values)
            address = self.rng.choice(person.addresses)
            _agent_first, agent_full = self.rng.choice(TEAM)
            length = self.rng.choices([1, 2, 3, 4, 5], [12, 38, 25, 17, 8])[0]
            when = self._office_time(self.rng.random() ** 1.7 * DAYS)
            ids: list[str] = []
            thread: list[dict[str, Any]] = []
            for step in range(length):
                if when > self.now - timedelta(minutes=3):
                    break  # the rest of this thread has not happened yet
                incoming = step % 2 == 0
                if incoming:
                    text = self._fill(bodies[0] if step == 0 else self.rng.choice(FOLLOW_UPS[lang]), person, values)
                    if step == 0:
                        text = self._fill(bodies[pick % len(bodies)], person, values)
                    if step == length - 1 and step > 0 and self.rng.random() < 0.5:
                        text = THANKS[lang]
                    sender, recipients = f"{person.name} <{address}>", f"Kestrel Support <{SUPPORT_ADDRESS}>"
                    mid = f"{hashlib.sha1(f'{conv_id}-{step}'.encode()).hexdigest()[:16]}@{address.split('@')[1]}"
                else:
                    text = (
                        self._fill(replies[pick % len(replies)], person, values)
                        + f"\n\n{agent_full}\nKestrel Outdoor Supply"
                    )
                    sender, recipients = f"{agent_full} <{SUPPORT_ADDRESS}>", f"{person.name} <{address}>"
                    mid = f"{hashlib.sha1(f'{conv_id}-{step}'.encode()).hexdigest()[:16]}@{SHOP_DOMAIN}"
                thread.append(
                    {
                        "id": msg_id,
                        "conversation_id": conv_id,
                        "account_id": account,
                        "direction": Direction.IN if incoming else Direction.OUT,
                        "sender": sender,
                        "recipients": recipients,
                        "sent_at": when,
                        "subject": subject if step == 0 else f"Re: {subject}",
                        "text": text,
                        "html": None,
                        "message_id_header": mid,
                        "in_reply_to": ids[-1] if ids else None,
                        "references": " ".join(ids[-10:]) or None,
                        "content_hash": hashlib.sha256(f"{mid}{text}".encode()).hexdigest(),
                        "seen": True,
                        "delivery": None if incoming else "sent",
                        "language": lang,
                        "extra": {},
                    }
                )
                refs.append({"account_id": account, "ref": mid, "conversation_id": conv_id})
                ids.append(mid)
                msg_id += 1
                when = self._office_time_after(when, self.rng.uniform(0.5, 30))
            if self.rng.random() < 0.08 and len(thread) > 1:
                thread.append(self._note(msg_id, conv_id, account, thread[-1]["sent_at"]))
                msg_id += 1
            conversations.append(self._conversation(conv_id, Channel.EMAIL, account, person, subject, thread, ids[0]))
            tags += self._tags(conv_id, topic)
            messages += thread
            conv_id += 1
        self._insert(session, conversations, messages, tags)
        session.execute(insert(ThreadRef), refs)
        self.summary.email_messages = sum(1 for m in messages if m["direction"] != Direction.NOTE)
        return [c["id"] for c in conversations]

    def _note(self, msg_id: int, conv_id: int, account: int, after: datetime) -> dict[str, Any]:
        _first, full = self.rng.choice(TEAM)
        return {
            "id": msg_id,
            "conversation_id": conv_id,
            "account_id": account,
            "direction": Direction.NOTE,
            "sender": full,
            "recipients": "",
            "sent_at": min(after + timedelta(minutes=20), self.now),
            "subject": "",
            "text": self.rng.choice(NOTES),
            "html": None,
            "message_id_header": None,
            "in_reply_to": None,
            "references": None,
            "content_hash": None,
            "seen": True,
            "delivery": None,
            "language": "en",
            "extra": {},
        }

    def _conversation(
        self,
        conv_id: int,
        channel: Channel,
        account: int,
        person: _Person,
        subject: str,
        thread: list[dict[str, Any]],
        external_id: str,
    ) -> dict[str, Any]:
        visible = [m for m in thread if m["direction"] != Direction.NOTE]
        last = max(thread, key=lambda m: (m["sent_at"], m["id"]))
        status, snoozed_until, unread = self._status_for(last["sent_at"], visible[-1]["direction"] == Direction.IN)
        if unread:
            for m in thread:
                if m["direction"] == Direction.IN and m is visible[-1]:
                    m["seen"] = False
        assignee = None if (status == Status.OPEN and self.rng.random() < 0.3) else self.rng.choice(TEAM)[0]
        return {
            "id": conv_id,
            "channel": channel,
            "account_id": account,
            "external_id": external_id,
            "subject": subject,
            "thread_subject": normalize_subject(subject),
            "snippet": last["text"][:200],
            "status": status,
            "priority": self.rng.choices(list(Priority), [5, 70, 18, 7])[0],
            "assignee": assignee,
            "customer_id": person.id,
            "unread": unread,
            "message_count": len(thread),
            "snoozed_until": snoozed_until,
            "created_at": thread[0]["sent_at"],
            "last_activity_at": last["sent_at"],
            "extra": {},
        }

    def _tags(self, conv_id: int, topic: str) -> list[dict[str, Any]]:
        rows = [{"conversation_id": conv_id, "tag": topic}]
        if self.rng.random() < 0.06:
            rows.append({"conversation_id": conv_id, "tag": "vip"})
        if self.rng.random() < 0.04:
            rows.append({"conversation_id": conv_id, "tag": "bug"})
        return rows

    def _tickets(self, session: Any) -> list[int]:
        conv_id = self._next_id(session, Conversation)
        msg_id = self._next_id(session, Message)
        account = self.ids["tickets"]
        conversations: list[dict[str, Any]] = []
        messages: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        for number in range(1001, 1001 + TICKETS):
            person = self.rng.choice(self.customers)
            lang = person.language
            topic = self.rng.choice(list(TOPICS))
            subjects, bodies, replies = TOPICS[topic][lang]
            values = self._values(lang)
            pick = self.rng.randrange(len(bodies))  # subject, question and answer of one kind belong together
            subject = self._fill(subjects[SUBJECT_OF[topic][pick]], person, values)
            when = self._office_time(self.rng.random() ** 1.5 * DAYS)
            thread: list[dict[str, Any]] = []
            for step in range(self.rng.choice([2, 2, 3, 3, 4])):
                if step and when > self.now - timedelta(minutes=2):
                    break
                if step == 1 and self.rng.random() < 0.35:
                    note = self._note(msg_id, conv_id, account, when)
                    thread.append(note | {"external_id": f"{number}-{step}"})
                    msg_id += 1
                    when = self._office_time_after(note["sent_at"], self.rng.uniform(1, 20))
                    continue
                incoming = step % 2 == 0
                agent = self.rng.choice(TEAM)[1]
                text = self._fill(
                    (bodies if incoming else replies)[pick % len(bodies if incoming else replies)], person, values
                )
                thread.append(
                    {
                        "id": msg_id,
                        "conversation_id": conv_id,
                        "account_id": account,
                        "direction": Direction.IN if incoming else Direction.OUT,
                        "sender": f"{person.name} <{person.addresses[0]}>" if incoming else agent,
                        "recipients": "",
                        "sent_at": when,
                        "subject": subject,
                        "text": text,
                        "html": None,
                        "message_id_header": None,
                        "in_reply_to": None,
                        "references": None,
                        "external_id": f"{number}-{step}",
                        "content_hash": None,
                        "seen": True,
                        "delivery": None if incoming else "sent",
                        "language": lang,
                        "extra": {},
                    }
                )
                msg_id += 1
                when = self._office_time_after(when, self.rng.uniform(1, 40))
            conversations.append(
                self._conversation(conv_id, Channel.TICKET, account, person, subject, thread, str(number))
            )
            conversations[-1]["remote_version"] = thread[-1]["sent_at"].isoformat()
            tags += self._tags(conv_id, topic)
            messages += thread
            conv_id += 1
        self._insert(session, conversations, messages, tags)
        self.summary.tickets = len(conversations)
        self.summary.ticket_messages = len(messages)
        return [c["id"] for c in conversations]

    def _insert(
        self,
        session: Any,
        conversations: list[dict[str, Any]],
        messages: list[dict[str, Any]],
        tags: list[dict[str, Any]],
    ) -> None:
        session.execute(insert(Conversation), conversations)
        for m in messages:
            m.setdefault("external_id", None)
        session.execute(insert(Message), messages)
        session.execute(insert(ConversationTag), tags)
        self.summary.conversations += len(conversations)
        self.summary.languages |= {m["language"] for m in messages if m["language"]}

    def _reminders(self, session: Any, conversation_ids: list[int]) -> None:
        open_ids = list(
            session.scalars(
                select(Conversation.id).where(
                    Conversation.id.in_(conversation_ids), Conversation.status.in_([Status.OPEN, Status.PENDING])
                )
            )
        )
        self.rng.shuffle(open_ids)
        notes = [
            "Call back about the refund",
            "Check the carrier claim",
            "Ask if the exchange fits",
            "Send the new invoice",
            "Follow up on the warranty photo",
        ]
        rows = []
        for i, cid in enumerate(open_ids[:24]):
            due = self.now + timedelta(hours=self.rng.randint(-30, 120)) if i % 4 else self.now - timedelta(hours=i + 1)
            rows.append(
                {
                    "conversation_id": cid,
                    "due_at": due,
                    "note": notes[i % len(notes)],
                    "created_at": self.now - timedelta(days=1),
                    "done_at": None,
                }
            )
        if rows:
            session.execute(insert(Reminder), rows)
        self.summary.reminders = len(rows)

    def _calendar(self, session: Any) -> None:
        shifts = [["09:00", "12:30"], ["13:30", "17:00"]]
        session.add(
            BusinessCalendar(
                name="Kestrel office (Berlin)",
                timezone="Europe/Berlin",
                weekly_hours={day: shifts for day in ("mon", "tue", "wed", "thu", "fri")},
                country="DE",
                region="BE",
                closed_days=[f"{self.now.year}-12-24", f"{self.now.year}-12-31"],
                is_default=True,
            )
        )

    def _canned(self, session: Any) -> None:
        path = resource_path("canned", "starter.json")
        try:
            entries = parse_json(path.read_text(encoding="utf-8"))
        except OSError:
            log.warning("starter canned replies not found at %s; the demo has none", path)
            return
        added, _updated = save_entries(session, entries)
        self.summary.canned_replies = added


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))


# First response within 4 business hours (1 for urgent), next response within a business day, resolution
# within 3 business days: what a small shop promises on its contact page.
DEMO_SLA_POLICIES = {
    "urgent": {"first_response": {"hours": 1}, "next_response": {"hours": 4}, "resolution": {"hours": 16}},
    "high": {"first_response": {"hours": 2}, "next_response": {"hours": 6}, "resolution": {"hours": 16}},
    "default": {"first_response": {"hours": 4}, "next_response": {"hours": 8}, "resolution": {"hours": 24}},
}


def build_demo_workspace(store: Store, *, seed: int = 7, now: datetime | None = None) -> DemoSummary:
    """Fill an empty workspace with the demo shop's support history."""
    return _Builder(store, seed, now or utcnow()).build()
