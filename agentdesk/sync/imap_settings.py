"""Connection settings of an IMAP account (no secrets), as stored in `Account.settings`."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP

Security = Literal["ssl", "starttls", "none"]
SECURITY_CHOICES: tuple[Security, ...] = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
DEFAULT_SMTP_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: Security
    username: str
    folders: list[str] = field(default_factory=list)  # empty: INBOX and the \Sent folder
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: Security = "starttls"
    smtp_username: str | None = None
    allow_plaintext: bool = False
    address: str | None = None

    def check(self, account: str) -> None:
        for security, host in ((self.security, self.host), (self.smtp_security, self.smtp_host or self.host)):
            if security == "none" and not is_loopback(host) and not self.allow_plaintext:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "The account '{account}' would send its password unencrypted to {host}."
                    ).fill(account=account, host=host),
                    QT_TRANSLATE_NOOP(
                        "UserError", "Use --security ssl or starttls; only if you really must, add --allow-plaintext."
                    ),
                )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImapSettings:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("security", "ssl")
        values.setdefault("port", DEFAULT_PORTS[values["security"]])
        values.setdefault("username", "")
        values.setdefault("host", "")
        values["folders"] = list(values.get("folders") or [])
        return cls(**values)
