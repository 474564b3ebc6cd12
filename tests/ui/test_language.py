"""Choosing the window's language, switching the running window, and dates and numbers in that language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from agentdesk.cli import UI_LANGUAGES, build_parser
from agentdesk.store.database import Store
from agentdesk.store.models import Setting, Status
from agentdesk.store.queries import View
from agentdesk.ui import formatting, labels, language
from agentdesk.ui.main_window import MainWindow
from tests.factories import make_account, make_conversation, make_customer

# What a speaker of each language sees: sidebar views, the first menu, a list header, Qt's own Cancel button.
EXPECTED = {
    "de": {"views": ["Offen", "Meine"], "menu": "&Datei", "header": "Betreff", "cancel": "Abbrechen"},
    "es": {"views": ["Abiertas", "Mías"], "menu": "&Archivo", "header": "Asunto", "cancel": "Cancelar"},
    "id": {"views": ["Terbuka", "Milik saya"], "menu": "&Berkas", "header": "Subjek", "cancel": "Batal"},
    "hi": {"views": ["खुली", "मेरी"], "menu": "फ़ाइल(&F)", "header": "विषय", "cancel": "रद्द करें"},
    "en": {"views": ["Open", "Mine"], "menu": "&File", "header": "Subject", "cancel": "Cancel"},
}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test switches to, the next test starts in English."""
    language.apply_language(qapp, "en", rebuild=False)
    yield qapp
    language.apply_language(qapp, "en", rebuild=False)


def _workspace(store: Store) -> list[int]:
    account = make_account(store)
    ana = make_customer(store, "Ana Souza", "ana@example.com", "es")
    kai = make_customer(store, "Kai Müller", "kai@example.de", "de")
    return [
        make_conversation(store, account, ana, "Where is my order?", messages=3),
        make_conversation(store, account, kai, "Rücksendung", messages=1),
        make_conversation(store, account, kai, "Old question", status=Status.CLOSED),
    ]


def _sidebar_names(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text().split("   ")[0] for row in range(2)]


def test_the_running_window_switches_to_each_language_and_keeps_its_state(
    store: Store, qtbot: QtBot, english: QApplication
) -> None:
    ids = _workspace(store)
    window = MainWindow(store)
    window._laid_out = True  # no automatic sharing of the width: the test sets the splitter itself
    window.show()
    window.splitter.setSizes([200, 480, 400, 200])
    splitter = window.splitter.sizes()
    window.select_row(window.model.row_of(ids[1]) or 0)
    window.composer.editor.setPlainText("Halb geschrieben")
    for code in ("de", "es", "id", "hi", "en"):
        old = window
        assert language.apply_language(english, code) == code
        qtbot.waitUntil(lambda old=old: bool(language.main_windows(english)) and not old.isVisible())  # type: ignore[misc]
        (window,) = language.main_windows(english)
        want = EXPECTED[code]
        assert _sidebar_names(window) == want["views"]
        assert window.menuBar().actions()[0].text() == want["menu"]
        assert window.model.headerData(1, window.list.horizontalHeader().orientation()) == want["header"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == want["cancel"]
        # the same conversation, its unsent draft, and the layout carried over
        assert window.selected_conversation() == ids[1]
        assert window.pane.detail is not None and window.pane.detail.id == ids[1]
        assert window.composer.editor.toPlainText() == "Halb geschrieben"
        assert window.splitter.sizes() == splitter
    assert language.current_language() == "en"
    window.close()


def test_a_saved_search_and_the_view_survive_a_switch(store: Store, qtbot: QtBot, english: QApplication) -> None:
    _workspace(store)
    window = MainWindow(store)
    window.show()
    window.sidebar.select_view(View.CLOSED)
    language.apply_language(english, "de", rebuild=False)
    new = language.rebuild_main_window(window)
    assert new.model.view is View.CLOSED
    assert new.sidebar.currentItem().text().startswith("Geschlossen")
    new.search.setText("Rücksendung")
    new.run_search_query("Rücksendung")
    language.apply_language(english, "es", rebuild=False)
    newer = language.rebuild_main_window(new)
    qtbot.addWidget(newer)  # closed at the end; the windows it replaced are gone already
    assert newer.search.text() == "Rücksendung"
    assert newer.model.search == "Rücksendung"
    assert newer.model.rowCount() == 1


def test_core_words_and_common_problems_are_translated(english: QApplication) -> None:
    language.apply_language(english, "de", rebuild=False)
    assert labels.status("pending") == "Wartend"
    assert labels.priority("urgent") == "Dringend"
    assert labels.preset("2d", "In 2 business days") == "In 2 Werktagen"
    assert labels.preset("4h", "In 4 hours") == "In 4 Stunden"
    assert labels.problem("The reply is empty.", "Write something, or choose a canned reply.") == (
        "Die Antwort ist leer.",
        "Schreiben Sie etwas oder wählen Sie eine Antwortvorlage.",
    )
    assert labels.problem("Server said no.", "Ask the admin.") == ("Server said no.", "Ask the admin.")  # unknown
    language.apply_language(english, "hi", rebuild=False)
    assert labels.preset("1d", "In 1 business day") == "1 कार्य दिवस में"


def test_dates_times_and_numbers_follow_the_language(english: QApplication) -> None:
    moment = datetime(2024, 3, 12, 13, 5, tzinfo=UTC)
    language.apply_language(english, "de", rebuild=False)
    assert "März 2024" in formatting.long_time(moment)
    assert formatting.number(1234567) == "1.234.567"
    assert formatting.human_size(1536) == "1,5 KB"
    language.apply_language(english, "es", rebuild=False)
    assert "mar 2024" in formatting.long_time(moment)
    language.apply_language(english, "hi", rebuild=False)
    assert "मार्च" in formatting.long_time(moment)
    language.apply_language(english, "en", rebuild=False)
    assert formatting.number(1234567) == "1,234,567"
    assert "Mar 2024" in formatting.long_time(moment)


def test_flag_then_setting_then_system(store: Store) -> None:
    assert language.choose_language("hi", "de") == "hi"
    assert language.choose_language(None, "de") == "de"
    assert language.choose_language(None, "pt-BR") == "en"  # not spoken: the system's (English in tests)
    assert language.choose_language("es-MX", None) == "es"
    assert language.stored_language(store) is None
    with store.write() as (session, _changes):
        session.add(Setting(key=language.SETTING, value="id"))
    assert language.stored_language(store) == "id"


def test_cli_offers_the_windows_languages() -> None:
    assert set(UI_LANGUAGES) == set(language.LANGUAGES)
    assert build_parser().parse_args(["--lang", "hi"]).ui_lang == "hi"
    assert build_parser().parse_args(["demo", "--lang", "de"]).ui_lang == "de"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


def test_a_missing_qm_is_compiled_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: QApplication
) -> None:
    source = Path(language.resource_path("translations", "agentdesk_de.ts"))
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "agentdesk_de.ts").write_bytes(source.read_bytes())
    monkeypatch.setattr(language, "resource_path", tmp_path.joinpath)
    monkeypatch.setenv("AGENTDESK_CACHE_DIR", str(tmp_path / "cache"))
    compiled = language.compiled_translation("agentdesk_de")
    assert compiled == tmp_path / "cache" / "translations" / "agentdesk_de.qm"
    language.apply_language(english, "de", rebuild=False)
    assert labels.status("closed") == "Geschlossen"
