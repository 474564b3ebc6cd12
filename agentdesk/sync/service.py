"""The background sync in a process of its own, so parsing mail and building SQL never hold the window's GIL.

The window starts `agentdesk sync-service --data-dir DIR` (the frozen app: its own executable with the same
arguments) through `SyncServiceClient`. The child runs a `SyncScheduler` (passes, IDLE watchers, outbox drains)
and talks over its standard streams, one JSON object per line:

- in (the window's commands): `{"cmd": "sync_now"}`, `{"cmd": "cancel_task", "task": id}`, `{"cmd": "cancel_pass"}`,
  `{"cmd": "offline", "value": bool}`, `{"cmd": "stop"}`;
- out: `{"type": "ready", "pid": n}`, `{"type": "event", "event": SyncEvent}`, `{"type": "changes", "changes":
  Changes}` after each commit, and `{"type": "stopped"}`.

The client hands events to its listener and re-announces the changes on the window's own `Store`, so the window's
one bridge (`agentdesk.ui.bridge`) sees them exactly as it saw the in-process scheduler's writes.

The child dies with the window: the end of its standard input (the window's process is gone, however it ended)
stops it at the next batch boundary, and on Linux the kernel also sends it SIGTERM (PR_SET_PDEATHSIG), handled
the same way. A child that stops without being asked is started again with back-off, and the listener hears
`SyncEvent("service", data={"state": "crashed", …})` and then `{"state": "running"}`. Both processes write the
cache: SQLite's WAL and busy timeout serialise their transactions (see docs/architecture.md, "The cache").
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from typing import IO, Any, Protocol

from agentdesk.paths import DataDir
from agentdesk.store.changes import Changes
from agentdesk.store.database import Store
from agentdesk.sync.scheduler import POLL_INTERVAL, Listener, SyncEvent, SyncScheduler

log = logging.getLogger("agentdesk.sync.service")

LOG_FILE = "sync.log"  # the child's own log beside the window's (two processes must not rotate one file)
STOP_TIMEOUT = 30.0  # seconds a closing window waits for the batch being written
FIRST_RESTART = 1.0  # seconds before the first restart of a crashed child; doubled each time
MAX_RESTART = 60.0
STABLE_AFTER = 60.0  # a child that ran this long counts as healthy again: the back-off starts over
NICENESS = 10  # background work: the window's process keeps the CPU when both want it


# --- the child ------------------------------------------------------------------------------------------


class _Lines:
    """One JSON object per line on the protocol stream, from any thread; a closed window just ends output."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.lock = threading.Lock()
        self.broken = threading.Event()

    def send(self, message: dict[str, Any]) -> None:
        if self.broken.is_set():
            return
        line = json.dumps(message, separators=(",", ":"), default=str) + "\n"
        with self.lock:
            try:
                self.stream.write(line)
                self.stream.flush()
            except (BrokenPipeError, OSError, ValueError):
                self.broken.set()


def _die_with_parent(parent: int | None) -> bool:
    """On Linux, have the kernel send SIGTERM when the window's process ends; False if it already has."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # an exotic libc: the end of stdin still stops the child
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    return parent is None or os.getppid() == parent


def serve(
    data_dir: DataDir,
    *,
    offline: bool = False,
    poll_interval: float = POLL_INTERVAL,
    parent: int | None = None,
    commands: IO[str] | None = None,
    output: IO[str] | None = None,
) -> int:
    """The child's main: run the scheduler until told to stop or until the window's process is gone."""
    if output is None:
        # The protocol keeps the real stdout; anything else printing (a library, a stray print) goes to stderr.
        output = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
        try:
            errors = sys.stderr.fileno()
        except (AttributeError, OSError, ValueError):  # a windowed app on Windows has no stderr
            errors = os.open(os.devnull, os.O_WRONLY)
        os.dup2(errors, sys.stdout.fileno())
    commands = commands if commands is not None else sys.stdin
    stop = threading.Event()
    if not _die_with_parent(parent):
        return 0
    with contextlib.suppress(ValueError):  # not the main thread (tests may run serve() on a thread)
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    lines = _Lines(output)
    store = Store.open(data_dir)
    unsubscribe = store.subscribe(lambda changes: lines.send({"type": "changes", "changes": changes.as_json()}))
    scheduler = SyncScheduler(
        store, lambda event: lines.send({"type": "event", "event": event.as_json()}), poll_interval=poll_interval
    )
    if offline:
        scheduler.offline.set()

    def read_commands() -> None:
        try:
            for line in commands:
                if not line.strip():
                    continue
                try:
                    command = json.loads(line)
                    if _obey(scheduler, command):
                        break
                except Exception:  # a malformed command is a bug in the window; it must not stop syncing
                    log.exception("sync service: cannot follow the command %r", line[:200])
        except (OSError, ValueError):
            pass
        stop.set()  # "stop", or the end of input: the window is gone

    reader = threading.Thread(target=read_commands, name="sync-service-commands", daemon=True)
    reader.start()
    scheduler.start()
    lines.send({"type": "ready", "pid": os.getpid()})
    log.info("sync service %d running for %s", os.getpid(), data_dir.root)
    while not stop.wait(0.5):
        if parent is not None and os.getppid() != parent:  # the window's process is gone (no PDEATHSIG here)
            break
    clean = scheduler.stop(timeout=STOP_TIMEOUT - 5)
    unsubscribe()
    lines.send({"type": "stopped", "clean": clean})
    log.info("sync service %d stopped%s", os.getpid(), "" if clean else " with a pass still running")
    if not clean:
        # A thread is still inside a server call; its open transaction (if any) is rolled back by SQLite.
        logging.shutdown()
        os._exit(0)
    store.close()
    return 0


def _obey(scheduler: SyncScheduler, command: dict[str, Any]) -> bool:
    """Carry out one command; True for "stop"."""
    name = command.get("cmd")
    if name == "stop":
        return True
    if name == "sync_now":
        scheduler.sync_now()
    elif name == "cancel_task":
        scheduler.cancel_task(str(command.get("task")))
    elif name == "cancel_pass":
        scheduler.cancel_pass()
    elif name == "offline":
        scheduler.set_offline(bool(command.get("value")))
    else:
        log.warning("sync service: unknown command %r", name)
    return False


# --- the window's side ----------------------------------------------------------------------------------


class SyncControl(Protocol):
    """What the window uses of a sync runner: `SyncServiceClient` (a child process) or `SyncScheduler` itself."""

    listener: Listener

    def start(self) -> None: ...

    def stop(self, timeout: float = ...) -> bool: ...

    def sync_now(self) -> None: ...

    def cancel_task(self, task: str) -> bool: ...

    def set_offline(self, offline: bool) -> None: ...


def service_command(data_dir: DataDir, *, offline: bool, poll_interval: float | None = None) -> list[str]:
    """How to start the child: this interpreter with `-m agentdesk`, or the frozen app's own executable."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "agentdesk"]
    command = [*base, "sync-service", "--data-dir", str(data_dir.root), "--parent", str(os.getpid())]
    if offline:
        command.append("--offline")
    if poll_interval is not None:
        command += ["--poll-interval", str(poll_interval)]
    return command


class SyncServiceClient:
    """Runs the sync in a child process; the same controls as `SyncScheduler` (start, stop, sync_now,
    cancel_task, set_offline) and the same `listener`, which may be replaced while it runs (a rebuilt window)."""

    def __init__(
        self,
        store: Store,
        listener: Listener,
        *,
        poll_interval: float | None = None,
    ) -> None:
        self.store = store
        self.listener = listener
        self.poll_interval = poll_interval
        self.offline = False
        self.restarts = 0
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._supervisor: threading.Thread | None = None

    # --- control (any thread) --------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def start(self) -> None:
        """Start the child; its supervisor thread (which also restarts it) runs until `stop`."""
        if self._supervisor is not None:
            return
        self._stopping.clear()
        self._supervisor = threading.Thread(target=self._supervise, name="sync-service", daemon=True)
        self._supervisor.start()

    def wait_ready(self, timeout: float) -> bool:
        return self._ready.wait(timeout)

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """Ask the child to stop at its next batch boundary and wait for it; after `timeout` it is terminated.
        True when it stopped by itself."""
        self._stopping.set()
        process = self._process
        clean = True
        if process is not None and process.poll() is None:
            self._send({"cmd": "stop"})
            with contextlib.suppress(OSError):
                if process.stdin is not None:
                    process.stdin.close()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                clean = False
                log.warning("the sync process %d did not stop within %.0f s; terminating it", process.pid, timeout)
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if self._supervisor is not None:
            self._supervisor.join(timeout)
            self._supervisor = None
        return clean

    def sync_now(self) -> None:
        self._send({"cmd": "sync_now"})

    def cancel_pass(self) -> None:
        self._send({"cmd": "cancel_pass"})

    def cancel_task(self, task: str) -> bool:
        return self._send({"cmd": "cancel_task", "task": task})

    def set_offline(self, offline: bool) -> None:
        """The "Work offline" switch; remembered for a restarted child."""
        self.offline = offline
        if not self._send({"cmd": "offline", "value": offline}):
            # No child to tell (starting, restarting): the listener still hears the switch, as the child would say.
            self._emit(SyncEvent("state", data={"offline": offline}))

    # --- internals -------------------------------------------------------------------------------

    def _send(self, command: dict[str, Any]) -> bool:
        process = self._process
        if process is None or process.stdin is None or process.poll() is not None:
            return False
        with self._lock:
            try:
                process.stdin.write(json.dumps(command) + "\n")
                process.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                return False
        return True

    def _emit(self, event: SyncEvent) -> None:
        try:
            self.listener(event)
        except Exception:
            log.exception("sync event listener failed")

    def _launch(self) -> subprocess.Popen[str]:
        command = service_command(self.store.data_dir, offline=self.offline, poll_interval=self.poll_interval)
        return subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
            close_fds=True,
            stderr=subprocess.DEVNULL if sys.stderr is None else None,  # a windowed app has none to share
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console window flashes up
        )

    def _supervise(self) -> None:
        """Start the child, relay what it says, and start it again (with back-off) when it ends unasked."""
        delay = FIRST_RESTART
        while not self._stopping.is_set():
            began = time.monotonic()
            try:
                process = self._launch()
            except OSError as exc:
                log.error("the sync process could not be started: %s", exc)
                reason = str(exc)
            else:
                with self._lock:
                    self._process = process
                if self._stopping.is_set():  # stop() came while starting: it did not see this process
                    self._send({"cmd": "stop"})
                self._relay(process)
                code = process.wait()
                self._ready.clear()
                for stream in (process.stdin, process.stdout):
                    if stream is not None:
                        with contextlib.suppress(OSError), self._lock:
                            stream.close()
                if self._stopping.is_set():
                    return
                reason = _exit_reason(code)
                log.error("the sync process %d ended unexpectedly (%s)", process.pid, reason)
            if time.monotonic() - began > STABLE_AFTER:
                delay = FIRST_RESTART
            wait = delay * (0.75 + random.random() / 2)
            self.restarts += 1
            self._emit(SyncEvent("service", data={"state": "crashed", "reason": reason, "retry_in": round(wait)}))
            if self._stopping.wait(wait):
                return
            delay = min(MAX_RESTART, delay * 2)

    def _relay(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            try:
                message = json.loads(line)
                kind = message.get("type")
                if kind == "changes":
                    self.store.announce(Changes.from_json(message["changes"]))
                elif kind == "event":
                    self._emit(SyncEvent.from_json(message["event"]))
                elif kind == "ready":
                    self._ready.set()
                    if self.restarts:
                        self._emit(SyncEvent("service", data={"state": "running", "restarts": self.restarts}))
            except Exception:  # one bad line must not stop the relay; it is a bug, so log it
                log.exception("cannot read the sync process's message %r", line[:200])


def _exit_reason(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"stopped by signal {signal.Signals(-code).name}"
        return f"stopped by signal {-code}"
    return f"exit code {code}"


__all__ = ["SyncControl", "SyncServiceClient", "serve", "service_command"]
