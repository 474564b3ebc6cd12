"""Search latency on a cache of 100,000 messages, against notmuch on the same messages.

Builds a cache of generated support mail in five languages (the demo's phrase banks, varied with words drawn
from them, order numbers, a few planted rare words, attachments, tags, notes), indexed by the real triggers;
writes the same messages as a maildir and indexes it with `notmuch new`; then runs a fixed set of queries
through `run_search` (parse, SQL, ranking, snippets, subject and customer: what `agentdesk search` does) and
the comparable ones through notmuch's Python bindings (first 50 threads, newest first, subject and authors).

Run: .venv/bin/python -m bench.search_bench  (writes the "## Search" section of docs/benchmarks.md)
Needs `notmuch` and `python3-notmuch2` (scripts/system-packages.sh bench); without them it reports ours only.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from agentdesk.demo.phrases import DOMAINS, FOLLOW_UPS, NAMES, NOTES, PRODUCTS, THANKS, TOPICS
from agentdesk.paths import DataDir
from agentdesk.search_command import run_search
from agentdesk.store.database import Store
from bench.report import write_section

MESSAGES = int(os.environ.get("AGENTDESK_BENCH_MESSAGES", "100000"))
REPEATS = 15
LIMIT = 50
SEED = 9
LANGS = ("en", "de", "es", "id", "hi")
RARE = ["Zeltheringe", "seam-sealing", "reembolsado", "garansi", "पैकेजिंग", "Gaskartusche", "karabiner"]
TAGS = ["vip", "shipping", "returns", "billing", "warranty", "wholesale"]
AGENTS = ["Mia", "Leo", "Arif", None]
STATUSES = ["open", "pending", "snoozed", "closed", "closed", "closed"]
NOW = datetime.now(UTC).replace(microsecond=0)
DB_TIME = "%Y-%m-%d %H:%M:%S.%f"

# (our query, the notmuch query for the same question, or None when notmuch has no such field)
QUERIES: list[tuple[str, str | None]] = [
    ("refund", "refund"),
    ("order", "order"),  # very common
    ("pedido", "pedido"),
    ("grosse", "grosse"),
    ("Größe", "größe"),
    ("ऑर्डर", "ऑर्डर"),
    ("pesanan", "pesanan"),
    ("zipper", "zipper"),
    ("Zeltheringe", "zeltheringe"),  # rare
    ("garansi", "garansi"),  # rare
    ("पैकेजिंग", "पैकेजिंग"),  # rare
    ("refu*", "refu*"),
    ("pedi*", "pedi*"),
    ('"not arrived"', '"not arrived"'),
    ('"no ha llegado"', '"no ha llegado"'),
    ('"zu klein"', '"zu klein"'),
    ("from:budi", "from:budi"),
    ("to:support", "to:support"),
    ("subject:invoice", "subject:invoice"),
    ("filename:pdf", "attachment:pdf"),
    ("refund OR reembolso", "refund OR reembolso"),
    ("(refund OR reembolso) after:90d", "(refund OR reembolso) date:90d.."),
    ("pedido -llegado", "pedido AND NOT llegado"),
    ("from:schmidt rucksack", "from:schmidt AND rucksack"),
    ("zipper has:attachment", None),
    ("customer:weber", None),
    ("tag:vip", None),
    ("status:closed", None),
    ("is:unread", None),
    ("lang:hi", None),
    ("refund tag:vip", None),
    ("pedido -status:closed", None),
    ("tag:vip is:open -refund", None),
    ("lang:de status:open jacke", None),
    ('channel:ticket "not arrived"', None),
    ("after:7d", "date:7d.."),
    ("before:400d order", "date:..400d AND order"),
]


# --- generating the messages ----------------------------------------------------------------------


def _fill(template: str, rng: random.Random, lang: str, name: str) -> str:
    return (
        template.replace("{order}", f"KO-{rng.randint(10000, 99999)}")
        .replace("{product}", rng.choice(PRODUCTS[lang]))
        .replace("{size}", rng.choice(["S", "M", "L", "XL", "42", "44"]))
        .replace("{days}", str(rng.randint(2, 20)))
        .replace("{code}", f"TRAIL{rng.randint(10, 99)}")
        .replace("{name}", name)
    )


def _vocabulary() -> dict[str, list[str]]:
    words: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for topic in TOPICS.values():
        for lang, (subjects, bodies, replies) in topic.items():
            for line in subjects + bodies + replies:
                words[lang].update(w.strip(".,!?¿¡:;()") for w in line.split() if "{" not in w)
    return {lang: sorted(w for w in ws if w) for lang, ws in words.items()}


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    words = rng.sample(vocab, k=min(len(vocab), rng.randint(6, 14)))
    return " ".join(words).capitalize() + "."


class Corpus:
    """Generated conversations; each message is (conv, direction, sender, recipients, sent_at, subject, text)."""

    def __init__(self, count: int, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.vocab = _vocabulary()
        self.customers: list[tuple[str, str, str]] = []  # (name, address, language)
        for i in range(max(200, count // 20)):
            lang = LANGS[i % len(LANGS)]
            first, last = NAMES[lang] if lang in NAMES else NAMES["en"]
            name = f"{self.rng.choice(first)} {self.rng.choice(last)}"
            domain = self.rng.choice(DOMAINS.get(lang, DOMAINS["en"]))
            given = self.rng.choice(first) if lang == "hi" else name.split(maxsplit=1)[0]
            local = f"{given.lower()}.{i}"
            self.customers.append((name, f"{local}@{domain}", lang))

    def conversations(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        made = 0
        span = timedelta(days=730)
        index = 0
        while made < self.count:
            size = min(self.count - made, rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8]))
            customer = rng.randrange(len(self.customers))
            name, address, lang = self.customers[customer]
            topic = rng.choice(list(TOPICS))
            subjects, bodies, replies = TOPICS[topic].get(lang, TOPICS[topic]["en"])
            pick = rng.randrange(len(bodies))
            subject = _fill(subjects[pick % len(subjects)], rng, lang, name.split()[0])
            start = NOW - span + span * (made / self.count) + timedelta(minutes=rng.randint(0, 600))
            messages = []
            for i in range(size):
                sent = start + timedelta(hours=5 * i + rng.random())
                if i % 2 == 0:
                    direction, sender, to = "in", f"{name} <{address}>", "Support <support@shop.example>"
                    text = _fill(bodies[pick] if i == 0 else rng.choice(FOLLOW_UPS[lang]), rng, lang, name)
                else:
                    direction, sender, to = "out", "Mia <support@shop.example>", f"{name} <{address}>"
                    text = _fill(replies[pick % len(replies)], rng, lang, name.split()[0])
                    if rng.random() < 0.2:
                        direction, to, text = "note", "", rng.choice(NOTES)
                extra = " ".join(_sentence(rng, self.vocab[lang]) for _ in range(rng.randint(0, 4)))
                if rng.random() < 0.0015:
                    extra += " " + rng.choice(RARE)
                if i > 0 and rng.random() < 0.3:
                    extra += "\n\n> " + messages[-1]["text"][:300].replace("\n", "\n> ")
                if i == size - 1 and rng.random() < 0.3:
                    extra += " " + THANKS.get(lang, THANKS["en"])
                attachments = []
                if rng.random() < 0.05:
                    attachments.append(
                        rng.choice(["Rechnung", "invoice", "factura", "photo", "label"]) + f"_{index}.pdf"
                    )
                messages.append(
                    {
                        "direction": direction,
                        "sender": sender,
                        "to": to,
                        "sent": sent,
                        "subject": subject if i == 0 else f"Re: {subject}",
                        "text": (text + ("\n\n" + extra if extra else ""))[:1500],
                        "language": lang,
                        "attachments": attachments,
                        "mid": f"<b{index}.{i}@bench.example>",
                    }
                )
            made += size
            yield {
                "index": index,
                "customer": customer,
                "subject": subject,
                "channel": "ticket" if rng.random() < 0.25 else "email",
                "status": rng.choice(STATUSES),
                "assignee": rng.choice(AGENTS),
                "unread": rng.random() < 0.1,
                "tags": rng.sample(TAGS, k=rng.choice([0, 0, 1, 1, 2])),
                "messages": messages,
            }
            index += 1


# --- the two indexes ------------------------------------------------------------------------------


def _fill_cache(path: Path, corpus: Corpus, maildir: Path | None) -> tuple[int, float, int]:
    """Insert everything through the real triggers in one transaction: (text bytes, seconds, conversations)."""
    conn = sqlite3.connect(path)
    created = NOW.strftime(DB_TIME)
    text_bytes = 0
    mail_seconds = 0.0  # writing the maildir is not the cache's time
    started = time.perf_counter()
    with conn:
        conn.execute(
            "INSERT INTO accounts(id, name, kind, address, settings, network_state, created_at) "
            "VALUES (1, 'Support', 'imap', 'support@shop.example', '{}', 'online', ?), "
            "(2, 'Helpdesk', 'rt', NULL, '{}', 'online', ?)",
            (created, created),
        )
        for cid, (name, address, lang) in enumerate(corpus.customers, start=1):
            conn.execute(
                "INSERT INTO customers(id, name, language, notes, custom_fields, tags, is_team, created_at) "
                "VALUES (?, ?, ?, '', '{}', '[]', 0, ?)",
                (cid, name, lang, created),
            )
            conn.execute(
                "INSERT INTO identities(customer_id, kind, scope, address, display_name) VALUES (?, 'email', '', ?, ?)",
                (cid, address, name),
            )
        message_id = 0
        for conv in corpus.conversations():
            msgs = conv["messages"]
            cur = conn.execute(
                "INSERT INTO conversations(channel, account_id, subject, thread_subject, snippet, status, priority, "
                "assignee, customer_id, unread, message_count, created_at, last_activity_at, extra) "
                "VALUES (?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, '{}')",
                (
                    conv["channel"],
                    2 if conv["channel"] == "ticket" else 1,
                    conv["subject"],
                    conv["subject"].lower(),
                    msgs[-1]["text"][:200],
                    conv["status"],
                    conv["assignee"],
                    conv["customer"] + 1,
                    int(conv["unread"]),
                    len(msgs),
                    msgs[0]["sent"].strftime(DB_TIME),
                    msgs[-1]["sent"].strftime(DB_TIME),
                ),
            )
            conv_id = cur.lastrowid
            conn.executemany(
                "INSERT INTO conversation_tags(conversation_id, tag) VALUES (?, ?)",
                [(conv_id, t) for t in conv["tags"]],
            )
            for m in msgs:
                message_id += 1
                conn.execute(
                    "INSERT INTO messages(id, conversation_id, account_id, direction, sender, recipients, sent_at, "
                    "subject, text, message_id_header, seen, flagged, answered, removed, language, extra) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, 0, ?, '{}')",
                    (
                        message_id,
                        conv_id,
                        2 if conv["channel"] == "ticket" else 1,
                        m["direction"],
                        m["sender"],
                        m["to"],
                        m["sent"].strftime(DB_TIME),
                        m["subject"],
                        m["text"],
                        m["mid"],
                        m["language"],
                    ),
                )
                for filename in m["attachments"]:
                    conn.execute(
                        "INSERT INTO attachments(message_id, filename, content_type, size, inline) "
                        "VALUES (?, ?, 'application/pdf', 1000, 0)",
                        (message_id, filename),
                    )
                text_bytes += sum(len(m[k].encode()) for k in ("subject", "text", "sender", "to"))
                if maildir is not None:
                    writing = time.perf_counter()
                    _write_mail(maildir, message_id, m, msgs[0]["mid"])
                    mail_seconds += time.perf_counter() - writing
    seconds = time.perf_counter() - started - mail_seconds
    conversations = int(conn.execute("SELECT count(*) FROM conversations").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return text_bytes, seconds, conversations


def _write_mail(maildir: Path, number: int, m: dict[str, Any], root: str) -> None:
    lines = [
        f"From: {m['sender']}",
        f"To: {m['to'] or 'Support <support@shop.example>'}",
        f"Subject: {m['subject']}",
        f"Date: {format_datetime(m['sent'])}",
        f"Message-ID: {m['mid']}",
    ]
    if m["mid"] != root:
        lines += [f"In-Reply-To: {root}", f"References: {root}"]
    body = m["text"]
    if m["attachments"]:
        boundary = f"b{number}"
        lines += ["MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{boundary}"', ""]
        lines += [f"--{boundary}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
        lines += [body, f"--{boundary}"]
        for filename in m["attachments"]:
            lines += [
                f'Content-Type: application/pdf; name="{filename}"',
                f'Content-Disposition: attachment; filename="{filename}"',
                "Content-Transfer-Encoding: base64",
                "",
                "JVBERi0xLjQK",
                f"--{boundary}--",
            ]
    else:
        lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
        lines.append(body)
    (maildir / "cur" / f"{number}.bench:2,S").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:  # SQLite built without dbstat: count the stored bytes instead
        rows = []
        for table in ("data", "idx", "docsize", "content", "config"):
            name = f"messages_fts_search_{table}"
            size = conn.execute(f"SELECT sum(length(CAST(({_row_bytes(conn, name)}) AS BLOB))) FROM {name}").fetchone()
            rows.append((name, int(size[0] or 0)))
    conn.close()
    return {str(n): int(s or 0) for n, s in rows}


def _row_bytes(conn: sqlite3.Connection, table: str) -> str:
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return " || ".join(f"coalesce(CAST({c} AS BLOB), X'')" for c in cols)


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _notmuch() -> Any:
    if shutil.which("notmuch") is None:
        return None
    try:
        import notmuch2
    except ImportError:
        dist = "/usr/lib/python3/dist-packages"  # Debian's python3-notmuch2, built for the same Python 3.11
        if dist not in sys.path and Path(dist, "notmuch2").exists():
            sys.path.append(dist)
        try:
            import notmuch2
        except ImportError:
            return None
    return notmuch2


def main() -> int:
    notmuch2 = _notmuch()
    with tempfile.TemporaryDirectory(prefix="agentdesk-search-bench-") as scratch:
        root = Path(scratch)
        data_dir = DataDir.prepare(root / "workspace")
        Store.open(data_dir).close()  # schema at head
        maildir = root / "maildir"
        if notmuch2 is not None:
            for sub in ("cur", "new", "tmp"):
                (maildir / sub).mkdir(parents=True)
        print(f"generating and indexing {MESSAGES:,} messages", flush=True)
        corpus = Corpus(MESSAGES)
        text_bytes, insert_seconds, conversations = _fill_cache(
            data_dir.cache_path, corpus, maildir if notmuch2 else None
        )
        sizes = _sizes(data_dir.cache_path)
        store = Store.open(data_dir)

        print("running our queries", flush=True)
        load = os.getloadavg()[0]
        ours: dict[str, list[float]] = {}
        counts: dict[str, int] = {}
        for query, _ in QUERIES:
            counts[query] = len(run_search(store, query, LIMIT))  # warm-up, and the number of hits shown
            ours[query] = [_timed(lambda q=query: run_search(store, q, LIMIT)) for _ in range(REPEATS)]
        store.close()

        theirs: dict[str, list[float]] = {}
        notmuch_seconds = notmuch_bytes = 0.0
        if notmuch2 is not None:
            config = root / "notmuch-config"
            config.write_text(
                f"[database]\npath={maildir}\n[user]\nname=Bench\nprimary_email=support@shop.example\n"
                "[new]\ntags=inbox;\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n",
                encoding="utf-8",
            )
            print("indexing the maildir with notmuch", flush=True)
            started = time.perf_counter()
            subprocess.run(
                ["notmuch", f"--config={config}", "new", "--quiet"], check=True, env=dict(os.environ, HOME=scratch)
            )
            notmuch_seconds = time.perf_counter() - started
            notmuch_bytes = sum(p.stat().st_size for p in (maildir / ".notmuch").rglob("*") if p.is_file())
            db = notmuch2.Database(path=str(maildir), config=str(config))

            def run_notmuch(q: str) -> int:
                found = 0
                for thread in db.threads(q, sort=notmuch2.Database.SORT.NEWEST_FIRST):
                    _ = (thread.subject, thread.authors)
                    found += 1
                    if found == LIMIT:
                        break
                return found

            for query, theirs_query in QUERIES:
                if theirs_query is None:
                    continue
                run_notmuch(theirs_query)
                theirs[query] = [_timed(lambda q=theirs_query: run_notmuch(q)) for _ in range(REPEATS)]
            db.close()

    every = [t for times in ours.values() for t in times]
    p50, p95 = statistics.median(every), _percentile(every, 0.95)
    compared = [q for q in theirs]
    ours_cmp = statistics.median([t for q in compared for t in ours[q]]) if compared else 0.0
    theirs_cmp = statistics.median([t for q in compared for t in theirs[q]]) if compared else 0.0
    fts_index = sum(v for k, v in sizes.items() if k.startswith("messages_fts_search") and not k.endswith("_content"))
    fts_content = sizes.get("messages_fts_search_content", 0)
    whole = fts_index + fts_content
    verdict = "met" if p50 <= 5 and p95 <= 20 else "NOT met"
    rows = "\n".join(
        f"| `{q}` | {counts[q]} | {statistics.median(ours[q]):.2f} | "
        + (f"`{nq}` | {statistics.median(theirs[q]):.2f} |" if q in theirs else "— | — |")
        for q, nq in QUERIES
    )
    body = f"""{MESSAGES:,} generated support messages in {conversations:,} conversations
(English, German, Spanish, Indonesian, Hindi; demo phrase banks plus words drawn from them, quoted replies,
internal notes, 5 % with an attachment), {text_bytes / 1e6:.1f} MB of text (subject, body, sender, recipients).
Each of {len(QUERIES)} queries ran {REPEATS} times after one warm-up through `run_search` (parse, SQL, ranking,
snippets, subject and customer of {LIMIT} hits: what `agentdesk search --limit {LIMIT}` does minus start-up).

| measure | ours |
|---|---|
| median (all runs) | {p50:.2f} ms |
| p95 (all runs) | {p95:.2f} ms |
| slowest query (median) | {max(statistics.median(v) for v in ours.values()):.2f} ms |
| indexing (insert through the triggers) | {MESSAGES / insert_seconds:,.0f} messages/s |
| search index, inverted part | {fts_index / 1e6:.1f} MB = {fts_index / text_bytes:.2f} × text |
| search index incl. its copy of the text | {whole / 1e6:.1f} MB = {whole / text_bytes:.2f} × text |

Targets: median ≤ 5 ms, p95 ≤ 20 ms — {verdict}.
Load average while measuring ours: {load:.1f} on {os.cpu_count()} CPUs (other work on the machine slows every figure).
"""
    if theirs:
        body += f"""
notmuch {_notmuch_version()} on the same messages as a maildir, in the same run, through its Python bindings
(first {LIMIT} threads newest first, with subject and authors), on the {len(compared)} queries it can express:
median {theirs_cmp:.2f} ms vs ours {ours_cmp:.2f} ms on the same queries — ours takes
{ours_cmp / theirs_cmp:.2f}× notmuch's time. `notmuch new` took {notmuch_seconds:.0f} s
({MESSAGES / notmuch_seconds:,.0f} messages/s); its Xapian index is {notmuch_bytes / 1e6:.1f} MB =
{notmuch_bytes / text_bytes:.2f} × text.
"""
    else:
        body += "\nnotmuch was not installed (scripts/system-packages.sh bench), so there is no comparison.\n"
    body += f"""
| query | hits shown | ours, median ms | notmuch query | notmuch, median ms |
|---|---|---|---|---|
{rows}
"""
    write_section("Search", body)
    print(json.dumps({"p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "verdict": verdict}))
    return 0 if verdict == "met" else 1


def _notmuch_version() -> str:
    out = subprocess.run(["notmuch", "--version"], capture_output=True, text=True, check=False).stdout
    return out.strip().removeprefix("notmuch ").strip()


if __name__ == "__main__":
    sys.exit(main())
