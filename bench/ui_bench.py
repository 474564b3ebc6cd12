"""Window responsiveness: the real main window, offscreen, under the four loads issue 6 names.

(a) a 20,000-message initial IMAP sync against a local Dovecot (Maildir written before the first login) while the
    window is open and receives the sync's change announcements through the real bridge: the longest stall of the
    GUI event loop, measured with a 10 ms timer probe (target ≤ 50 ms);
(b) opening a customer timeline with 1,000 items: from selecting the conversation to the pane painted
    (target ≤ 100 ms);
(c) starting the app to an interactive window on a 100,000-message cache, a new process each run (target ≤ 2 s);
(d) scrolling the conversation list page by page from the top to the bottom of 1,000,000 rows with the probe
    running (target: no stall over 50 ms).

Run: .venv/bin/python -m bench.ui_bench  (writes the "## Window responsiveness" section of docs/benchmarks.md)
Sizes can be lowered for a quick look: AGENTDESK_BENCH_SYNC_MESSAGES, AGENTDESK_BENCH_LIST_ROWS,
AGENTDESK_BENCH_START_MESSAGES; AGENTDESK_BENCH_UI_PARTS=a (or any of "abcd") runs only those parts and prints
their rows without writing docs/benchmarks.md; AGENTDESK_BENCH_EXPLAIN=1 prints what ran inside (d)'s longest gaps.
Part (a) starts the window's own sync process, as the app does (`MainWindow.start_sync`), and needs Dovecot
(scripts/system-packages.sh test); without it (a) is skipped.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SYNC_MESSAGES = int(os.environ.get("AGENTDESK_BENCH_SYNC_MESSAGES", "20000"))
TIMELINE_ITEMS = 1_000
START_MESSAGES = int(os.environ.get("AGENTDESK_BENCH_START_MESSAGES", "100000"))
LIST_ROWS = int(os.environ.get("AGENTDESK_BENCH_LIST_ROWS", "1000000"))
PROBE_MS = 10
STALL_TARGET_MS = 50.0
TIMELINE_TARGET_MS = 100.0
START_TARGET_S = 2.0
TIMELINE_RUNS = 7
START_RUNS = 5
SYNC_TIMEOUT_S = 1800.0
DB_TIME = "%Y-%m-%d %H:%M:%S.%f"


# --- the probe ------------------------------------------------------------------------------------


@dataclass
class StallProbe:
    """A 10 ms precise QTimer on the GUI thread; a stall is the time between two of its ticks."""

    gaps_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)  # the GUI thread's own CPU time within each gap
    _last: float = 0.0
    _last_cpu: float = 0.0

    def __post_init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self.cpu_ms.clear()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps_ms.append((now - self._last) * 1000)
        self.cpu_ms.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    @property
    def longest(self) -> float:
        return max(self.gaps_ms, default=0.0)

    @property
    def longest_cpu(self) -> float:
        """The most CPU the GUI thread itself spent within one gap: the stall an idle machine would see."""
        return max(self.cpu_ms, default=0.0)

    def over(self, limit: float) -> int:
        return sum(1 for g in self.gaps_ms if g > limit)

    def p99(self) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


class GapExplainer:
    """What happened inside the probe's long gaps (AGENTDESK_BENCH_EXPLAIN=1): the model's row reads and id pages,
    the tick's work, the sidebar counts and garbage collections are timed (wall and own CPU, which thread), and each
    gap over the target is printed with what overlapped it. Only for finding causes: it costs a little itself."""

    def __init__(self, probe: StallProbe) -> None:
        import gc
        import threading

        self._gui = threading.get_ident()
        self.events: list[tuple[float, float, str, float]] = []  # start, end, label, CPU ms of its thread
        self._gc_started: dict[int, tuple[float, float]] = {}
        self._probe = probe
        gc.callbacks.append(self._gc)

    def watch(self, owner: object, name: str, label: str) -> None:
        import threading

        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                where = "" if threading.get_ident() == self._gui else " (pool thread)"
                self.events.append((started, time.perf_counter(), label + where, (time.thread_time() - cpu) * 1000))

        setattr(owner, name, timed)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        import threading

        me = threading.get_ident()
        if phase == "start":
            self._gc_started[me] = (time.perf_counter(), time.thread_time())
        elif me in self._gc_started:
            started, cpu = self._gc_started.pop(me)
            label = f"gc gen {info['generation']}" + ("" if me == self._gui else " (pool thread)")
            self.events.append((started, time.perf_counter(), label, (time.thread_time() - cpu) * 1000))

    def report(self, began: float, limit: float, show: int = 15) -> None:
        import gc

        gc.callbacks.remove(self._gc)
        probe = self._probe
        ends = list(itertools.accumulate(probe.gaps_ms))
        gaps = sorted(
            ((gap, end - gap, cpu) for gap, end, cpu in zip(probe.gaps_ms, ends, probe.cpu_ms, strict=True)),
            reverse=True,
        )
        for gap, start_ms, cpu in gaps[:show]:
            if gap <= limit:
                break
            t0, t1 = began + start_ms / 1000, began + (start_ms + gap) / 1000
            inside = [(label, (b - a) * 1000, c) for a, b, label, c in self.events if b >= t0 and a <= t1]
            what = ", ".join(f"{label} {wall:.0f} ms (CPU {c:.0f})" for label, wall, c in inside) or "painting only"
            print(f"  gap {gap:.0f} ms at {start_ms / 1000:.1f} s, GUI thread CPU {cpu:.0f} ms: {what}")


def _run_loop_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the real event loop (no processEvents pumping) until `done()` or the timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(50)
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    loop.exec()
    check.stop()
    return done()


@contextmanager
def _scratch_home() -> Iterator[Path]:
    """A throw-away home (the file keyring lives there) for the duration of the benchmark."""
    keys = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "PYTHON_KEYRING_BACKEND")
    saved = {k: os.environ.get(k) for k in keys}
    with tempfile.TemporaryDirectory(prefix="agentdesk-uibench-") as scratch:
        home = Path(scratch)
        os.environ.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "share"),
            XDG_CONFIG_HOME=str(home / "config"),
            PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        )
        try:
            yield home
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


# --- (a) sync ---------------------------------------------------------------------------------------


@dataclass
class SyncResult:
    messages: int
    inbox: int
    sent: int
    seconds: float
    announcements: int
    list_reloads: int
    list_resets: int
    longest_ms: float
    p99_ms: float
    over_target: int
    ticks: int
    rows: int
    load: float
    longest_cpu_ms: float


def bench_sync(home: Path) -> SyncResult | None:
    from agentdesk.domain.clock import utcnow
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.models import Account, AccountKind
    from agentdesk.store.queries import View
    from agentdesk.sync import credentials
    from agentdesk.sync.imap_settings import ImapSettings
    from agentdesk.sync.scheduler import SyncEvent
    from agentdesk.ui.app import application, settle_interpreter
    from agentdesk.ui.main_window import MainWindow
    from tests.servers.dovecot import DovecotServer, dovecot_binary
    from tests.servers.mailgen import TEAM_ADDRESS, iter_raw, support_mailbox

    if dovecot_binary() is None:
        print("(a) skipped: dovecot is not installed (scripts/system-packages.sh test)", file=sys.stderr)
        return None
    app = application()
    started = time.perf_counter()
    # Lighter than a real mailbox in attachments (2 % of messages, ~10 kB), otherwise the same generator as the
    # sync tests: threads of 1-5, five languages, 30 % HTML with tracking pixels.
    mails = support_mailbox(SYNC_MESSAGES, seed=6, attachment_ratio=0.02, attachment_size=10_000)
    server = DovecotServer.start()
    try:
        user = server.new_user("bench")
        inbox = user.preload(iter_raw(mails, "INBOX"))
        sent = user.preload(iter_raw(mails, "Sent"), "Sent")
        print(
            f"(a) {len(mails)} messages generated and written to the Maildir in {time.perf_counter() - started:.0f} s"
        )
        store = Store.open(DataDir.prepare(home / "sync"))
        settings = ImapSettings(
            host=server.host, port=server.port, security="none", username=user.name, address=TEAM_ADDRESS
        )
        credentials.store_secret("Support", user.password)
        with store.write() as (session, _):
            session.add(
                Account(
                    name="Support",
                    kind=AccountKind.IMAP,
                    address=TEAM_ADDRESS,
                    settings=settings.to_dict(),
                    created_at=utcnow(),
                )
            )
        announcements = 0

        def count(_changes: object) -> None:
            nonlocal announcements
            announcements += 1

        window = MainWindow(store)  # the sync starts below, once the probe runs
        settle_interpreter()  # as run_gui does
        window.resize(1280, 800)
        window.show()
        window.sidebar.select_view(View.OPEN)
        reloads = 0
        resets = 0
        original_refresh = window.model.refresh

        def counting_refresh(changed: set[int] | None, *, keep_rows: int) -> bool:
            nonlocal reloads, resets
            reloads += 1
            reset = original_refresh(changed, keep_rows=keep_rows)
            resets += reset
            return reset

        window.model.refresh = counting_refresh  # type: ignore[method-assign]
        window.bridge.changed.connect(count)
        finished: list[SyncEvent] = []
        window.bridge.sync_event.connect(lambda e: finished.append(e) if e.kind in ("finished", "error") else None)
        app.processEvents()
        probe = StallProbe()
        probe.start()
        began = time.perf_counter()
        window.start_sync()  # the window's own way: the sync runs in its child process (agentdesk.sync.service)
        ok = _run_loop_until(lambda: bool(finished), SYNC_TIMEOUT_S)
        seconds = time.perf_counter() - began
        _run_loop_until(lambda: False, 1.0)  # the last announcements arrive and are shown
        probe.stop()
        load = os.getloadavg()[0]
        if not ok or finished[-1].kind != "finished":
            print(f"(a) the sync did not finish: {finished[-1:]!r}", file=sys.stderr)
        with store.read() as session:
            from sqlalchemy import func, select

            from agentdesk.store.models import Conversation, Message

            synced = int(session.scalar(select(func.count()).select_from(Message)) or 0)
            rows = int(session.scalar(select(func.count()).select_from(Conversation)) or 0)
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    finally:
        server.stop()
        server.cleanup()
    return SyncResult(
        messages=synced,
        inbox=inbox,
        sent=sent,
        seconds=seconds,
        announcements=announcements,
        list_reloads=reloads,
        list_resets=resets,
        longest_ms=probe.longest,
        p99_ms=probe.p99(),
        over_target=probe.over(STALL_TARGET_MS),
        ticks=len(probe.gaps_ms),
        rows=rows,
        load=load,
        longest_cpu_ms=probe.longest_cpu,
    )


# --- (b) timeline -------------------------------------------------------------------------------------


@dataclass
class TimelineResult:
    items: int
    median_ms: float
    worst_ms: float
    load: float


_TEXTS = (
    "Hello,\n\nI ordered a blue jacket two weeks ago and it has still not arrived. The tracking page shows no "
    "update since last Monday. Could you please check what happened to my parcel?\n\nThanks, Ana",
    "Hi Ana,\n\nthank you for your patience. We checked with the carrier: the parcel is in the depot and will "
    "be delivered tomorrow before noon. If it does not arrive, just answer this mail.\n\nBest regards,\nMia",
    "Customer called, promised a callback after the carrier confirms. Do not refund yet.",
    "Any news on this? I am still waiting.\n\n> On Monday you wrote:\n> the parcel is in the depot and will be "
    "delivered tomorrow before noon.",
)


def _fill_timeline(store: object, items: int) -> tuple[int, int]:
    """One customer with a 1,000-item conversation (mail in and out, notes, a few attachments) and 40 more."""
    from sqlalchemy import insert

    from agentdesk.domain.clock import utcnow
    from agentdesk.store.database import Store
    from agentdesk.store.models import (
        Account,
        AccountKind,
        Attachment,
        Channel,
        Conversation,
        Customer,
        Direction,
        Identity,
        Message,
        Status,
    )

    assert isinstance(store, Store)
    now = utcnow()
    with store.write() as (session, _):
        account = Account(name="Support", kind=AccountKind.IMAP, address="support@shop.example", created_at=now)
        customer = Customer(name="Ana Souza", language="en", created_at=now)
        session.add_all([account, customer])
        session.flush()
        session.add(Identity(customer_id=customer.id, kind="email", scope="", address="ana@example.com"))
        convs = [
            Conversation(
                channel=Channel.TICKET if i % 3 == 0 else Channel.EMAIL,
                account_id=account.id,
                subject=f"Order KO-{40000 + i} not delivered",
                thread_subject=f"order ko-{40000 + i} not delivered",
                snippet="Any news on this?",
                status=Status.OPEN if i < 2 else Status.CLOSED,
                customer_id=customer.id,
                message_count=items if i == 0 else 3,
                created_at=now - timedelta(days=400 - i),
                last_activity_at=now - timedelta(minutes=i),
                extra={},
            )
            for i in range(41)
        ]
        session.add_all(convs)
        session.flush()
        big, other = convs[0].id, convs[1].id
        directions = (Direction.IN, Direction.OUT, Direction.NOTE, Direction.IN)
        rows = []
        for conv in convs:
            n = items if conv.id == big else 3
            for i in range(n):
                kind = i % 4
                rows.append(
                    {
                        "conversation_id": conv.id,
                        "account_id": account.id,
                        "direction": directions[kind],
                        "sender": "Mia <support@shop.example>" if kind in (1, 2) else "Ana Souza <ana@example.com>",
                        "recipients": "" if kind == 2 else "support@shop.example",
                        "sent_at": now - timedelta(days=400) + timedelta(hours=9 * i),
                        "subject": conv.subject,
                        "text": _TEXTS[kind],
                        "html": None,
                        "extra": {},
                    }
                )
        session.execute(insert(Message), rows)
        session.flush()
        first_ids = list(
            session.scalars(
                Message.__table__.select().with_only_columns(Message.id).where(Message.conversation_id == big).limit(50)
            )
        )
        session.execute(
            insert(Attachment),
            [
                {
                    "message_id": mid,
                    "filename": "photo.png",
                    "content_type": "image/png",
                    "size": 48_213,
                    "inline": False,
                }
                for mid in first_ids[::10]
            ],
        )
    return big, other


def bench_timeline(home: Path) -> TimelineResult:
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.queries import View
    from agentdesk.ui.app import application
    from agentdesk.ui.main_window import MainWindow

    app = application()
    store = Store.open(DataDir.prepare(home / "timeline"))
    try:
        big, other = _fill_timeline(store, TIMELINE_ITEMS)
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        window.sidebar.select_view(View.ALL)
        app.processEvents()
        big_row, other_row = window.model.row_of(big), window.model.row_of(other)
        assert big_row is not None and other_row is not None
        times: list[float] = []
        for _ in range(TIMELINE_RUNS + 1):
            window.select_row(other_row)
            app.processEvents()
            window.pane.grab()
            started = time.perf_counter()
            window.select_row(big_row)
            app.processEvents()
            window.pane.grab()  # the pane painted, as it will be on screen
            times.append((time.perf_counter() - started) * 1000)
        load = os.getloadavg()[0]
        assert window.pane.detail is not None and window.pane.detail.id == big
        window.pane.grab().save(str(home / "timeline.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        store.close()
    times = times[1:]  # the first opening also warms Qt's font and layout caches
    return TimelineResult(TIMELINE_ITEMS, statistics.median(times), max(times), load)


# --- (c) start-up ----------------------------------------------------------------------------------------


@dataclass
class StartResult:
    messages: int
    conversations: int
    median_s: float
    worst_s: float
    load: float
    cpu_s: float = 0.0  # median CPU seconds (user + system) of a start: what it costs on an idle machine


def bench_startup(home: Path) -> StartResult:
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from bench.reports_bench import MESSAGES_EACH, fill
    from bench.startup_bench import time_self_test

    data = DataDir.prepare(home / "startup")
    store = Store.open(data)
    try:
        messages = fill(store, datetime.now(UTC).replace(microsecond=0), START_MESSAGES // MESSAGES_EACH)
    finally:
        store.close()
    cpu: list[float] = []
    times = time_self_test(data.root, START_RUNS, cpu)
    return StartResult(
        messages,
        START_MESSAGES // MESSAGES_EACH,
        statistics.median(times),
        max(times),
        os.getloadavg()[0],
        statistics.median(cpu),
    )


# --- (d) scrolling a million rows --------------------------------------------------------------------------


@dataclass
class ScrollResult:
    rows: int
    steps: int
    seconds: float
    longest_ms: float
    p99_ms: float
    over_target: int
    fill_seconds: float
    open_ms: float
    load: float
    reached: int = 0
    longest_cpu_ms: float = 0.0


def _fill_million(path: Path, rows: int) -> None:
    """`rows` conversations straight into SQLite with executemany: 20 per customer, five statuses, some tags."""
    rng = random.Random(4)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.execute(
            "INSERT INTO accounts(id, name, kind, address, settings, network_state, created_at) "
            "VALUES (1, 'Support', 'imap', 'support@shop.example', '{}', 'online', ?)",
            (now.strftime(DB_TIME),),
        )
        customers = max(1, rows // 20)
        first = ("Ana", "Jürgen", "Priya", "Budi", "Lucía", "Tom", "Sophie", "Arjun", "Siti", "Marco")
        last = ("Souza", "Müller", "Sharma", "Santoso", "García", "Miller", "Weiß", "Patel", "Rahma", "Rossi")
        conn.executemany(
            "INSERT INTO customers(id, name, language, notes, custom_fields, tags, is_team, created_at) "
            "VALUES (?, ?, 'en', '', '{}', '[]', 0, ?)",
            ((i, f"{first[i % 10]} {last[(i // 10) % 10]}", now.strftime(DB_TIME)) for i in range(1, customers + 1)),
        )
        conn.executemany(
            "INSERT INTO identities(customer_id, kind, scope, address, display_name) VALUES (?, 'email', '', ?, '')",
            ((i, f"customer{i}@mail.example") for i in range(1, customers + 1)),
        )
        statuses = ("open", "open", "pending", "snoozed", "closed")
        subjects = ("Order not delivered", "Refund request", "Wrong size received", "Invoice missing", "Cannot log in")

        def conversations() -> Iterator[tuple[object, ...]]:
            for i in range(1, rows + 1):
                at = (now - timedelta(seconds=i * 31 + rng.randrange(30))).strftime(DB_TIME)
                subject = f"{subjects[i % 5]} #{100000 + i}"
                yield (
                    i,
                    "ticket" if i % 4 == 0 else "email",
                    subject,
                    subject.lower(),
                    "I ordered a blue jacket two weeks ago and it has still not arrived.",
                    statuses[i % 5],
                    ("Mia", "Leo", None)[i % 3],
                    1 + (i % customers),
                    int(i % 7 == 0),
                    1 + i % 5,
                    at,
                    at,
                )

        conn.executemany(
            "INSERT INTO conversations(id, channel, account_id, subject, thread_subject, snippet, status, priority, "
            "assignee, customer_id, unread, message_count, created_at, last_activity_at, extra) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, '{}')",
            conversations(),
        )
        conn.executemany(
            "INSERT INTO conversation_tags(conversation_id, tag) VALUES (?, ?)",
            ((i, ("vip", "shipping", "returns")[i % 3]) for i in range(1, rows + 1, 9)),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()


def bench_scroll(home: Path) -> ScrollResult:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractSlider

    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.queries import View
    from agentdesk.ui.app import application, settle_interpreter
    from agentdesk.ui.main_window import MainWindow

    app = application()
    data = DataDir.prepare(home / "million")
    Store.open(data).close()  # the schema
    filling = time.perf_counter()
    _fill_million(data.cache_path, LIST_ROWS)
    fill_seconds = time.perf_counter() - filling
    store = Store.open(data)
    try:
        opening = time.perf_counter()
        window = MainWindow(store)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.sidebar.select_view(View.ALL)
        app.processEvents()
        window.list.grab()
        open_ms = (time.perf_counter() - opening) * 1000
        bar = window.list.verticalScrollBar()
        settle_interpreter()  # as run_gui does once the window is built
        probe = StallProbe()
        explainer: GapExplainer | None = None
        if os.environ.get("AGENTDESK_BENCH_EXPLAIN"):
            import agentdesk.ui.conversation_model as list_model

            explainer = GapExplainer(probe)
            explainer.watch(list_model, "conversation_rows", "row block read")
            explainer.watch(window.model, "_next_page", "id page read")
            explainer.watch(window.notifier, "_fire", "tick: snoozes and reminders")
            explainer.watch(window, "_read_counts", "sidebar counts")
        steps = 0
        done = False

        def step() -> None:
            nonlocal steps, done
            if bar.value() >= bar.maximum() and not window.model.canFetchMore():
                done = True
                return
            bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
            steps += 1
            QTimer.singleShot(0, step)

        probe.start()
        began = time.perf_counter()
        QTimer.singleShot(0, step)
        _run_loop_until(lambda: done, 3600.0)
        seconds = time.perf_counter() - began
        probe.stop()
        load = os.getloadavg()[0]
        if explainer is not None:
            print(f"(d) the longest gaps over {STALL_TARGET_MS:.0f} ms and what ran in them:")
            explainer.report(began, STALL_TARGET_MS)
        last_visible = window.list.rowAt(window.list.viewport().height() - 1)
        window.list.grab().save(str(home / "scrolled.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        store.close()
    return ScrollResult(
        rows=LIST_ROWS,
        steps=steps,
        seconds=seconds,
        longest_ms=probe.longest,
        p99_ms=probe.p99(),
        over_target=probe.over(STALL_TARGET_MS),
        fill_seconds=fill_seconds,
        open_ms=open_ms,
        load=load,
        reached=last_visible + 1,
        longest_cpu_ms=probe.longest_cpu,
    )


# --- the report ------------------------------------------------------------------------------------------


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(
    sync: SyncResult | None, timeline: TimelineResult, start: StartResult, scroll: ScrollResult, cpus: int
) -> tuple[str, bool]:
    lines = [
        "The real `MainWindow`, offscreen, on this 2-core machine; `bench/ui_bench.py`. A stall is the time between",
        f"two ticks of a {PROBE_MS} ms precise `QTimer` on the GUI thread (so it includes up to {PROBE_MS} ms of the",
        "timer's own wait); the load average (1 min) is noted beside each figure.",
        "",
        "| what | measure | target | result | load |",
        "|---|---|---|---|---|",
    ]
    ok = True
    if sync is not None:
        good = sync.longest_ms <= STALL_TARGET_MS
        ok &= good
        lines.append(
            f"| (a) initial IMAP sync of {sync.messages:,} messages, window open | longest stall "
            f"{sync.longest_ms:.0f} ms (p99 {sync.p99_ms:.0f} ms, {sync.over_target} of {sync.ticks:,} ticks "
            f"over {STALL_TARGET_MS:.0f} ms; GUI thread's own CPU in one gap at most {sync.longest_cpu_ms:.0f} ms) "
            f"| ≤ {STALL_TARGET_MS:.0f} ms | {_met(good)} | {sync.load:.1f} |"
        )
    else:
        ok = False
        lines.append("| (a) initial IMAP sync | not run: Dovecot missing | ≤ 50 ms | — | — |")
    good = timeline.worst_ms <= TIMELINE_TARGET_MS
    ok &= good
    lines.append(
        f"| (b) opening a timeline of {timeline.items:,} items | median {timeline.median_ms:.0f} ms, slowest "
        f"{timeline.worst_ms:.0f} ms ({TIMELINE_RUNS} runs) | ≤ {TIMELINE_TARGET_MS:.0f} ms | {_met(good)} "
        f"| {timeline.load:.1f} |"
    )
    good = start.worst_s <= START_TARGET_S
    ok &= good
    lines.append(
        f"| (c) start-up to a painted window, {start.messages:,}-message cache | median {start.median_s:.2f} s, "
        f"slowest {start.worst_s:.2f} s ({START_RUNS} new processes; {start.cpu_s:.2f} s of CPU each) "
        f"| ≤ {START_TARGET_S:.0f} s | {_met(good)} "
        f"| {start.load:.1f} |"
    )
    good = scroll.longest_ms <= STALL_TARGET_MS and scroll.reached >= scroll.rows
    ok &= good
    lines.append(
        f"| (d) scrolling {scroll.rows:,} rows top to bottom, {scroll.steps:,} page steps | longest stall "
        f"{scroll.longest_ms:.0f} ms (p99 {scroll.p99_ms:.0f} ms, {scroll.over_target} over "
        f"{STALL_TARGET_MS:.0f} ms; GUI thread's own CPU in one gap at most {scroll.longest_cpu_ms:.0f} ms) "
        f"| ≤ {STALL_TARGET_MS:.0f} ms | {_met(good)} | {scroll.load:.1f} |"
    )
    lines.append("")
    if sync is not None:
        lines.append(
            f"(a) {sync.inbox:,} messages in INBOX and {sync.sent:,} in Sent, generated by `tests/servers/mailgen.py` "
            "(threads of 1-5 in five languages, 30 % HTML, 2 % with a ~10 kB attachment) and written into the "
            f"Maildir before Dovecot's first login; the sync took {sync.seconds:.0f} s with the window in the Open "
            f"view, {sync.announcements} change announcements reached the window through `StoreBridge`, the list "
            f"was re-read {sync.list_reloads} times ({sync.list_resets} of them with a model reset); "
            f"{sync.rows:,} conversations at the end."
        )
    lines.append(
        f"(b) one customer with a {timeline.items:,}-item conversation (mail in and out, internal notes, "
        "attachments) and 40 other conversations; from `select_row` to the pane grabbed after `processEvents`, "
        "median of the runs after a first warm-up opening."
    )
    lines.append(
        f'(c) `agentdesk self-test` timed to its "window painted" line (Python start, Qt, opening the cache while '
        "its integrity check runs on a thread beside, the window, a conversation selected and painted; the "
        "self-test's own checks of bundled data after that line are not counted; CPU: the process's, all threads, "
        f"up to that line) on a cache of {start.messages:,} messages in {start.conversations:,} conversations."
    )
    lines.append(
        f"(d) {scroll.rows:,} conversations inserted straight into SQLite ({scroll.fill_seconds:.0f} s); the "
        f"window opened on All in {scroll.open_ms:.0f} ms; `SliderPageStepAdd` on the list's scroll bar, one step "
        f"per event-loop turn, took {scroll.seconds:.0f} s; the last row shown at the end: {scroll.reached:,}."
    )
    lines.append(f"\n{cpus} CPUs; other helpers' work shares the machine.")
    return "\n".join(lines) + "\n", ok


def main() -> int:
    from bench.report import write_section

    with _scratch_home() as home:
        only = set(os.environ.get("AGENTDESK_BENCH_UI_PARTS", "abcd"))
        sync = bench_sync(home) if "a" in only else None
        print(sync)
        timeline = bench_timeline(home) if "b" in only else TimelineResult(0, 0, 0, 0)
        print(timeline)
        start = bench_startup(home) if "c" in only else StartResult(0, 0, 0, 0, 0)
        print(start)
        scroll = bench_scroll(home) if "d" in only else ScrollResult(0, 0, 0, 0, 0, 0, 0, 0, 0)
        print(scroll)
    body, ok = report(sync, timeline, start, scroll, os.cpu_count() or 1)
    if only == set("abcd"):
        write_section("Window responsiveness", body)
    print(body)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
