"""Initial IMAP sync of a 20,000-message support mailbox: `agentdesk sync --once` against `mbsync`, same run.

The mailbox (bench/mail_corpus.py: ~240 MB, eight languages, threads, HTML, ~8 % attachments) is generated once
into the system temp dir, linked into a private Dovecot's Maildir on 127.0.0.1 and indexed by a first SELECT.
Then, one after the other on the same server:
- `agentdesk sync --once --json` (the CLI the user runs, a real subprocess, the password in the test keyring
  backend) into an empty data dir, while this process samples the RSS of it and its children (the parser
  processes) and polls the cache read-only until the newest 500 conversations are in it;
- `mbsync` (isync) pulling INBOX and Sent into an empty Maildir;
- no-change incremental passes of `agentdesk sync --once`;
- `agentdesk search --json` for a word planted in the oldest message (the mailbox is searchable offline).

Run: .venv/bin/python -m bench.mail_bench  (writes the "## Mail sync" section of docs/benchmarks.md)
Needs dovecot-imapd and isync (scripts/system-packages.sh bench). AGENTDESK_BENCH_MAIL_MESSAGES=N for a smaller
mailbox while working on it (the section is then not written).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.mail_corpus import Manifest, cached_mailbox
from bench.report import write_section
from tests.servers.dovecot import DovecotServer, MailUser, dovecot_binary
from tests.servers.mailgen import TEAM_ADDRESS

MESSAGES = int(os.environ.get("AGENTDESK_BENCH_MAIL_MESSAGES", "20000"))
FULL = 20_000
SEED = 7
INCREMENTAL_RUNS = 5
TARGET_RATIO = 0.5
TARGET_RSS_MB = 300
TARGET_INCREMENTAL_S = 1.0
ACCOUNT = "Support"
PAGE = os.sysconf("SC_PAGE_SIZE")


# --- measuring a process tree --------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
        except OSError:
            continue
        found.extend(int(c) for c in text.split())
    return found


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> tuple[int, int]:
    """(RSS of the root process, RSS of it and all its descendants) in bytes, right now."""
    own = _rss(root)
    total = own
    stack = _children(root)
    while stack:
        pid = stack.pop()
        total += _rss(pid)
        stack.extend(_children(pid))
    return own, total


@dataclass
class Sampler:
    """Samples the RSS of a process tree and, optionally, polls the cache for the newest conversations."""

    pid: int
    cache: Path | None = None
    newest: list[list[str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    peak_total: int = 0
    peak_root: int = 0
    newest_seconds: float | None = None
    newest_complete_seconds: float | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._threads = [threading.Thread(target=self._sample_rss, daemon=True)]
        if self.cache is not None and self.newest:
            self._threads.append(threading.Thread(target=self._poll_cache, daemon=True))
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join()

    def _sample_rss(self) -> None:
        while not self._stop.is_set():
            own, total = tree_rss(self.pid)
            self.peak_root = max(self.peak_root, own)
            self.peak_total = max(self.peak_total, total)
            time.sleep(0.02)

    def _poll_cache(self) -> None:
        assert self.cache is not None
        wanted = {mid: n for n, ids in enumerate(self.newest) for mid in ids}
        ids = list(wanted)
        conn: sqlite3.Connection | None = None
        while not self._stop.is_set():
            time.sleep(0.1)
            try:
                if conn is None:
                    if not self.cache.exists():
                        continue
                    conn = sqlite3.connect(f"file:{self.cache}?mode=ro", uri=True, timeout=1)
                present: set[str] = set()
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    present.update(
                        r[0]
                        for r in conn.execute(
                            f"SELECT message_id_header FROM messages WHERE message_id_header IN ({marks})", chunk
                        )
                    )
            except sqlite3.Error:
                continue  # the schema is not there yet, or the writer holds a lock for a moment
            now = time.monotonic() - self.started
            threads_seen = {wanted[m] for m in present}
            if self.newest_seconds is None and len(threads_seen) == len(self.newest):
                self.newest_seconds = now
            if len(present) == len(ids):
                self.newest_complete_seconds = now
                break
        if conn is not None:
            conn.close()


# --- the servers and tools -----------------------------------------------------------------------


def load_mailbox(user: MailUser, source: Path) -> float:
    """Hard-link the cached Maildir files into the user's Maildir, then let Dovecot index them."""
    started = time.monotonic()
    for folder, target in (("INBOX", user.maildir), ("Sent", user.maildir / ".Sent")):
        for sub in ("new", "tmp"):
            (target / sub).mkdir(parents=True, exist_ok=True)
        try:
            shutil.copytree(source / folder / "cur", target / "cur", copy_function=os.link)
        except OSError:  # another file system: copy instead
            shutil.rmtree(target / "cur", ignore_errors=True)
            shutil.copytree(source / folder / "cur", target / "cur")
    user.server.give_to_mail_user(user.server.base / "home" / user.name)
    with user.client() as client:
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
    return time.monotonic() - started


def raw_fetch(user: MailUser) -> tuple[float, int]:
    """A plain loop fetching every message body in batches of 500: the floor for any client (also warms caches)."""
    started = time.monotonic()
    total = 0
    with user.client() as client:
        client.normalise_times = False
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            for start in range(0, len(uids), 500):
                for entry in client.fetch(uids[start : start + 500], [b"BODY.PEEK[]"]).values():
                    total += len(entry[b"BODY[]"])
    return time.monotonic() - started, total


def agentdesk_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",  # the tests' backend: a file under home
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
        XDG_CACHE_HOME=str(home / "xdg-cache"),
    )
    return env


def agentdesk(
    *args: str, env: dict[str, str], data: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "agentdesk", "--data-dir", str(data), *args]
    return subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True, timeout=1800, check=False)


def add_account(user: MailUser, env: dict[str, str], data: Path) -> None:
    result = agentdesk(
        "account",
        "add",
        "imap",
        "--name",
        ACCOUNT,
        "--host",
        user.server.host,
        "--port",
        str(user.server.port),
        "--security",
        "none",
        "--username",
        user.name,
        "--address",
        TEAM_ADDRESS,
        "--password-stdin",
        env=env,
        data=data,
        stdin=user.password + "\n",
    )
    if result.returncode != 0:
        raise RuntimeError(f"agentdesk account add failed: {result.stdout}{result.stderr}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class SyncRun:
    seconds: float
    cpu_seconds: float  # user + system of the command and its parser processes
    summary: dict[str, object]
    peak_total_mb: float
    peak_root_mb: float
    newest_seconds: float | None
    newest_complete_seconds: float | None
    load_before: float
    load_after: float


def timed_sync(env: dict[str, str], data: Path, newest: list[list[str]] | None = None) -> SyncRun:
    load_before = os.getloadavg()[0]
    cmd = [sys.executable, "-m", "agentdesk", "--data-dir", str(data), "sync", "--once", "--json"]
    cpu_before = _children_cpu()
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid, cache=data / "cache.sqlite3" if newest else None, newest=newest or [])
    sampler.started = started
    out, err = proc.communicate(timeout=1800)
    seconds = time.monotonic() - started
    sampler.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"agentdesk sync --once failed ({proc.returncode}): {out}{err}")
    summary = json.loads(out)
    return SyncRun(
        seconds=seconds,
        cpu_seconds=_children_cpu() - cpu_before,
        summary=summary,
        peak_total_mb=sampler.peak_total / 2**20,
        peak_root_mb=sampler.peak_root / 2**20,
        newest_seconds=sampler.newest_seconds,
        newest_complete_seconds=sampler.newest_complete_seconds,
        load_before=load_before,
        load_after=os.getloadavg()[0],
    )


MBSYNC_CONFIG = """\
IMAPAccount bench
Host {host}
Port {port}
User {user}
Pass {password}
SSLType None
AuthMechs LOGIN

IMAPStore bench-remote
Account bench

MaildirStore bench-local
Path {root}/
Inbox {root}/INBOX
SubFolders Verbatim

Channel bench
Far :bench-remote:
Near :bench-local:
Patterns INBOX Sent
Create Near
Sync Pull
SyncState *
"""


def mbsync_version() -> str:
    result = subprocess.run(["mbsync", "--version"], capture_output=True, text=True, check=False)
    return (result.stdout or result.stderr).strip()


@dataclass
class MbsyncRun:
    seconds: float
    cpu_seconds: float
    pulled: int
    load_before: float
    load_after: float


def timed_mbsync(user: MailUser, work: Path, name: str) -> MbsyncRun:
    root = work / f"mbsync-{name}"
    root.mkdir()
    config = work / f"mbsyncrc-{name}"
    config.write_text(
        MBSYNC_CONFIG.format(
            host=user.server.host, port=user.server.port, user=user.name, password=user.password, root=root
        )
    )
    config.chmod(0o600)
    load_before = os.getloadavg()[0]
    cpu_before = _children_cpu()
    started = time.monotonic()
    result = subprocess.run(
        ["mbsync", "-q", "-c", str(config), "bench"], capture_output=True, text=True, timeout=1800, check=False
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise RuntimeError(f"mbsync failed ({result.returncode}): {result.stdout}{result.stderr}")
    cpu = _children_cpu() - cpu_before
    pulled = sum(1 for _ in root.rglob("cur/*")) + sum(1 for _ in root.rglob("new/*"))
    return MbsyncRun(seconds, cpu, pulled, load_before, os.getloadavg()[0])


def search_check(env: dict[str, str], data: Path, manifest: Manifest) -> tuple[bool, float, int]:
    started = time.monotonic()
    result = agentdesk("search", "--json", manifest.probe_word, env=env, data=data)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise RuntimeError(f"agentdesk search failed: {result.stdout}{result.stderr}")
    hits = json.loads(result.stdout)
    return len(hits) >= 1, seconds, len(hits)


def cached_counts(data: Path) -> tuple[int, int, int]:
    with sqlite3.connect(f"file:{data / 'cache.sqlite3'}?mode=ro", uri=True) as conn:
        messages = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        conversations = conn.execute("SELECT count(*) FROM conversations").fetchone()[0]
        attachments = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    return int(messages), int(conversations), int(attachments)


# --- the run -------------------------------------------------------------------------------------


def main() -> int:
    if dovecot_binary() is None or shutil.which("mbsync") is None:
        print("needs dovecot-imapd and isync: sh scripts/system-packages.sh bench", file=sys.stderr)
        return 1
    print(f"mailbox: {MESSAGES} messages (cached after the first run) …", flush=True)
    source, manifest = cached_mailbox(MESSAGES, SEED)
    print(
        f"  {manifest.bytes / 1e6:.1f} MB, {manifest.folders}, {manifest.threads} threads, "
        f"{manifest.attachments} attachments, {manifest.html} with HTML",
        flush=True,
    )
    server = DovecotServer.start()
    work = Path(tempfile.mkdtemp(prefix="agentdesk-mailbench-run-"))
    try:
        user = server.new_user("bench")
        index_seconds = load_mailbox(user, source)
        raw_seconds, raw_bytes = raw_fetch(user)
        print(f"  Dovecot indexed it in {index_seconds:.1f} s; a raw FETCH loop takes {raw_seconds:.1f} s", flush=True)

        # mbsync before and after AgentDesk: its time swings with the disk (it syncs every file it writes),
        # so the ratio is taken against the faster of the two, the harder comparison for us.
        print("mbsync …", flush=True)
        mbsync_runs = [timed_mbsync(user, work, "before")]
        print(f"  {mbsync_runs[0].seconds:.1f} s, {mbsync_runs[0].pulled} messages", flush=True)

        env = agentdesk_env(work)
        data = work / "agentdesk-data"
        add_account(user, env, data)
        print("agentdesk sync --once (initial) …", flush=True)
        initial = timed_sync(env, data, manifest.newest_threads)
        messages, conversations, attachments = cached_counts(data)
        print(
            f"  {initial.seconds:.1f} s, peak RSS {initial.peak_total_mb:.0f} MB with children "
            f"({initial.peak_root_mb:.0f} MB main), newest {len(manifest.newest_threads)} conversations after "
            f"{initial.newest_seconds} s; {messages} messages, {conversations} conversations",
            flush=True,
        )
        print("mbsync again …", flush=True)
        mbsync_runs.append(timed_mbsync(user, work, "after"))
        print(f"  {mbsync_runs[1].seconds:.1f} s, {mbsync_runs[1].pulled} messages", flush=True)
        best = min(mbsync_runs, key=lambda r: r.seconds)

        incremental = [timed_sync(env, data) for _ in range(INCREMENTAL_RUNS)]
        inc_wall = statistics.median(r.seconds for r in incremental)
        inc_pass = statistics.median(float(r.summary["seconds"]) for r in incremental)  # type: ignore[arg-type]
        print(f"no-change pass: {inc_wall:.2f} s for the command, {inc_pass:.3f} s for the pass", flush=True)
        found, search_seconds, hits = search_check(env, data, manifest)
        print(f"search {manifest.probe_word!r}: {hits} hit(s) in {search_seconds:.2f} s", flush=True)

        ratio = initial.seconds / best.seconds
        errors = [e for acc in initial.summary["accounts"] for e in acc["errors"]]  # type: ignore[attr-defined]
        print(f"ratio AgentDesk / mbsync: {ratio:.2f}", flush=True)
        if MESSAGES == FULL:
            write_section(
                "Mail sync",
                _report(
                    manifest,
                    index_seconds=index_seconds,
                    raw=(raw_seconds, raw_bytes),
                    initial=initial,
                    counts=(messages, conversations, attachments),
                    mbsync=mbsync_runs,
                    incremental=(inc_wall, inc_pass, [r.seconds for r in incremental]),
                    search=(found, search_seconds, hits),
                    errors=errors,
                ),
            )
        ok = found and not errors and messages == manifest.messages and best.pulled == manifest.messages
        return 0 if ok else 1
    finally:
        server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


# From a py-spy run of the same sync (`py-spy record --subprocesses`), written by hand: keep it in step.
PROFILE_NOTE = """\
The table above is one run of this benchmark on a machine shared with other builds (load 1.9-4.3 during it);
another run of the same code at load 4.6-6.6 took 99.7 s and 44.9 CPU-s against mbsync's 145.5 s (ratio 0.69).
On this machine every figure is 2-3x its quiet value and CPU-s swing by +-20 % from run to run; mbsync, which
fsyncs every file, swings most (10.5 s quiet, 79-179 s in these runs), so these ratios say more about the disk
than about AgentDesk. The previous quiet run (load 0.5): ours
14.7 s and 24.4 CPU-s, mbsync 10.5 s, ratio 1.40; this benchmark before this round at load 4.9-6.4:
162.5 s and 68.6 CPU-s. Same-load comparison, the code before and after this round
run back to back twice each against one Dovecot (a harness around `timed_sync`, load 5.3-6.6): CPU 82.8 / 94.0 s
-> 59.1 / 57.8 s (-34 %), wall 224 / 205 s -> 127 / 126 s, peak RSS unchanged (~216 MB). Per message, same
machine and load, interleaved: parsing 1.9 -> 0.75 ms, writing 0.65 -> 0.43 ms.

Steps this round: `mail/fast_tree.py` builds the stdlib's compat32 message tree by finding boundary lines
with `str.find` (the feed parser pushed every base64 line through Python and compiled a regex per boundary)
and leaves any message the feed parser would flag to the stdlib (tests/mail/test_fast_tree.py: both trees
and both results equal on every corpus message, generated mail and ~2,400 mutated copies); header lookups
and parameter parsing remembered per message, `getaddresses` per header text; nh3 with a prebuilt `Cleaner`
(it converted its option sets on every call); the image counter skips the attributes of tags other than img;
a batch's new messages indexed with one INSERT ... SELECT (migration 0007) instead of per-row triggers; ids
numbered by the writer instead of one INSERT ... RETURNING per row; a first sync's flags pass asks only for
changes since its SELECT. Earlier: `compat32` instead of `policy.default`, Core executemany, the language model
loaded after the mail is in, attachments written by the parser processes, no Alembic import when up to date.
Evaluated, not used: fast-mail-parser 0.10.0 (Rust): ~0.07 ms a message and identical on the generated mail,
but on the corpora in tests/data it reads 53 of 148 messages' text and 36 attachment sets differently and
raises on 9; telling when it agrees needs the structural scan fast_tree already does.

Where the time goes now (py-spy over the process tree, same mailbox): the parser processes ~64 % (building the
tree 14 %, nh3's own sanitizing 6.5 % and the image counter 6 %, walking and decoding parts ~13 %, addresses and
encoded words ~8 %, the content hash 3 %, pickling results back ~5 %), the writer ~15 % (SQLite with FTS5
~6 %, SQLAlchemy ~4 %, the conversation refresh ~3 %), the fetch thread ~8 % (IMAPClient), the language pass
after the mail 3 %. What limits it: CPU on 2 cores that Dovecot shares. Scaling the quiet 24.4 CPU-s by
this round's -34 % gives ~16 CPU-s, so ~8 s wall at best, against mbsync's 10.5 s: a ratio near 0.8, not 0.5
(about 5.3 s wall, so at most ~10 CPU-s). What is left is Python per message (~0.75 ms parsing, ~0.43 ms
writing) plus native work that stays (sanitizing, SQLite with FTS5, base64); 10 CPU-s needs the header and
part walk in native code as well (a native parser that reproduces the stdlib's tree, which none on PyPI does)
or sanitizing HTML when a message is first shown instead of at sync time.
The no-change command is mostly Python start-up and imports, then opening the cache with its `quick_check`
(~0.2 s, growing with the cache) and the pass (one SELECT per folder); 0.61 s on the quiet machine, the 2.6 s
above is the load (6.2 s in the run at load 4.6-6.6)."""


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _report(
    manifest: Manifest,
    *,
    index_seconds: float,
    raw: tuple[float, int],
    initial: SyncRun,
    counts: tuple[int, int, int],
    mbsync: list[MbsyncRun],
    incremental: tuple[float, float, list[float]],
    search: tuple[bool, float, int],
    errors: list[str],
) -> str:
    messages, conversations, attachments = counts
    best = min(mbsync, key=lambda r: r.seconds)
    mb_times = " / ".join(f"{r.seconds:.1f}" for r in mbsync)
    mb_cpu = " / ".join(f"{r.cpu_seconds:.1f}" for r in mbsync)
    mb_load = " / ".join(f"{r.load_before:.1f} → {r.load_after:.1f}" for r in mbsync)
    inc_wall, inc_pass, inc_runs = incremental
    found, search_seconds, hits = search
    ratio = initial.seconds / best.seconds
    langs = ", ".join(sorted(manifest.languages))
    lines = [
        f"A generated support mailbox (`bench/mail_corpus.py`): {manifest.messages:,} messages, "
        f"{manifest.bytes / 1e6:.0f} MB ({manifest.folders['INBOX']:,} in INBOX, {manifest.folders['Sent']:,} in "
        f"Sent), {manifest.threads:,} threads of 1–5 with In-Reply-To/References, eight languages ({langs}), "
        f"relay and DKIM headers, quoted replies, {manifest.html:,} with an HTML alternative, "
        f"{manifest.attachments:,} attachments ({manifest.attachments / manifest.messages:.0%}). Served by a "
        f"private Dovecot on 127.0.0.1 (indexed beforehand, {index_seconds:.1f} s; a plain IMAPClient FETCH "
        f"loop over all of it takes {raw[0]:.1f} s). In the same run: `agentdesk sync --once` (the CLI, a "
        f"subprocess, into an empty data dir) and {mbsync_version()} pulling INBOX and Sent into an empty Maildir.",
        "",
        "| measure | AgentDesk | mbsync |",
        "|---|---|---|",
        f"| initial sync, 20,000 messages (mbsync: run before / after ours) | {initial.seconds:.1f} s | {mb_times} s |",
        f"| ratio AgentDesk / mbsync (its faster run) | **{ratio:.2f}** | |",
        f"| CPU time, user + system, with child processes | {initial.cpu_seconds:.1f} s | {mb_cpu} s |",
        f"| load average (1 min) before → after | {initial.load_before:.1f} → {initial.load_after:.1f} | {mb_load} |",
        f"| peak RSS, process and its children (parser processes) | {initial.peak_total_mb:.0f} MB | |",
        f"| peak RSS, main process alone | {initial.peak_root_mb:.0f} MB | |",
        f"| newest {len(manifest.newest_threads)} conversations in the cache | {_secs(initial.newest_seconds)} | |",
        f"| … with every message of them | {_secs(initial.newest_complete_seconds)} | |",
        f"| no-change incremental pass, whole command (median of {len(inc_runs)}) | {inc_wall:.2f} s | |",
        f"| … the pass itself (`seconds` in its JSON) | {inc_pass:.3f} s | |",
        f"| cached afterwards | {messages:,} messages, {conversations:,} conversations, {attachments:,} "
        f"attachments | {best.pulled:,} files |",
        f"| `agentdesk search --json {manifest.probe_word}` (a word only in the oldest message) | "
        f"{hits} hit, {search_seconds:.2f} s | |",
        "",
        f"Targets: ratio ≤ {TARGET_RATIO} — {_met(ratio <= TARGET_RATIO)}; peak RSS ≤ {TARGET_RSS_MB} MB — "
        f"{_met(initial.peak_total_mb <= TARGET_RSS_MB)}; no-change pass ≤ {TARGET_INCREMENTAL_S:.0f} s — "
        f"{_met(inc_wall <= TARGET_INCREMENTAL_S)} for the whole command"
        f"{'' if inc_wall <= TARGET_INCREMENTAL_S else f' ({_met(inc_pass <= TARGET_INCREMENTAL_S)} for the pass)'}.",
        f"Peak RSS adds up the resident sets of the process tree sampled every 20 ms (shared pages counted "
        f"once per process, so it overstates); {os.cpu_count()} CPUs.",
    ]
    lines += ["", PROFILE_NOTE]
    if errors:
        lines.append(f"Errors reported by the sync: {errors}")
    if not found:
        lines.append("The search did NOT find the planted word.")
    return "\n".join(lines)


def _secs(value: float | None) -> str:
    return f"{value:.1f} s" if value is not None else "not seen"


if __name__ == "__main__":
    sys.exit(main())
