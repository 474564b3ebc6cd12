"""Finding a canned reply as you type: titles, shortcuts and bodies, without accents or case, in any script.

The picker asks this index on every keystroke, so it does its work up front: each entry's text is folded once
(case-folded, ß → ss, Latin accents dropped; Devanagari vowel signs are kept, they are letters there) and split
into words. Every word of the query must match (anywhere inside a word of the entry).
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_ACCENTS = re.compile("[\u0300-\u036f]")  # combining diacritical marks (Latin, Greek, Cyrillic accents)


def fold(text: str) -> str:
    """Lower-case, accent-free form for matching: "Größe" → "grosse", "Pedido" → "pedido", Hindi unchanged."""
    if text.isascii():
        return text.lower()
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


_WORD = re.compile(r"[^\s.,;:!?¿¡\"'“”„«»()\[\]{}<>/\\|–—=*#+&%]+")


class CannedIndex:
    """An in-memory index over the library; rebuild it when the library changes.

    Bodies are split into folded words; a query word is looked up in the vocabulary (as a substring, so parts of
    German compounds match too) and the entries holding any matching word are intersected across query words.
    Titles, shortcuts, folders and tags are few and short: they are matched directly and rank higher.
    """

    def __init__(self, items: Iterable[SearchItem]) -> None:
        self._items = list(items)
        self._shortcuts = [fold(item.shortcut) for item in self._items]
        self._titles = [fold(item.title) for item in self._items]
        self._meta = [fold(" ".join((item.folder, *item.tags))) for item in self._items]
        postings: dict[str, set[int]] = {}
        for n, item in enumerate(self._items):
            text = fold(" ".join((item.title, item.shortcut, item.folder, *item.tags, *item.bodies)))
            for word in set(_WORD.findall(text)):
                postings.setdefault(word, set()).add(n)
        self._words = sorted(postings)
        self._postings = [postings[w] for w in self._words]
        self._vocabulary = "\n".join(self._words) + "\n"
        starts, at = [], 0
        for word in self._words:
            starts.append(at)
            at += len(word) + 1
        self._starts = starts
        self._by_usage = sorted(range(len(self._items)), key=lambda n: (-self._items[n].usage_count, self._titles[n]))
        self._word_cache: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._items)

    def _matching_words(self, word: str) -> list[int]:
        """Vocabulary entries containing `word`; typing one more letter only filters the previous answer."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        previous = self._word_cache.get(word[:-1]) if len(word) > 1 else None
        if previous is not None:
            found = [n for n in previous if word in self._words[n]]
        elif len(word) == 1:  # one letter: words that start with it, not every word containing it
            lo = bisect.bisect_left(self._words, word)
            hi = bisect.bisect_left(self._words, word + "\U0010ffff")
            found = list(range(lo, hi))
        else:
            found = []
            last = -1
            for match in re.finditer(re.escape(word), self._vocabulary):
                n = bisect.bisect_right(self._starts, match.start()) - 1
                if n != last:
                    found.append(n)
                    last = n
        if len(self._word_cache) > 256:
            self._word_cache.clear()
        self._word_cache[word] = found
        return found

    def _entries_with(self, word: str) -> set[int]:
        found: set[int] = set()
        found.update(*(self._postings[n] for n in self._matching_words(word)))
        return found

    def search(self, query: str, limit: int = 50) -> list[SearchItem]:
        """Entries matching every word of `query`, best first: shortcut, then title, tags, body; then usage."""
        words = fold(query).replace("::", " ").split()
        if not words:
            return [self._items[n] for n in self._by_usage[:limit]]
        candidates: set[int] | None = None
        for word in sorted(words, key=len, reverse=True):  # the longest word is usually the rarest
            hits = self._entries_with(word)
            candidates = hits if candidates is None else candidates & hits
            if not candidates:
                return []
        assert candidates is not None
        scored: list[tuple[int, int, str, int]] = []
        for n in candidates:
            shortcut, title, meta = self._shortcuts[n], self._titles[n], self._meta[n]
            score = 0
            for word in words:
                if shortcut == word:
                    score += 1000
                elif shortcut.startswith(word):
                    score += 400
                elif title.startswith(word):
                    score += 300
                elif word in title:
                    score += 200
                elif word in meta:
                    score += 100
                else:
                    score += 10
            scored.append((-score, -self._items[n].usage_count, title, n))
        best = heapq.nsmallest(limit, scored)
        return [self._items[row[3]] for row in best]


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
