"""Language detection restricted to the team's languages."""

from __future__ import annotations

import pytest

from agentdesk.domain.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallo, wo ist meine Bestellung? Ich warte schon seit zwei Wochen darauf.", "de"),
        ("Hola, ¿dónde está mi pedido? Lo compré hace dos semanas.", "es"),
        ("Halo kak, pesanan saya belum sampai sampai sekarang, mohon dibantu ya.", "id"),
        ("नमस्ते, मेरा ऑर्डर अभी तक नहीं पहुँचा है, कृपया मदद करें।", "hi"),
        ("Hi, where is my order? I bought it two weeks ago and nothing arrived.", "en"),
    ],
)
def test_detects_the_five_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_short_text_is_undecided() -> None:
    assert detect_language("Danke!") is None


def test_restricted_to_the_languages_given() -> None:
    german = "Hallo, wo ist meine Bestellung? Ich warte schon seit zwei Wochen darauf."
    assert detect_language(german, allowed=["en", "es"]) in {"en", "es"}
    assert detect_language(german, allowed=[]) is None
