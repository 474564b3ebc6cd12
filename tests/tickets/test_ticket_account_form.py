"""Adding a ticket system from the window (wizard and dialog): connection tests against the Zendesk emulator and
a real RT 5, failures in plain words, the secret in the keyring only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.store.models import AccountKind
from agentdesk.sync.accounts import account_secret, list_accounts
from agentdesk.sync.connection_check import check_ticket_account
from agentdesk.ui.first_run import TICKET_PAGE, FirstRunWizard
from agentdesk.ui.ticket_account_form import TicketAccountForm
from tests.servers import zendesk as zd
from tests.servers.rt import PASSWORD, USER, RtServer


def _test(form: TicketAccountForm, qtbot: QtBot) -> bool:
    with qtbot.waitSignal(form.tested, timeout=30_000) as signal:
        form.test_button.click()
    return bool(signal.args[0])


def _zendesk(form: TicketAccountForm, emulator: zd.ZendeskEmulator, token: str) -> None:
    form.kind.setCurrentIndex(1)
    form.url.setText(emulator.base_url + "/")
    form.user.setText(zd.EMAIL)
    form.secret.setText(token)


def test_wizard_adds_a_zendesk_account_after_a_good_test(
    store: Store, zendesk: zd.ZendeskEmulator, qtbot: QtBot
) -> None:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.ticket.setChecked(True)
    wizard.next()
    assert wizard.currentId() == TICKET_PAGE
    form = wizard.ticket_form
    _zendesk(form, zendesk, zd.TOKEN)
    assert form.name.text() == "Zendesk" and form.secret_label.text() == "API token"
    assert not form.queue.isVisibleTo(form)  # RT only
    assert _test(form, qtbot), form.result_label.text()
    assert "Signed in" in form.result_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    [account] = list_accounts(store)
    assert (account.name, account.kind) == ("Zendesk", "zendesk")
    assert account.settings == {"url": zendesk.base_url, "email": zd.EMAIL}
    assert account_secret("Zendesk") == zd.TOKEN
    assert zd.TOKEN.encode() not in store.data_dir.cache_path.read_bytes()


def test_a_wrong_zendesk_token_is_explained(store: Store, zendesk: zd.ZendeskEmulator, qtbot: QtBot) -> None:
    form = TicketAccountForm(store)
    qtbot.addWidget(form)
    _zendesk(form, zendesk, "not-the-token")
    assert not _test(form, qtbot)
    text = form.result_label.text()
    assert "refused the sign-in (HTTP 401)" in text
    assert "Check the agent's email address and API token, then test again." in text
    assert "agentdesk account add" not in text  # advice for the person at the form, not the command line
    assert list_accounts(store) == []


def test_a_wrong_address_and_a_non_address_are_explained(store: Store, zendesk: zd.ZendeskEmulator) -> None:
    settings = {"url": zendesk.base_url + "/somewhere-else", "email": zd.EMAIL}
    report = check_ticket_account(AccountKind.ZENDESK, "Z", settings, zd.TOKEN)
    assert not report.ok and report.problem is not None
    assert "There is no Zendesk API at this address" in report.problem.what
    report = check_ticket_account(AccountKind.ZENDESK, "Z", {"url": "zendesk.example", "email": zd.EMAIL}, "t")
    assert report.problem is not None and "is not a web address" in report.problem.what


@pytest.mark.servers
def test_rt_password_queue_and_wrong_password(store: Store, rt_server: RtServer, qtbot: QtBot) -> None:
    form = TicketAccountForm(store)
    qtbot.addWidget(form)
    assert form.name.text() == "RT"
    form.url.setText(rt_server.url + "/REST/2.0")  # pasted with the API path: accepted and trimmed
    form.user.setText(USER)
    form.secret.setText("wrong")
    assert not _test(form, qtbot)
    assert "refused the sign-in" in form.result_label.text()
    assert "Check the user name and password, then test again." in form.result_label.text()

    form.secret.setText(PASSWORD)
    form.queue.setText("No Such Queue")
    assert not _test(form, qtbot)
    assert "no queue named 'No Such Queue'" in form.result_label.text()

    form.queue.setText("AgentDesk")
    assert _test(form, qtbot), form.result_label.text()
    assert form.last_report is not None and form.last_report.sample_tickets == 1
    assert form.save()
    [account] = list_accounts(store)
    assert account.kind == "rt" and account.settings["url"] == rt_server.url
    assert account.settings["queue"] == "AgentDesk" and account_secret("RT") == PASSWORD
