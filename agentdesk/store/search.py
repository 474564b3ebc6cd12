"""Search over the cache: a parsed query (agentdesk.domain.search_query) compiled to SQL and run in pages.

Plan A (the query has words to match): the FTS5 index drives. Matching messages are read newest-first in
windows (`ORDER BY rowid DESC LIMIT WINDOW`, which FTS5 answers without scoring every match); within a
window, conversations are ranked by the best message's bm25 relevance weighted by recency. The next page
continues with the next window, so nothing is ever cut off, and the first page costs one window however
common the word is.

Plan B (only fields such as `tag:`, `status:`, `before:`): conversations newest activity first, keyset-paged
like the views, with an EXISTS over their messages when a field is about a message.

ß/ss: the index keeps text as written; every searched word also looks for its ß/ss spellings.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from agentdesk.domain.search_query import And, Filter, Node, Not, Or, Text, parse, text_terms

WINDOW = 200  # candidate messages per ranking window (newest first)
FTS = "messages_fts_search"
_COLUMNS = {"from": "sender", "to": "recipients", "subject": "subject", "customer": "customer", "filename": "filenames"}
# bm25 weights in index column order: subject, body, sender, recipients, customer, filenames
_WEIGHTS = "4.0, 1.0, 2.0, 0.5, 2.0, 1.0"
MARK_START, MARK_END = "**", "**"
_WORDY = re.compile(r"\w", re.UNICODE)
_DB_TIME = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True, slots=True)
class SearchContext:
    """What a query needs from outside: now, the local time zone for day boundaries, who "me" is."""

    now: datetime
    tz: tzinfo
    me: str | None = None

    @classmethod
    def current(cls, me: str | None = None) -> SearchContext:
        now = datetime.now(UTC)
        return cls(now=now, tz=now.astimezone().tzinfo or UTC, me=me)


@dataclass(frozen=True, slots=True)
class ConversationHit:
    conversation_id: int
    message_id: int | None
    sent_at: datetime | None
    score: float
    snippet: str = ""


# --- FTS5 query text ------------------------------------------------------------------------------


def spellings(word: str) -> list[str]:
    """The word as written plus its ß/ss spellings (German): Größe ↔ Grösse/Grosse."""
    lowered = word.lower()
    base = lowered.replace("ß", "ss")
    forms = {lowered, base}
    count = base.count("ss")
    if 0 < count <= 3:
        pieces = base.split("ss")
        for choice in itertools.product(("ss", "ß"), repeat=count):
            forms.add(pieces[0] + "".join(c + p for c, p in zip(choice, pieces[1:], strict=True)))
    return sorted(forms)


def _fts_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _fts_text(node: Text) -> str:
    if not _WORDY.search(node.value):
        return ""
    forms = [_fts_string(f) + (" *" if node.prefix else "") for f in spellings(node.value)]
    expr = forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"
    if node.field is not None:
        return f"{_COLUMNS[node.field]} : {expr}"
    return expr


def to_fts(node: Node) -> str | None:
    """The FTS5 expression for a subtree made only of text, or None if it needs SQL."""
    if isinstance(node, Text):
        return _fts_text(node) or None
    if isinstance(node, Or):
        parts = [to_fts(c) for c in node.children]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(p for p in parts if p) + ")"
    if isinstance(node, And):
        positives: list[str] = []
        negatives: list[str] = []
        for child in node.children:
            if isinstance(child, Not):
                neg = to_fts(child.child)
                if neg is None:
                    return None
                negatives.append(neg)
            else:
                pos = to_fts(child)
                if pos is None:
                    return None
                positives.append(pos)
        if not positives:
            return None
        expr = "(" + " AND ".join(positives) + ")"
        for neg in negatives:
            expr = f"({expr} NOT {neg})"
        return expr
    return None


# --- SQL conditions -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sql:
    context: SearchContext
    params: dict[str, Any] = field(default_factory=dict)
    uses_message: bool = False

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name

    def at(self, day: date) -> str:
        """Local midnight starting `day`, as stored in the cache (naive UTC text)."""
        local = datetime.combine(day, time(0), tzinfo=self.context.tz)
        return local.astimezone(UTC).strftime(_DB_TIME)

    def instant(self, moment: datetime) -> str:
        return moment.astimezone(UTC).strftime(_DB_TIME)

    def cond(self, node: Node) -> str:
        if isinstance(node, Text):
            expr = _fts_text(node)
            if not expr:
                return "1"
            self.uses_message = True
            return f"m.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH {self.bind(expr)})"
        if isinstance(node, Not):
            return f"NOT ({self.cond(node.child)})"
        if isinstance(node, And):
            return "(" + " AND ".join(self.cond(c) for c in node.children) + ")"
        if isinstance(node, Or):
            return "(" + " OR ".join(self.cond(c) for c in node.children) + ")"
        return self.filter(node)

    def _like_or_equal(self, column: str, value: str) -> str:
        if value.endswith("*") and value.rstrip("*"):
            return f"{column} LIKE {self.bind(value.rstrip('*') + '%')}"
        return f"{column} = {self.bind(value)} COLLATE NOCASE"

    def filter(self, f: Filter) -> str:
        ctx = self.context
        today = ctx.now.astimezone(ctx.tz).date()
        open_states = "c.status IN ('open', 'pending')"
        if f.field == "tag":
            if f.value.endswith("*"):
                tag = self._like_or_equal("t.tag", f.value)
            else:  # IN keeps the tag index usable (NOCASE would not)
                tag = f"t.tag IN ({self.bind(f.value)}, {self.bind(f.value.lower())})"
            return f"c.id IN (SELECT t.conversation_id FROM conversation_tags t WHERE {tag})"
        if f.field == "status":
            return f"c.status = {self.bind(f.value)}"
        if f.field == "channel":
            if f.value.lower() in ("email", "ticket"):
                return f"c.channel = {self.bind(f.value.lower())}"
            name = self._like_or_equal("name", f.value)
            return f"c.account_id IN (SELECT id FROM accounts WHERE {name})"
        if f.field == "assignee":
            who = f.value.lower()
            if who == "none":
                return "c.assignee IS NULL"
            if who == "me":
                return f"c.assignee = {self.bind(ctx.me)}" if ctx.me else "0"
            return self._like_or_equal("c.assignee", f.value)
        if f.field == "lang":
            self.uses_message = True
            lang = "coalesce(m.language, (SELECT cu.language FROM customers cu WHERE cu.id = c.customer_id))"
            return f"({lang} = {self.bind(f.value)} OR {lang} LIKE {self.bind(f.value + '-%')})"
        if f.field == "is":
            return {
                "unread": "c.unread = 1",
                "read": "c.unread = 0",
                "open": open_states,
                "snoozed": "c.status = 'snoozed'",
                "closed": "c.status = 'closed'",
                "mine": f"c.assignee = {self.bind(ctx.me)}" if ctx.me else "0",
            }[f.value]
        if f.field == "has":
            self.uses_message = True
            return "EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id AND a.inline = 0)"
        if f.field == "due":
            limit = ctx.now if f.value == "overdue" else datetime.combine(today + timedelta(days=1), time(0), ctx.tz)
            bound = self.bind(self.instant(limit))
            return f"c.due_at < {bound}"  # the next reminder or SLA target (store/due.py)
        assert f.date is not None, f
        self.uses_message = True
        relative = f.date.day is None
        if f.field == "on":
            start, end = f.date.start(today), f.date.end(today)
            return f"(m.sent_at >= {self.bind(self.at(start))} AND m.sent_at < {self.bind(self.at(end))})"
        if relative and f.date.days_back:
            moment = self.instant(ctx.now - timedelta(days=f.date.days_back))
        else:
            moment = self.at(f.date.start(today))
        op = "<" if f.field == "before" else ">="
        return f"m.sent_at {op} {self.bind(moment)}"


# --- compiled query -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    match: str | None  # plan A: the FTS5 expression that drives
    where: str  # SQL over m (messages) and c (conversations)
    params: dict[str, Any]
    message_level: bool  # plan B: whether `where` needs a message row
    marks: tuple[tuple[tuple[str, ...], bool], ...] = ()  # searched words (folded) and prefix flags, for snippets


def _mark_prefix_as_typed(node: Node) -> Node:
    """The last bare word of a query being typed is a prefix: `refu` finds refund."""
    words = [t for t in text_terms(node) if not t.phrase]
    if not words:
        return node
    last = max(words, key=lambda t: t.position)

    def walk(n: Node) -> Node:
        if n is last:
            return replace(last, prefix=True)
        if isinstance(n, And):
            return And(tuple(walk(c) for c in n.children))
        if isinstance(n, Or):
            return Or(tuple(walk(c) for c in n.children))
        if isinstance(n, Not):
            return Not(walk(n.child))
        return n

    return walk(node)


def compile_query(query: str | Node, context: SearchContext, *, as_you_type: bool = False) -> CompiledQuery:
    node = parse(query) if isinstance(query, str) else query
    if as_you_type and isinstance(query, str) and query and not query[-1].isspace() and query[-1] not in '")':
        node = _mark_prefix_as_typed(node)
    children = node.children if isinstance(node, And) else (node,)
    positives: list[str] = []
    negatives: list[str] = []
    rest: list[Node] = []
    for child in children:
        if isinstance(child, Not) and (neg := to_fts(child.child)) is not None:
            negatives.append(neg)
        elif not isinstance(child, Not) and (pos := to_fts(child)) is not None:
            positives.append(pos)
        else:
            rest.append(child)
    sql = _Sql(context)
    marks = tuple((tuple(fold(w) for w in _TOKEN.findall(t.value)), t.prefix) for t in text_terms(node))
    if positives:
        match = "(" + " AND ".join(positives) + ")"
        for neg in negatives:
            match = f"({match} NOT {neg})"
        where = " AND ".join(sql.cond(c) for c in rest) or "1"
        return CompiledQuery(match, where, sql.params, sql.uses_message, marks)
    where = sql.cond(node)
    return CompiledQuery(None, where, sql.params, sql.uses_message, marks)


# --- running --------------------------------------------------------------------------------------


def _db_time(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _raw(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session: the hot path skips SQLAlchemy's per-row work."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _ids(values: list[int]) -> str:
    return ",".join(str(int(v)) for v in values)


class SearchPager:
    """Pages of conversation hits for one query; `next_page` continues where the previous page stopped."""

    def __init__(self, compiled: CompiledQuery, context: SearchContext, window: int = WINDOW) -> None:
        self.compiled = compiled
        self.context = context
        self.window = window
        self.exhausted = False
        self._seen: set[int] = set()
        self._below_rowid: int | None = None  # plan A cursor
        self._after: tuple[str, int] | None = None  # plan B cursor (last_activity_at, id)
        self._pending: list[ConversationHit] = []

    @property
    def has_more(self) -> bool:
        return bool(self._pending) or not self.exhausted

    def next_page(self, session: Session, count: int, *, snippets: bool = True) -> list[ConversationHit]:
        conn = _raw(session)
        hits, self._pending = self._pending[:count], self._pending[count:]
        while len(hits) < count and not self.exhausted:
            if self.compiled.match is not None:
                batch = self._fts_window(conn)
            else:
                batch = self._conversation_page(conn, count - len(hits))
            need = count - len(hits)
            hits.extend(batch[:need])
            self._pending.extend(batch[need:])  # a window ranked more than asked for: next page's
        return _with_snippets(conn, self.compiled, hits) if snippets else hits

    def _fts_window(self, conn: sqlite3.Connection) -> list[ConversationHit]:
        compiled = self.compiled
        now = self.context.now.astimezone(UTC).strftime(_DB_TIME)
        params = dict(compiled.params, match=compiled.match, window=self.window, now=now)
        below = ""
        if self._below_rowid is not None:
            below = f"AND {FTS}.rowid < :below"
            params["below"] = self._below_rowid
        join = "JOIN conversations c ON c.id = m.conversation_id " if compiled.where != "1" else ""
        rows = conn.execute(
            f"SELECT m.id, m.conversation_id, m.sent_at, bm25({FTS}, {_WEIGHTS}), "
            "julianday(:now) - julianday(m.sent_at) "
            f"FROM {FTS} JOIN messages m ON m.id = {FTS}.rowid {join}"
            f"WHERE {FTS} MATCH :match AND m.removed = 0 AND ({compiled.where}) {below} "
            f"ORDER BY {FTS}.rowid DESC LIMIT :window",
            params,
        ).fetchall()
        if len(rows) < self.window:
            self.exhausted = True
        if rows:
            self._below_rowid = min(int(r[0]) for r in rows)
        best: dict[int, tuple[float, int, str]] = {}
        for message_id, conversation_id, sent, bm25, age in rows:
            if conversation_id in self._seen:
                continue
            # recency: full weight today, half after a month, never below 0.3 of the relevance
            score = -bm25 * (0.3 + 0.7 / (1.0 + max(0.0, age or 0.0) / 30.0))
            current = best.get(conversation_id)
            if current is None or score > current[0]:
                best[conversation_id] = (score, message_id, sent)
        self._seen.update(best)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))
        return [ConversationHit(cid, mid, _db_time(sent), score) for cid, (score, mid, sent) in ranked]

    def _conversation_page(self, conn: sqlite3.Connection, count: int) -> list[ConversationHit]:
        compiled = self.compiled
        params = dict(compiled.params, limit=count)
        where = compiled.where
        if compiled.message_level:
            where = (
                "EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.removed = 0 "
                f"AND ({compiled.where}))"
            )
        keyset = ""
        if self._after is not None:
            keyset = "AND (c.last_activity_at < :after_at OR (c.last_activity_at = :after_at AND c.id < :after_id))"
            params["after_at"], params["after_id"] = self._after
        rows = conn.execute(
            f"SELECT c.id, c.last_activity_at FROM conversations c WHERE ({where}) {keyset} "
            "ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit",
            params,
        ).fetchall()
        if len(rows) < count:
            self.exhausted = True
        if rows:
            self._after = (str(rows[-1][1]), int(rows[-1][0]))
        messages = _latest_messages(conn, compiled, [int(r[0]) for r in rows])
        hits = []
        for conversation_id, activity in rows:
            message_id, sent = messages.get(conversation_id, (None, None))
            hits.append(ConversationHit(conversation_id, message_id, _db_time(sent) or _db_time(activity), 0.0))
        return hits


def _latest_messages(conn: sqlite3.Connection, compiled: CompiledQuery, ids: list[int]) -> dict[int, tuple[int, Any]]:
    """For each conversation, its newest message that satisfies the query (any message if none is named)."""
    if not ids:
        return {}
    where = compiled.where if compiled.message_level else "1"
    rows = conn.execute(
        "SELECT m.conversation_id, m.id, m.sent_at FROM messages m JOIN conversations c ON c.id = m.conversation_id "
        f"WHERE m.conversation_id IN ({_ids(ids)}) AND m.removed = 0 AND ({where}) "
        "ORDER BY m.sent_at DESC, m.id DESC",
        compiled.params,
    ).fetchall()
    latest: dict[int, tuple[int, Any]] = {}
    for conversation_id, message_id, sent in rows:
        latest.setdefault(int(conversation_id), (int(message_id), sent))
    return latest


# --- snippets -------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
# A word as the index sees it: letters and digits, with combining marks kept inside (Devanagari vowel signs).
_TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f\u0900-\u0dff]*|[\u0900-\u0dff]+")


def fold(word: str) -> str:
    """What the tokenizer compares: lower case, Latin diacritics dropped, ß as ss."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    stripped = "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    return unicodedata.normalize("NFC", stripped).replace("ß", "ss")


def _wanted(compiled: CompiledQuery) -> list[tuple[str, bool]]:
    return [(fold(w), prefix) for words, prefix in compiled.marks for w in words]


_WORD_CHAR = "[\\w\u0300-\u036f\u0900-\u0dff]"
# Latin letters with diacritics to their base letter, one character for one (ß stays: it is two letters, ss).
_LATIN_BASE = {
    cp: unicodedata.normalize("NFD", chr(cp))[0]
    for cp in range(0xC0, 0x250)
    if len(unicodedata.normalize("NFD", chr(cp))) > 1
}
_SNIPPET_CHARS = 170


def snippet_pattern(wanted: list[tuple[str, bool]]) -> re.Pattern[str] | None:
    """A regex over `_fold_same_length(text)` that finds the searched words (prefixes: the whole word)."""
    alternatives = []
    for word, prefix in sorted(set(wanted), key=lambda w: -len(w[0])):
        if not word:
            continue
        body = re.escape(word).replace("ss", "(?:ss|ß)")
        alternatives.append(body + (f"{_WORD_CHAR}*" if prefix else f"(?!{_WORD_CHAR})"))
    if not alternatives:
        return None
    return re.compile(f"(?<!{_WORD_CHAR})(?:" + "|".join(alternatives) + ")")


def _fold_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ): keep positions right
        lowered = "".join(ch.lower()[0] for ch in text)
    return lowered.translate(_LATIN_BASE)


def make_snippet(body: str, pattern: re.Pattern[str] | None, size: int = _SNIPPET_CHARS) -> tuple[str, bool]:
    """About `size` characters of `body` around its first searched word, matches **marked**; (text, matched)."""
    folded = _fold_same_length(body) if pattern is not None else ""
    first = pattern.search(folded) if pattern is not None else None
    if first is None:
        flat = _SPACES.sub(" ", body[: size * 2]).strip()
        return flat[:size] + ("…" if len(flat) > size else ""), False
    start = max(0, first.start() - 40)
    while start > 0 and not body[start - 1].isspace() and first.start() - start < 60:
        start -= 1  # begin at a word
    end = min(len(body), start + size)
    while end < len(body) and not body[end].isspace() and end - start < size + 30:
        end += 1
    out = ["…" if start > 0 else ""]
    cursor = start
    for match in pattern.finditer(folded, start, end):  # type: ignore[union-attr]
        out += [body[cursor : match.start()], MARK_START, body[match.start() : match.end()], MARK_END]
        cursor = match.end()
    out += [body[cursor:end], "…" if end < len(body.rstrip()) else ""]
    return _SPACES.sub(" ", "".join(out)).strip(), True


def _with_snippets(
    conn: sqlite3.Connection, compiled: CompiledQuery, hits: list[ConversationHit]
) -> list[ConversationHit]:
    ids = [h.message_id for h in hits if h.message_id is not None]
    if not ids:
        return hits
    pattern = snippet_pattern(_wanted(compiled))
    snippets: dict[int, str] = {}
    for message_id, body, subject in conn.execute(
        f"SELECT id, substr(text, 1, 2000), subject FROM messages WHERE id IN ({_ids(ids)})"
    ):
        snippet, matched = make_snippet(body or "", pattern)
        if not matched and subject:
            in_subject, subject_matched = make_snippet(subject, pattern)
            snippet = in_subject if subject_matched else snippet
        snippets[int(message_id)] = snippet
    return [replace(h, snippet=snippets.get(h.message_id or -1, "")) for h in hits]


def describe(session: Session, hits: list[ConversationHit]) -> dict[int, tuple[str, str]]:
    """Subject and customer (name, else first address) of the hit conversations."""
    if not hits:
        return {}
    rows = _raw(session).execute(
        "SELECT c.id, c.subject, cu.name, "
        "(SELECT i.address FROM identities i WHERE i.customer_id = c.customer_id ORDER BY i.id LIMIT 1) "
        "FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id "
        f"WHERE c.id IN ({_ids([h.conversation_id for h in hits])})"
    )
    return {int(cid): (subject or "", name or address or "") for cid, subject, name, address in rows}


# --- completion -----------------------------------------------------------------------------------


def tag_names(session: Session, prefix: str = "", limit: int = 50) -> list[str]:
    rows = session.execute(
        text("SELECT DISTINCT tag FROM conversation_tags WHERE tag LIKE :p ORDER BY tag LIMIT :n"),
        {"p": prefix.replace("%", "") + "%", "n": limit},
    )
    return [str(r[0]) for r in rows]


def customer_names(session: Session, prefix: str = "", limit: int = 50) -> list[str]:
    rows = session.execute(
        text(
            "SELECT name FROM customers WHERE name != '' AND merged_into_id IS NULL AND name LIKE :p "
            "ORDER BY name LIMIT :n"
        ),
        {"p": prefix.replace("%", "") + "%", "n": limit},
    )
    return [str(r[0]) for r in rows]


# --- saved searches -------------------------------------------------------------------------------

SAVED_SEARCHES = "saved_searches"


def saved_searches(session: Session) -> list[tuple[str, str]]:
    """(name, query) pairs in the order they were saved."""
    row = _raw(session).execute("SELECT value FROM settings WHERE key = ?", (SAVED_SEARCHES,)).fetchone()
    if row is None:
        return []
    try:
        items = json.loads(row[0])
    except ValueError:
        return []
    return [(str(i["name"]), str(i["query"])) for i in items if isinstance(i, dict) and "name" in i and "query" in i]


def save_searches(session: Session, searches: list[tuple[str, str]]) -> None:
    value = json.dumps([{"name": n, "query": q} for n, q in searches], ensure_ascii=False)
    session.execute(
        text("INSERT INTO settings(key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": SAVED_SEARCHES, "v": value},
    )
