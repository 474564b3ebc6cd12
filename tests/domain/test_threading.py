"""Threading rules: ids, references, subjects, and the fallback for clients that drop headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.domain.threading import (
    Candidate,
    is_reply_subject,
    normalize_message_id,
    normalize_subject,
    parse_references,
    subject_fallback,
    thread_keys,
)

T0 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def test_subjects_lose_prefixes_in_many_languages() -> None:
    assert normalize_subject("Re: AW: WG: Bestellung 4711") == "bestellung 4711"
    assert normalize_subject("RE[2]: Rv: Pedido") == "pedido"
    assert normalize_subject("Balas: Pesanan saya") == "pesanan saya"
    assert normalize_subject("[Shop #12] Re:  Where is   my order?") == "where is my order?"
    assert normalize_subject("Regarding invoice") == "regarding invoice"  # a word starting with "re" stays


def test_reply_subject_detection() -> None:
    assert is_reply_subject("Re: order")
    assert is_reply_subject("AW: Bestellung")
    assert not is_reply_subject("Order")
    assert not is_reply_subject("Reorder please")


def test_message_ids_and_references() -> None:
    assert normalize_message_id(" <abc@example.com> ") == "abc@example.com"
    assert normalize_message_id("abc@example.com") == "abc@example.com"
    assert normalize_message_id("") is None
    assert parse_references("<a@x> <b@x>\n <a@x> <c@x>") == ["a@x", "b@x", "c@x"]
    assert parse_references("a@x b@x") == ["a@x", "b@x"]  # broken clients without brackets


def test_thread_keys_put_the_direct_parent_first() -> None:
    keys = thread_keys("<m3@x>", "<m2@x>", ["m1@x", "m2@x"])
    assert keys.own_id == "m3@x"
    assert keys.parents == ("m2@x", "m1@x")
    assert keys.all_ids == ("m3@x", "m2@x", "m1@x")


def test_a_message_never_references_itself() -> None:
    assert thread_keys("<m@x>", "<m@x>", ["m@x"]).parents == ()


def _cand(cid: int, subject: str, customer: int, when: datetime) -> Candidate:
    return Candidate(cid, normalize_subject(subject), customer, when)


def test_subject_fallback_needs_reply_prefix_same_customer_and_recent_thread() -> None:
    cands = [_cand(1, "Order status", 7, T0), _cand(2, "Order status", 8, T0)]
    assert subject_fallback("Re: Order status", 7, T0 + timedelta(days=1), cands) == 1
    assert subject_fallback("Order status", 7, T0 + timedelta(days=1), cands) is None  # not a reply
    assert subject_fallback("Re: Order status", 9, T0, cands) is None  # another customer
    assert subject_fallback("Re: Order status", 7, T0 + timedelta(days=90), cands) is None  # too old
    assert subject_fallback("Re: Order status", None, T0, cands) is None


def test_subject_fallback_picks_the_latest_thread() -> None:
    cands = [_cand(1, "Refund", 7, T0), _cand(2, "Refund", 7, T0 + timedelta(days=5))]
    assert subject_fallback("Re: Refund", 7, T0 + timedelta(days=6), cands) == 2


@given(st.text())
def test_normalizers_never_raise(text: str) -> None:
    normalize_subject(text)
    normalize_message_id(text)
    parse_references(text)
    thread_keys(text, text, [text])
