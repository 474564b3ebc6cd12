"""Request Tracker 5 over its REST 2.0 API.

Pull: a TicketSQL search on `LastUpdated` (seconds, UTC) paged 100 at a time, then per ticket its history
(transactions, with the author's name and address) and its attachments (message bodies, files, and the headers
that carry an email's Message-ID). The cursor is the server's own clock (the `Date` of the first search answer)
minus one second, so a change made in the same second as a search is found by the next one.

Push: field changes are a `PUT /ticket/{id}` with `If-Match: "<last transaction id>"` (RT answers 412 when the
ticket moved on). Replies and comments cannot carry a precondition: RT 5.0.3's correspond and comment endpoints
compute no ETag and answer 412 to every `If-Match` but `*` (tests/tickets/test_rt.py shows it), so the ticket's
ETag is compared just before posting. What is left is the time between that check and the post (one round trip,
milliseconds): a reply written by someone else in exactly that window is not caught, and it shows in the ticket
after the next pull. Tags live in a multi-value ticket custom field (default name "Tags"), which must be applied
to the ticket's queue; without it a tag change is held with a message saying so (RT itself would accept the
change and ignore it).

Pull: tickets are listed 100 at a time; their histories are read in groups, one search of the transactions
(`ObjectId IN (...)`) and one of their message parts per group, WORKERS requests at a time, instead of two
requests per ticket. Transactions of tickets merged into a listed ticket keep their old ticket id and are not
part of that search (RT's own history view adds them).
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import json
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from agentdesk.errors import UserError
from agentdesk.store.models import Direction, Priority, Status
from agentdesk.sync.errors import ServerError, SyncError
from agentdesk.sync.tickets.http import Conflict, JsonHttp, NotFound
from agentdesk.sync.tickets.model import (
    PushResult,
    RemoteAttachment,
    RemoteConflict,
    RemoteEntry,
    RemoteEvent,
    RemoteTicket,
    RemoteUser,
    TicketChange,
    TicketPage,
    TicketThread,
)

log = logging.getLogger("agentdesk.sync.tickets.rt")

PER_PAGE = 100  # RT caps per_page at 100
WORKERS = 4
TICKET_FIELDS = "Subject,Status,Priority,Owner,Requestor,Created,LastUpdated,Queue,Cc,Due,TimeWorked"
USER_FIELDS = "Name,EmailAddress,RealName"
SYSTEM_USERS = {"RT_System", "Nobody"}
MESSAGE_TYPES = {"Create", "Correspond", "Comment"}
EVENT_FIELDS = {"Status": "status", "Priority": "priority", "Owner": "assignee"}
TICKET_LIST_PARAMS = {
    "orderby": "id",
    "fields": TICKET_FIELDS,
    "fields[Owner]": USER_FIELDS,
    "fields[Requestor]": USER_FIELDS,
}
HISTORY_PARAMS = {
    "orderby": "id",
    "fields": "Type,ObjectId,Creator,Created,Field,OldValue,NewValue,Data",
    "fields[Creator]": USER_FIELDS,
}
ATTACHMENT_PARAMS = {"orderby": "id", "fields": "TransactionId,ContentType,Filename,Content,Headers,ContentLength"}
BATCH = 20  # tickets whose histories are read with one search of the transactions (and one of their attachments)


def history_query(ticket_ids: Sequence[str]) -> list[dict[str, Any]]:
    """A REST 2.0 JSON search for the transactions of these tickets."""
    return [
        {"field": "ObjectType", "value": "RT::Ticket"},
        {"field": "ObjectId", "operator": "IN", "value": [int(i) for i in ticket_ids]},
    ]


def attachment_query(transaction_ids: Sequence[str]) -> list[dict[str, Any]]:
    """A REST 2.0 JSON search for the parts (bodies, files, headers) of these transactions."""
    return [{"field": "TransactionId", "operator": "IN", "value": [int(i) for i in transaction_ids] or [0]}]


def tags_field_query(name: str) -> dict[str, str]:
    return {"query": json.dumps([{"field": "Name", "value": name}])}


_STATUS_IN = {
    "new": Status.OPEN,
    "open": Status.OPEN,
    "stalled": Status.PENDING,
    "resolved": Status.CLOSED,
    "rejected": Status.CLOSED,
    "deleted": Status.CLOSED,
}
_STATUS_OUT = {Status.OPEN: "open", Status.PENDING: "stalled", Status.CLOSED: "resolved"}
_PRIORITY_OUT = {Priority.LOW: 0, Priority.NORMAL: 50, Priority.HIGH: 75, Priority.URGENT: 100}
_MESSAGE_ID = re.compile(r"^Message-ID:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)


def rt_priority(value: Any) -> Priority:
    try:
        number = int(str(value).strip() or 0)
    except ValueError:
        return Priority.NORMAL
    if number <= 20:
        return Priority.LOW
    if number <= 50:
        return Priority.NORMAL
    if number <= 80:
        return Priority.HIGH
    return Priority.URGENT


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value or value.startswith("1970-01-01"):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _user(value: Any) -> RemoteUser | None:
    if not isinstance(value, dict):
        return None
    uid = str(value.get("Name") or value.get("id") or "")
    if not uid:
        return None
    address = str(value.get("EmailAddress") or "").strip() or None
    if address is None and "@" in uid:
        address = uid
    return RemoteUser(id=uid, name=str(value.get("RealName") or ""), email=address)


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _parts_by_transaction(attachments: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_txn: dict[str, list[dict[str, Any]]] = {}
    for att in sorted(attachments, key=lambda a: int(_str(a.get("id")) or 0)):
        by_txn.setdefault(_str(att.get("TransactionId")), []).append(att)
    return by_txn


class RtConnector:
    kind = "rt"

    def __init__(
        self,
        account: str,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        token: str | None = None,
        queue: str | None = None,
        tags_field: str = "Tags",
        timeout: float = 30.0,
    ) -> None:
        headers = {"Authorization": f"token {token}"} if token else {}
        auth = (username or "", password or "") if not token else None
        self.account = account
        self.http = JsonHttp(
            account, url.rstrip("/") + "/REST/2.0/", auth=auth, headers=headers, timeout=timeout, what="RT server"
        )
        self.queue = queue
        self.tags_field = tags_field
        self._tags_cf: str | bool | None = False  # False: not looked up yet; None: there is no such field
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        self.http.close()

    # --- pull ------------------------------------------------------------------------------------

    def _query(self, since: str | None) -> str:
        parts = []
        if self.queue:
            parts.append(f"Queue = '{self.queue}'")
        if since:
            parts.append(f"LastUpdated > '{since}'")
        return " AND ".join(parts) or "id > 0"

    def changed_tickets(self, state: dict[str, Any]) -> Iterator[TicketPage]:
        since = state.get("since")
        query = self._query(since if isinstance(since, str) else None)
        page = 1
        next_since: str | None = None
        while True:
            reply = self.http.request(
                "GET",
                "tickets",
                params={"query": query, "page": page, "per_page": PER_PAGE, **TICKET_LIST_PARAMS},
            )
            data = reply.data if isinstance(reply.data, dict) else {}
            if next_since is None:
                next_since = self._cursor_from(reply.headers.get("Date"), since)
            items = [i for i in data.get("items") or [] if isinstance(i, dict)]
            tickets = [self._ticket(i) for i in items]
            pages = int(data.get("pages") or 0)
            last = page >= pages or not items
            new_state = {"since": next_since} if last else {"since": since, "page_done": page}
            yield TicketPage([t for t in tickets if t is not None], new_state)
            if last:
                return
            page += 1

    @staticmethod
    def _cursor_from(date_header: str | None, previous: Any) -> str | None:
        """The server's clock minus a second: everything changed before it was seen by this search."""
        if not date_header:
            return previous if isinstance(previous, str) else None
        try:
            server_now = email.utils.parsedate_to_datetime(date_header)
        except (TypeError, ValueError):
            return previous if isinstance(previous, str) else None
        if server_now.tzinfo is None:
            server_now = server_now.replace(tzinfo=UTC)
        return (server_now.astimezone(UTC) - timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")

    def ticket(self, remote_id: str) -> RemoteTicket:
        data = self.http.request(
            "GET",
            "tickets",
            params={
                "query": f"id = {int(remote_id)}",
                "fields": TICKET_FIELDS,
                "fields[Owner]": USER_FIELDS,
                "fields[Requestor]": USER_FIELDS,
            },
        ).data
        items = data.get("items") if isinstance(data, dict) else None
        ticket = self._ticket(items[0]) if items else None
        if ticket is None:
            raise NotFound(self.account, f"Ticket {remote_id} is no longer on the RT server of {self.account!r}.")
        return ticket

    def _ticket(self, item: dict[str, Any]) -> RemoteTicket | None:
        remote_id = _str(item.get("id"))
        if not remote_id:
            return None
        updated = parse_time(item.get("LastUpdated")) or datetime.now(UTC)
        created = parse_time(item.get("Created")) or updated
        status_raw = _str(item.get("Status")).lower()
        owner = _user(item.get("Owner"))
        requesters = [u for u in (_user(r) for r in item.get("Requestor") or []) if u is not None]
        known = {"id", "_url", "type", "Subject", "Status", "Priority", "Owner", "Requestor", "Created", "LastUpdated"}
        extra = {k: v for k, v in item.items() if k not in known}
        extra.update({"rt_status": status_raw, "rt_priority": _str(item.get("Priority")), "url": item.get("_url")})
        return RemoteTicket(
            remote_id=remote_id,
            subject=_str(item.get("Subject")),
            status=_STATUS_IN.get(status_raw, Status.OPEN),
            priority=rt_priority(item.get("Priority")),
            created_at=created,
            updated_at=updated,
            version=None,  # the last transaction id, known once the history is read
            requesters=requesters,
            assignee=owner.id if owner is not None and owner.id not in SYSTEM_USERS else None,
            extra={"rt": extra},
        )

    def _collection(self, path: str, params: dict[str, Any], search: Any = None) -> list[dict[str, Any]]:
        """Every item of a paged collection; `search` is a JSON query sent as the body of a POST."""
        items: list[dict[str, Any]] = []
        page = 1
        method = "GET" if search is None else "POST"
        while True:
            query = {**params, "page": page, "per_page": PER_PAGE}
            data = self.http.request(method, path, params=query, json_body=search, read_only=True).data
            if not isinstance(data, dict):
                break
            items.extend(i for i in data.get("items") or [] if isinstance(i, dict))
            if page >= int(data.get("pages") or 0) or not data.get("items"):
                break
            page += 1
        return items

    def threads(self, tickets: Sequence[RemoteTicket]) -> list[TicketThread | Exception]:
        """Conversations of these tickets, read in groups (one search each) by WORKERS requests at a time."""
        if not tickets:
            return []
        tags_cf = self._tags_custom_field()
        size = max(1, min(BATCH, -(-len(tickets) // WORKERS)))  # every worker busy, at most BATCH per search
        groups = [list(tickets[i : i + size]) for i in range(0, len(tickets), size)]
        with self._lock:
            if self._pool is None:  # shared by overlapping calls, so the server never sees more than WORKERS
                self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="rt-fetch")
            pool = self._pool
        futures = [pool.submit(self._group, g, tags_cf) for g in groups]
        return [r for f in futures for r in f.result()]

    def _group(self, tickets: list[RemoteTicket], tags_cf: str | None) -> list[TicketThread | Exception]:
        if len(tickets) > 1:
            try:
                return list(self._batch(tickets, tags_cf))
            except SyncError as exc:
                if exc.kind in ("auth", "config"):
                    return [exc] * len(tickets)
                log.info("%s: batched read failed (%s); reading these tickets one by one", self.account, exc)
        results: list[TicketThread | Exception] = []
        for ticket in tickets:
            try:
                results.append(self._thread(ticket, tags_cf))
            except Exception as exc:  # reported per ticket; the rest carries on
                results.append(exc)
        return results

    def _batch(self, tickets: list[RemoteTicket], tags_cf: str | None) -> list[TicketThread]:
        """Histories of several tickets with one search of the transactions and one of their parts."""
        history = self._collection("transactions", HISTORY_PARAMS, history_query([t.remote_id for t in tickets]))
        messages = [_str(t.get("id")) for t in history if _str(t.get("Type")) in MESSAGE_TYPES]
        attachments: list[dict[str, Any]] = []
        for start in range(0, len(messages), 500):
            chunk = messages[start : start + 500]
            attachments += self._collection("attachments", ATTACHMENT_PARAMS, attachment_query(chunk))
        by_ticket: dict[str, list[dict[str, Any]]] = {t.remote_id: [] for t in tickets}
        for txn in history:
            by_ticket.setdefault(_str(txn.get("ObjectId")), []).append(txn)
        parts = _parts_by_transaction(attachments)
        return [self._build(t, by_ticket[t.remote_id], parts, tags_cf) for t in tickets]

    def _thread(self, ticket: RemoteTicket, tags_cf: str | None) -> TicketThread:
        tid = ticket.remote_id
        history = self._collection(f"ticket/{tid}/history", HISTORY_PARAMS)
        attachments = self._collection(f"ticket/{tid}/attachments", ATTACHMENT_PARAMS)
        return self._build(ticket, history, _parts_by_transaction(attachments), tags_cf)

    def _build(
        self,
        ticket: RemoteTicket,
        history: list[dict[str, Any]],
        by_txn: dict[str, list[dict[str, Any]]],
        tags_cf: str | None,
    ) -> TicketThread:
        history = sorted(history, key=lambda t: int(_str(t.get("id")) or 0))
        requester_ids = {u.id for u in ticket.requesters} | {u.email.lower() for u in ticket.requesters if u.email}
        thread = TicketThread(ticket=ticket, users=list(ticket.requesters))
        seen_users: dict[str, RemoteUser] = {u.id: u for u in ticket.requesters}
        tags: list[str] = []
        last_id = 0
        for txn in history:
            txn_id = _str(txn.get("id"))
            last_id = max(last_id, int(txn_id or 0))
            kind = _str(txn.get("Type"))
            created = parse_time(txn.get("Created")) or ticket.updated_at
            author = _user(txn.get("Creator"))
            if kind in MESSAGE_TYPES:
                is_customer = author is not None and (
                    author.id in requester_ids or (author.email or "").lower() in requester_ids
                )
                if kind == "Comment":
                    direction = Direction.NOTE
                elif kind == "Create" or is_customer:
                    direction = Direction.IN
                else:
                    direction = Direction.OUT
                if kind == "Create" and not is_customer and ticket.requesters:
                    author = ticket.requesters[0]  # entered by an agent on the requester's behalf
                if author is not None and author.id not in SYSTEM_USERS:
                    agent = RemoteUser(author.id, author.name, author.email, is_agent=not is_customer)
                    if kind != "Create" or is_customer:
                        author = agent
                    seen_users.setdefault(author.id, author)
                thread.entries.append(self._entry(txn_id, direction, author, created, by_txn.get(txn_id, [])))
            elif (kind in ("Status", "Set") and _str(txn.get("Field")) in EVENT_FIELDS) or kind == "Status":
                thread.events.append(
                    RemoteEvent(
                        txn_id,
                        EVENT_FIELDS.get(_str(txn.get("Field")), "status"),
                        _str(txn.get("OldValue")),
                        _str(txn.get("NewValue")),
                        author.id if author else "",
                        created,
                    )
                )
            elif kind == "CustomField" and tags_cf is not None and _str(txn.get("Field")) == tags_cf:
                old, new = _str(txn.get("OldValue")), _str(txn.get("NewValue"))
                if old and old in tags:
                    tags.remove(old)
                if new and new not in tags:
                    tags.append(new)
        thread.users = list(seen_users.values())
        ticket.version = str(last_id) if last_id else None
        if tags_cf is not None:
            ticket.tags = [t.lower() for t in tags]
        return thread

    def _entry(
        self,
        txn_id: str,
        direction: Direction,
        author: RemoteUser | None,
        created: datetime,
        parts: list[dict[str, Any]],
    ) -> RemoteEntry:
        text = ""
        html: str | None = None
        files: list[RemoteAttachment] = []
        message_id = None
        for part in parts:
            headers = _str(part.get("Headers"))
            content_type = _str(part.get("ContentType")).lower() or "application/octet-stream"
            filename = _str(part.get("Filename"))
            if message_id is None:
                found = _MESSAGE_ID.search(headers)
                if found and not found.group(1).startswith("<rt-"):
                    message_id = found.group(1)
            if content_type.startswith("multipart/"):
                continue
            if not filename and content_type == "text/plain" and not text:
                text = _str(part.get("Content"))
                continue
            if not filename and content_type == "text/html" and html is None:
                html = _str(part.get("Content"))
                continue
            files.append(
                RemoteAttachment(
                    remote_id=_str(part.get("id")),
                    filename=filename,
                    content_type=content_type,
                    size=int(_str(part.get("ContentLength")) or 0),
                    inline="inline" in headers.lower() and not filename,
                    ref=f"attachment/{_str(part.get('id'))}",
                )
            )
        return RemoteEntry(
            remote_id=txn_id,
            direction=direction,
            author=author,
            created_at=created,
            text=text,
            html=html,
            attachments=tuple(files),
            message_id=message_id,
        )

    def _tags_custom_field(self) -> str | None:
        if self._tags_cf is False:
            try:
                items = self._collection("customfields", tags_field_query(self.tags_field))
            except NotFound:
                items = []
            self._tags_cf = _str(items[0].get("id")) if items else None
        return self._tags_cf if isinstance(self._tags_cf, str) else None

    def download(self, ref: str) -> bytes:
        data = self.http.get(ref)
        content = data.get("Content") if isinstance(data, dict) else None
        if not isinstance(content, str):
            return b""
        try:
            return base64.b64decode(content, validate=False)
        except (binascii.Error, ValueError):
            return content.encode("utf-8")

    # --- push ------------------------------------------------------------------------------------

    def _etag(self, tid: str) -> str | None:
        reply = self.http.request("GET", f"ticket/{tid}")
        return reply.headers.get("ETag", "").strip('"') or None

    def _describe_since(self, tid: str, version: str | None) -> str:
        """What others did to the ticket after `version`, in words, for the Needs-attention reason."""
        try:
            history = self._collection(
                f"ticket/{tid}/history",
                {"fields": "Type,Creator,Field,OldValue,NewValue", "fields[Creator]": USER_FIELDS},
            )
        except Exception:
            return "it was changed on the server"
        floor = int(version) if version and version.isdigit() else 0
        said: list[str] = []
        for txn in history:
            if int(_str(txn.get("id")) or 0) <= floor:
                continue
            who = (_user(txn.get("Creator")) or RemoteUser("someone")).id
            kind = _str(txn.get("Type"))
            if kind == "Correspond":
                said.append(f"{who} replied")
            elif kind == "Comment":
                said.append(f"{who} added a comment")
            elif kind in ("Status", "Set") and txn.get("Field"):
                said.append(
                    f"{who} changed {_str(txn.get('Field')).lower()} from "
                    f"{_str(txn.get('OldValue')) or '(none)'} to {_str(txn.get('NewValue')) or '(none)'}"
                )
            else:
                said.append(f"{who} made a change ({kind})")
        return "; ".join(dict.fromkeys(said)) or "it was changed on the server"

    def prepare(self, change: TicketChange) -> TicketChange:
        return change  # files go in the correspond/comment request itself

    def push(self, remote_id: str, change: TicketChange, precondition: str | None) -> PushResult:
        tid = str(int(remote_id))
        if change.kind in ("reply", "note"):
            current = self._etag(tid)
            if precondition is not None and current != precondition:
                raise RemoteConflict(self._describe_since(tid, precondition))
            endpoint = "correspond" if change.kind == "reply" else "comment"
            body: dict[str, Any] = {"Content": change.body, "ContentType": "text/plain"}
            if change.files:
                body["Attachments"] = [
                    {
                        "FileName": f.filename,
                        "FileType": f.content_type,
                        "FileContent": base64.b64encode(f.data).decode("ascii"),
                    }
                    for f in change.files
                ]
            try:
                reply = self.http.request("POST", f"ticket/{tid}/{endpoint}", json_body=body)
            except SyncError as exc:
                if change.files and not exc.retryable and exc.kind == "server" and exc.status not in (404, None):
                    names = ", ".join(repr(f.filename) for f in change.files)
                    error = ServerError(
                        self.account,
                        f"The RT server of {self.account!r} refused this {change.kind} with its attachment(s) "
                        f"{names}: {exc.what}",
                        "Nothing was posted on the ticket. Discard it and send the file another way (RT takes no "
                        "empty files), or retry once the cause is fixed.",
                    )
                    error.retryable, error.status = False, exc.status
                    raise error from exc
                raise
            location = reply.headers.get("Location", "")
            created = location.rstrip("/").rpartition("/")[2] or None
            refused = self._refused_files(tid, created or precondition or current) if change.files else ()
            return PushResult(self._etag(tid), created, refused)
        body = self._field_update(change)
        headers = {"If-Match": f'"{precondition}"'} if precondition is not None else {}
        try:
            self.http.request("PUT", f"ticket/{tid}", json_body=body, headers=headers)
        except Conflict as exc:
            raise RemoteConflict(self._describe_since(tid, precondition)) from exc
        return PushResult(self._etag(tid))

    def _refused_files(self, tid: str, since: str | None) -> tuple[tuple[str, int | None], ...]:
        """Files RT dropped or cut short after `since` (over its MaxAttachmentSize, with DropLongAttachments or
        TruncateLongAttachments set): it records that as a transaction of its own, with its limit as NewValue."""
        floor = int(since) if since and since.isdigit() else 0
        history = self._collection(
            "transactions",
            {"orderby": "id", "fields": "Type,Data,NewValue"},
            [*history_query([tid]), {"field": "id", "operator": ">", "value": floor}],
        )
        refused: list[tuple[str, int | None]] = []
        for txn in history:
            if _str(txn.get("Type")) in ("AttachmentDrop", "AttachmentTruncate"):
                limit = _str(txn.get("NewValue"))
                refused.append((_str(txn.get("Data")), int(limit) if limit.isdigit() else None))
        return tuple(refused)

    def _field_update(self, change: TicketChange) -> dict[str, Any]:
        if change.kind == "status" and change.status is not None:
            return {"Status": _STATUS_OUT.get(change.status, "open")}
        if change.kind == "priority" and change.priority is not None:
            return {"Priority": _PRIORITY_OUT[change.priority]}
        if change.kind == "assignee":
            return {"Owner": change.assignee or "Nobody"}
        if change.kind == "tags":
            raise UserError(
                f"Tags cannot be sent to {self.account!r} this way.",
                "Internal error: tags go through set_tags; discard this change.",
            )
        raise UserError(f"AgentDesk cannot send a {change.kind!r} change to RT.", "Discard it.")

    def push_tags(
        self, remote_id: str, change: TicketChange, precondition: str | None, current: list[str]
    ) -> PushResult:
        """RT keeps tags in a multi-value custom field: send the whole new set, guarded by If-Match."""
        tid = str(int(remote_id))
        data = self.http.request("GET", f"ticket/{tid}").data
        fields = data.get("CustomFields") if isinstance(data, dict) else None
        names = {_str(f.get("name")) for f in fields or [] if isinstance(f, dict)}
        if self.tags_field not in names:
            # RT answers a PUT to a field the ticket does not have with 200 and changes nothing: say so instead.
            queue = data.get("Queue") if isinstance(data, dict) else None
            where = f"queue {_str(queue.get('id'))}" if isinstance(queue, dict) and queue.get("id") else "its queue"
            raise UserError(
                f"Ticket {tid} on the RT server of {self.account!r} has no custom field {self.tags_field!r}, where "
                "AgentDesk keeps tags in RT, so the tags cannot be sent.",
                f"Ask your RT administrator to create a ticket custom field {self.tags_field!r} that takes several "
                f'values (type "Enter multiple values") and to apply it to {where} (or to all queues); then retry '
                "this change. Or discard it: the tags stay in AgentDesk only.",
            )
        wanted = [t for t in current if t not in change.remove_tags]
        wanted += [t for t in change.add_tags if t not in wanted]
        headers = {"If-Match": f'"{precondition}"'} if precondition is not None else {}
        try:
            self.http.request(
                "PUT", f"ticket/{tid}", json_body={"CustomFields": {self.tags_field: wanted}}, headers=headers
            )
        except Conflict as exc:
            raise RemoteConflict(self._describe_since(tid, precondition)) from exc
        return PushResult(self._etag(tid))

    def find_own_entry(self, remote_id: str, since_version: str | None, body: str) -> str | None:
        tid = str(int(remote_id))
        floor = int(since_version) if since_version and since_version.isdigit() else 0
        wanted = " ".join(body.split())
        for att in self._collection(f"ticket/{tid}/attachments", {"fields": "TransactionId,Content,ContentType"}):
            txn = int(_str(att.get("TransactionId")) or 0)
            if txn > floor and " ".join(_str(att.get("Content")).split()) == wanted:
                return str(txn)
        return None


def user_url(name: str) -> str:
    return f"user/{quote(name, safe='')}"
