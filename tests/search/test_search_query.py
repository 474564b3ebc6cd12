"""The query language parser: every operator, and errors that point at the problem."""

from __future__ import annotations

from datetime import date

import pytest

from agentdesk.domain.search_query import (
    And,
    DateValue,
    Filter,
    Not,
    Or,
    SearchSyntaxError,
    Text,
    completion_prefix,
    parse,
)
from agentdesk.errors import UserError


def test_words_phrases_exclusion_or_and_parentheses() -> None:
    assert parse("refund") == Text("refund", position=0)
    assert parse('"not arrived"') == Text("not arrived", phrase=True, position=0)
    assert parse("refund -zipper") == And((Text("refund", position=0), Not(Text("zipper", position=8))))
    assert parse("a OR b") == Or((Text("a", position=0), Text("b", position=5)))
    assert parse("a | b") == Or((Text("a", position=0), Text("b", position=4)))
    assert parse("a AND b") == And((Text("a", position=0), Text("b", position=6)))
    assert parse("NOT a b") == And((Not(Text("a", position=4)), Text("b", position=6)))
    tree = parse("(refund OR rückgabe) -tag:spam")
    assert tree == And(
        (
            Or((Text("refund", position=1), Text("rückgabe", position=11))),
            Not(Filter("tag", "spam", position=22)),
        )
    )
    # OR binds looser than the implicit AND
    assert parse("a b OR c") == Or((And((Text("a", position=0), Text("b", position=2))), Text("c", position=7)))
    assert parse("refu*") == Text("refu", prefix=True, position=0)
    assert parse("e-mail") == Text("e-mail", position=0)  # a hyphen inside a word is not an exclusion


def test_text_fields_and_quoted_values() -> None:
    assert parse("from:anna@shop.example") == Text("anna@shop.example", field="from", position=0)
    assert parse('customer:"Ana Pérez"') == Text("Ana Pérez", phrase=True, field="customer", position=0)
    assert parse("subject:pedi*") == Text("pedi", prefix=True, field="subject", position=0)
    assert parse("to:x filename:rechnung") == And(
        (Text("x", field="to", position=0), Text("rechnung", field="filename", position=5))
    )
    assert parse("FROM:anna") == Text("anna", field="from", position=0)


def test_value_fields() -> None:
    assert parse("status:Closed") == Filter("status", "closed", position=0)
    assert parse("is:unread") == Filter("is", "unread", position=0)
    assert parse("has:attachment") == Filter("has", "attachment", position=0)
    assert parse("due:overdue") == Filter("due", "overdue", position=0)
    assert parse("channel:Helpdesk") == Filter("channel", "Helpdesk", position=0)
    assert parse("assignee:mia") == Filter("assignee", "mia", position=0)
    assert parse("lang:HI") == Filter("lang", "hi", position=0)
    assert parse("tag:VIP") == Filter("tag", "VIP", position=0)


def test_dates() -> None:
    today = date(2024, 3, 15)
    before = parse("before:2024-03-01")
    assert isinstance(before, Filter) and before.date == DateValue(day=date(2024, 3, 1))
    after = parse("after:7d")
    assert isinstance(after, Filter) and after.date is not None and after.date.start(today) == date(2024, 3, 8)
    for value, start in (("2w", date(2024, 3, 1)), ("1m", date(2024, 2, 14)), ("1y", date(2023, 3, 16))):
        node = parse(f"after:{value}")
        assert isinstance(node, Filter) and node.date is not None and node.date.start(today) == start
    month = parse("on:2024-02")
    assert isinstance(month, Filter) and month.date is not None
    assert (month.date.start(today), month.date.end(today)) == (date(2024, 2, 1), date(2024, 3, 1))
    year = parse("on:2023")
    assert isinstance(year, Filter) and year.date is not None and year.date.end(today) == date(2024, 1, 1)
    on = parse("on:yesterday")
    assert isinstance(on, Filter) and on.date is not None
    assert (on.date.start(today), on.date.end(today)) == (date(2024, 3, 14), date(2024, 3, 15))


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ('refund "not arrived', 7, "quote"),
        ("foo (bar", 4, '"(" opened here is never closed'),
        ("foo bar)", 7, 'no matching "("'),
        ("()", 0, "parentheses are empty"),
        ("OR x", 0, '"OR" needs something to search for on its left'),
        ("x OR", 2, '"OR" needs something to search for on its right'),
        ("x OR OR y", 2, "right"),
        ("AND x", 0, '"AND" needs something to search for on its left'),
        ("x -", 2, None),  # a lone "-" is not an exclusion: it is text with nothing to search
        ("x NOT", 2, '"NOT" needs something to exclude'),
        ("refund colour:red", 7, 'unknown field "colour:"'),
        ("from: anna", 5, '"from:" needs a value'),
        ("status:lost", 7, '"status:lost" is not known'),
        ("is:happy", 3, "use one of unread"),
        ("has:pets", 4, "attachment"),
        ("due:tomorrow", 4, "today, overdue"),
        ("before:2024-13-01", 7, "is not a date"),
        ("after:soon", 6, "is not a date"),
        ('customer:""', 9, "inside the quotes"),
        ('""', 0, "quotes are empty"),
        ("*", 0, "prefix"),
    ],
)
def test_bad_syntax_points_at_the_position(query: str, position: int, words: str | None) -> None:
    if words is None:
        parse(query)  # accepted
        return
    with pytest.raises(SearchSyntaxError) as caught:
        parse(query)
    assert caught.value.position == position
    assert words in caught.value.message
    assert isinstance(caught.value, UserError)
    shown = str(caught.value)
    assert f"position {position + 1}" in shown and "double quotes" in shown
    if query.strip():
        pointer_line = shown.splitlines()[-1]
        assert pointer_line.index("^") - 2 == position


def test_completion_prefix() -> None:
    assert completion_prefix("refund tag:v") == "tag:v"
    assert completion_prefix("refund -tag:v") == "tag:v"
    assert completion_prefix("(cust", 5) == "cust"
    assert completion_prefix("a b ", 4) == ""
