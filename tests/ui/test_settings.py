"""Settings: theme (a dark palette applied at once, kept in the workspace), language choice announced and kept,
accounts listed and removed, the business calendar opened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from agentdesk.store.database import Store
from agentdesk.store.preferences import UI_LANGUAGE, UI_THEME, get_preference
from agentdesk.sync.accounts import list_accounts
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.settings_dialog import SettingsDialog
from agentdesk.ui.theme import DARK, LIGHT, palette_colors, palette_is_dark, theme_controller
from tests.factories import make_account, make_conversation, make_customer


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme_controller(qapp).set_choice("light")  # tests after this one see the usual light palette


def _window(store: Store, qtbot: QtBot) -> MainWindow:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    make_conversation(store, account, ana, "Where is my order?", messages=2)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.select_row(0)
    return window


def _settings(window: MainWindow) -> SettingsDialog:
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_dark_theme_applies_a_dark_palette_and_redraws_our_colours(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    dialog = _settings(window)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system"
    light_html = window.pane.toHtml()
    with qtbot.waitSignal(dialog.theme_chosen) as chosen:
        dialog.choose_theme("dark")
    assert chosen.args == ["dark"]
    palette = QApplication.palette()
    assert palette_is_dark(palette)
    assert palette.color(QPalette.ColorRole.Base).lightness() < 60
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert QApplication.style().name().lower() == "fusion"
    assert palette_colors() is DARK
    # the timeline draws its message backgrounds in the dark variant, never the light ones
    html = window.pane.toHtml()
    assert html != light_html
    assert DARK.incoming_bg in html and LIGHT.reply_bg not in html and "#ffffff" not in html.lower()
    status = window.model.index(0, 2).data(0x9)  # ForegroundRole
    assert status is not None and status.color().name() == DARK.status["open"]
    assert get_preference(store, UI_THEME, "system") == "dark"

    dialog.choose_theme("light")
    assert not palette_is_dark(QApplication.palette())
    assert LIGHT.incoming_bg in window.pane.toHtml()


def test_the_theme_choice_persists_and_is_shown_next_time(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    first = _settings(window)
    qtbot.addWidget(first)
    first.choose_theme("dark")
    first.reject()
    second = _settings(window)
    qtbot.addWidget(second)
    assert second.theme.currentData() == "dark"


def test_system_theme_follows_the_desktop(qapp: QApplication) -> None:
    controller = theme_controller(qapp)
    controller.set_choice("system")
    assert controller.wants_dark() == (qapp.styleHints().colorScheme().name == "Dark")
    assert palette_is_dark() == controller.wants_dark()


def test_choosing_a_language_stores_it_and_switches_the_window_once_settings_close(
    store: Store, qtbot: QtBot, qapp: QApplication
) -> None:
    from agentdesk.ui import language

    language.apply_language(qapp, "en", rebuild=False)
    account = make_account(store)
    make_conversation(store, account, make_customer(store, "Ana Souza", "ana@example.com"), "Pedido")
    window = MainWindow(store)  # not given to qtbot: the switch closes and deletes it
    window.show()
    dialog = _settings(window)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Deutsch", "Español", "Bahasa Indonesia", "हिन्दी"]
    try:
        with qtbot.waitSignal(window.language_chosen) as chosen:
            dialog.choose_language("de")
        assert chosen.args == ["de"]
        assert get_preference(store, UI_LANGUAGE, "") == "de"
        dialog.reject()  # the window is rebuilt in German once no dialog is open
        qtbot.waitUntil(lambda: bool(language.main_windows(qapp)) and not window.isVisible(), timeout=5000)
        (german,) = language.main_windows(qapp)
        assert german.menuBar().actions()[0].text() == "&Datei"
        again = _settings(german)
        assert again.language.currentData() == "de"
        again.choose_language("")  # the system's language: stored as no choice
        assert get_preference(store, UI_LANGUAGE, "") == ""
        again.reject()
        qtbot.waitUntil(lambda: not german.isVisible(), timeout=5000)
    finally:
        language.apply_language(qapp, "en", rebuild=False)
        for open_window in language.main_windows(qapp):
            open_window.close()


def test_accounts_are_listed_and_removed(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    dialog = _settings(window)
    qtbot.addWidget(dialog)
    assert dialog.accounts.count() == 1
    assert dialog.accounts.item(0).text().startswith("Support")
    dialog.accounts.setCurrentRow(0)
    assert dialog.test_button.isEnabled() and dialog.remove_button.isEnabled()
    assert dialog.remove_selected(confirm=False)
    assert list_accounts(store) == []
    assert "No accounts yet" in dialog.accounts.item(0).text()
    assert not dialog.remove_button.isEnabled()


def test_testing_an_account_without_a_stored_password_says_so(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)  # the factory's account has no secret in the keyring
    dialog = _settings(window)
    qtbot.addWidget(dialog)
    dialog.accounts.setCurrentRow(0)
    dialog.test_selected()
    assert dialog.account_result.error
    assert "No password is stored" in dialog.account_result.text()


def test_the_business_calendar_opens_from_settings(store: Store, qtbot: QtBot) -> None:
    window = _window(store, qtbot)
    dialog = _settings(window)
    qtbot.addWidget(dialog)
    calendar = dialog.open_calendar()
    qtbot.addWidget(calendar)
    assert isinstance(calendar, QDialog) and calendar.objectName() == "calendarDialog"
    assert calendar.isVisible()
