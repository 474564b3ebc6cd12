"""Composing replies that thread correctly in the customer's mail program."""

from __future__ import annotations

import email.utils
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

from agentdesk.domain.threading import normalize_message_id

REPLY_PREFIX = "Re: "
MAX_REFERENCES = 20  # keep the header short; the root and the newest ids matter most


def new_message_id(domain: str) -> str:
    """A globally unique Message-ID (without angle brackets) under our own domain."""
    return f"{uuid.uuid4().hex}@{domain or 'agentdesk.invalid'}"


def reply_subject(subject: str) -> str:
    stripped = subject.strip()
    if stripped.lower().startswith(("re:", "aw:", "sv:", "rv:")):
        return stripped
    return REPLY_PREFIX + stripped


def reply_references(parent_references: Sequence[str], parent_message_id: str | None) -> list[str]:
    refs = [r for r in (normalize_message_id(x) for x in parent_references) if r]
    parent = normalize_message_id(parent_message_id)
    if parent and parent not in refs:
        refs.append(parent)
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1) :]
    return refs


def quote(text: str, author: str, when: datetime | None) -> str:
    header = f"On {when:%Y-%m-%d %H:%M}, {author} wrote:" if when else f"{author} wrote:"
    lines = text.rstrip().splitlines() or [""]
    return header + "\n" + "\n".join("> " + line if line else ">" for line in lines)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class OutgoingMail:
    from_addr: str
    from_name: str
    to: list[str]
    subject: str
    body: str
    message_id: str  # without angle brackets; decided before the first attempt so a retry can be recognised
    date: datetime
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    html: str | None = None  # a text/html alternative to `body` (the composer's formatting)

    def to_bytes(self) -> bytes:
        msg = EmailMessage(policy=SMTP)
        msg["From"] = email.utils.formataddr((self.from_name, self.from_addr))
        msg["To"] = ", ".join(self.to)
        if self.cc:
            msg["Cc"] = ", ".join(self.cc)
        msg["Subject"] = self.subject
        msg["Date"] = email.utils.format_datetime(self.date)
        msg["Message-ID"] = f"<{self.message_id}>"
        if self.in_reply_to:
            msg["In-Reply-To"] = f"<{self.in_reply_to}>"
        if self.references:
            msg["References"] = " ".join(f"<{r}>" for r in self.references)
        msg["User-Agent"] = "AgentDesk"
        msg.set_content(self.body)
        if self.html:
            msg.add_alternative(self.html, subtype="html")
        for att in self.attachments:
            maintype, _, subtype = att.content_type.partition("/")
            msg.add_attachment(
                att.data, maintype=maintype or "application", subtype=subtype or "octet-stream", filename=att.filename
            )
        return msg.as_bytes()


def compose_reply(
    *,
    from_addr: str,
    from_name: str,
    to: Sequence[str],
    parent_subject: str,
    parent_message_id: str | None,
    parent_references: Sequence[str],
    body: str,
    date: datetime,
    quoted: str | None = None,
    cc: Sequence[str] = (),
    attachments: Sequence[Attachment] = (),
    message_id: str | None = None,
) -> OutgoingMail:
    domain = from_addr.rpartition("@")[2]
    full_body = body.rstrip() + ("\n\n" + quoted if quoted else "") + "\n"
    return OutgoingMail(
        from_addr=from_addr,
        from_name=from_name,
        to=list(to),
        cc=list(cc),
        subject=reply_subject(parent_subject),
        body=full_body,
        message_id=message_id or new_message_id(domain),
        date=date,
        in_reply_to=normalize_message_id(parent_message_id),
        references=reply_references(parent_references, parent_message_id),
        attachments=list(attachments),
    )
