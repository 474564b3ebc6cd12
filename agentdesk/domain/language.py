"""Which language a customer writes in, with py3langid restricted to the languages that matter here."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

TEAM_LANGUAGES = ("en", "de", "es", "id", "hi")
MIN_LETTERS = 12  # shorter texts ("Thanks!") say too little to guess from

_lock = threading.Lock()


@lru_cache(maxsize=16)
def _identifier(languages: tuple[str, ...]) -> Any:
    from py3langid import langid  # loads numpy and the model (~0.5 s): only when first needed

    ident = langid.LanguageIdentifier.from_modelpath(Path(langid.__file__).parent / langid.MODEL_FILE, norm_probs=False)
    known = set(ident._full_model[2])
    ident.set_languages([lang for lang in languages if lang in known] or None)
    return ident


def detect_language(text: str, allowed: Iterable[str] = TEAM_LANGUAGES) -> str | None:
    """The most likely of `allowed` for `text`, or None when the text is too short to tell."""
    sample = text[:2000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    languages = tuple(sorted({lang.split("-")[0].lower() for lang in allowed}))
    if not languages:
        return None
    with _lock:
        code, _score = _identifier(languages).classify(sample)
    return str(code)
