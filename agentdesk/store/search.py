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
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from agentdesk.domain.search_query import And, Filter, Node, Not, Or, Text, parse, text_terms
from agentdesk.store.queries import conversation_rows

WINDOW = 1000  # candidate messages per ranking window
FTS = "messages_fts_search"
_COLUMNS = {"from": "sender", "to": "recipients", "subject": "subject", "customer": "customer", "filename": "filenames"}
# bm25 weights in index column order: subject, body, sender, recipients, customer, filenames
_WEIGHTS = "4.0, 1.0, 2.0, 0.5, 2.0, 1.0"
_SNIPPET_TOKENS = 18
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
            tag = self._like_or_equal("t.tag", f.value)
            return f"EXISTS (SELECT 1 FROM conversation_tags t WHERE t.conversation_id = c.id AND {tag})"
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
            reminder = (
                "EXISTS (SELECT 1 FROM reminders r WHERE r.conversation_id = c.id "
                f"AND r.done_at IS NULL AND r.due_at < {bound})"
            )
            return f"({reminder} OR ({open_states} AND c.first_response_due_at < {bound}))"
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
    highlight: str | None  # FTS5 expression of every searched word, for snippets


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
    highlight_parts = [e for t in text_terms(node) if (e := _fts_text(t))]
    highlight = " OR ".join(highlight_parts) or None
    if positives:
        match = "(" + " AND ".join(positives) + ")"
        for neg in negatives:
            match = f"({match} NOT {neg})"
        where = " AND ".join(sql.cond(c) for c in rest) or "1"
        return CompiledQuery(match, where, sql.params, sql.uses_message, highlight)
    where = sql.cond(node)
    return CompiledQuery(None, where, sql.params, sql.uses_message, highlight)


# --- running --------------------------------------------------------------------------------------


def _db_time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _recency(sent_at: datetime | None, now: datetime) -> float:
    if sent_at is None:
        return 0.3
    age_days = max(0.0, (now - sent_at).total_seconds() / 86400)
    return 0.3 + 0.7 / (1.0 + age_days / 30.0)


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

    def next_page(self, session: Session, count: int) -> list[ConversationHit]:
        hits, self._pending = self._pending[:count], self._pending[count:]
        while len(hits) < count and not self.exhausted:
            if self.compiled.match is not None:
                batch = self._fts_window(session)
            else:
                batch = self._conversation_page(session, count - len(hits))
            need = count - len(hits)
            hits.extend(batch[:need])
            self._pending.extend(batch[need:])  # a window ranked more than asked for: next page's
        return _with_snippets(session, self.compiled, hits)

    def _fts_window(self, session: Session) -> list[ConversationHit]:
        params = dict(self.compiled.params, match=self.compiled.match, window=self.window)
        below = ""
        if self._below_rowid is not None:
            below = f"AND {FTS}.rowid < :below"
            params["below"] = self._below_rowid
        rows = session.execute(
            text(
                f"SELECT m.id, m.conversation_id, m.sent_at, bm25({FTS}, {_WEIGHTS}) "
                f"FROM {FTS} JOIN messages m ON m.id = {FTS}.rowid "
                "JOIN conversations c ON c.id = m.conversation_id "
                f"WHERE {FTS} MATCH :match AND m.removed = 0 AND ({self.compiled.where}) {below} "
                f"ORDER BY {FTS}.rowid DESC LIMIT :window"
            ),
            params,
        ).all()
        if len(rows) < self.window:
            self.exhausted = True
        if rows:
            self._below_rowid = min(int(r[0]) for r in rows)
        best: dict[int, ConversationHit] = {}
        now = self.context.now
        for message_id, conversation_id, sent, bm25 in rows:
            if conversation_id in self._seen:
                continue
            sent_at = _db_time(sent)
            score = -float(bm25) * _recency(sent_at, now)
            current = best.get(conversation_id)
            if current is None or score > current.score:
                best[conversation_id] = ConversationHit(conversation_id, message_id, sent_at, score)
        self._seen.update(best)
        return sorted(best.values(), key=lambda h: (-h.score, -(h.message_id or 0)))

    def _conversation_page(self, session: Session, count: int) -> list[ConversationHit]:
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
        rows = session.execute(
            text(
                f"SELECT c.id, c.last_activity_at FROM conversations c WHERE ({where}) {keyset} "
                "ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit"
            ),
            params,
        ).all()
        if len(rows) < count:
            self.exhausted = True
        if rows:
            last = rows[-1]
            self._after = (str(last[1]) if not isinstance(last[1], str) else last[1], int(last[0]))
        ids = [int(r[0]) for r in rows]
        messages = _latest_messages(session, compiled, ids)
        hits = []
        for conversation_id, activity in rows:
            message_id, sent = messages.get(conversation_id, (None, None))
            hits.append(ConversationHit(conversation_id, message_id, _db_time(sent) or _db_time(activity), 0.0))
        return hits


def _latest_messages(session: Session, compiled: CompiledQuery, ids: list[int]) -> dict[int, tuple[int, Any]]:
    """For each conversation, its newest message that satisfies the query (any message if none is named)."""
    if not ids:
        return {}
    where = compiled.where if compiled.message_level else "1"
    id_list = ",".join(str(i) for i in ids)
    rows = session.execute(
        text(
            "SELECT m.conversation_id, m.id, m.sent_at "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE m.conversation_id IN ({id_list}) AND m.removed = 0 AND ({where}) "
            "ORDER BY m.sent_at DESC, m.id DESC"
        ),
        compiled.params,
    ).all()
    latest: dict[int, tuple[int, Any]] = {}
    for conversation_id, message_id, sent in rows:
        latest.setdefault(int(conversation_id), (int(message_id), sent))
    return latest


_SPACES = re.compile(r"\s+")


def _with_snippets(session: Session, compiled: CompiledQuery, hits: list[ConversationHit]) -> list[ConversationHit]:
    ids = [h.message_id for h in hits if h.message_id is not None]
    if not ids:
        return hits
    id_list = ",".join(str(i) for i in ids)
    snippets: dict[int, str] = {}
    if compiled.highlight:
        for rowid, body, subject in session.execute(
            text(
                f"SELECT rowid, snippet({FTS}, 1, :a, :b, '…', {_SNIPPET_TOKENS}), "
                f"snippet({FTS}, 0, :a, :b, '…', {_SNIPPET_TOKENS}) "
                f"FROM {FTS} WHERE {FTS} MATCH :q AND rowid IN ({id_list})"
            ),
            {"q": compiled.highlight, "a": MARK_START, "b": MARK_END},
        ):
            chosen = body if MARK_START in (body or "") or MARK_START not in (subject or "") else subject
            snippets[int(rowid)] = _SPACES.sub(" ", chosen or "").strip()
    missing = [i for i in ids if not snippets.get(i)]
    if missing:
        for message_id, body in session.execute(
            text(f"SELECT id, substr(text, 1, 400) FROM messages WHERE id IN ({','.join(map(str, missing))})")
        ):
            flat = _SPACES.sub(" ", body or "").strip()
            snippets[int(message_id)] = flat[:160] + ("…" if len(flat) > 160 else "")
    return [replace(h, snippet=snippets.get(h.message_id or -1, "")) for h in hits]


def describe(session: Session, hits: list[ConversationHit]) -> dict[int, tuple[str, str]]:
    """Subject and customer (name, else first address) of the hit conversations."""
    rows = conversation_rows(session, [h.conversation_id for h in hits])
    return {cid: (r.subject, r.customer_name or r.customer_address) for cid, r in rows.items()}


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
