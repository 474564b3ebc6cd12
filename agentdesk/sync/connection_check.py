"""'Test connection' for a new account: log in to IMAP and SMTP, or to a ticket system, and say in plain words
what worked and what did not."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from agentdesk.i18n import QT_TRANSLATE_NOOP
from agentdesk.store.models import AccountKind
from agentdesk.sync.errors import AuthError, ConfigError, SyncError, classify_network_error
from agentdesk.sync.imap_connection import imap_session, list_folders
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.sync.tickets.http import NotFound
from agentdesk.sync.tickets.rt import RtConnector
from agentdesk.sync.tickets.sync import make_connector
from agentdesk.sync.tickets.zendesk import ZendeskConnector

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
            QT_TRANSLATE_NOOP("SyncError", "The mail server {host} refused the login ({code}).").fill(
                host=host, code=exc.smtp_code
            ),
            QT_TRANSLATE_NOOP(
                "SyncError", "Check the user name and password; some providers need an app password for mail programs."
            ),
        ) from exc
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise classify_network_error(account, host, exc) from exc


# --- ticket systems --------------------------------------------------------------------------------


@dataclass
class TicketConnectionReport:
    ok: bool = False
    problem: SyncError | None = None
    sample_tickets: int = 0  # tickets seen in the one small page the check reads


def ticket_url(account: str, url: str) -> str:
    """The ticket system's own address as AgentDesk stores it (no trailing slash, no /REST/2.0)."""
    cleaned = url.strip().rstrip("/")
    if not cleaned.startswith(("http://", "https://")):
        raise ConfigError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "The address '{url}' is not a web address.").fill(url=url.strip()),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "Give the full address, starting with https:// (for example https://yourcompany.zendesk.com).",
            ),
        )
    return cleaned.removesuffix("/REST/2.0")


def check_ticket_account(
    kind: AccountKind, account: str, settings: dict[str, Any], secret: str
) -> TicketConnectionReport:
    """Sign in and read one small page the way a sync does; never raises for server trouble."""
    report = TicketConnectionReport()
    try:
        url = ticket_url(account, str(settings.get("url") or ""))
        connector = make_connector(kind, account, {**settings, "url": url}, secret)
        try:
            if isinstance(connector, ZendeskConnector):
                # the incremental export is what sync reads, and it needs an administrator's token
                params = {"start_time": 0, "per_page": 1}
                data = connector.http.request("GET", "api/v2/incremental/tickets/cursor.json", params=params).data
                report.sample_tickets = len(data.get("tickets") or []) if isinstance(data, dict) else 0
            elif isinstance(connector, RtConnector):
                queue = settings.get("queue")
                if queue:
                    connector.http.request("GET", f"queue/{quote(str(queue), safe='')}")
                data = connector.http.request(
                    "GET", "tickets", params={"query": connector._query(None), "per_page": 1, "fields": "id"}
                ).data
                report.sample_tickets = len(data.get("items") or []) if isinstance(data, dict) else 0
        finally:
            connector.close()
        report.ok = True
    except SyncError as exc:
        report.problem = _plain_ticket_problem(kind, account, settings, exc)
    return report


def _plain_ticket_problem(kind: AccountKind, account: str, settings: dict[str, Any], exc: SyncError) -> SyncError:
    """The connectors' advice is written for `agentdesk sync`; here the person is filling in a form."""
    system = "Zendesk" if kind == AccountKind.ZENDESK else "Request Tracker"
    if isinstance(exc, AuthError):
        if kind != AccountKind.ZENDESK:
            todo = QT_TRANSLATE_NOOP("SyncError", "Check the user name and password, then test again.")
        elif "403" in exc.what:
            todo = QT_TRANSLATE_NOOP(
                "SyncError",
                "AgentDesk reads Zendesk's ticket export, which needs an administrator's API token. "
                "Check the agent's email address and API token, then test again.",
            )
        else:
            todo = QT_TRANSLATE_NOOP("SyncError", "Check the agent's email address and API token, then test again.")
        return AuthError(account, exc.what, todo)
    if isinstance(exc, NotFound) and kind == AccountKind.RT and settings.get("queue") and "/queue/" in exc.what:
        return ConfigError(
            account,
            QT_TRANSLATE_NOOP(
                "SyncError", "Request Tracker has no queue named '{queue}' (or this user may not see it)."
            ).fill(queue=settings["queue"]),
            QT_TRANSLATE_NOOP(
                "SyncError", "Check the queue's name, or leave the queue empty to read every queue the user can see."
            ),
        )
    if isinstance(exc, NotFound):
        return ConfigError(
            account,
            QT_TRANSLATE_NOOP("SyncError", "There is no {system} API at this address ({detail}).").fill(
                system=system, detail=exc.what
            ),
            QT_TRANSLATE_NOOP(
                "SyncError",
                "For Request Tracker give the address you open in the browser (without /REST/2.0); "
                "for Zendesk it is https://yourcompany.zendesk.com.",
            ),
        )
    return exc
