"""'Test connection' for a new account: log in to IMAP and SMTP and say in plain words what worked."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field

from agentdesk.sync.errors import AuthError, SyncError, classify_network_error
from agentdesk.sync.imap_connection import imap_session, list_folders
from agentdesk.sync.imap_settings import ImapSettings

TIMEOUT = 15.0


@dataclass
class ConnectionReport:
    imap_ok: bool = False
    smtp_ok: bool = False
    folders: list[str] = field(default_factory=list)
    sent_folder: str | None = None
    problems: list[SyncError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.imap_ok and self.smtp_ok


def check_imap_account(account: str, settings: ImapSettings, password: str) -> ConnectionReport:
    """Never raises for server trouble: every failure is a SyncError in `problems`, with advice."""
    report = ConnectionReport()
    try:
        with imap_session(account, settings, password, timeout=TIMEOUT) as client:
            folders = list_folders(client)
            report.folders = [f.name for f in folders]
            report.sent_folder = next((f.name for f in folders if f.special_use == "\\Sent"), None)
            report.imap_ok = True
    except SyncError as exc:
        report.problems.append(exc)
    try:
        _check_smtp(account, settings, password)
        report.smtp_ok = True
    except SyncError as exc:
        report.problems.append(exc)
    return report


def _check_smtp(account: str, settings: ImapSettings, password: str) -> None:
    host = settings.smtp_host or settings.host
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    settings.check(account)
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if settings.smtp_security == "ssl":
            client = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT)
        with client:
            client.ehlo()
            if settings.smtp_security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if client.has_extn("auth"):
                client.login(settings.smtp_username or settings.username, password)
            client.noop()
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthError(
            account,
            f"The mail server {host} refused the login ({exc.smtp_code}).",
            "Check the user name and password; some providers need an app password for mail programs.",
        ) from exc
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise classify_network_error(account, host, exc) from exc
