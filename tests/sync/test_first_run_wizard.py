"""The first-run wizard adds a mailbox against a real Dovecot and aiosmtpd; a wrong password is explained."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.sync.accounts import account_secret, list_accounts
from agentdesk.ui.first_run import IMAP_PAGE, FirstRunWizard, first_run_needed
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import SmtpServer
from tests.sync.test_account_dialog import fill_imap_form

pytestmark = pytest.mark.servers


def _wizard_on_mailbox_page(store: Store, qtbot: QtBot) -> FirstRunWizard:
    assert first_run_needed(store)
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choice_page.imap.isChecked()  # a mailbox is the usual start
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == IMAP_PAGE
    return wizard


def test_wizard_tests_and_adds_a_mailbox(
    store: Store, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, qtbot: QtBot
) -> None:
    wizard = _wizard_on_mailbox_page(store, qtbot)
    form = wizard.imap_form
    fill_imap_form(form, dovecot, mailbox, smtp, mailbox.password)
    with qtbot.waitSignal(form.tested, timeout=15_000) as signal:
        form.test_button.click()
    assert signal.args == [True], form.result_label.text()
    assert "Both servers answered" in form.result_label.text()
    assert "Sent" in form.result_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice == "imap" and wizard.account_id is not None
    assert [(a.name, a.kind) for a in list_accounts(store)] == [("Support", "imap")]
    assert account_secret("Support") == mailbox.password
    assert mailbox.password.encode() not in store.data_dir.cache_path.read_bytes()
    assert not first_run_needed(store)


def test_wrong_password_is_explained_in_plain_words(
    store: Store, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, qtbot: QtBot
) -> None:
    wizard = _wizard_on_mailbox_page(store, qtbot)
    form = wizard.imap_form
    fill_imap_form(form, dovecot, mailbox, smtp, "not-the-password")
    with qtbot.waitSignal(form.tested, timeout=15_000) as signal:
        form.test_button.click()
    assert signal.args == [False]
    text = form.result_label.text()
    assert form.result_label.error
    assert "refused the login" in text
    assert "Check the user name and password" in text
    assert "Traceback" not in text and "imaplib" not in text
    assert list_accounts(store) == []  # testing saves nothing


def test_unreachable_server_and_missing_fields_are_named(store: Store, qtbot: QtBot) -> None:
    from tests.servers.dovecot import free_port

    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.imap_form
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() != QWizard.DialogCode.Accepted  # nothing filled in: the page stays
    assert "Fill in the server" in form.result_label.text()
    form.host.setText("127.0.0.1")
    form.security.setCurrentIndex(2)
    form.port.setValue(free_port())  # nobody listens there
    form.smtp_security.setCurrentIndex(2)
    form.smtp_port.setValue(free_port())
    form.username.setText("support")
    form.password.setText("secret")
    with qtbot.waitSignal(form.tested, timeout=20_000):
        form.test_button.click()
    assert "refused the connection" in form.result_label.text()
    assert "port" in form.result_label.text()
    assert list_accounts(store) == []
