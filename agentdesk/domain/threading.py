"""Which conversation a message belongs to: Message-ID chains first, then subject and participants.

The persistent half of JWZ threading lives in the cache (`thread_refs`: every Message-ID a conversation has seen,
its own or referenced), so messages may arrive in any order: newest first, a reply before its parent.
This module holds the pure rules: normalising ids and subjects, and the fallback for clients that drop headers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

# Reply and forward prefixes in the languages our users write (and those their customers' mail programs use).
_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|antw|wg|fw|fwd|tr|rv|rif|sv|vs|odp|balas|bls|fwd?|enc|res|r|रे|जवाब)"
    r"(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)+",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_MSGID = re.compile(r"<([^<>\s]+)>")

# How long a "Re: same subject" from the same customer without any references may reopen a thread.
SUBJECT_FALLBACK_WINDOW = timedelta(days=30)


def normalize_subject(subject: str) -> str:
    """The subject without reply/forward prefixes or list tags, case-folded, whitespace collapsed."""
    stripped = _PREFIX.sub("", subject or "")
    return _SPACE.sub(" ", stripped).strip().casefold()


def is_reply_subject(subject: str) -> bool:
    return bool(_PREFIX.match(subject or "")) and normalize_subject(subject) != (subject or "").strip().casefold()


def normalize_message_id(value: str | None) -> str | None:
    """`<ABC@host>` → `ABC@host`; ids compare case-sensitively on the local part, so only the brackets go."""
    if not value:
        return None
    match = _MSGID.search(value)
    text = match.group(1) if match else value.strip().strip("<>").strip()
    return text or None


def parse_references(value: str | None) -> list[str]:
    """All ids in a References or In-Reply-To header, in order, without duplicates."""
    if not value:
        return []
    found = _MSGID.findall(value)
    if not found:
        found = [part.strip("<>") for part in value.split() if "@" in part]
    seen: dict[str, None] = {}
    for item in found:
        if item:
            seen.setdefault(item, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class ThreadKeys:
    """What a message tells us about its thread."""

    own_id: str | None
    parents: tuple[str, ...]  # In-Reply-To first, then References newest to oldest

    @property
    def all_ids(self) -> tuple[str, ...]:
        return ((self.own_id,) if self.own_id else ()) + self.parents


def thread_keys(message_id: str | None, in_reply_to: str | None, references: Iterable[str]) -> ThreadKeys:
    own = normalize_message_id(message_id)
    parents: dict[str, None] = {}
    for ref in parse_references(in_reply_to):
        parents.setdefault(ref, None)
    for raw in reversed(list(references)):
        parent = normalize_message_id(raw)
        if parent:
            parents.setdefault(parent, None)
    if own:
        parents.pop(own, None)
    return ThreadKeys(own_id=own, parents=tuple(parents))


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing conversation that might continue: for the subject-and-participants fallback."""

    conversation_id: int
    normalized_subject: str
    customer_id: int | None
    last_activity_at: datetime


def subject_fallback(
    subject: str, customer_id: int | None, sent_at: datetime, candidates: Iterable[Candidate]
) -> int | None:
    """A reply-looking message with no usable references joins the same customer's thread on the same subject.

    Only for messages whose subject carries a reply prefix, only with the same customer, and only within
    `SUBJECT_FALLBACK_WINDOW` of that thread's last activity: two customers asking "Order status" never merge.
    """
    if customer_id is None or not is_reply_subject(subject):
        return None
    wanted = normalize_subject(subject)
    if not wanted:
        return None
    best: Candidate | None = None
    for cand in candidates:
        if cand.customer_id != customer_id or cand.normalized_subject != wanted:
            continue
        if abs(sent_at - cand.last_activity_at) > SUBJECT_FALLBACK_WINDOW:
            continue
        if best is None or cand.last_activity_at > best.last_activity_at:
            best = cand
    return best.conversation_id if best else None
