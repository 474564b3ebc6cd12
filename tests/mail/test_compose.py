"""Replies carry the headers that make them thread in the customer's mail program."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from agentdesk.mail.compose import Attachment, compose_reply, quote, reply_references, reply_subject

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_reply_subject_adds_one_prefix() -> None:
    assert reply_subject("Where is my order?") == "Re: Where is my order?"
    assert reply_subject("Re: Where is my order?") == "Re: Where is my order?"
    assert reply_subject("AW: Bestellung") == "AW: Bestellung"


def test_references_chain_ends_with_the_parent_and_stays_short() -> None:
    assert reply_references(["<a@x>", "<b@x>"], "<c@x>") == ["a@x", "b@x", "c@x"]
    assert reply_references([], "<c@x>") == ["c@x"]
    long_chain = [f"<m{i}@x>" for i in range(40)]
    refs = reply_references(long_chain, "<last@x>")
    assert len(refs) == 20 and refs[0] == "m0@x" and refs[-1] == "last@x"


def test_composed_reply_round_trips_through_the_email_parser() -> None:
    mail = compose_reply(
        from_addr="support@shop.example",
        from_name="Shop Support",
        to=["Jürgen Groß <juergen@example.de>"],
        parent_subject="Rücksendung",
        parent_message_id="<p1@example.de>",
        parent_references=["<root@example.de>"],
        body="Guten Tag Herr Groß,\n\ndas Etikett ist unterwegs.",
        quoted=quote("Wo bleibt mein Etikett?", "Jürgen Groß", WHEN),
        date=WHEN,
        attachments=[Attachment("Rücksendeetikett.pdf", "application/pdf", b"%PDF-1.4 test")],
    )
    parsed = email.message_from_bytes(mail.to_bytes(), policy=policy.default)
    assert parsed["Subject"] == "Re: Rücksendung"
    assert parsed["In-Reply-To"] == "<p1@example.de>"
    assert parsed["References"] == "<root@example.de> <p1@example.de>"
    assert parsed["Message-ID"] == f"<{mail.message_id}>"
    assert mail.message_id.endswith("@shop.example")
    body = parsed.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert "das Etikett ist unterwegs." in content and "> Wo bleibt mein Etikett?" in content
    files = [p.get_filename() for p in parsed.iter_attachments()]
    assert files == ["Rücksendeetikett.pdf"]


def test_message_ids_are_unique() -> None:
    ids = {
        compose_reply(
            from_addr="a@b.example",
            from_name="",
            to=["c@d.example"],
            parent_subject="x",
            parent_message_id=None,
            parent_references=[],
            body="x",
            date=WHEN,
        ).message_id
        for _ in range(100)
    }
    assert len(ids) == 100
