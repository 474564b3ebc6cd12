"""Adding a mailbox from the window: the connection test against real servers, and the password in the keyring only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.sync.accounts import account_secret, list_accounts
from agentdesk.ui import language
from agentdesk.ui.account_dialog import AccountDialog, ImapAccountForm
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.servers


def _fill(dialog: AccountDialog, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, password: str) -> None:
    assert isinstance(dialog.form, ImapAccountForm)
    fill_imap_form(dialog.form, dovecot, mailbox, smtp, password)


def fill_imap_form(
    form: ImapAccountForm, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, password: str
) -> None:
    form.name.setText("Support")
    form.address.setText("support@shop.example")
    form.host.setText("127.0.0.1")
    form.security.setCurrentIndex(2)
    form.port.setValue(dovecot.port)
    form.username.setText(mailbox.name)
    form.password.setText(password)
    form.smtp_security.setCurrentIndex(2)
    form.smtp_port.setValue(smtp.port)


def test_connection_test_reports_success_then_save_keeps_the_password_in_the_keyring(
    store: Store, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, qtbot: QtBot
) -> None:
    dialog = AccountDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, dovecot, mailbox, smtp, mailbox.password)
    dialog.form.test_button.click()
    qtbot.waitUntil(lambda: dialog.form.last_report is not None, timeout=15_000)
    assert dialog.form.last_report is not None and dialog.form.last_report.ok, dialog.form.result_label.text()
    assert "Both servers answered" in dialog.form.result_label.text()
    dialog.save()
    assert dialog.result() == AccountDialog.DialogCode.Accepted
    assert [a.name for a in list_accounts(store)] == ["Support"]
    assert account_secret("Support") == mailbox.password
    assert mailbox.password.encode() not in store.data_dir.cache_path.read_bytes()


def test_wrong_password_is_explained_and_nothing_is_saved(
    store: Store, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, qtbot: QtBot
) -> None:
    dialog = AccountDialog(store)
    qtbot.addWidget(dialog)
    _fill(dialog, dovecot, mailbox, smtp, "wrong-password")
    dialog.form.test_button.click()
    qtbot.waitUntil(lambda: dialog.form.last_report is not None, timeout=15_000)
    assert dialog.form.last_report is not None and not dialog.form.last_report.imap_ok
    assert "refused the login" in dialog.form.result_label.text()
    assert "password" in dialog.form.result_label.text().lower()
    assert list_accounts(store) == []


def test_empty_fields_are_named(store: Store, qtbot: QtBot) -> None:
    dialog = AccountDialog(store)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "server" in dialog.form.result_label.text()
    assert list_accounts(store) == []


def test_wrong_password_is_explained_in_the_windows_language(
    store: Store, dovecot: DovecotServer, mailbox: MailUser, smtp: SmtpServer, qtbot: QtBot, qapp: QApplication
) -> None:
    language.apply_language(qapp, "de", rebuild=False)
    try:
        dialog = AccountDialog(store)
        qtbot.addWidget(dialog)
        _fill(dialog, dovecot, mailbox, smtp, "wrong-password")
        dialog.form.test_button.click()
        qtbot.waitUntil(lambda: dialog.form.last_report is not None, timeout=15_000)
        text = dialog.form.result_label.text()
        assert f"Der Server 127.0.0.1 hat die Anmeldung von „{mailbox.name}“ für „Support“ abgelehnt." in text
        assert "Prüfen Sie Benutzername und Passwort in den Kontoeinstellungen" in text
        assert "refused" not in text
    finally:
        language.apply_language(qapp, "en", rebuild=False)
