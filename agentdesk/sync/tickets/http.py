"""JSON over HTTP for the ticket connectors: clear errors, rate limits, back-off on server trouble.

Every failure becomes a `SyncError` that names the account and says what to do. An HTML page where JSON was
expected (a sign-in page, a proxy's error page) and a cut-off answer are told apart from a refused login.
Rate limits are honoured in both spellings seen in the wild (`x-rate-limit-*` and `ratelimit-*`), and a 429's
`Retry-After` is waited out when it is short.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from agentdesk import __version__
from agentdesk.i18n import QT_TRANSLATE_NOOP, Text
from agentdesk.sync.errors import AuthError, ConfigError, OfflineError, ServerError, SyncError

log = logging.getLogger("agentdesk.sync.tickets.http")

MAX_ATTEMPTS = 4
MAX_WAIT = 60.0  # a Retry-After longer than this ends the pass with a retryable error instead of blocking it
BACKOFF = (0.5, 1.0, 2.0)


# What `what` names, said in the reader's language inside the messages above.
_SYSTEMS = {
    "ticket system": QT_TRANSLATE_NOOP("SyncError", "ticket system"),
    "RT server": QT_TRANSLATE_NOOP("SyncError", "RT server"),
    "Zendesk": QT_TRANSLATE_NOOP("SyncError", "Zendesk"),
}


class NotFound(SyncError):
    kind = "server"
    retryable = False


class Conflict(SyncError):
    """HTTP 409/412: the server refused a change because its precondition no longer holds."""

    kind = "conflict"
    retryable = False

    def __init__(self, account: str, what: str, body: Any) -> None:
        super().__init__(account, what)
        self.body = body


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: Mapping[str, str]
    data: Any  # decoded JSON (None for an empty body)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def rate_limit_remaining(headers: Mapping[str, str]) -> tuple[int | None, float | None]:
    """(requests left, seconds until the window resets) from either spelling of the headers."""
    lowered = {k.lower(): v for k, v in headers.items()}
    remaining = lowered.get("x-rate-limit-remaining", lowered.get("ratelimit-remaining"))
    reset = lowered.get("ratelimit-reset", lowered.get("x-rate-limit-reset"))
    try:
        left = int(str(remaining).strip()) if remaining is not None else None
    except ValueError:
        left = None
    try:
        wait = float(str(reset).strip()) if reset is not None else None
    except ValueError:
        wait = None
    return left, wait


class JsonHttp:
    """A small JSON client for one account. Safe to use from several threads (a session per thread)."""

    def __init__(
        self,
        account: str,
        base_url: str,
        *,
        auth: tuple[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        what: str = "ticket system",
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(
                account,
                QT_TRANSLATE_NOOP("SyncError", "The address '{url}' of '{account}' is not a web address.").fill(
                    url=base_url, account=account
                ),
                QT_TRANSLATE_NOOP("SyncError", "Give the full address, starting with https://."),
            )
        self.account = account
        self.base_url = base_url.rstrip("/") + "/"
        self.host = parts.netloc
        self.auth = auth
        self.headers = {"Accept": "application/json", "User-Agent": f"AgentDesk/{__version__}", **(headers or {})}
        self.timeout = timeout
        self.sleep = sleep
        self.what = what
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self.requests_made = 0

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers.update(self.headers)
            if self.auth is not None:
                session.auth = self.auth
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else urljoin(self.base_url, path.lstrip("/"))

    # --- the request loop ------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        raw: bool = False,
        read_only: bool = False,
        content: bytes | None = None,
    ) -> Response:
        """`content`: a body sent as it is (give its Content-Type in `headers`) instead of `json_body`."""
        url = self.url(path)
        last_error: SyncError | None = None
        # Only reads are repeated after a 5xx or a cut-off answer: a write may have been applied. A search sent
        # as a POST (its query too long for a URL) says so with read_only.
        repeatable = read_only or method in ("GET", "HEAD")
        for attempt in range(MAX_ATTEMPTS):
            try:
                with self._lock:
                    self.requests_made += 1
                reply = self._session().request(
                    method,
                    url,
                    params=params,
                    json=json_body if content is None else None,
                    data=content,
                    headers=dict(headers or {}),
                    timeout=self.timeout,
                )
            except requests.exceptions.InvalidURL as exc:
                raise ConfigError(
                    self.account,
                    QT_TRANSLATE_NOOP("SyncError", "The address '{url}' of '{account}' is not valid ({detail}).").fill(
                        url=url, account=self.account, detail=exc
                    ),
                    QT_TRANSLATE_NOOP("SyncError", "Correct the account's address."),
                ) from exc
            except requests.exceptions.Timeout as exc:
                last_error = OfflineError(
                    self.account,
                    QT_TRANSLATE_NOOP("SyncError", "{where} did not answer in time.").fill(where=self._where()),
                    QT_TRANSLATE_NOOP(
                        "SyncError", "AgentDesk will try again by itself; check your connection if this persists."
                    ),
                )
                if not repeatable:
                    last_error.maybe_delivered = not isinstance(exc, requests.exceptions.ConnectTimeout)
                    raise last_error from exc
            except requests.exceptions.ConnectionError as exc:
                error = OfflineError(
                    self.account,
                    QT_TRANSLATE_NOOP("SyncError", "{where} could not be reached ({detail}).").fill(
                        where=self._where(), detail=_reason(exc)
                    ),
                    QT_TRANSLATE_NOOP(
                        "SyncError",
                        "Check the address and your connection; AgentDesk keeps working offline and tries again later.",
                    ),
                )
                # A write that never got a connection certainly did not arrive; one cut off later may have.
                error.maybe_delivered = not repeatable and not _never_connected(exc)
                raise error from exc
            else:
                outcome = self._judge(method, url, reply, raw)
                if isinstance(outcome, Response):
                    self._respect_rate_limit(reply.headers)
                    return outcome
                wait, last_error = outcome
                last_error.status = reply.status_code
                if not repeatable and reply.status_code != 429:
                    last_error.maybe_delivered = reply.status_code >= 500  # a 4xx answer refused it
                    if 400 <= reply.status_code < 500 and reply.status_code != 408:
                        last_error.retryable = False  # refused: the same request would be refused again
                        last_error.todo = "Retry it once the cause is fixed, or discard it."
                    raise last_error
                if wait is None or wait > MAX_WAIT:
                    raise last_error
                if attempt + 1 < MAX_ATTEMPTS:
                    log.info("%s: %s; trying again in %.1f s", self.account, last_error.what, wait)
                    self.sleep(wait)
                continue
            if attempt + 1 < MAX_ATTEMPTS:
                self.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
        assert last_error is not None
        raise last_error

    def _where(self) -> Text:
        """ "The RT server at host for 'account'", to begin a sentence."""
        system = _SYSTEMS.get(self.what, self.what)
        return QT_TRANSLATE_NOOP("SyncError", "The {system} at {host} for '{account}'").fill(
            system=system, host=self.host, account=self.account
        )

    def _respect_rate_limit(self, headers: Mapping[str, str]) -> None:
        left, reset = rate_limit_remaining(headers)
        if left is not None and left <= 0 and reset is not None and 0 < reset <= MAX_WAIT:
            log.info("%s: rate limit used up; waiting %.1f s", self.account, reset)
            self.sleep(reset)

    def _judge(
        self, method: str, url: str, reply: requests.Response, raw: bool
    ) -> Response | tuple[float | None, SyncError]:
        """A good answer, or (seconds to wait before trying again or None, the error)."""
        status = reply.status_code
        where = self._where()
        if status == 429:
            wait = _retry_after(reply.headers)
            _left, reset = rate_limit_remaining(reply.headers)
            wait = wait if wait is not None else reset if reset is not None else BACKOFF[-1]
            return wait, ServerError(
                self.account,
                QT_TRANSLATE_NOOP(
                    "SyncError", "{where} asks AgentDesk to slow down (rate limit; retry after {seconds} s)."
                ).fill(where=where, seconds=f"{wait:.0f}"),
                QT_TRANSLATE_NOOP("SyncError", "AgentDesk waits and tries again by itself."),
            )
        if status in (401, 403):
            return None, AuthError(
                self.account,
                QT_TRANSLATE_NOOP("SyncError", "{where} refused the sign-in (HTTP {status}).").fill(
                    where=where, status=status
                ),
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "Check the user name and password or API token, then add the account again with "
                    "`agentdesk account add … --password-stdin` (or `--token-stdin`).",
                ),
            )
        if status == 404:
            return None, NotFound(
                self.account,
                QT_TRANSLATE_NOOP("SyncError", "{where} has nothing at {path} (HTTP 404).").fill(
                    where=where, path=urlsplit(url).path
                ),
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "Check the account's address; for RT it ends before /REST/2.0, for Zendesk it is "
                    "https://yourcompany.zendesk.com.",
                ),
            )
        if status in (409, 412):
            return None, Conflict(
                self.account,
                QT_TRANSLATE_NOOP(
                    "SyncError", "{where} refused the change because the ticket changed meanwhile (HTTP {status})."
                ).fill(where=where, status=status),
                _try_json(reply.content),
            )
        if status >= 500:
            return BACKOFF[-1], ServerError(
                self.account,
                QT_TRANSLATE_NOOP("SyncError", "{where} had an internal problem (HTTP {status}).").fill(
                    where=where, status=status
                ),
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "AgentDesk will try again by itself; if it persists, ask the ticket system's administrator.",
                ),
            )
        if status >= 400:
            detail = _error_detail(reply.content)
            return None, ServerError(
                self.account,
                QT_TRANSLATE_NOOP("SyncError", "{where} refused a request (HTTP {status}).").fill(
                    where=where, status=f"{status}{': ' + detail if detail else ''}"
                ),
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "This is kept in the outbox or retried on the next sync; report it if it keeps happening.",
                ),
            )
        if raw:
            return Response(status, reply.headers, reply.content)
        content_type = reply.headers.get("Content-Type", "").lower()
        body = reply.content
        if not body.strip():
            return Response(status, reply.headers, None)
        if "html" in content_type or body.lstrip()[:1] == b"<":
            error = ConfigError(
                self.account,
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "{where} answered with a web page instead of data (often a sign-in page or a proxy's error page).",
                ).fill(where=where),
                QT_TRANSLATE_NOOP(
                    "SyncError",
                    "Check that the account's address is the ticket system's own address and that no sign-in page "
                    "sits in front of its API.",
                ),
            )
            return None, error
        try:
            return Response(status, reply.headers, json.loads(body))
        except (ValueError, UnicodeDecodeError):
            return BACKOFF[0], ServerError(
                self.account,
                QT_TRANSLATE_NOOP("SyncError", "{where} sent an incomplete or damaged answer.").fill(where=where),
                QT_TRANSLATE_NOOP("SyncError", "AgentDesk will try again by itself; nothing in the cache was changed."),
            )

    # --- shortcuts -------------------------------------------------------------------------------

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None).data


def _try_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None


def _error_detail(body: bytes) -> str:
    data = _try_json(body)
    if isinstance(data, dict):
        for key in ("message", "description", "error"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value[:200]
            if isinstance(value, dict) and isinstance(value.get("message"), str):
                return str(value["message"])[:200]
    return ""


def _reason(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host", "timed out"):
        if marker in text:
            return marker.lower()
    return exc.__class__.__name__


def _never_connected(exc: BaseException) -> bool:
    """Whether a connection error happened before any byte of the request left (refused, unreachable, DNS)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, urllib3.exceptions.NewConnectionError | urllib3.exceptions.NameResolutionError):
            return True
        if isinstance(current, urllib3.exceptions.MaxRetryError) and current.reason is not None:
            current = current.reason
            continue
        nested = current.args[0] if current.args and isinstance(current.args[0], BaseException) else None
        current = nested or current.__cause__ or current.__context__
    return False
