"""The search language: words, "phrases", -exclude, OR, parentheses and helpdesk fields, parsed to a tree.

Pure: no database here. `parse("from:anna (refund OR rückgabe) -tag:spam")` returns a tree that
`agentdesk.store.search` turns into SQL; bad input raises `SearchSyntaxError` naming the position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, join

#: Fields whose value is matched as text in the full-text index (words, phrases, prefixes).
TEXT_FIELDS = ("from", "to", "subject", "customer", "filename")
#: Fields whose value is a fixed word, a name or a date.
VALUE_FIELDS = ("tag", "status", "channel", "assignee", "lang", "is", "has", "due", "before", "after", "on")
FIELDS = TEXT_FIELDS + VALUE_FIELDS

STATUSES = ("open", "pending", "snoozed", "closed")
IS_VALUES = ("unread", "read", "open", "snoozed", "closed", "mine")
HAS_VALUES = ("attachment",)
DUE_VALUES = ("today", "overdue")
DATE_FIELDS = ("before", "after", "on")

_RELATIVE = re.compile(r"^(\d{1,4})([dwmy])$")
_UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}


class SearchSyntaxError(UserError):
    """The query cannot be read; `position` is the 0-based character offset of the problem.

    `message` (what is wrong, a `Text`) and `what` (with the position and a pointer under the query) are English
    as strings and said in the reader's language with `i18n.tr`; `headline` is `what` without the pointer."""

    def __init__(self, message: str, position: int, query: str) -> None:
        self.message = message
        self.position = position
        self.query = query
        self.headline = QT_TRANSLATE_NOOP("Search", "Search syntax error at position {position}: {problem}.").fill(
            position=position + 1, problem=message
        )
        pointer = f"\n  {query}\n  {' ' * position}^" if query else ""
        super().__init__(
            join("", [self.headline, pointer]),
            QT_TRANSLATE_NOOP("Search", 'Fix the query; put text in "double quotes" to search for it literally.'),
        )


# --- the tree -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """Free text (a word or a "phrase"), optionally limited to one text field (from, to, subject, ...)."""

    value: str
    phrase: bool = False
    prefix: bool = False
    field: str | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class DateValue:
    """An ISO day, or a span back from now (`7d`, `2w`, `3m`, `1y`; `today`, `yesterday` are days)."""

    day: date | None = None
    days_back: int | None = None
    unit: str = "day"  # "day", "month" or "year" for ISO days, months (2024-03) and years (2024)

    def start(self, today: date) -> date:
        if self.day is not None:
            return self.day
        return today - timedelta(days=self.days_back or 0)

    def end(self, today: date) -> date:
        """The day after the last day this value names (for `on:`)."""
        start = self.start(today)
        if self.unit == "year":
            return date(start.year + 1, 1, 1)
        if self.unit == "month":
            return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Filter:
    """A non-text field: tag, status, channel, assignee, lang, is, has, due, before, after, on."""

    field: str
    value: str
    date: DateValue | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Text | Filter | Not | And | Or


# --- tokens ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "-", "OR", "AND", "NOT", "word", "phrase", "field"
    text: str
    position: int
    field: str = ""
    quoted: bool = False


_SPACE = " \t\r\n\u00a0\u3000"
_STOP = _SPACE + '()"'


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch in _SPACE:
            i += 1
            continue
        if ch in "()":
            tokens.append(_Token(ch, ch, i))
            i += 1
            continue
        if ch == "-" and i + 1 < n and query[i + 1] not in _SPACE + ")":
            tokens.append(_Token("-", ch, i))
            i += 1
            continue
        if ch == '"':
            text, i = _quoted(query, i)
            tokens.append(_Token("phrase", text, i - len(text) - 2))
            continue
        start = i
        while i < n and query[i] not in _STOP:
            i += 1
        word = query[start:i]
        name, colon, rest = word.partition(":")
        if colon and name.isalpha() and name.isascii():
            field = name.lower()
            if field not in FIELDS:
                raise SearchSyntaxError(
                    QT_TRANSLATE_NOOP("Search", 'unknown field "{name}:" (known: {fields})').fill(
                        name=name, fields=", ".join(f + ":" for f in FIELDS)
                    ),
                    start,
                    query,
                )
            if not rest and i < n and query[i] == '"':
                text, i = _quoted(query, i)
                tokens.append(_Token("field", text, start, field=field, quoted=True))
                continue
            if not rest:
                raise SearchSyntaxError(
                    QT_TRANSLATE_NOOP("Search", '"{name}:" needs a value right after the colon').fill(name=name),
                    start + len(name) + 1,
                    query,
                )
            tokens.append(_Token("field", rest, start, field=field))
            continue
        if word in ("OR", "AND", "NOT"):
            tokens.append(_Token(word, word, start))
            continue
        if word == "|":
            tokens.append(_Token("OR", word, start))
            continue
        tokens.append(_Token("word", word, start))
    return tokens


def _quoted(query: str, start: int) -> tuple[str, int]:
    end = query.find('"', start + 1)
    if end < 0:
        raise SearchSyntaxError(QT_TRANSLATE_NOOP("Search", "the quote opened here is never closed"), start, query)
    return query[start + 1 : end], end + 1


# --- parser ---------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.i = 0

    def error(self, message: str, position: int | None = None) -> SearchSyntaxError:
        if position is None:
            position = self.tokens[self.i].position if self.i < len(self.tokens) else len(self.query)
        return SearchSyntaxError(message, position, self.query)

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self) -> Node:
        if not self.tokens:
            raise self.error(QT_TRANSLATE_NOOP("Search", "the query is empty"), 0)
        node = self.or_expr()
        token = self.peek()
        if token is not None:
            raise self.error(QT_TRANSLATE_NOOP("Search", 'this ")" has no matching "("'), token.position)
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.i += 1
            after = self.peek()
            if after is None or after.kind in (")", "OR", "AND"):
                raise self.error(
                    QT_TRANSLATE_NOOP("Search", '"OR" needs something to search for on its right'), token.position
                )
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in (")", "OR"):
            if token.kind == "AND":
                if not children:
                    raise self.error(
                        QT_TRANSLATE_NOOP("Search", '"AND" needs something to search for on its left'), token.position
                    )
                self.i += 1
                after = self.peek()
                if after is None or after.kind in (")", "OR", "AND"):
                    raise self.error(
                        QT_TRANSLATE_NOOP("Search", '"AND" needs something to search for on its right'), token.position
                    )
                continue
            children.append(self.unary())
        if not children:
            token = self.peek()
            if token is not None and token.kind == "OR":
                raise self.error(
                    QT_TRANSLATE_NOOP("Search", '"OR" needs something to search for on its left'), token.position
                )
            raise self.error(QT_TRANSLATE_NOOP("Search", "something to search for is missing here"))
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        token = self.peek()
        assert token is not None
        if token.kind in ("-", "NOT"):
            self.i += 1
            after = self.peek()
            if after is None or after.kind in (")", "OR", "AND"):
                raise self.error(
                    QT_TRANSLATE_NOOP("Search", '"{operator}" needs something to exclude right after it').fill(
                        operator=token.text
                    ),
                    token.position,
                )
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        token = self.peek()
        assert token is not None
        self.i += 1
        if token.kind == "(":
            if (inner := self.peek()) is not None and inner.kind == ")":
                raise self.error(QT_TRANSLATE_NOOP("Search", "the parentheses are empty"), token.position)
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise self.error(QT_TRANSLATE_NOOP("Search", 'the "(" opened here is never closed'), token.position)
            self.i += 1
            return node
        if token.kind == "phrase":
            if not token.text.strip():
                raise self.error(QT_TRANSLATE_NOOP("Search", "the quotes are empty"), token.position)
            return Text(token.text, phrase=True, position=token.position)
        if token.kind == "word":
            return _word(token.text, token.position)
        if token.kind == "field":
            return self.field(token)
        raise self.error(f'unexpected "{token.text}"', token.position)  # pragma: no cover - never reached

    def field(self, token: _Token) -> Node:
        field, value = token.field, token.text
        value_at = token.position + len(field) + 1
        if field in TEXT_FIELDS:
            if token.quoted:
                if not value.strip():
                    raise self.error(
                        QT_TRANSLATE_NOOP("Search", '"{field}:" needs a value inside the quotes').fill(field=field),
                        value_at,
                    )
                return Text(value, phrase=True, field=field, position=token.position)
            node = _word(value, token.position)
            return Text(node.value, prefix=node.prefix, field=field, position=token.position)
        lowered = value.strip().lower()
        allowed = {"status": STATUSES, "is": IS_VALUES, "has": HAS_VALUES, "due": DUE_VALUES}.get(field)
        if allowed is not None and lowered not in allowed:
            raise self.error(
                QT_TRANSLATE_NOOP("Search", '"{field}:{value}" is not known; use one of {choices}').fill(
                    field=field, value=value, choices=", ".join(allowed)
                ),
                value_at,
            )
        if field in DATE_FIELDS:
            return Filter(field, lowered, date=self.date(value, value_at), position=token.position)
        if not lowered:
            raise self.error(QT_TRANSLATE_NOOP("Search", '"{field}:" needs a value').fill(field=field), value_at)
        return Filter(
            field, value.strip() if field in ("channel", "assignee", "tag") else lowered, None, token.position
        )

    def date(self, value: str, position: int) -> DateValue:
        lowered = value.strip().lower()
        if lowered == "today":
            return DateValue(days_back=0)
        if lowered == "yesterday":
            return DateValue(days_back=1)
        relative = _RELATIVE.match(lowered)
        if relative:
            return DateValue(days_back=int(relative.group(1)) * _UNITS[relative.group(2)])
        try:
            if re.fullmatch(r"\d{4}-\d{2}", lowered):
                return DateValue(day=date.fromisoformat(lowered + "-01"), unit="month")
            if re.fullmatch(r"\d{4}", lowered):
                return DateValue(day=date(int(lowered), 1, 1), unit="year")
            return DateValue(day=date.fromisoformat(lowered))
        except ValueError:
            raise self.error(
                QT_TRANSLATE_NOOP(
                    "Search",
                    '"{value}" is not a date; write 2024-03-31, 2024-03, today, yesterday or 7d / 2w / 3m / 1y',
                ).fill(value=value),
                position,
            ) from None


def _word(raw: str, position: int) -> Text:
    prefix = raw.endswith("*") and len(raw.rstrip("*")) > 0
    value = raw.rstrip("*") if prefix else raw
    if not value.strip("*"):
        raise SearchSyntaxError(
            QT_TRANSLATE_NOOP("Search", '"*" marks a prefix; put it after a few letters, as in refu*'), position, ""
        )
    return Text(value, prefix=prefix, position=position)


def parse(query: str) -> Node:
    """Parse a search query; raises `SearchSyntaxError` (a `UserError`) with the position of the problem."""
    try:
        return _Parser(query).parse()
    except SearchSyntaxError as exc:
        if exc.query != query:  # raised without the query at hand: add it for the pointer
            raise SearchSyntaxError(exc.message, exc.position, query) from None
        raise


def text_terms(node: Node) -> list[Text]:
    """The text parts that are not excluded, for highlighting."""
    if isinstance(node, Text):
        return [node]
    if isinstance(node, And | Or):
        return [t for child in node.children for t in text_terms(child)]
    return []


def completion_prefix(query: str, cursor: int | None = None) -> str:
    """The word being typed at `cursor` (for completing `tag:`, `customer:` and field names)."""
    cursor = len(query) if cursor is None else cursor
    start = cursor
    while start > 0 and query[start - 1] not in _SPACE + "()":
        start -= 1
    return query[start:cursor].lstrip("-")
