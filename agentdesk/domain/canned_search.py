"""Finding a canned reply as you type: titles, shortcuts and bodies, without accents or case, in any script.

The picker asks this index on every keystroke, so it does its work up front: each entry's text is folded once
(case-folded, ß → ss, Latin accents dropped; Devanagari vowel signs are kept, they are letters there), and a
query is answered with plain substring tests over those folded strings. Every word of the query must match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_ACCENTS = re.compile("[\u0300-\u036f]")  # combining diacritical marks (Latin, Greek, Cyrillic accents)


def fold(text: str) -> str:
    """Lower-case, accent-free form for matching: "Größe" → "grosse", "Pedido" → "pedido", Hindi unchanged."""
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFKD", text.casefold())))


@dataclass(frozen=True)
class SearchItem:
    """What the index needs to know about one library entry."""

    key: int
    title: str
    shortcut: str = ""
    bodies: tuple[str, ...] = ()  # every language variant's subject and body
    tags: tuple[str, ...] = ()
    folder: str = ""
    usage_count: int = 0


@dataclass(frozen=True)
class _Folded:
    item: SearchItem
    shortcut: str
    title: str
    meta: str
    body: str


class CannedIndex:
    """An in-memory index over the library; rebuild it when the library changes (it takes milliseconds)."""

    def __init__(self, items: Iterable[SearchItem]) -> None:
        self._entries = [
            _Folded(
                item=item,
                shortcut=fold(item.shortcut),
                title=fold(item.title),
                meta=fold(" ".join((item.folder, *item.tags))),
                body=fold("\n".join(item.bodies)),
            )
            for item in items
        ]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int = 50) -> list[SearchItem]:
        """Entries matching every word of `query`, best first: shortcut, then title, tags, body; then usage."""
        words = fold(query).replace("::", " ").split()
        if not words:
            ranked = sorted(self._entries, key=lambda e: (-e.item.usage_count, e.title))
            return [e.item for e in ranked[:limit]]
        scored: list[tuple[int, int, str, SearchItem]] = []
        for entry in self._entries:
            score = 0
            for word in words:
                if entry.shortcut == word:
                    score += 1000
                elif entry.shortcut.startswith(word):
                    score += 400
                elif entry.title.startswith(word):
                    score += 300
                elif word in entry.title:
                    score += 200
                elif word in entry.meta:
                    score += 100
                elif word in entry.body:
                    score += 10
                else:
                    break
            else:
                scored.append((-score, -entry.item.usage_count, entry.title, entry.item))
        scored.sort(key=lambda row: row[:3])
        return [row[3] for row in scored[:limit]]


def pick_language(
    available: Iterable[str],
    customer_language: str | None,
    detected: str | None = None,
    team_default: str = "en",
) -> str:
    """The variant to offer first: the customer's stored language, else the detected one, else the team's, else
    English, else whatever exists. Regional codes fall back to their base language ("de-AT" → "de")."""
    variants = list(available)
    if not variants:
        return team_default
    by_base: Mapping[str, str] = {v.split("-")[0].lower(): v for v in reversed(variants)}
    for wanted in (customer_language, detected, team_default, "en"):
        if not wanted:
            continue
        if wanted in variants:
            return wanted
        base = wanted.split("-")[0].lower()
        if base in by_base:
            return by_base[base]
    return variants[0]
