"""The canned-reply template language: variables, fallbacks, fill-in fields, dates, and the sandbox."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.exceptions import SecurityError

from agentdesk.domain.templates import TemplateContext, TemplateError, asks, check, first_name_of, problems, render

MONDAY_9_BERLIN = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def context(language: str = "en", **customer: object) -> TemplateContext:
    return TemplateContext(
        language=language,
        customer=customer,
        conversation={"subject": "Wrong size", "id": "17", "channel": "email"},
        ticket={"id": "4711"},
        agent={"name": "Mia Berger", "first_name": "Mia"},
        business={"next_open": MONDAY_9_BERLIN},
        today=date(2026, 12, 4),
        timezone="Europe/Berlin",
    )


def test_documented_variables_are_filled() -> None:
    body = (
        "{{ customer.first_name }} {{ customer.name }} <{{ customer.email }}> {{ customer.fields.plan }}|"
        "{{ conversation.subject }}|{{ ticket.id }}|{{ agent.name }}"
    )
    ctx = context(first_name="Ana", name="Ana Pérez", email="ana@example.es", fields={"plan": "Gold"})
    assert render(body, ctx).text == "Ana Ana Pérez <ana@example.es> Gold|Wrong size|4711|Mia Berger"


def test_fallback_used_when_value_is_empty_or_absent() -> None:
    body = 'Hi {{ customer.first_name | default("there") }},'
    assert render(body, context(first_name="")).text == "Hi there,"
    assert render(body, context(first_name="   ")).text == "Hi there,"
    assert render(body, context()).text == "Hi there,"
    assert render(body, context(first_name="Jürgen")).text == "Hi Jürgen,"


def test_empty_value_without_fallback_blocks_and_is_named() -> None:
    result = render("Hello {{ customer.first_name }}, {{ customer.fields.size }}", context(first_name=""))
    assert result.text is None
    assert result.missing == ("customer.first_name", "customer.fields.size")
    assert "customer.first_name" in result.explanation()


def test_conditionals_choose_a_greeting() -> None:
    body = "{% if customer.first_name %}Hallo {{ customer.first_name }},{% else %}Guten Tag,{% endif %}"
    assert render(body, context("de", first_name="Jörg")).text == "Hallo Jörg,"
    assert render(body, context("de")).text == "Guten Tag,"


def test_fill_in_fields_are_listed_once_in_order_and_must_be_answered() -> None:
    body = 'Order {{ ask("Order number") }} via {{ ask("Carrier") }} ({{ ask("Order number") }})'
    assert asks(body) == ["Order number", "Carrier"]
    unanswered = render(body, context(), {"Order number": "A-1"})
    assert unanswered.text is None and unanswered.unanswered == ("Carrier",)
    blank = render(body, context(), {"Order number": "A-1", "Carrier": "  "})
    assert blank.unanswered == ("Carrier",)
    assert render(body, context(), {"Order number": "A-1", "Carrier": "DHL"}).text == "Order A-1 via DHL (A-1)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Monday, December 7, 2026, 9:00\u202fAM"),
        ("de", "Montag, 7. Dezember 2026, 09:00"),
        ("es", "lunes, 7 de diciembre de 2026, 9:00"),
        ("id", "Senin, 07 Desember 2026, 09.00"),
        ("hi", "सोमवार, 7 दिसंबर 2026, 9:00 am"),
    ],
)
def test_dates_are_written_in_the_customer_language_and_zone(language: str, expected: str) -> None:
    assert render("{{ business.next_open }}", context(language)).text == expected


def test_date_filter_styles_and_customer_zone() -> None:
    ctx = context("de")
    assert render('{{ business.next_open | date("short") }}', ctx).text == "07.12.26, 09:00"
    assert render('{{ today | date("long") }}', ctx).text == "4. Dezember 2026"
    jakarta = TemplateContext(language="id", business={"next_open": MONDAY_9_BERLIN}, timezone="Asia/Jakarta")
    assert render('{{ business.next_open | date("short") }}', jakarta).text == "7/12/26, 15.00"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("{{ customer.nickname }}", "customer.nickname"),
        ("{{ order.number }}", "order.number"),
        ("Hi\n\n{{ agent.phone }}", "agent.phone"),
        ("{{ customer.fields.a.b }}", "customer.fields.a.b"),
        ("{{ customer }}", "customer"),
    ],
)
def test_unknown_variables_are_refused_on_save_with_line_and_name(body: str, name: str) -> None:
    found = problems(body)
    assert found and found[0].name == name
    with pytest.raises(TemplateError) as info:
        check(body, where="Refund (de, body)")
    assert f"line {body.count(chr(10)) + 1}" in info.value.what
    assert name in info.value.what and "Refund (de, body)" in info.value.what


@pytest.mark.parametrize(
    "body",
    [
        "{{ customer.__class__ }}",
        "{{ customer['__class__'] }}",
        "{{ ''.__class__.__mro__ }}",
        "{{ customer.name.__class__ }}",
        "{{ customer.name.upper() }}",
        "{{ customer.name | attr('__class__') }}",
        "{{ range(100000000) | list }}",
        "{{ lipsum() }}",
        "{{ cycler }}",
        "{% include '/etc/passwd' %}",
        "{% import 'x' as y %}",
        "{% extends 'base' %}",
        "{% macro m() %}x{% endmacro %}",
        "{% for i in customer %}{{ i }}{% endfor %}",
        "{{ config }}",
        "{{ self }}",
        "{{ ask }}x{{ ask.__globals__ }}",
    ],
)
def test_sandbox_refuses_forbidden_access(body: str) -> None:
    assert problems(body)
    result = render(body, context(name="Ana"))
    assert result.text is None and result.error


def test_runtime_sandbox_refuses_even_without_the_save_check() -> None:
    from agentdesk.domain import templates

    env = templates._ENV
    with pytest.raises(SecurityError):
        str(env.getattr("", "__class__"))
    with pytest.raises(SecurityError):
        str(env.getattr(templates._ask, "__globals__"))
    assert env.getattr(templates._Record(env, "customer", {"name": "A"}), "name") == "A"


def test_broken_syntax_is_reported_with_its_line() -> None:
    found = problems("Hello\n{{ customer.first_name ")
    assert found and found[0].line == 2 and "syntax" in found[0].message


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Maria García", "Maria"),
        ("García, Maria", "Maria"),
        ('"JÜRGEN MAIER"', "Jürgen"),
        ("info@shop.de", ""),
        ("Support Team", ""),
        ("", ""),
        ("अनन्या शर्मा", "अनन्या"),
    ],
)
def test_first_name_of(name: str, first: str) -> None:
    assert first_name_of(name) == first


values = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.dates())
customer_data = st.fixed_dictionaries(
    {},
    optional={
        "first_name": values,
        "name": values,
        "email": values,
        "language": values,
        "fields": st.dictionaries(st.text(min_size=1, max_size=8), values, max_size=3),
    },
)
STARTER_LIKE = [
    'Hi {{ customer.first_name | default("there") }},\n{{ ask("Order number") }} {{ agent.name }}',
    "{% if customer.first_name %}Hallo {{ customer.first_name }},{% else %}Guten Tag,{% endif %}",
    "{{ customer.name }} {{ customer.email }} {{ customer.fields.plan }} {{ customer.language | upper }}",
    '{{ business.next_open | date("full") }} {{ today | date("short") }} {{ customer.fields.x | default("-") }}',
]


@settings(max_examples=150, deadline=None)
@given(
    body=st.sampled_from(STARTER_LIKE),
    customer=customer_data,
    language=st.sampled_from(["en", "de", "es", "id", "hi", "xx", "", "pt-BR"]),
    answer=st.text(max_size=20),
)
def test_renderer_never_raises_and_never_leaks_syntax(
    body: str, customer: dict[str, object], language: str, answer: str
) -> None:
    ctx = TemplateContext(
        language=language, customer=customer, agent={"name": "Mia"}, business={"next_open": MONDAY_9_BERLIN}
    )
    result = render(body, ctx, {"Order number": answer})
    if result.text is None:
        assert result.missing or result.unanswered or result.error
        return
    inserted = [str(v) for v in customer.values() if not isinstance(v, dict)] + [answer]
    inserted += [str(v) for v in (customer.get("fields") or {}).values()]  # type: ignore[union-attr]
    if not any(marker in value for value in inserted for marker in ("{", "}", "%")):
        for marker in ("{{", "}}", "{%", "%}", "{#"):
            assert marker not in result.text
    assert "None" not in result.text or any("None" in v for v in inserted)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_text_as_a_template_never_raises(body: str) -> None:
    result = render(body, context(first_name="Ana"))
    assert result.text is not None or result.error or result.missing or result.unanswered


def test_customer_data_is_never_evaluated_as_a_template() -> None:
    ctx = context(first_name="{{ agent.name }}{% if 1 %}x{% endif %}")
    assert render("Hi {{ customer.first_name }}", ctx).text == "Hi {{ agent.name }}{% if 1 %}x{% endif %}"
