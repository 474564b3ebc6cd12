"""First run: when the wizard appears, and opening the demo workspace from it."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agentdesk.demo import ensure_demo
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation
from agentdesk.ui.first_run import FirstRunWizard, first_run_needed
from tests.factories import make_account


def test_only_a_fresh_workspace_needs_the_wizard(store: Store, tmp_path: object) -> None:
    assert first_run_needed(store)
    make_account(store)
    assert not first_run_needed(store)


def test_the_demo_workspace_never_shows_the_wizard(tmp_path: object) -> None:
    from pathlib import Path

    demo = ensure_demo(DataDir.prepare(Path(str(tmp_path)) / "demo"))
    try:
        assert not first_run_needed(demo)
    finally:
        demo.close()


def test_choosing_the_demo_builds_it_beside_the_workspace_and_finishes(store: Store, qtbot: QtBot) -> None:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.demo.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        finish.click()
        assert "Preparing the demo" in wizard.choice_page.status.text()
    assert wizard.choice == "demo" and wizard.account_id is None
    assert wizard.demo_dir is not None and wizard.demo_dir.root == store.data_dir.root / "demo"
    demo = Store.open(wizard.demo_dir)
    try:
        with demo.read() as session:
            assert (session.scalar(select(func.count()).select_from(Conversation)) or 0) > 50
    finally:
        demo.close()
    assert first_run_needed(store)  # the real workspace stays fresh: the wizard comes back next time


def test_going_back_from_a_form_to_the_choice(store: Store, qtbot: QtBot) -> None:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.ticket.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.ticket_page
    wizard.back()
    assert wizard.currentPage() is wizard.choice_page
