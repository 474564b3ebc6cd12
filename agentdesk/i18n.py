"""Texts the core writes for people, translatable without Qt.

The core (domain, store, sync, actions, the CLI) must not import Qt, yet what it says (an error's advice, why an
outbox operation waits, a report's explanation, a reminder's label) is shown in the window's language. So the core
marks each such text where it is written and the front end translates it where it is shown:

    QT_TRANSLATE_NOOP("SyncError", "The server {host} refused the login of '{user}'.").fill(host=h, user=u)

`QT_TRANSLATE_NOOP(context, source)` is the name pyside6-lupdate looks for (with exactly these two literal
arguments), so the string lands in resources/translations/*.ts like the window's own. Here it returns a `Text`:
a `str` whose value is the English text with its `{name}` parameters filled in, so logs, JSON output, database
columns and `in`/`==` checks keep working with plain English, and which also remembers its context, source and
parameters. `Text.translated()` says it in the current language: the translated source (through the function the
front end installed with `install()`), then the parameters filled in, each a `Text` itself translated too.

The window installs `QCoreApplication.translate`; the CLI installs `TsTranslator` for `--lang`, which reads the
same .ts files without Qt. Without one, everything is English.

Texts kept in the database (why an outbox operation waits) are stored with `to_json()` and read back with
`from_json()`, so they are translated when shown, not frozen in the language of the moment they were written.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

# translate(context, source, n) → the translated source (n: the count of a %n text, or -1)
Translate = Callable[[str, str, int], str]

_PARAM = re.compile(r"\{(\w+)\}")
_lock = threading.Lock()


def _identity(context: str, source: str, n: int) -> str:
    return source


_translate: Translate = _identity
_language = "en"
_locale = "en_GB"


def install(translate: Translate | None, language: str = "en", locale: str | None = None) -> None:
    """The front end's translation function from now on (None: English), the language it speaks ("de", "hi") and
    the locale for numbers and dates ("de_AT"; default: the language's usual one)."""
    global _translate, _language, _locale
    with _lock:
        _translate = translate or _identity
        _language = language if translate is not None else "en"
        _locale = locale or _LOCALES.get(_language, _language)


_LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES", "id": "id_ID", "hi": "hi_IN"}


def language() -> str:
    """The language texts are said in now ("en" until a front end installs another)."""
    return _language


def locale() -> str:
    """The locale numbers and durations are written in now (Babel's name, e.g. "de_DE")."""
    return _locale


def translate(context: str, source: str, n: int = -1) -> str:
    """The installed translation of one source text (the source itself when there is none)."""
    try:
        result = _translate(context, source, n)
    except Exception:  # a broken translator must never cost the message
        return source
    return result or source


def _fill(text: str, params: Mapping[str, Any], n: int, translated: bool) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            return match.group(0)
        item = params[name]
        if isinstance(item, Text) and translated:
            return item.translated()
        return str(item)

    filled = _PARAM.sub(value, text)
    return filled.replace("%n", str(n)) if n >= 0 else filled


class Text(str):
    """An English text (the `str` value) that can say itself in the current language (`translated()`)."""

    context: str
    source: str
    params: dict[str, Any]
    n: int

    def __new__(cls, context: str, source: str, params: Mapping[str, Any] | None = None, n: int = -1) -> Text:
        values = dict(params or {})
        self = super().__new__(cls, _fill(source, values, n, translated=False))
        self.context, self.source, self.params, self.n = context, source, values, n
        return self

    def fill(self, **params: Any) -> Text:
        """The same text with (more) parameters filled in."""
        return Text(self.context, self.source, {**self.params, **params}, self.n)

    def times(self, n: int) -> Text:
        """The same text for `n` things (a %n text with plural forms)."""
        return Text(self.context, self.source, self.params, n)

    def english(self) -> str:
        return str.__str__(self)

    def translated(self) -> str:
        return _fill(translate(self.context, self.source, self.n), self.params, self.n, translated=True)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.params, self.n))

    def to_json(self) -> dict[str, Any]:
        """A JSON value to store; `from_json` makes the Text again."""
        data: dict[str, Any] = {"context": self.context, "source": self.source}
        if self.params:
            data["params"] = {k: v.to_json() if isinstance(v, Text) else _plain(v) for k, v in self.params.items()}
        if self.n >= 0:
            data["n"] = self.n
        return data

    @staticmethod
    def from_json(data: Any) -> Text | None:
        """The Text stored by `to_json`; None for anything else (an older row, a damaged value)."""
        if not isinstance(data, Mapping):
            return None
        if data.get("join") is not None and isinstance(data.get("parts"), list):
            parts = [Text.from_json(p) if isinstance(p, Mapping) else str(p) for p in data["parts"]]
            return join(str(data["join"]), [p for p in parts if p is not None])
        context, source = data.get("context"), data.get("source")
        if not isinstance(context, str) or not isinstance(source, str):
            return None
        raw = data.get("params")
        params = {
            str(k): (Text.from_json(v) or "" if isinstance(v, Mapping) else v)
            for k, v in (raw.items() if isinstance(raw, Mapping) else ())
        }
        n = data.get("n")
        return Text(context, source, params, n if isinstance(n, int) else -1)


class Joined(Text):
    """Texts joined with a separator (", ", " "), each translated on its own."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:
        items = tuple(p for p in parts if p)
        self = str.__new__(cls, separator.join(items))
        self.context, self.source, self.params, self.n = "", str.__str__(self), {}, -1
        self.parts, self.separator = items, separator
        return self

    def translated(self) -> str:
        return self.separator.join(p.translated() if isinstance(p, Text) else p for p in self.parts)

    def fill(self, **params: Any) -> Text:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.separator, self.parts))

    def to_json(self) -> dict[str, Any]:
        return {"join": self.separator, "parts": [p.to_json() if isinstance(p, Text) else str(p) for p in self.parts]}


class Named(Text):
    """A name that comes in several languages from elsewhere than the .ts files (a public holiday's name from the
    holidays package): the `str` value is the English name, `translated()` asks `say(language)` for the name in
    the current language (the English one when it has none)."""

    say: Callable[[str], str | None]

    def __new__(cls, english: str, say: Callable[[str], str | None]) -> Named:
        self = str.__new__(cls, english)
        self.context, self.source, self.params, self.n = "", english, {}, -1
        self.say = say
        return self

    def translated(self) -> str:
        try:
            return self.say(_language) or self.english()
        except Exception:  # a name must never cost the message it is in
            return self.english()

    def fill(self, **params: Any) -> Text:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (self.english(),))  # the function stays behind: the English name travels

    def to_json(self) -> dict[str, Any]:
        return {"context": "", "source": self.english()}


def join(separator: str, parts: Iterable[str]) -> Text:
    """Several texts as one (empty ones left out), each translated in its own right."""
    return Joined(separator, parts)


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def encode_texts(value: Any) -> Any:
    """`value` (dicts, lists, strings) ready for JSON with its `Text`s kept translatable: each becomes
    {"__text__": ...}; `decode_texts` makes them `Text`s again (e.g. across the sync process's pipe)."""
    if isinstance(value, Text):
        return {"__text__": value.to_json()}
    if isinstance(value, Mapping):
        return {k: encode_texts(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode_texts(v) for v in value]
    return value


def decode_texts(value: Any) -> Any:
    """The value `encode_texts` made, with its `Text`s back (a damaged one as its English, or "")."""
    if isinstance(value, Mapping):
        if set(value) == {"__text__"}:
            text = Text.from_json(value["__text__"])
            return text if text is not None else ""
        return {k: decode_texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_texts(v) for v in value]
    return value


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark `source` for translation in `context`; fill its parameters with `.fill(name=value)`."""
    return Text(context, source)


def tr(text: str) -> str:
    """Any text in the current language: a `Text` translated, anything else as it is."""
    return text.translated() if isinstance(text, Text) else text


def stored(data: Any, fallback: str | None) -> str:
    """A text kept in the database: the `Text` stored as JSON in `data` (see `to_json`) in the current language;
    otherwise the plain `fallback` (rows written before texts were stored translatable)."""
    text = Text.from_json(data)
    if text is not None:
        return text.translated()
    return fallback or ""


# --- translation without Qt: the CLI's --lang ---------------------------------------------------------

# Which plural form (numerusform) of a .ts entry a count takes, as Qt numbers them for these languages.
_PLURAL: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "hi": lambda n: 0 if n == 1 else 1,
    "id": lambda n: 0,
}


class TsTranslator:
    """Translations read straight from a Qt Linguist .ts file (finished entries only), for headless commands
    that should not load Qt. Called as a `Translate`."""

    def __init__(self, path: Path, language: str) -> None:
        self.language = language
        self.plural = _PLURAL.get(language, _PLURAL["en"])
        self.entries: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
                if any(forms):
                    self.entries[(name, message.findtext("source") or "")] = forms

    def __call__(self, context: str, source: str, n: int) -> str:
        forms = self.entries.get((context, source))
        if not forms:
            return source
        if n < 0 or len(forms) == 1:
            return forms[0]
        return forms[min(self.plural(n), len(forms) - 1)]
