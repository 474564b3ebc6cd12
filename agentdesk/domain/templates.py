"""Canned-reply templates: a small, sandboxed Jinja2 dialect with fallbacks and fill-in fields.

What a template may use (and nothing else):

- variables `customer.first_name`, `customer.last_name`, `customer.name`, `customer.email`, `customer.language`,
  `customer.fields.<any custom field>`, `conversation.subject`, `conversation.id`, `conversation.channel`,
  `ticket.id`, `agent.name`, `agent.first_name`, `agent.email`, `business.name`, `business.next_open`,
  `business.is_open`, `today`;
- fallbacks `{{ customer.first_name | default("there") }}` (an empty value counts as missing);
- fill-in fields `{{ ask("Order number") }}`, answered by the person inserting the reply;
- conditionals `{% if customer.first_name %}…{% else %}…{% endif %}`;
- filters `default`, `date` (`{{ business.next_open | date("short") }}`), `upper`, `lower`, `title`,
  `capitalize`, `trim`, `replace`, `truncate`, `length`.

Dates print in the customer's language (Babel). Nothing can reach attributes of Python objects, files, the
network or other templates: `check()` refuses such a template when it is saved, with the line and the name, and
the sandbox refuses it again at render time. `render()` never raises: a value that is empty without a fallback,
or an unanswered fill-in field, comes back as `missing`/`unanswered` with no text, so the reply cannot go out
with a hole or with template syntax in it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time
from jinja2 import StrictUndefined, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, Text, join

__all__ = [
    "ALLOWED",
    "Rendered",
    "TemplateContext",
    "TemplateError",
    "TemplateProblem",
    "asks",
    "check",
    "first_name_of",
    "problems",
    "render",
]

# The documented variables: name → its fields (None: any field name, for custom customer fields).
ALLOWED: dict[str, dict[str, Any] | None] = {
    "customer": {
        "first_name": None,
        "last_name": None,
        "name": None,
        "email": None,
        "language": None,
        "fields": "*",
    },
    "conversation": {"subject": None, "id": None, "channel": None},
    "ticket": {"id": None},
    "agent": {"name": None, "first_name": None, "email": None},
    "business": {"name": None, "next_open": None, "is_open": None},
    "today": None,
}
FUNCTIONS = ("ask",)
FILTERS = ("default", "d", "date", "upper", "lower", "title", "capitalize", "trim", "replace", "truncate", "length")
_FORBIDDEN_NODES: dict[type[nodes.Node], str] = {
    nodes.Extends: "extends",
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "import",
    nodes.Macro: "macro",
    nodes.CallBlock: "call",
    nodes.FilterBlock: "filter blocks",
    nodes.With: "with",
    nodes.For: "for loops",
}


class TemplateError(UserError):
    """A template that cannot be saved as it is."""


@dataclass(frozen=True)
class TemplateProblem:
    line: int
    name: str
    message: str  # a `Text`: English as a str, said in the reader's language with `i18n.tr`

    @property
    def text(self) -> Text:
        """ "Line 3: …", translatable."""
        return QT_TRANSLATE_NOOP("Template", "Line {line}: {problem}").fill(line=self.line, problem=self.message)

    def __str__(self) -> str:
        return str.__str__(self.text)


@dataclass(frozen=True)
class TemplateContext:
    """The values one insert is rendered with; empty strings count as missing."""

    language: str = "en"
    customer: Mapping[str, Any] = field(default_factory=dict)  # plus "fields": {custom field → value}
    conversation: Mapping[str, Any] = field(default_factory=dict)
    ticket: Mapping[str, Any] = field(default_factory=dict)
    agent: Mapping[str, Any] = field(default_factory=dict)
    business: Mapping[str, Any] = field(default_factory=dict)
    today: date | None = None
    timezone: str | None = None  # where dates are shown (the customer's, else the business calendar's)


@dataclass(frozen=True)
class Rendered:
    """The outcome of one render: `text` is None whenever something blocks the insert."""

    text: str | None
    missing: tuple[str, ...] = ()  # values that are empty and have no fallback, e.g. "customer.first_name"
    unanswered: tuple[str, ...] = ()  # fill-in fields without an answer
    error: str | None = None  # a template that is broken or not allowed (a `Text`)

    @property
    def ok(self) -> bool:
        return self.text is not None

    def explanation(self) -> Text:
        """One sentence for the person inserting it, naming what blocks the insert (a `Text`: English as a str,
        in the reader's language with `i18n.tr`)."""
        if self.error:
            return join("", [self.error])
        parts: list[str] = []
        if self.missing:
            parts.append(
                QT_TRANSLATE_NOOP(
                    "Template",
                    "No value for {names} and the reply has no fallback for it: fill it in or add a default.",
                ).fill(names=", ".join(self.missing))
            )
        if self.unanswered:
            parts.append(QT_TRANSLATE_NOOP("Template", "Fill in: {fields}.").fill(fields=", ".join(self.unanswered)))
        return join(" ", parts)


# --- the sandbox ---------------------------------------------------------------------------------------------


class _Missing(Undefined):
    """An empty or absent value; printing it without a fallback is recorded, not printed."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name[:2] == "__":
            raise AttributeError(name)
        return self  # customer.fields.size.x stays missing, like ChainableUndefined

    def __getitem__(self, _name: Any) -> Any:
        return self

    @property
    def path(self) -> str:
        return str(self._undefined_name or "value")


class _Refused(StrictUndefined):
    """Access the sandbox refuses: using it in any way raises SecurityError, a fallback does not hide it."""

    __slots__ = ()


class _Record:
    """A read-only bag of documented values; the only thing templates may take attributes of."""

    __slots__ = ("_env", "_path", "_values")

    def __init__(self, env: _Sandbox, path: str, values: Mapping[str, Any]) -> None:
        self._env = env
        self._path = path
        self._values = values

    def lookup(self, name: str) -> Any:
        value = self._values.get(name)
        path = f"{self._path}.{name}"
        if isinstance(value, Mapping):
            return _Record(self._env, path, value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return _Missing(name=path)
        return value

    def __bool__(self) -> bool:
        return any(v not in (None, "") for v in self._values.values())

    def __str__(self) -> str:  # `{{ customer }}` prints nothing useful; check() refuses it anyway
        return ""


_render_state: contextvars.ContextVar[_RenderState] = contextvars.ContextVar("template_render_state")


@dataclass
class _RenderState:
    language: str
    zone: tzinfo | None
    answers: Mapping[str, str]
    missing: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)


def _ask(label: object) -> Any:
    state = _render_state.get()
    name = str(label).strip()
    answer = state.answers.get(name, "")
    if not answer.strip():
        if name not in state.unanswered:
            state.unanswered.append(name)
        return ""
    return answer


def _locale(language: str) -> Locale:
    """Babel's locale for a language tag: "de-AT", else its language "de", else English.

    The installed app ships Babel's data for the team languages only (installer/prune.py), so a variant in any
    other language ("fr", "pt-BR") prints its dates in English there rather than failing.
    """
    tag = str(language or "").strip().replace("-", "_")
    for candidate in (tag, tag.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse("en")


def _format_date_value(value: date | datetime, style: str, language: str, zone: tzinfo | None) -> str:
    locale = _locale(language)
    if isinstance(value, datetime):
        if value.tzinfo is not None and zone is not None:
            value = value.astimezone(zone)
        if style in ("short", "medium", "long", "full"):
            day = format_date(value.date(), style, locale=locale)
            return f"{day}, {format_time(value.time(), 'short', locale=locale)}"
        return format_datetime(value, style, locale=locale)
    return format_date(value, style if style else "long", locale=locale)


def _date_filter(value: object, style: str = "full") -> object:
    if isinstance(value, Undefined):
        return value
    if isinstance(value, date):  # datetime is a date too
        state = _render_state.get()
        return _format_date_value(value, style, state.language, state.zone)
    return value


def _default_filter(value: object, fallback: object = "", _boolean: bool = False) -> object:
    if isinstance(value, _Refused):
        value._fail_with_undefined_error()
    if isinstance(value, Undefined) or value is None or (isinstance(value, str) and not value.strip()):
        return fallback
    return value


def _finalize(value: object) -> object:
    state = _render_state.get()
    if isinstance(value, _Missing):
        if value.path not in state.missing:
            state.missing.append(value.path)
        return ""
    if isinstance(value, Undefined):  # refused access (SecurityError) surfaces here
        value._fail_with_undefined_error()
    if isinstance(value, _Record):
        raise SecurityError("a whole group of values cannot be printed")
    if isinstance(value, bool):
        return ""
    if isinstance(value, date):
        return _format_date_value(value, "full", state.language, state.zone)
    return value


class _Sandbox(SandboxedEnvironment):
    def __init__(self) -> None:
        super().__init__(autoescape=False, undefined=_Missing, finalize=_finalize, keep_trailing_newline=True)
        self.globals.clear()
        self.globals["ask"] = _ask
        kept = {name: self.filters[name] for name in FILTERS if name in self.filters}
        self.filters.clear()
        self.filters.update(kept)
        self.filters["default"] = self.filters["d"] = _default_filter
        self.filters["date"] = _date_filter
        self.tests = {name: self.tests[name] for name in ("defined", "undefined", "none", "number", "string")}

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        hint = f"reading {attribute!r} is not allowed in canned replies"  # shown inside a translated text
        return _Refused(hint=hint, obj=obj, name=attribute, exc=SecurityError)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return False  # records are read through getattr below; nothing else has attributes here

    def is_safe_callable(self, obj: Any) -> bool:
        return obj is _ask

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, _Record):
            return obj.lookup(attribute)
        if isinstance(obj, _Missing):
            return _Missing(name=f"{obj.path}.{attribute}")
        return self.unsafe_undefined(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, _Record) and isinstance(argument, str):
            return obj.lookup(argument)
        if isinstance(obj, _Missing):
            return _Missing(name=f"{obj.path}.{argument}")
        if isinstance(obj, str) and isinstance(argument, int | slice):
            return obj[argument]
        return self.unsafe_undefined(obj, str(argument))


_ENV = _Sandbox()


@lru_cache(maxsize=2048)
def _parse(body: str) -> nodes.Template:
    return _ENV.parse(body)


@lru_cache(maxsize=2048)
def _compile(body: str) -> Any:
    return _ENV.from_string(body)


# --- checking --------------------------------------------------------------------------------------------------


def _dotted(node: nodes.Node) -> tuple[str, ...] | None:
    """("customer", "fields", "size") for customer.fields.size / customer["fields"]["size"]; None otherwise."""
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            parts.append(node.name)
            return tuple(reversed(parts))
        else:
            return None


def _walk(node: nodes.Node) -> Iterator[nodes.Node]:
    yield node
    for child in node.iter_child_nodes():
        yield from _walk(child)


def _known_names(template: nodes.Template) -> set[str]:
    """Names the template assigns itself with {% set %}: allowed as plain variables."""
    return {
        target.name
        for node in _walk(template)
        if isinstance(node, nodes.Assign)
        for target in _walk(node.target)
        if isinstance(target, nodes.Name)
    }


def _check_path(path: tuple[str, ...], local: set[str]) -> Text | None:
    head, name = path[0], ".".join(path)
    if head in local and len(path) == 1:
        return None
    if head in FUNCTIONS:
        if len(path) == 1:
            return None
        return QT_TRANSLATE_NOOP("Template", "“{name}” is not allowed: {function} can only be called").fill(
            name=name, function=head
        )
    if head not in ALLOWED:
        return QT_TRANSLATE_NOOP("Template", "“{name}” is not a variable templates know (use {known})").fill(
            name=name, known=", ".join(sorted(ALLOWED))
        )
    spec: dict[str, Any] | str | None = ALLOWED[head]
    for i, part in enumerate(path[1:], start=1):
        if spec == "*":
            if i == len(path) - 1:
                return None
            return QT_TRANSLATE_NOOP("Template", "“{name}” goes deeper than a custom field").fill(name=name)
        if not isinstance(spec, dict):
            return QT_TRANSLATE_NOOP("Template", "“{name}” is not allowed: {group} has no fields").fill(
                name=name, group=".".join(path[:i])
            )
        if part.startswith("_") or part not in spec:
            known = ", ".join(f"{'.'.join(path[:i])}.{field_name}" for field_name in spec)
            return QT_TRANSLATE_NOOP("Template", "“{name}” is not a variable templates know (known: {known})").fill(
                name=".".join(path[: i + 1]), known=known
            )
        spec = spec[part]
    if isinstance(spec, dict) or spec == "*":
        return QT_TRANSLATE_NOOP("Template", "“{name}” is a group of values; name one of its fields").fill(name=name)
    return None


def problems(body: str) -> list[TemplateProblem]:
    """Everything wrong with a template, with line numbers; empty when it can be saved."""
    try:
        template = _parse(body)
    except TemplateSyntaxError as exc:
        broken = QT_TRANSLATE_NOOP("Template", "the template syntax is broken: {problem}")
        return [TemplateProblem(exc.lineno or 1, "", broken.fill(problem=(exc.message or "").rstrip(".")))]
    found: list[TemplateProblem] = []
    local = _known_names(template)
    seen_paths: set[int] = set()
    for node in _walk(template):
        line = getattr(node, "lineno", 1) or 1
        for kind, label in _FORBIDDEN_NODES.items():
            if isinstance(node, kind):
                message = QT_TRANSLATE_NOOP("Template", "{what} is not allowed in canned replies").fill(what=label)
                found.append(TemplateProblem(line, label, message))
        if isinstance(node, nodes.Filter | nodes.Test) and node.name not in (
            FILTERS if isinstance(node, nodes.Filter) else _ENV.tests
        ):
            message = QT_TRANSLATE_NOOP("Template", "the filter or test “{name}” is not available").fill(name=node.name)
            found.append(TemplateProblem(line, node.name, message))
        if isinstance(node, nodes.Call):
            if not (isinstance(node.node, nodes.Name) and node.node.name in FUNCTIONS):
                found.append(TemplateProblem(line, "", QT_TRANSLATE_NOOP("Template", 'only ask("…") can be called')))
            elif node.node.name == "ask" and not (
                len(node.args) == 1 and isinstance(node.args[0], nodes.Const) and isinstance(node.args[0].value, str)
            ):
                message = QT_TRANSLATE_NOOP("Template", 'ask needs one label in quotes, e.g. ask("Order number")')
                found.append(TemplateProblem(line, "ask", message))
        if isinstance(node, nodes.Getattr | nodes.Getitem | nodes.Name) and id(node) not in seen_paths:
            if isinstance(node, nodes.Name) and node.ctx != "load":
                continue
            path = _dotted(node)
            if path is None:
                if isinstance(node, nodes.Getattr | nodes.Getitem):
                    message = QT_TRANSLATE_NOOP("Template", "only documented variables can be read")
                    found.append(TemplateProblem(line, "", message))
                continue
            # mark the inner nodes of this chain as seen so customer.first_name is checked once, not per level
            inner: nodes.Node = node
            while isinstance(inner, nodes.Getattr | nodes.Getitem):
                inner = inner.node
                seen_paths.add(id(inner))
            refused = _check_path(path, local)
            if refused:
                found.append(TemplateProblem(line, ".".join(path), refused))
    return found


def check(body: str, *, where: str = "") -> None:
    """Raise TemplateError naming the first problem (with its line) if the template cannot be saved; `where` (a
    `Text` or plain) says which template it is."""
    found = problems(body)
    if found:
        first = found[0]
        what = (
            QT_TRANSLATE_NOOP("Template", "{where}: line {line}: {problem}.").fill(
                where=where, line=first.line, problem=first.message
            )
            if where
            else QT_TRANSLATE_NOOP("Template", "Line {line}: {problem}.").fill(line=first.line, problem=first.message)
        )
        raise TemplateError(
            what, QT_TRANSLATE_NOOP("Template", "Fix the template; the variables are listed in the editor's help.")
        )


def asks(body: str) -> list[str]:
    """The fill-in fields of a template, in the order they appear, each once."""
    try:
        template = _parse(body)
    except TemplateSyntaxError:
        return []
    labels: list[str] = []
    for node in _walk(template):
        if (
            isinstance(node, nodes.Call)
            and isinstance(node.node, nodes.Name)
            and node.node.name == "ask"
            and node.args
            and isinstance(node.args[0], nodes.Const)
        ):
            label = str(node.args[0].value).strip()
            if label not in labels:
                labels.append(label)
    return labels


# --- rendering -------------------------------------------------------------------------------------------------


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


def render(body: str, context: TemplateContext, answers: Mapping[str, str] | None = None) -> Rendered:
    """Fill a template for one customer. Never raises; see `Rendered` for what blocks an insert."""
    found = problems(body)
    if found:
        return Rendered(
            None,
            error=QT_TRANSLATE_NOOP("Template", "The canned reply cannot be used: {problem}.").fill(
                problem=found[0].text
            ),
        )
    state = _RenderState(
        language=context.language or "en",
        zone=_zone(context.timezone),
        answers={str(k).strip(): str(v) for k, v in (answers or {}).items()},
    )
    variables: dict[str, Any] = {
        "customer": _Record(_ENV, "customer", context.customer),
        "conversation": _Record(_ENV, "conversation", context.conversation),
        "ticket": _Record(_ENV, "ticket", context.ticket),
        "agent": _Record(_ENV, "agent", context.agent),
        "business": _Record(_ENV, "business", context.business),
        "today": context.today if context.today is not None else _Missing(name="today"),
    }
    token = _render_state.set(state)
    try:
        text = _compile(body).render(variables)
    except SecurityError as exc:
        refused = QT_TRANSLATE_NOOP("Template", "The canned reply tries something that is not allowed ({problem}).")
        return Rendered(None, error=refused.fill(problem=exc))
    except Exception as exc:  # a template must never take the composer down
        failed = QT_TRANSLATE_NOOP("Template", "The canned reply could not be filled in ({problem}).")
        return Rendered(None, error=failed.fill(problem=f"{type(exc).__name__}: {exc}"))
    finally:
        _render_state.reset(token)
    if state.missing or state.unanswered:
        return Rendered(None, missing=tuple(state.missing), unanswered=tuple(state.unanswered))
    return Rendered(text)


def first_name_of(name: str, email: str = "") -> str:
    """A customer's first name from their display name: "Maria García" → "Maria", "García, Maria" → "Maria".

    Returns "" when the name is really an address or a role ("info@…", "Sales Team") rather than a person.
    """
    cleaned = " ".join(name.replace('"', " ").split())
    if not cleaned or "@" in cleaned or (email and cleaned.lower() == email.lower()):
        return ""
    if "," in cleaned:
        after = cleaned.split(",", 1)[1].strip()
        cleaned = after or cleaned.split(",", 1)[0]
    first = cleaned.split(" ", 1)[0]
    if first.lower() in {"info", "support", "sales", "team", "admin", "office", "no-reply", "noreply"}:
        return ""
    if first.isupper() and len(first) > 1:
        first = first.capitalize()
    return first
