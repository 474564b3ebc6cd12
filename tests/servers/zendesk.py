"""A local emulator of the parts of Zendesk's Support API that AgentDesk uses, on 127.0.0.1.

It follows the published API (developer.zendesk.com, "Incremental Exports", "Tickets", "Ticket Comments",
"Users", "Rate limits"):
- `GET /api/v2/incremental/tickets/cursor.json?start_time=…|cursor=…[&per_page=…]`: tickets ordered by their
  `generated_timestamp`, `after_cursor`/`after_url`/`before_cursor`/`before_url`, `end_of_stream`; changes from
  the last minute are left out (as Zendesk does since 2024), and at most `export_limit` requests a minute are
  answered (10 by default), after that 429 with `Retry-After`;
- `GET /api/v2/tickets/{id}.json`, `GET /api/v2/tickets/{id}/comments.json` (offset pages with `next_page`),
  `GET /api/v2/users/show_many.json?ids=…`, attachment `content_url`s;
- `POST /api/v2/uploads[.json]?filename=…[&token=…]` ("Upload Files": the file's bytes as the body, 201 with
  `upload.token`, `upload.attachment(s)`; files over 50 MB, Zendesk's documented limit, or over `upload_limit`
  are refused with 413), and a comment's `uploads: [tokens]` attaching them (`attachments` with `content_url`,
  `size`, `content_type`; an upload token names its files until used, unknown tokens are ignored);
- `PUT /api/v2/tickets/{id}.json` with `comment`, `status`, `priority`, `tags`, `additional_tags`,
  `remove_tags`, `assignee_id`/`assignee_email`, and `safe_update` + `updated_stamp`: a stale stamp is
  409 `UpdateConflict`;
- API-token basic auth (`{email}/token:{token}`), 401 otherwise; rate-limit headers in either spelling.

Time is the emulator's own clock (`advance()`), so tests never wait out the one-minute delay. Faults can be
injected per path (`fail()`): a status, an HTML page, a cut-off JSON body.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

EMAIL = "agent@example.test"
TOKEN = "zendesk-test-token"
EXPORT_DELAY = 60  # seconds: the export leaves out changes younger than this
START = 1_700_000_000.0


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _encode_cursor(ts: int, ticket_id: int) -> str:
    return base64.urlsafe_b64encode(f"{ts}.{ticket_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, int] | None:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, tid = text.split(".", 1)
        return int(ts), int(tid)
    except (ValueError, UnicodeDecodeError):
        return None


@dataclass
class Fault:
    path: str
    times: int
    status: int = 500
    body: bytes = b'{"error":"InternalServerError"}'
    content_type: str = "application/json"
    skip: int = 0  # let this many matching requests through first


@dataclass
class ZendeskEmulator:
    export_limit: int = 10  # export requests answered per window, then 429
    export_window: float = 60.0  # seconds (real time)
    per_page: int = 1000  # the export's default page size
    header_style: str = "both"  # "x-rate-limit", "ratelimit" or "both"
    clock: float = START
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    tickets: dict[int, dict[str, Any]] = field(default_factory=dict)
    comments: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    uploads: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # upload token -> its attachments
    upload_limit: int = 50 * 1024 * 1024  # Zendesk: "The maximum attachment size is 50 MB"
    log: list[tuple[str, str, dict[str, list[str]]]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    export_calls: list[float] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    base_url: str = ""
    # Called with (method, path) around each request, in the server's thread: `before_request` returning False
    # drops the connection unanswered; `before_answer` runs after the request took effect, before its answer
    # is sent (a test kills its client there: the change is made, the client never hears of it).
    before_request: Callable[[str, str], bool] | None = None
    before_answer: Callable[[str, str], None] | None = None
    _next_id: int = 1000

    # --- the data, as a test sets it up ----------------------------------------------------------

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.clock += seconds

    def _tick(self) -> float:
        """Every write takes a second of emulator time, so updated_at stamps never collide."""
        self.clock += 1
        return self.clock

    def add_user(self, name: str, email: str, role: str = "end-user", **extra: Any) -> int:
        with self.lock:
            uid = self.next_id()
            self.users[uid] = {
                "id": uid,
                "url": f"{self.base_url}/api/v2/users/{uid}.json",
                "name": name,
                "email": email,
                "role": role,
                "created_at": _iso(self.clock),
                "updated_at": _iso(self.clock),
                "time_zone": "Berlin",
                "locale": "en-US",
                "active": True,
                "verified": True,
                "user_fields": {},
                **extra,
            }
            return uid

    def user_by_email(self, email: str) -> int | None:
        return next((u["id"] for u in self.users.values() if u.get("email") == email), None)

    def create_ticket(
        self,
        requester: int,
        subject: str,
        body: str,
        *,
        message_id: str | None = None,
        tags: list[str] | None = None,
        attachment: tuple[str, bytes] | None = None,
    ) -> int:
        with self.lock:
            now = self._tick()
            tid = self.next_id()
            self.tickets[tid] = {
                "id": tid,
                "url": f"{self.base_url}/api/v2/tickets/{tid}.json",
                "external_id": None,
                "via": {"channel": "email" if message_id else "web", "source": {"from": {}, "to": {}, "rel": None}},
                "created_at": _iso(now),
                "updated_at": _iso(now),
                "generated_timestamp": int(now),
                "type": None,
                "subject": subject,
                "raw_subject": subject,
                "description": body,
                "priority": "normal",
                "status": "new",
                "recipient": "support@example.test",
                "requester_id": requester,
                "submitter_id": requester,
                "assignee_id": None,
                "organization_id": None,
                "group_id": None,
                "collaborator_ids": [],
                "follower_ids": [],
                "email_cc_ids": [],
                "has_incidents": False,
                "is_public": True,
                "due_at": None,
                "tags": list(tags or []),
                "custom_fields": [{"id": 360001, "value": None}],
                "satisfaction_rating": None,
                "sharing_agreement_ids": [],
                "custom_status_id": 1,
                "brand_id": 1,
                "allow_channelback": False,
                "allow_attachments": True,
                "from_messaging_channel": False,
            }
            self.comments[tid] = []
            self._comment(tid, requester, body, True, message_id, attachment, now)
            return tid

    def _comment(
        self,
        tid: int,
        author: int,
        body: str,
        public: bool,
        message_id: str | None,
        attachment: tuple[str, bytes] | None,
        now: float,
        uploaded: list[dict[str, Any]] | None = None,
    ) -> int:
        cid = self.next_id()
        attachments = list(uploaded or [])
        if attachment is not None:
            token = f"tok{cid}"
            self.files[token] = attachment[1]
            attachments.append(
                {
                    "id": self.next_id(),
                    "file_name": attachment[0],
                    "content_url": f"{self.base_url}/attachments/token/{token}/?name={attachment[0]}",
                    "content_type": "text/plain",
                    "size": len(attachment[1]),
                    "inline": False,
                    "deleted": False,
                    "thumbnails": [],
                }
            )
        system: dict[str, Any] = {"client": "Mozilla/5.0", "ip_address": "127.0.0.1"}
        if message_id:
            system.update(message_id=message_id, email_id="01H" + str(cid), raw_email_identifier=f"{cid}/raw.eml")
        self.comments[tid].append(
            {
                "id": cid,
                "type": "Comment",
                "author_id": author,
                "body": body,
                "html_body": f'<div class="zd-comment" dir="auto"><p>{body}</p></div>',
                "plain_body": body,
                "public": public,
                "attachments": attachments,
                "audit_id": self.next_id(),
                "via": {"channel": "email" if message_id else "api", "source": {"from": {}, "to": {}, "rel": None}},
                "created_at": _iso(now),
                "metadata": {"system": system, "custom": {}},
            }
        )
        return cid

    def add_comment(
        self, tid: int, author: int, body: str, *, public: bool = True, message_id: str | None = None
    ) -> int:
        """A change made on the Zendesk side (by the customer or another agent)."""
        with self.lock:
            now = self._tick()
            cid = self._comment(tid, author, body, public, message_id, None, now)
            self._touch(tid, now)
            return cid

    def set_fields(self, tid: int, **fields: Any) -> None:
        with self.lock:
            now = self._tick()
            self.tickets[tid].update(fields)
            self._touch(tid, now)

    def _touch(self, tid: int, now: float) -> None:
        self.tickets[tid]["updated_at"] = _iso(now)
        self.tickets[tid]["generated_timestamp"] = int(now)

    def fail(
        self,
        path: str,
        *,
        times: int = 1,
        status: int = 500,
        body: bytes | None = None,
        content_type: str = "application/json",
        skip: int = 0,
    ) -> None:
        self.faults.append(
            Fault(
                path,
                times,
                status,
                body if body is not None else b'{"error":"InternalServerError"}',
                content_type,
                skip,
            )
        )

    # --- the API ---------------------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        path = parts.path
        with self.lock:
            self.log.append((method, path, query))
            for fault in self.faults:
                if fault.times > 0 and path.startswith(fault.path):
                    if fault.skip > 0:
                        fault.skip -= 1
                        continue
                    fault.times -= 1
                    return fault.status, {"Content-Type": fault.content_type}, fault.body
            if path.startswith("/attachments/token/"):
                token = path.split("/")[3]
                data = self.files.get(token)
                return (200, {"Content-Type": "application/octet-stream"}, data) if data is not None else _json(404, {})
            if not self._authorized(headers.get("authorization", "")):
                return _json(401, {"error": "Couldn't authenticate you"})
            if path == "/api/v2/incremental/tickets/cursor.json" and method == "GET":
                return self._export(query)
            if path == "/api/v2/users/show_many.json" and method == "GET":
                ids = [int(i) for i in query.get("ids", [""])[0].split(",") if i.strip().isdigit()][:100]
                return self._ok({"users": [self.users[i] for i in ids if i in self.users]})
            if path in ("/api/v2/uploads", "/api/v2/uploads.json") and method == "POST":
                return self._upload(query, headers, body)
            segments = path.strip("/").split("/")
            if len(segments) == 4 and segments[:3] == ["api", "v2", "tickets"] and segments[3].endswith(".json"):
                tid = int(segments[3].removesuffix(".json"))
                if tid not in self.tickets:
                    return _json(404, {"error": "RecordNotFound", "description": "Not found"})
                if method == "GET":
                    return self._ok({"ticket": self.tickets[tid]})
                if method == "PUT":
                    return self._update(tid, body)
            if len(segments) == 5 and segments[:3] == ["api", "v2", "tickets"] and segments[4] == "comments.json":
                tid = int(segments[3])
                if tid not in self.tickets:
                    return _json(404, {"error": "RecordNotFound", "description": "Not found"})
                return self._comments_page(tid, query)
            return _json(404, {"error": "InvalidEndpoint", "description": "Not found"})

    def _upload(
        self, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        name = query.get("filename", [""])[0]
        if not name:
            return _json(400, {"error": "InvalidValue", "description": "filename is required"})
        if len(body) > self.upload_limit:
            return _json(
                413,
                {
                    "error": "PayloadTooLarge",
                    "description": f"The file is larger than the maximum attachment size "
                    f"({self.upload_limit // (1024 * 1024)} MB)",
                },
            )
        token = query.get("token", [""])[0] or f"up{self.next_id()}x"
        file_token = f"file{self.next_id()}"
        self.files[file_token] = body
        content_type = headers.get("content-type", "application/binary").split(";")[0].strip()
        if content_type == "application/binary":
            content_type = "application/octet-stream"
        attachment = {
            "id": self.next_id(),
            "file_name": name,
            "content_url": f"{self.base_url}/attachments/token/{file_token}/?name={name}",
            "mapped_content_url": f"{self.base_url}/attachments/token/{file_token}/?name={name}",
            "content_type": content_type,
            "size": len(body),
            "width": None,
            "height": None,
            "inline": False,
            "deleted": False,
            "malware_access_override": False,
            "malware_scan_result": "malware_not_found",
            "url": f"{self.base_url}/api/v2/attachments/{file_token}.json",
            "thumbnails": [],
        }
        self.uploads.setdefault(token, []).append(attachment)
        status, out, payload = _json(
            201,
            {
                "upload": {
                    "token": token,
                    "expires_at": _iso(self.clock + 3600),
                    "attachment": attachment,
                    "attachments": list(self.uploads[token]),
                }
            },
        )
        out.update(self._rate_headers(699, 60))
        return status, out, payload

    def _authorized(self, header: str) -> bool:
        if not header.lower().startswith("basic "):
            return False
        try:
            user, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return user == f"{EMAIL}/token" and secret == TOKEN

    def _rate_headers(self, remaining: int, reset: int) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.header_style in ("x-rate-limit", "both"):
            headers.update({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": str(remaining)})
        if self.header_style in ("ratelimit", "both"):
            headers.update(
                {"ratelimit-limit": "700", "ratelimit-remaining": str(remaining), "ratelimit-reset": str(reset)}
            )
        return headers

    def _ok(self, data: Any, extra_headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = _json(200, data)
        headers.update(self._rate_headers(699, 60))
        headers.update(extra_headers or {})
        return status, headers, body

    def _export(self, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        real_now = time.monotonic()
        self.export_calls = [t for t in self.export_calls if real_now - t < self.export_window]
        if len(self.export_calls) >= self.export_limit:
            wait = max(1, round(self.export_window - (real_now - self.export_calls[0])))
            status, headers, body = _json(429, {"error": "APIRateLimitExceeded"})
            headers.update({"Retry-After": str(wait), **self._rate_headers(0, wait)})
            return status, headers, body
        self.export_calls.append(real_now)
        per_page = min(1000, max(1, int(query.get("per_page", [str(self.per_page)])[0])))
        horizon = int(self.clock) - EXPORT_DELAY
        if "cursor" in query:
            position = _decode_cursor(query["cursor"][0])
            if position is None:
                return _json(400, {"error": "InvalidPaginationParameter", "description": "invalid cursor"})
        elif "start_time" in query:
            start = int(query["start_time"][0])
            if start > horizon:
                return _json(
                    400,
                    {
                        "error": "InvalidValue",
                        "description": "Too recent start_time. Use a start_time older than one minute",
                    },
                )
            position = (start - 1, 2**62)  # every ticket generated at or after start_time
        else:
            return _json(400, {"error": "InvalidPaginationParameter", "description": "start_time or cursor required"})
        eligible = sorted(
            (
                t
                for t in self.tickets.values()
                if (t["generated_timestamp"], t["id"]) > position and t["generated_timestamp"] <= horizon
            ),
            key=lambda t: (t["generated_timestamp"], t["id"]),
        )
        page = eligible[:per_page]
        end = len(eligible) <= per_page
        if page:
            last = (page[-1]["generated_timestamp"], page[-1]["id"])
        else:  # nothing new up to the horizon: the next export resumes from there
            last = max(position, (horizon, 2**62))
        after = _encode_cursor(*last)
        before = _encode_cursor(*(page[0]["generated_timestamp"], page[0]["id"] - 1)) if page else None
        return self._ok(
            {
                "tickets": [{**t} for t in page],
                "after_url": f"{self.base_url}/api/v2/incremental/tickets/cursor.json?cursor={after}",
                "after_cursor": after,
                "before_url": f"{self.base_url}/api/v2/incremental/tickets/cursor.json?cursor={before}"
                if before
                else None,
                "before_cursor": before,
                "end_of_stream": end,
            }
        )

    def _comments_page(self, tid: int, query: dict[str, list[str]]) -> tuple[int, dict[str, str], bytes]:
        per_page = min(100, max(1, int(query.get("per_page", ["100"])[0])))
        page = max(1, int(query.get("page", ["1"])[0]))
        items = self.comments[tid]
        chunk = items[(page - 1) * per_page : page * per_page]
        base = f"{self.base_url}/api/v2/tickets/{tid}/comments.json"
        more = page * per_page < len(items)
        return self._ok(
            {
                "comments": chunk,
                "next_page": f"{base}?page={page + 1}&per_page={per_page}" if more else None,
                "previous_page": f"{base}?page={page - 1}&per_page={per_page}" if page > 1 else None,
                "count": len(items),
            }
        )

    def _update(self, tid: int, body: bytes) -> tuple[int, dict[str, str], bytes]:
        try:
            data = json.loads(body)["ticket"]
        except (ValueError, KeyError, TypeError):
            return _json(400, {"error": "InvalidValue", "description": "ticket missing"})
        ticket = self.tickets[tid]
        if data.get("safe_update") and data.get("updated_stamp") != ticket["updated_at"]:
            return _json(
                409,
                {
                    "error": "UpdateConflict",
                    "description": "Safe Update prevented the update due to outdated ticket data. "
                    "Please fetch the latest ticket data and try again.",
                },
            )
        now = self._tick()
        events: list[dict[str, Any]] = []
        agent = self.user_by_email(EMAIL)
        if isinstance(data.get("comment"), dict):
            comment = data["comment"]
            uploaded = [a for token in comment.get("uploads") or [] for a in self.uploads.pop(str(token), [])]
            cid = self._comment(
                tid,
                agent or 0,
                str(comment.get("body", "")),
                bool(comment.get("public", True)),
                None,
                None,
                now,
                uploaded,
            )
            events.append(
                {"id": cid, "type": "Comment", "public": bool(comment.get("public", True)), "attachments": uploaded}
            )
        for key in ("status", "priority", "subject"):
            if key in data:
                events.append(
                    {
                        "id": self.next_id(),
                        "type": "Change",
                        "field_name": key,
                        "previous_value": ticket.get(key),
                        "value": data[key],
                    }
                )
                ticket[key] = data[key]
        if "tags" in data:
            ticket["tags"] = list(data["tags"])
        for tag in data.get("additional_tags", []):
            if tag not in ticket["tags"]:
                ticket["tags"].append(tag)
        for tag in data.get("remove_tags", []):
            if tag in ticket["tags"]:
                ticket["tags"].remove(tag)
        if "assignee_id" in data:
            ticket["assignee_id"] = data["assignee_id"]
        if "assignee_email" in data:
            found = self.user_by_email(data["assignee_email"])
            if found is None or self.users[found]["role"] == "end-user":
                return _json(422, {"error": "RecordInvalid", "description": "Assignee is not an agent"})
            ticket["assignee_id"] = found
        self._touch(tid, now)
        return self._ok(
            {
                "ticket": ticket,
                "audit": {
                    "id": self.next_id(),
                    "ticket_id": tid,
                    "events": events,
                    "created_at": _iso(now),
                    "author_id": agent,
                },
            }
        )


def _json(status: int, data: Any) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(data).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        emulator = self.server.emulator
        if emulator.before_request is not None and not emulator.before_request(self.command, self.path):
            self.close_connection = True
            return
        status, out_headers, payload = emulator.handle(self.command, self.path, headers, body)
        if emulator.before_answer is not None:
            emulator.before_answer(self.command, self.path)
        self.send_response(status)
        for key, value in out_headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_PUT = do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, emulator: ZendeskEmulator) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.emulator = emulator


@contextmanager
def running(emulator: ZendeskEmulator | None = None) -> Iterator[ZendeskEmulator]:
    """Serve an emulator on a free loopback port for the duration of the block."""
    emulator = emulator or ZendeskEmulator()
    server = _Server(emulator)
    emulator.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    if emulator.user_by_email(EMAIL) is None:
        emulator.add_user("Alex Agent", EMAIL, role="agent")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="zendesk-emulator", daemon=True)
    thread.start()
    try:
        yield emulator
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
