"""Zendesk Support over its REST API, with an API token.

Pull: the cursor-based incremental ticket export (`/api/v2/incremental/tickets/cursor.json`): the first pass
starts at `start_time`, every page's `after_cursor` is stored with that page's tickets, and a pass ends at
`end_of_stream`; after a crash the next pass resumes from the last stored cursor, so nothing is skipped and the
idempotent cache write keeps repeats out. Per ticket its comments (public replies and private notes, with
attachments and the email Message-ID Zendesk keeps in the comment metadata), and the people involved through
`users/show_many`.

Push: `PUT /api/v2/tickets/{id}.json` with `safe_update` and the `updated_stamp` last seen, so Zendesk answers
409 instead of overwriting a change made meanwhile. Tags use `additional_tags`/`remove_tags`, which merge.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from agentdesk.errors import UserError
from agentdesk.store.models import Direction, Priority, Status
from agentdesk.sync.errors import ServerError, SyncError
from agentdesk.sync.tickets.http import Conflict, JsonHttp, NotFound
from agentdesk.sync.tickets.model import (
    PushResult,
    RemoteAttachment,
    RemoteConflict,
    RemoteEntry,
    RemoteTicket,
    RemoteUser,
    TicketChange,
    TicketPage,
    TicketThread,
)

log = logging.getLogger("agentdesk.sync.tickets.zendesk")

WORKERS = 4
SHOW_MANY = 100  # users/show_many takes up to 100 ids
_STATUS_IN = {
    "new": Status.OPEN,
    "open": Status.OPEN,
    "pending": Status.PENDING,
    "hold": Status.PENDING,
    "solved": Status.CLOSED,
    "closed": Status.CLOSED,
    "deleted": Status.CLOSED,
}
_STATUS_OUT = {Status.OPEN: "open", Status.PENDING: "pending", Status.CLOSED: "solved"}
_PRIORITY_IN = {p.value: p for p in Priority}
_KNOWN_TICKET = {
    "id",
    "subject",
    "raw_subject",
    "status",
    "priority",
    "created_at",
    "updated_at",
    "requester_id",
    "assignee_id",
    "tags",
}


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _id(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


class ZendeskConnector:
    kind = "zendesk"

    def __init__(
        self,
        account: str,
        url: str,
        *,
        email: str,
        token: str,
        timeout: float = 30.0,
        start_time: int = 0,
        sleep: Any = None,
    ) -> None:
        kwargs: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        self.account = account
        self.http = JsonHttp(account, url, auth=(f"{email}/token", token), timeout=timeout, what="Zendesk", **kwargs)
        self.start_time = start_time
        self._users: dict[str, RemoteUser] = {}

    def close(self) -> None:
        self.http.close()

    # --- pull ------------------------------------------------------------------------------------

    def changed_tickets(self, state: dict[str, Any]) -> Iterator[TicketPage]:
        cursor = state.get("cursor")
        params: dict[str, Any] = (
            {"cursor": cursor}
            if isinstance(cursor, str) and cursor
            else {"start_time": int(state.get("start_time", self.start_time))}
        )
        while True:
            data = self.http.request("GET", "api/v2/incremental/tickets/cursor.json", params=params).data
            if not isinstance(data, dict) or not isinstance(data.get("tickets"), list):
                raise NotFound(
                    self.account,
                    f"Zendesk for {self.account!r} answered the ticket export with something that is not an export.",
                    "Check that the account's address is https://yourcompany.zendesk.com.",
                )
            tickets = [t for t in (self._ticket(i) for i in data["tickets"] if isinstance(i, dict)) if t is not None]
            after = data.get("after_cursor")
            end = bool(data.get("end_of_stream"))
            new_state = {"cursor": after} if isinstance(after, str) and after else dict(state)
            yield TicketPage(tickets, new_state)
            if end or not after:
                return
            params = {"cursor": after}

    def ticket(self, remote_id: str) -> RemoteTicket:
        data = self.http.get(f"api/v2/tickets/{int(remote_id)}.json")
        ticket = self._ticket(data.get("ticket")) if isinstance(data, dict) else None
        if ticket is None:
            raise NotFound(self.account, f"Ticket {remote_id} is no longer in Zendesk for {self.account!r}.")
        return ticket

    def _ticket(self, item: Any) -> RemoteTicket | None:
        if not isinstance(item, dict) or _id(item.get("id")) is None:
            return None
        updated = parse_time(item.get("updated_at")) or datetime.now(UTC)
        status_raw = str(item.get("status") or "open")
        extra = {k: v for k, v in item.items() if k not in _KNOWN_TICKET}
        extra["zendesk_status"] = status_raw
        requester = _id(item.get("requester_id"))
        return RemoteTicket(
            remote_id=str(item["id"]),
            subject=str(item.get("subject") or item.get("raw_subject") or ""),
            status=_STATUS_IN.get(status_raw, Status.OPEN),
            priority=_PRIORITY_IN.get(str(item.get("priority") or "normal"), Priority.NORMAL),
            created_at=parse_time(item.get("created_at")) or updated,
            updated_at=updated,
            version=str(item.get("updated_at") or "") or None,
            requesters=[RemoteUser(requester)] if requester else [],
            assignee=_id(item.get("assignee_id")),
            tags=[str(t).lower() for t in item.get("tags") or []],
            extra={"zendesk": extra},
        )

    def _comments(self, ticket: RemoteTicket) -> list[dict[str, Any]]:
        comments: list[dict[str, Any]] = []
        path: str | None = f"api/v2/tickets/{int(ticket.remote_id)}/comments.json"
        while path:
            data = self.http.get(path)
            if not isinstance(data, dict):
                break
            comments.extend(c for c in data.get("comments") or [] if isinstance(c, dict))
            nxt = data.get("next_page")
            path = nxt if isinstance(nxt, str) and nxt else None
        return comments

    def users(self, ids: Sequence[str]) -> dict[str, RemoteUser]:
        missing = sorted({i for i in ids if i and i not in self._users})
        for start in range(0, len(missing), SHOW_MANY):
            chunk = missing[start : start + SHOW_MANY]
            data = self.http.get("api/v2/users/show_many.json", ids=",".join(chunk))
            for user in (data or {}).get("users") or [] if isinstance(data, dict) else []:
                if not isinstance(user, dict) or _id(user.get("id")) is None:
                    continue
                uid = str(user["id"])
                self._users[uid] = RemoteUser(
                    id=uid,
                    name=str(user.get("name") or ""),
                    email=str(user["email"]) if user.get("email") else None,
                    is_agent=str(user.get("role") or "end-user") != "end-user",
                )
        return {i: self._users[i] for i in ids if i in self._users}

    def threads(self, tickets: Sequence[RemoteTicket]) -> list[TicketThread | Exception]:
        if not tickets:
            return []
        with ThreadPoolExecutor(max_workers=min(WORKERS, len(tickets)), thread_name_prefix="zd-fetch") as pool:
            futures = [pool.submit(self._comments, t) for t in tickets]
            fetched: list[list[dict[str, Any]] | Exception] = []
            for future in futures:
                try:
                    fetched.append(future.result())
                except Exception as exc:
                    fetched.append(exc)
        wanted: set[str] = set()
        for ticket, comments in zip(tickets, fetched, strict=True):
            wanted.update(u.id for u in ticket.requesters)
            if ticket.assignee:
                wanted.add(ticket.assignee)
            if isinstance(comments, list):
                wanted.update(i for i in (_id(c.get("author_id")) for c in comments) if i)
        people = self.users(sorted(wanted))
        results: list[TicketThread | Exception] = []
        for ticket, comments in zip(tickets, fetched, strict=True):
            if isinstance(comments, Exception):
                results.append(comments)
                continue
            ticket.requesters = [people.get(u.id, u) for u in ticket.requesters]
            if ticket.assignee and ticket.assignee in people:
                agent = people[ticket.assignee]
                ticket.extra.setdefault("zendesk", {})["assignee_id"] = ticket.assignee
                ticket.assignee = agent.email or agent.name or ticket.assignee
            requester_ids = {u.id for u in ticket.requesters}
            thread = TicketThread(ticket=ticket)
            involved: dict[str, RemoteUser] = {u.id: u for u in ticket.requesters}
            for comment in comments:
                author_id = _id(comment.get("author_id"))
                author = people.get(author_id or "") or (RemoteUser(author_id) if author_id else None)
                if author is not None:
                    involved.setdefault(author.id, author)
                if not comment.get("public", True):
                    direction = Direction.NOTE
                elif author_id in requester_ids or (author is not None and not author.is_agent):
                    direction = Direction.IN
                else:
                    direction = Direction.OUT
                thread.entries.append(self._entry(comment, direction, author, ticket.updated_at))
            thread.users = list(involved.values())
            results.append(thread)
        return results

    @staticmethod
    def _entry(
        comment: dict[str, Any], direction: Direction, author: RemoteUser | None, fallback: datetime
    ) -> RemoteEntry:
        metadata = comment.get("metadata")
        system = metadata.get("system") if isinstance(metadata, dict) else None
        found = system.get("message_id") if isinstance(system, dict) else None
        message_id = found if isinstance(found, str) and found else None
        if message_id and not message_id.startswith("<"):
            message_id = f"<{message_id}>"
        files = tuple(
            RemoteAttachment(
                remote_id=str(a.get("id")),
                filename=str(a.get("file_name") or ""),
                content_type=str(a.get("content_type") or "application/octet-stream"),
                size=int(a.get("size") or 0),
                inline=bool(a.get("inline")),
                ref=str(a.get("content_url") or ""),
            )
            for a in comment.get("attachments") or []
            if isinstance(a, dict)
        )
        known = {"id", "author_id", "body", "html_body", "plain_body", "public", "attachments", "created_at"}
        return RemoteEntry(
            remote_id=str(comment.get("id")),
            direction=direction,
            author=author,
            created_at=parse_time(comment.get("created_at")) or fallback,
            text=str(comment.get("plain_body") or comment.get("body") or ""),
            html=str(comment["html_body"]) if comment.get("html_body") else None,
            attachments=files,
            message_id=message_id,
            extra={"zendesk": {k: v for k, v in comment.items() if k not in known}},
        )

    def download(self, ref: str) -> bytes:
        data = self.http.request("GET", ref, raw=True).data
        return data if isinstance(data, bytes) else b""

    # --- push ------------------------------------------------------------------------------------

    def prepare(self, change: TicketChange) -> TicketChange:
        """Upload a reply's files (`POST /api/v2/uploads?filename=…`, the bytes as the body): each answer's
        `upload.token` goes into the comment's `uploads`. A token not used in a comment expires by itself, so
        uploading again after a crash leaves nothing behind on the ticket."""
        if not change.files:
            return change
        tokens: list[str] = []
        for file in change.files:
            try:
                data = self.http.request(
                    "POST",
                    "api/v2/uploads",
                    params={"filename": file.filename},
                    content=file.data,
                    headers={"Content-Type": file.content_type or "application/binary"},
                ).data
            except SyncError as exc:
                if exc.retryable or exc.kind != "server" or exc.status in (404, None):
                    raise
                refused = ServerError(
                    self.account,
                    f"Zendesk ({self.account!r}) refused the attachment {file.filename!r}: {exc.what}",
                    f"Nothing was posted on the ticket. Discard this {change.kind} and send the file another way "
                    "(Zendesk takes files up to 50 MB, and an administrator may allow only some file types), or "
                    "retry once the cause is fixed.",
                )
                refused.retryable, refused.status = False, exc.status
                raise refused from exc
            upload = data.get("upload") if isinstance(data, dict) else None
            token = upload.get("token") if isinstance(upload, dict) else None
            if not isinstance(token, str) or not token:
                raise ServerError(
                    self.account,
                    f"Zendesk ({self.account!r}) answered the upload of {file.filename!r} without an upload token.",
                    "AgentDesk will try again by itself; report it if it keeps happening.",
                )
            tokens.append(token)
        return replace(change, uploads=tuple(tokens))

    def push(self, remote_id: str, change: TicketChange, precondition: str | None) -> PushResult:
        ticket: dict[str, Any] = {}
        if change.kind in ("reply", "note"):
            ticket["comment"] = {"body": change.body, "public": change.kind == "reply"}
            if change.files and len(change.uploads) != len(change.files):
                raise UserError(
                    "Internal error: the files of this reply were not uploaded to Zendesk first.", "Retry it."
                )
            if change.uploads:
                ticket["comment"]["uploads"] = list(change.uploads)
        elif change.kind == "status" and change.status is not None:
            ticket["status"] = _STATUS_OUT.get(change.status, "open")
        elif change.kind == "priority" and change.priority is not None:
            ticket["priority"] = change.priority.value
        elif change.kind == "tags":
            if change.add_tags:
                ticket["additional_tags"] = list(change.add_tags)
            if change.remove_tags:
                ticket["remove_tags"] = list(change.remove_tags)
        elif change.kind == "assignee":
            if change.assignee is None:
                ticket["assignee_id"] = None
            elif "@" in change.assignee:
                ticket["assignee_email"] = change.assignee
            elif change.assignee.isdigit():
                ticket["assignee_id"] = int(change.assignee)
            else:
                raise UserError(
                    f"Zendesk needs an agent's email address to assign a ticket, not {change.assignee!r}.",
                    "Assign the conversation to the agent's email address, or discard this change.",
                )
        else:
            raise UserError(f"AgentDesk cannot send a {change.kind!r} change to Zendesk.", "Discard it.")
        if precondition is not None:
            ticket["safe_update"] = True
            ticket["updated_stamp"] = precondition
        try:
            data = self.http.request("PUT", f"api/v2/tickets/{int(remote_id)}.json", json_body={"ticket": ticket}).data
        except Conflict as exc:
            detail = exc.body.get("description") if isinstance(exc.body, dict) else None
            raise RemoteConflict(
                "the ticket was updated in Zendesk after AgentDesk last saw it"
                + (f" (Zendesk: {detail})" if isinstance(detail, str) and detail else "")
            ) from exc
        new = data.get("ticket") if isinstance(data, dict) else None
        created = None
        audit = data.get("audit") if isinstance(data, dict) else None
        if isinstance(audit, dict):
            for event in audit.get("events") or []:
                if isinstance(event, dict) and event.get("type") == "Comment":
                    created = _id(event.get("id"))
        version = str(new.get("updated_at")) if isinstance(new, dict) and new.get("updated_at") else None
        return PushResult(version, created)

    def find_own_entry(self, remote_id: str, since_version: str | None, body: str) -> str | None:
        floor = parse_time(since_version) if since_version else None
        wanted = " ".join(body.split())
        stub = RemoteTicket(remote_id, "", Status.OPEN, Priority.NORMAL, datetime.now(UTC), datetime.now(UTC), None)
        for comment in self._comments(stub):
            created = parse_time(comment.get("created_at"))
            if floor is not None and created is not None and created < floor:
                continue
            if " ".join(str(comment.get("plain_body") or comment.get("body") or "").split()) == wanted:
                return _id(comment.get("id"))
        return None
