"""The library: starter replies, search as you type, language choice, import/export and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk.cli import main
from agentdesk.demo.workspace import build_demo_workspace
from agentdesk.domain.canned_search import CannedIndex, SearchItem, fold, pick_language
from agentdesk.errors import UserError
from agentdesk.resources import resource_path
from agentdesk.store.canned import load_entries, parse_json, save_entries, search_items
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, Direction, Message

STARTER_TOPICS = {
    "where",
    "refund",
    "label",
    "size",
    "damaged",
    "invoice",
    "delivery",
    "payment",
    "cancel",
    "address",
    "stock",
    "discount",
    "warranty",
    "thanks",
    "followup",
}


def test_starter_library_covers_the_topics_in_five_languages() -> None:
    entries = parse_json(resource_path("canned", "starter.json").read_text(encoding="utf-8"))
    replies = {e.shortcut: e for e in entries if e.kind == "reply"}
    assert set(replies) >= STARTER_TOPICS
    for entry in entries:
        assert set(entry.variants) >= {"en", "de", "es", "id", "hi"}, entry.title
    articles = [e for e in entries if e.kind == "article"]
    assert articles and all(a.url for a in articles)


def test_fold_matches_without_case_or_accents_and_keeps_devanagari() -> None:
    assert fold("Größe") == "grosse"
    assert fold("PEDIDO") == fold("pédido") == "pedido"
    assert fold("रिफ़ंड") == "रिफ़ंड".casefold()  # vowel signs are letters in Devanagari, not accents
    assert fold("ÑANDÚ") == "nandu"


def items() -> list[SearchItem]:
    entries = parse_json(resource_path("canned", "starter.json").read_text(encoding="utf-8"))
    return search_items(entries)


def test_search_finds_by_shortcut_title_and_body_in_any_language() -> None:
    index = CannedIndex(items())
    assert index.search("where")[0].shortcut == "where"
    assert index.search("::refund")[0].shortcut == "refund"
    assert index.search("return label")[0].shortcut == "label"
    assert {i.shortcut for i in index.search("grosse")} >= {"size"}  # "Größe" in the German text
    assert {i.shortcut for i in index.search("ZURÜCKSCHICKEN")} >= {"label"}
    assert {i.shortcut for i in index.search("garantía")} == {"warranty"}
    assert {i.shortcut for i in index.search("वारंटी")} == {"warranty"}
    assert index.search("no such words anywhere") == []
    assert len(index.search("")) == len(index) or len(index.search("")) == 50


def test_usage_count_breaks_ties() -> None:
    a = SearchItem(1, "Refund A", bodies=("money back",), usage_count=1)
    b = SearchItem(2, "Refund B", bodies=("money back",), usage_count=9)
    assert [i.key for i in CannedIndex([a, b]).search("refund")] == [2, 1]


@pytest.mark.parametrize(
    ("stored", "detected", "expected"),
    [("de", "es", "de"), (None, "es", "es"), ("de-AT", None, "de"), ("pt", None, "en"), (None, None, "en")],
)
def test_language_choice(stored: str | None, detected: str | None, expected: str) -> None:
    assert pick_language(["en", "de", "es"], stored, detected) == expected
    assert pick_language(["fr"], stored, detected) == "fr"


def test_search_over_5000_entries_finds_the_matches() -> None:
    """Its speed (30 ms p95 a keystroke) is measured in bench/canned_bench.py, not here."""
    base = items()
    many = [
        SearchItem(i, f"{b.title} {i}", f"{b.shortcut}{i}", b.bodies, b.tags, b.folder)
        for i, b in enumerate(base * 300)
    ][:5000]
    index = CannedIndex(many)
    hits = index.search("größe tauschen")
    assert hits


def test_import_refuses_an_unknown_variable_and_saves_nothing(store: Store) -> None:
    bad = parse_json(
        json.dumps(
            [
                {"title": "Good", "variants": {"en": "Hi {{ customer.first_name | default('there') }}"}},
                {"title": "Bad", "variants": {"en": "Line one\nHi {{ customer.nick }}"}},
            ]
        )
    )
    with pytest.raises(UserError) as info, store.write() as (session, _changes):
        save_entries(session, bad)
    assert "Bad (en, body): line 2" in info.value.what and "customer.nick" in info.value.what
    with store.read() as session:
        assert load_entries(session) == []


def test_shortcut_clash_is_explained(store: Store) -> None:
    first, second = parse_json(
        json.dumps(
            [
                {"title": "A", "shortcut": "x", "variants": {"en": "a"}},
                {"title": "B", "shortcut": "y", "variants": {"en": "b"}},
            ]
        )
    )
    with store.write() as (session, _changes):
        save_entries(session, [first, second])
    with store.read() as session:
        renamed = next(e for e in load_entries(session) if e.title == "B")
    renamed.shortcut = "x"
    with pytest.raises(UserError, match="already used by 'A'"), store.write() as (session, _changes):
        save_entries(session, [renamed])


@pytest.fixture
def demo(store: Store) -> Store:
    build_demo_workspace(store)
    return store


def _conversation_in(store: Store, language: str, *, stored: bool) -> int:
    with store.read() as session:
        rows = session.execute(
            select(Conversation.id, Customer.language)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.language == language)
        ).all()
    assert rows
    conversation_id = int(rows[0][0])
    if not stored:
        with store.write() as (session, _changes):
            customer = session.get(Customer, session.get(Conversation, conversation_id).customer_id)  # type: ignore[union-attr]
            customer.language = None  # type: ignore[union-attr]
    return conversation_id


def test_cli_reply_with_canned_uses_the_customer_language_and_fields(
    demo: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    conversation_id = _conversation_in(demo, "es", stored=False)  # detected from what they wrote
    base = ["--data-dir", str(demo.data_dir.root)]
    demo.close()
    assert main([*base, "reply", str(conversation_id), "--canned", "where", "--json"]) == 2
    err = capsys.readouterr().err
    assert "Order number" in err and '--field "Order number=…"' in err
    code = main(
        [
            *base,
            "reply",
            str(conversation_id),
            "--canned",
            "where",
            "--field",
            "Order number=KOS-1042",
            "--field",
            "Tracking link=https://track.example/1042",
            "--json",
        ]
    )
    assert code == 0
    message_id = json.loads(capsys.readouterr().out)["message_id"]
    reopened = Store.open(demo.data_dir)
    try:
        with reopened.read() as session:
            message = session.get(Message, message_id)
            assert message is not None and message.direction is Direction.OUT
            assert message.text.startswith("Hola")
            assert "KOS-1042" in message.text and "{{" not in message.text
            assert "gracias por tu paciencia" in message.text
            used = {e.shortcut: e.usage_count for e in load_entries(session)}
            assert used["where"] == 1
    finally:
        reopened.close()


def test_cli_canned_export_import_round_trip(demo: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(demo.data_dir.root)]
    demo.close()
    assert main([*base, "canned", "export"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert len(exported) >= 15 and all(set(e["variants"]) >= {"en", "de", "es", "id", "hi"} for e in exported)
    assert main([*base, "canned", "export", "--csv"]) == 0
    csv_text = capsys.readouterr().out
    target = tmp_path / "fresh"
    (tmp_path / "lib.csv").write_text(csv_text, encoding="utf-8")
    assert main(["--data-dir", str(target), "canned", "import", str(tmp_path / "lib.csv")]) == 0
    assert "Imported" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "canned", "export"]) == 0
    assert json.loads(capsys.readouterr().out) == exported
    assert main([*base, "canned", "show", "refund"]) == 0
    assert "--- hi ---" in capsys.readouterr().out
    assert main([*base, "canned", "show", "nothing-like-this"]) == 2
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    assert main(["--data-dir", str(target), "canned", "import", str(tmp_path / "broken.json")]) == 2
    assert "not valid JSON" in capsys.readouterr().err
