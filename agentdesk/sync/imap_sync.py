"""One sync pass over an IMAP account: newest mail first, in batches, resumable, without duplicates or gaps.

Per folder the cache remembers the UIDVALIDITY, the contiguous range of UIDs already synced (`low`..`high`),
HIGHESTMODSEQ and the message count. A pass then
1. skips the folder when nothing changed (same UIDNEXT, HIGHESTMODSEQ and count: the no-change pass costs one
   SELECT per folder);
2. fetches new mail above `high` (newest first) and, on an unfinished first sync, older mail below `low`
   (newest first), in batches: the fetch runs in a thread, parsing in worker processes, the cache writes in
   this thread, so all three overlap;
3. updates flags changed on the server (CHANGEDSINCE with CONDSTORE, else a FLAGS pass) and marks messages
   expunged on the server as removed.
A changed UIDVALIDITY forgets the folder's locations and syncs it again; the content hash keeps it duplicate-free.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import delete, select, update

from agentdesk.domain.clock import utcnow
from agentdesk.mail.parse import ParsedMessage, parse_message
from agentdesk.store.database import Store
from agentdesk.store.models import Account, Direction, Message, MessageLocation, SyncState
from agentdesk.sync.errors import SyncError
from agentdesk.sync.imap_connection import FolderInfo, folders_to_sync, imap_session
from agentdesk.sync.imap_settings import ImapSettings
from agentdesk.sync.mail_ingest import IncomingMail, IngestResult, MailIngest, MailLocation, refresh_conversations
from agentdesk.sync.parse_worker import parse_and_store
from agentdesk.sync.parser_pool import LazyProcessPool
from agentdesk.sync.tasks import MAIL, SyncTask, TaskBoard

log = logging.getLogger("agentdesk.sync.imap")

FIRST_BATCH = 100  # small, so the newest conversations appear within a second or two
BATCH = 400
PARSE_CHUNK = 50  # messages per task sent to a parser process
POOL_THRESHOLD = 300  # fewer messages than this are parsed in this process
FLAGS_CHUNK = 1000  # UIDs per FLAGS fetch


@dataclass
class Progress:
    account: str
    folder: str
    done: int
    total: int


@dataclass
class AccountSummary:
    name: str
    kind: str = "imap"
    added: int = 0
    conversations: int = 0
    updated: int = 0
    removed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds_to_first_batch: float | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "added": self.added,
            "conversations": self.conversations,
            "updated": self.updated,
            "removed": self.removed,
            "errors": list(self.errors),
        }


@dataclass
class FolderState:
    uidvalidity: int = 0
    low: int = 0  # lowest UID of the synced range (0: nothing synced yet)
    high: int = 0  # highest UID of the synced range
    complete: bool = False  # everything below `low` is synced too
    highestmodseq: int = 0
    uidnext: int = 0
    exists: int = -1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FolderState:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


ProgressCallback = Callable[[Progress], None]


class ImapAccountSync:
    """Syncs one IMAP account into the cache."""

    def __init__(
        self,
        store: Store,
        account_id: int,
        password: str,
        *,
        parser_pool: Executor | LazyProcessPool | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        tasks: TaskBoard | None = None,
    ) -> None:
        self.store = store
        self.account_id = account_id
        self.password = password
        self.pool = parser_pool
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.tasks = tasks if tasks is not None else TaskBoard()
        self._stop: threading.Event = self.cancel  # the running folder's own cancel (it includes the pass's)
        self._task: SyncTask | None = None
        with store.read() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise ValueError(f"no account {account_id}")
            self.name = account.name
            self.settings = ImapSettings.from_dict(account.settings)
        self.ingest = MailIngest(store, account_id, defer_languages=True)
        self._started = 0.0

    # --- the pass --------------------------------------------------------------------------------

    def run_once(self) -> AccountSummary:
        summary = AccountSummary(name=self.name)
        self._started = time.monotonic()
        try:
            with imap_session(self.name, self.settings, self.password) as client:
                condstore = client.has_capability("CONDSTORE")
                if condstore:
                    client.enable("CONDSTORE")
                for folder in folders_to_sync(client, self.settings.folders):
                    if self.cancel.is_set():
                        break
                    with self.tasks.task(MAIL, self.name, folder.name, parent=self.cancel) as task:
                        self._stop, self._task = task.cancel, task
                        try:
                            self._sync_folder(client, folder, condstore, summary)
                        finally:
                            self._stop, self._task = self.cancel, None
            self._set_network_state("online", None)
        except SyncError as exc:
            summary.errors.append(exc.as_text)
            self._set_network_state(exc.kind if exc.kind != "server" else "degraded", str(exc))
        finally:
            if isinstance(self.pool, LazyProcessPool):
                self.pool.shutdown()  # parser memory goes back before the language model loads (it restarts lazily)
            try:
                self.ingest.finish_languages()
            except Exception:  # never hide why the pass itself stopped; the guess can be made again later
                log.exception("%s: guessing new customers' languages failed", self.name)
        return summary

    def _set_network_state(self, state: str, error: str | None) -> None:
        with self.store.write() as (session, changes):
            session.execute(
                update(Account).where(Account.id == self.account_id).values(network_state=state, last_error=error)
            )
            changes.accounts = True

    # --- one folder ------------------------------------------------------------------------------

    def _load_state(self, folder: str) -> FolderState:
        with self.store.read() as session:
            row = session.execute(
                select(SyncState.state).where(SyncState.account_id == self.account_id, SyncState.scope == folder)
            ).scalar()
        return FolderState.from_json(row) if row else FolderState()

    def _save_state(self, folder: str, state: FolderState) -> None:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(SyncState).values(
            account_id=self.account_id, scope=folder, state=state.to_json(), updated_at=utcnow()
        )
        with self.store.write() as (session, _):
            session.execute(
                stmt.on_conflict_do_update(
                    index_elements=[SyncState.account_id, SyncState.scope],
                    set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
                )
            )

    def _sync_folder(self, client: IMAPClient, folder: FolderInfo, condstore: bool, summary: AccountSummary) -> None:
        info = client.select_folder(folder.name, readonly=True)
        uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        uidnext = int(info.get(b"UIDNEXT", 0))
        exists = int(info.get(b"EXISTS", 0))
        modseq = int(info.get(b"HIGHESTMODSEQ", 0)) if condstore else 0
        state = self._load_state(folder.name)
        if state.uidvalidity and state.uidvalidity != uidvalidity:
            log.warning("%s/%s: UIDVALIDITY changed; syncing the folder again", self.name, folder.name)
            self._forget_folder(folder.name)
            state = FolderState()
        state.uidvalidity = uidvalidity
        unchanged = (
            state.complete
            and state.uidnext == uidnext
            and state.exists == exists
            and (not condstore or state.highestmodseq == modseq)
        )
        if unchanged:
            return

        self._report(folder.name, 0, None, "checking")
        server_uids = sorted(int(u) for u in client.search(["ALL"])) if exists else []
        newer = [u for u in server_uids if u > state.high]
        older = [] if state.complete else [u for u in server_uids if state.low and u < state.low]
        first_sync = not state.low
        if first_sync:  # first sync of this folder: everything is "older", newest first
            older, newer = newer, []
            state.high = server_uids[-1] if server_uids else 0
            state.low = state.high + 1
        total = len(newer) + len(older)
        done = 0
        self._report(folder.name, 0, total, "fetching")

        # New mail above the synced range, newest first; the range grows only once all of it is in.
        if newer:
            for result, uids in self._fetch_and_ingest(
                client, folder.name, uidvalidity, sorted(newer, reverse=True), total, done
            ):
                done += len(uids)
                self._account(result, summary)
            if self._stop.is_set():
                # Stopped part-way (newest first): the range cannot grow past mail not yet fetched, so the next
                # pass fetches the new mail again; what is already cached is recognised and skipped.
                return
            state.high = max(newer)
            self._save_state(folder.name, state)
        # Older mail below it (an initial sync, or one that was interrupted), newest first, saved per batch.
        if older:
            for result, uids in self._fetch_and_ingest(
                client, folder.name, uidvalidity, sorted(older, reverse=True), total, done
            ):
                done += len(uids)
                self._account(result, summary)
                state.low = min(uids)
                self._save_state(folder.name, state)
        if self._stop.is_set():
            return
        state.complete = True
        if state.high == 0 and server_uids:
            state.high = server_uids[-1]

        self._report(folder.name, done, total, "flags")
        # A first sync read every message's flags after the SELECT that gave `modseq`: only later changes are news.
        since = modseq if first_sync and condstore else state.highestmodseq
        summary.updated += self._sync_flags(client, folder.name, state, condstore, modseq, server_uids, since)
        summary.removed += self._mark_expunged(folder.name, set(server_uids))
        state.uidnext = uidnext
        state.exists = exists
        state.highestmodseq = modseq
        self._save_state(folder.name, state)

    def _account(self, result: IngestResult, summary: AccountSummary) -> None:
        summary.added += result.added
        summary.conversations += result.conversations_added
        if summary.seconds_to_first_batch is None and result.added:
            summary.seconds_to_first_batch = time.monotonic() - self._started

    # --- fetch, parse, ingest pipeline -----------------------------------------------------------

    def _batches(self, uids: Sequence[int]) -> Iterator[list[int]]:
        start = 0
        size = FIRST_BATCH
        while start < len(uids):
            yield list(uids[start : start + size])
            start += size
            size = BATCH

    def _fetch_and_ingest(
        self, client: IMAPClient, folder: str, uidvalidity: int, uids: Sequence[int], total: int, done: int
    ) -> Iterator[tuple[IngestResult, list[int]]]:
        """Fetch in a thread, parse in worker processes, write here; one batch in each stage at a time."""
        fetched: queue.Queue[tuple[list[int], dict[int, Any]] | BaseException | None] = queue.Queue(maxsize=2)

        def fetcher() -> None:
            try:
                for batch in self._batches(uids):
                    if self._stop.is_set():
                        break
                    data = client.fetch(batch, [b"BODY.PEEK[]", b"FLAGS"])
                    fetched.put((batch, data))
            except BaseException as exc:  # handed to the consumer, which raises it in its own thread
                fetched.put(exc)
            else:
                fetched.put(None)

        thread = threading.Thread(target=fetcher, name=f"imap-fetch-{self.name}", daemon=True)
        thread.start()
        pending: (
            tuple[list[int], list[MailLocation], list[bytes], Future[list[list[ParsedMessage]]] | list[ParsedMessage]]
            | None
        ) = None
        try:
            while True:
                item = fetched.get()
                if isinstance(item, BaseException):
                    if pending is not None:  # keep what already arrived before reporting the failure
                        yield self._finish(pending), pending[0]
                        pending = None
                    raise item
                if item is None:
                    break
                batch, data = item
                prepared = self._prepare(folder, uidvalidity, batch, data)
                if pending is not None:
                    yield self._finish(pending), pending[0]
                    done += len(pending[0])
                    self._report(folder, done, total, "fetching")
                if self._stop.is_set():
                    # Cancelled: stop at this batch boundary. Batches fetched but not written are fetched again
                    # by the next pass (the folder's synced range only covers written batches).
                    pending = None
                    break
                pending = prepared
            if pending is not None:
                yield self._finish(pending), pending[0]
                done += len(pending[0])
                self._report(folder, done, total, "fetching")
        finally:
            self.cancel_thread(thread, fetched)

    def _report(self, folder: str, done: int, total: int | None, phase: str) -> None:
        if self.progress and total is not None and phase == "fetching":
            self.progress(Progress(self.name, folder, done, total))
        if self._task is not None:
            self.tasks.step(self._task, done, total, phase=phase)

    @staticmethod
    def cancel_thread(thread: threading.Thread, fetched: queue.Queue[Any]) -> None:
        # Drain so a blocked producer can finish, then wait for it.
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                fetched.get(timeout=0.1)
        thread.join()

    def _prepare(
        self, folder: str, uidvalidity: int, batch: list[int], data: dict[int, Any]
    ) -> tuple[list[int], list[MailLocation], list[bytes], Any]:
        raws: list[bytes] = []
        locations: list[MailLocation] = []
        uids: list[int] = []
        for uid in batch:
            entry = data.get(uid)
            if entry is None:  # expunged between SEARCH and FETCH
                continue
            raw = entry.get(b"BODY[]") or b""
            flags = {bytes(f) for f in entry.get(b"FLAGS", ())}
            raws.append(bytes(raw))
            uids.append(uid)
            locations.append(
                MailLocation(
                    folder=folder,
                    uid=uid,
                    uidvalidity=uidvalidity,
                    modseq=int(entry[b"MODSEQ"][0]) if b"MODSEQ" in entry else None,
                    seen=b"\\Seen" in flags,
                    flagged=b"\\Flagged" in flags,
                    answered=b"\\Answered" in flags,
                )
            )
        parsed: Any
        if self.pool is not None and len(raws) >= 2 * PARSE_CHUNK:
            chunks = [raws[i : i + PARSE_CHUNK] for i in range(0, len(raws), PARSE_CHUNK)]
            root = self.store.data_dir.attachments_dir
            parsed = [self.pool.submit(parse_and_store, chunk, root) for chunk in chunks]
        else:
            parsed = None
        return uids, locations, raws, parsed

    def _finish(self, prepared: tuple[list[int], list[MailLocation], list[bytes], Any]) -> IngestResult:
        _uids, locations, raws, parsed = prepared
        if parsed is None:
            messages = [parse_message(raw) for raw in raws]
        else:
            messages = [m for future in parsed for m in future.result()]
        batch = [
            IncomingMail(parsed=p, location=loc, raw=raw if p.warnings else None)
            for p, loc, raw in zip(messages, locations, raws, strict=True)
        ]
        return self.ingest.ingest(batch)

    # --- flags and expunges ----------------------------------------------------------------------

    def _sync_flags(
        self,
        client: IMAPClient,
        folder: str,
        state: FolderState,
        condstore: bool,
        modseq: int,
        server_uids: Sequence[int],
        since: int,
    ) -> int:
        """Server-side flag changes onto cached messages (with CONDSTORE, those after the mod-sequence `since`);
        returns how many messages changed."""
        if state.high == 0:
            return 0
        modifiers: list[str] | None = None
        if condstore and since:
            if since == modseq and since == state.highestmodseq:
                return 0
            modifiers = [f"CHANGEDSINCE {since}"]
        # Explicit UIDs in chunks: IMAPClient's fetch() takes no "1:N" range strings, and a line must stay short.
        synced = [u for u in server_uids if u <= state.high]
        wanted: dict[int, tuple[bool, bool, bool]] = {}
        for start in range(0, len(synced), FLAGS_CHUNK):
            data = client.fetch(synced[start : start + FLAGS_CHUNK], [b"FLAGS"], modifiers=modifiers)
            for uid, entry in data.items():
                flags = {bytes(f) for f in entry.get(b"FLAGS", ())}
                wanted[int(uid)] = (b"\\Seen" in flags, b"\\Flagged" in flags, b"\\Answered" in flags)
        if not wanted:
            return 0
        changed = 0
        conversations: set[int] = set()
        with self.store.write() as (session, changes):
            rows = session.execute(
                select(
                    MessageLocation.uid,
                    Message.id,
                    Message.seen,
                    Message.flagged,
                    Message.answered,
                    Message.conversation_id,
                    Message.direction,
                )
                .join(Message, Message.id == MessageLocation.message_id)
                .where(MessageLocation.account_id == self.account_id, MessageLocation.folder == folder)
            ).all()
            for uid, mid, seen, flagged, answered, conv, direction in rows:
                target = wanted.get(int(uid))
                if target is not None and direction == Direction.OUT:
                    target = (True, target[1], target[2])  # our own mail is read, whatever the Sent folder says
                if target is None or target == (bool(seen), bool(flagged), bool(answered)):
                    continue
                session.execute(
                    update(Message)
                    .where(Message.id == mid)
                    .values(seen=target[0], flagged=target[1], answered=target[2])
                )
                changed += 1
                changes.messages.add(int(mid))
                conversations.add(int(conv))
            if conversations:
                refresh_conversations(session, conversations, now=datetime.now(UTC))
                changes.conversations |= conversations
        return changed

    def _mark_expunged(self, folder: str, server_uids: set[int]) -> int:
        """Messages gone from the server folder lose that location; with no location left they are removed."""
        with self.store.write() as (session, changes):
            rows = session.execute(
                select(MessageLocation.id, MessageLocation.uid, MessageLocation.message_id).where(
                    MessageLocation.account_id == self.account_id, MessageLocation.folder == folder
                )
            ).all()
            gone = [(loc_id, mid) for loc_id, uid, mid in rows if int(uid) not in server_uids]
            if not gone:
                return 0
            session.execute(delete(MessageLocation).where(MessageLocation.id.in_([g[0] for g in gone])))
            candidates = {int(g[1]) for g in gone}
            still_somewhere = set(
                session.execute(
                    select(MessageLocation.message_id).where(MessageLocation.message_id.in_(candidates))
                ).scalars()
            )
            removed = sorted(candidates - {int(x) for x in still_somewhere})
            if removed:
                session.execute(update(Message).where(Message.id.in_(removed)).values(removed=True))
                convs = set(
                    int(c)
                    for c in session.execute(select(Message.conversation_id).where(Message.id.in_(removed))).scalars()
                )
                refresh_conversations(session, convs, now=datetime.now(UTC))
                changes.messages.update(removed)
                changes.conversations |= convs
            return len(removed)

    def _forget_folder(self, folder: str) -> None:
        with self.store.write() as (session, _):
            session.execute(
                delete(MessageLocation).where(
                    MessageLocation.account_id == self.account_id, MessageLocation.folder == folder
                )
            )
            session.execute(delete(SyncState).where(SyncState.account_id == self.account_id, SyncState.scope == folder))
