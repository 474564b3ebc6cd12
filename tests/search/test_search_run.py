"""Search over a real cache: every operator, combinations, multilingual matching, ranking, paging, the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.domain.search_query import SearchSyntaxError
from agentdesk.paths import DataDir
from agentdesk.search_command import run_search
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Account,
    AccountKind,
    Attachment,
    Channel,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Identity,
    Message,
    Reminder,
    Setting,
    Status,
)
from agentdesk.store.queries import ME_SETTING
from agentdesk.store.search import SearchContext, SearchPager, compile_query, spellings

NOW = datetime(2024, 3, 15, 12, 0, tzinfo=UTC)
CTX = SearchContext(now=NOW, tz=UTC, me="Mia")


def _build(store: Store) -> dict[str, int]:
    """Four conversations in four languages on two channels; returns their ids by short name."""
    ids: dict[str, int] = {}
    with store.write() as (s, _):
        mail = Account(name="Support", kind=AccountKind.IMAP, address="support@shop.example", created_at=NOW)
        desk = Account(name="Helpdesk", kind=AccountKind.RT, created_at=NOW)
        s.add_all([mail, desk, Setting(key=ME_SETTING, value="Mia")])
        s.flush()

        def customer(name: str, address: str, language: str) -> Customer:
            c = Customer(name=name, language=language, created_at=NOW)
            s.add(c)
            s.flush()
            s.add(Identity(customer_id=c.id, kind="email", scope="", address=address, display_name=name))
            return c

        def conversation(
            key: str,
            who: Customer,
            subject: str,
            texts: list[tuple[Direction, str, str]],
            *,
            days_ago: float,
            channel: Channel = Channel.EMAIL,
            status: Status = Status.OPEN,
            tags: tuple[str, ...] = (),
            assignee: str | None = None,
            unread: bool = False,
            language: str | None = None,
        ) -> Conversation:
            start = NOW - timedelta(days=days_ago)
            conv = Conversation(
                channel=channel,
                account_id=(mail if channel == Channel.EMAIL else desk).id,
                subject=subject,
                customer_id=who.id,
                status=status,
                assignee=assignee,
                unread=unread,
                created_at=start,
                last_activity_at=start + timedelta(hours=len(texts)),
                message_count=len(texts),
            )
            s.add(conv)
            s.flush()
            ids[key] = conv.id
            for i, (direction, sender, body) in enumerate(texts):
                s.add(
                    Message(
                        conversation_id=conv.id,
                        account_id=conv.account_id,
                        direction=direction,
                        sender=sender,
                        recipients="support@shop.example" if direction == Direction.IN else sender,
                        sent_at=start + timedelta(hours=i),
                        subject=subject if i == 0 else f"Re: {subject}",
                        text=body,
                        language=language,
                        extra={},
                    )
                )
            for tag in tags:
                s.add(ConversationTag(conversation_id=conv.id, tag=tag))
            s.flush()
            return conv

        juergen = customer("Jürgen Weiß", "juergen@kunde.example", "de")
        ana = customer("Ana Pérez", "ana@cliente.example", "es")
        priya = customer("प्रिया शर्मा", "priya@example.in", "hi")
        budi = customer("Budi Santoso", "budi@contoh.example", "id")

        de = conversation(
            "de",
            juergen,
            "Umtausch Jacke",
            [
                (Direction.IN, "Jürgen Weiß <juergen@kunde.example>", "Die Jacke in Größe L ist zu klein."),
                (Direction.OUT, "Mia <support@shop.example>", "Gern, schicken Sie sie zurück."),
            ],
            days_ago=2,
            tags=("exchange",),
            unread=True,
            language="de",
        )
        conversation(
            "es",
            ana,
            "Pedido retrasado",
            [(Direction.IN, "Ana Pérez <ana@cliente.example>", "Mi Pedido número 4411 no ha llegado todavía.")],
            days_ago=40,
            status=Status.CLOSED,
            tags=("vip", "shipping"),
            assignee="Mia",
            language="es",
        )
        hi = conversation(
            "hi",
            priya,
            "ऑर्डर नहीं मिला",
            [(Direction.IN, "प्रिया शर्मा <priya@example.in>", "मेरा ऑर्डर अभी तक नहीं पहुँचा, कृपया जाँच करें।")],
            days_ago=5,
            channel=Channel.TICKET,
            status=Status.SNOOZED,
            language="hi",
        )
        conversation(
            "id",
            budi,
            "Refund request",
            [
                (Direction.IN, "Budi Santoso <budi@contoh.example>", "Please refund my order, the tent leaks."),
                (Direction.NOTE, "Mia", "Called Budi: wants store credit instead of a refund. Escalate to Leo."),
                (Direction.IN, "Budi Santoso <budi@contoh.example>", "Terima kasih, pesanan saya sudah diterima."),
            ],
            days_ago=10,
            channel=Channel.TICKET,
            status=Status.PENDING,
            tags=("vip",),
            assignee="Leo",
            language="id",
        )
        s.flush()
        first_de = s.query(Message).filter_by(conversation_id=de.id).order_by(Message.id).first()
        assert first_de is not None
        s.add(Attachment(message_id=first_de.id, filename="Rechnung_2024-03.pdf", size=10))
        s.add(Reminder(conversation_id=hi.id, due_at=NOW - timedelta(hours=3), note="call back", created_at=NOW))
    return ids


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    """Built once for the module: the tests only read it."""
    store = Store.open(DataDir.prepare(tmp_path_factory.mktemp("search") / "workspace"))
    try:
        yield store, _build(store)
    finally:
        store.close()


def _found(cache: tuple[Store, dict[str, int]], query: str) -> set[str]:
    store, ids = cache
    names = {v: k for k, v in ids.items()}
    return {names[h.conversation_id] for h in run_search(store, query, 50, context=CTX)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # multilingual words: ß/ss, umlauts, accents, case, Devanagari, Indonesian
        ("Größe", {"de"}),
        ("größe", {"de"}),
        ("grosse", {"de"}),
        ("GROSSE", {"de"}),
        ("pedido", {"es"}),
        ("Pedido", {"es"}),
        ("numero", {"es"}),  # número without the accent
        ("ऑर्डर", {"hi"}),
        ("पहुँचा", {"hi"}),
        ("pesanan", {"id"}),
        # prefixes, phrases
        ("pedi*", {"es"}),
        ("grö*", {"de"}),
        ("ऑर्*", {"hi"}),
        ('"no ha llegado"', {"es"}),
        ('"ha no llegado"', set()),
        # exclusion, OR, parentheses, explicit AND/NOT
        ("tent -refund", set()),  # both words are in the first message of "id"
        ("refund -tent", {"id"}),  # the note speaks of a refund, not of the tent
        ("refund -escalate", {"id"}),  # the customer's message matches without "escalate"
        ("refund OR pedido", {"id", "es"}),
        ("(jacke OR pedido) -vip", {"de", "es"}),  # "vip" as a word is in no text
        ("(jacke OR pedido) -tag:vip", {"de"}),
        ("jacke AND klein", {"de"}),
        ("NOT pedido refund", {"id"}),
        # text fields
        ("from:juergen", {"de"}),
        ("from:kunde.example", {"de"}),
        ("to:cliente", set()),  # Ana wrote to support, nobody wrote to her
        ("to:support@shop.example", {"de", "es", "hi", "id"}),
        ("subject:umtausch", {"de"}),
        ("subject:klein", set()),
        ("customer:jurgen", {"de"}),
        ('customer:"Ana Perez"', {"es"}),
        ("customer:शर्मा", {"hi"}),
        ("filename:rechnung", {"de"}),
        ("rechnung", {"de"}),  # attachment names are in the plain index too
        ("santoso", {"id"}),  # and customer names
        # internal notes and ticket comments are searched
        ("escalate", {"id"}),
        ("leo", {"id"}),
        # value fields
        ("tag:vip", {"es", "id"}),
        ("tag:VIP tag:shipping", {"es"}),
        ("tag:ship*", {"es"}),
        ("status:closed", {"es"}),
        ("status:pending", {"id"}),
        ("channel:ticket", {"hi", "id"}),
        ("channel:email", {"de", "es"}),
        ("channel:helpdesk", {"hi", "id"}),  # an account name
        ("channel:nowhere", set()),
        ("assignee:mia", {"es"}),
        ("assignee:none", {"de", "hi"}),
        ("assignee:me", {"es"}),
        ("is:mine", {"es"}),
        ("is:unread", {"de"}),
        ("is:read", {"es", "hi", "id"}),
        ("is:open", {"de", "id"}),
        ("is:snoozed", {"hi"}),
        ("is:closed", {"es"}),
        ("lang:hi", {"hi"}),
        ("lang:de", {"de"}),
        ("has:attachment", {"de"}),
        ("due:overdue", {"hi"}),
        ("due:today", {"hi"}),
        ("after:7d", {"de", "hi"}),
        ("before:7d", {"es", "id"}),
        ("after:2024-03-10", {"de", "hi"}),
        ("before:2024-03-01", {"es"}),
        ("on:2024-03-13", {"de"}),
        ("on:2024-02", {"es"}),
        ("on:2024", {"de", "es", "hi", "id"}),
        # combinations of text and fields
        ("refund tag:vip", {"id"}),
        ("refund status:closed", set()),
        ("pedido is:closed assignee:mia", {"es"}),
        ("-tag:vip", {"de", "hi"}),
        ("tag:vip -refund", {"es"}),  # every message of "id" has "refund" (at least in "Re: Refund request")
        ("tag:vip -leaks", {"es", "id"}),  # "id" has messages without "leaks"
        ("tag:vip OR lang:hi", {"es", "id", "hi"}),
        ("(pedido OR jacke) after:7d", {"de"}),
        ("jacke has:attachment", {"de"}),
        ("klein OR status:snoozed", {"de", "hi"}),
        ("from:budi -lang:en refund", {"id"}),
        ("channel:ticket -is:snoozed", {"id"}),
        ("customer:budi escalate", {"id"}),  # customer on the note, text in the note
        ("-tag:vip -status:snoozed", {"de"}),
    ],
)
def test_operators_and_combinations(cache: tuple[Store, dict[str, int]], query: str, expected: set[str]) -> None:
    assert _found(cache, query) == expected


def test_hits_carry_subject_customer_date_and_a_marked_snippet(cache: tuple[Store, dict[str, int]]) -> None:
    store, ids = cache
    [hit] = run_search(store, "grosse", 10, context=CTX)
    assert hit.conversation_id == ids["de"]
    assert hit.subject == "Umtausch Jacke" and hit.customer == "Jürgen Weiß"
    assert hit.date == NOW - timedelta(days=2) and hit.date.tzinfo is not None
    assert "**Größe**" in hit.snippet
    data = hit.as_json()
    assert set(data) == {"conversation_id", "message_id", "subject", "customer", "date", "snippet"}
    assert datetime.fromisoformat(data["date"]) == hit.date
    [note_hit] = run_search(store, "escalate", 10, context=CTX)
    with store.read() as session:
        note = session.get(Message, note_hit.message_id)
        assert note is not None and note.direction == Direction.NOTE  # the best message is the note


def test_ranking_prefers_relevance_and_recency(store: Store) -> None:
    with store.write() as (s, _):
        account = Account(name="A", kind=AccountKind.IMAP, created_at=NOW)
        s.add(account)
        s.flush()
        made = []
        for subject, body, days in (
            ("hello", "zelt mentioned once among many other words here", 1),
            ("Zelt undicht", "Das Zelt ist undicht, das Zelt!", 1),
            ("Zelt undicht", "Das Zelt ist undicht, das Zelt!", 300),
        ):
            conv = Conversation(
                channel=Channel.EMAIL,
                account_id=account.id,
                subject=subject,
                created_at=NOW - timedelta(days=days),
                last_activity_at=NOW - timedelta(days=days),
            )
            s.add(conv)
            s.flush()
            s.add(
                Message(
                    conversation_id=conv.id,
                    account_id=account.id,
                    direction=Direction.IN,
                    sent_at=NOW - timedelta(days=days),
                    subject=subject,
                    text=body,
                    extra={},
                )
            )
            made.append(conv.id)
    hits = run_search(store, "zelt", 10, context=CTX)
    assert [h.conversation_id for h in hits] == [made[1], made[0], made[2]]


def test_pages_continue_without_repeats_past_the_first_window(store: Store) -> None:
    with store.write() as (s, _):
        account = Account(name="A", kind=AccountKind.IMAP, created_at=NOW)
        s.add(account)
        s.flush()
        for i in range(60):
            conv = Conversation(
                channel=Channel.EMAIL,
                account_id=account.id,
                subject=f"parcel {i}",
                created_at=NOW,
                last_activity_at=NOW - timedelta(hours=i),
            )
            s.add(conv)
            s.flush()
            for j in range(2):
                s.add(
                    Message(
                        conversation_id=conv.id,
                        account_id=account.id,
                        direction=Direction.IN,
                        sent_at=NOW - timedelta(hours=i, minutes=j),
                        subject="parcel",
                        text="where is my parcel",
                        extra={},
                    )
                )
    for query in ("parcel", "parcel after:30d", "after:30d"):
        pager = SearchPager(compile_query(query, CTX), CTX, window=7)
        seen: list[int] = []
        with store.read() as session:
            while pager.has_more:
                seen.extend(h.conversation_id for h in pager.next_page(session, 11))
        assert len(seen) == 60 == len(set(seen)), query


def test_spellings_of_sharp_s() -> None:
    assert set(spellings("Größe")) == {"grösse", "größe"}  # the tokenizer then drops the umlaut
    assert "straße" in spellings("strasse")
    assert spellings("pedido") == ["pedido"]


def test_as_you_type_makes_the_last_word_a_prefix(cache: tuple[Store, dict[str, int]]) -> None:
    store, ids = cache
    with store.read() as session:
        pager = SearchPager(compile_query("tag:vip refu", CTX, as_you_type=True), CTX)
        assert [h.conversation_id for h in pager.next_page(session, 10)] == [ids["id"]]
        pager = SearchPager(compile_query("tag:vip refu ", CTX, as_you_type=True), CTX)
        assert pager.next_page(session, 10) == []


def test_bad_syntax_is_a_user_error(cache: tuple[Store, dict[str, int]]) -> None:
    store, _ = cache
    with pytest.raises(SearchSyntaxError, match="position 8"):
        run_search(store, "refund (tent", 10, context=CTX)


def test_cli_search_json(data_dir: DataDir, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    store = Store.open(data_dir)
    try:
        ids = _build(store)
    finally:
        store.close()
    assert main(["search", "--data-dir", str(data_dir.root), "--json", "Größe", "OR", "pedido"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["conversation_id"] for h in hits} == {ids["de"], ids["es"]}
    assert all(set(h) == {"conversation_id", "message_id", "subject", "customer", "date", "snippet"} for h in hits)
    assert main(["search", "--data-dir", str(data_dir.root), "--limit", "1", "--json", "customer:शर्मा"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["customer"] == "प्रिया शर्मा" and hit["conversation_id"] == ids["hi"]
    assert main(["search", "--data-dir", str(data_dir.root), "nothing-like-this"]) == 0
    assert "No conversation matches." in capsys.readouterr().out
    assert main(["search", "--data-dir", str(data_dir.root), "status:lost"]) == 2
    assert "position 8" in capsys.readouterr().err
