"""Every conversation shows its SLA due times and breaches in the pane, computed in business time."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from agentdesk.domain.sla import Metric, TargetState
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar, Setting
from agentdesk.store.queries import conversation_detail
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

ALWAYS_OPEN = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def _setup(store: Store, hours: float) -> int:
    with store.write() as (session, _changes):
        session.add(BusinessCalendar(name="24/7", timezone="UTC", weekly_hours=ALWAYS_OPEN, is_default=True))
        session.add(Setting(key="sla_policies", value={"default": {"first_response": {"hours": hours}}}))
    account = make_account(store)
    customer = make_customer(store, "Ana", "ana@example.es", "es")
    return make_conversation(store, account, customer, "Pedido", messages=1)  # one customer message, 2 h ago


def test_running_target_shows_its_due_time(store: Store, qtbot: QtBot) -> None:
    conversation_id = _setup(store, hours=4)
    with store.read() as session:
        detail = conversation_detail(session, conversation_id)
    assert detail is not None and detail.sla is not None
    first = detail.sla.first_response
    assert first is not None and first.metric is Metric.FIRST_RESPONSE and first.state is TargetState.RUNNING
    assert first.due_at is not None and not first.breached
    messages = detail.messages
    assert abs(first.due_at - (messages[0].sent_at + timedelta(hours=4))) < timedelta(seconds=1)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_row(0)
    assert "SLA: First response due" in window.pane.toPlainText()


def test_overdue_target_is_shown_as_such(store: Store, qtbot: QtBot) -> None:
    _setup(store, hours=1)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.select_row(0)
    assert "First response overdue since" in window.pane.toPlainText()


def test_no_policy_no_line(store: Store) -> None:
    account = make_account(store)
    conversation_id = make_conversation(store, account, None, "Hello")
    with store.read() as session:
        detail = conversation_detail(session, conversation_id)
    assert detail is not None and detail.sla is None
