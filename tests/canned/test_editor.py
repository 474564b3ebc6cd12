"""The library editor: live preview for a customer, inline problems, variants, nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agentdesk.resources import resource_path
from agentdesk.store.canned import load_entries, parse_json, save_entries
from agentdesk.store.database import Store
from agentdesk.ui.canned_editor import CannedEditor, VariantTab
from tests.factories import make_account, make_conversation, make_customer


def _editor(store: Store, qtbot: QtBot) -> CannedEditor:
    entries = parse_json(resource_path("canned", "starter.json").read_text(encoding="utf-8"))
    with store.write() as (session, _changes):
        save_entries(session, entries)
    account = make_account(store)
    make_conversation(store, account, make_customer(store, "Jürgen Maier", "jm@example.de", "de"), "Größe")
    editor = CannedEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _select(editor: CannedEditor, shortcut: str) -> None:
    for row in range(editor.list.count()):
        entry = editor._entry_for(editor.list.item(row))
        if entry is not None and entry.shortcut == shortcut:
            editor.list.setCurrentRow(row)
            return
    raise AssertionError(shortcut)


def _tab(editor: CannedEditor, language: str) -> VariantTab:
    return next(t for t in editor._tabs() if t.language == language)


def test_preview_is_filled_for_the_chosen_customer(store: Store, qtbot: QtBot) -> None:
    editor = _editor(store, qtbot)
    _select(editor, "thanks")
    editor.tabs.setCurrentWidget(_tab(editor, "de"))
    editor.update_preview()
    assert editor.customer.currentText().startswith("Jürgen Maier")
    assert editor.preview.toPlainText().startswith("Hallo Jürgen,")
    editor.customer.setCurrentIndex(0)  # nobody: the fallbacks show
    assert editor.preview.toPlainText().startswith("Guten Tag,")


def test_unknown_variable_is_shown_inline_and_not_saved(store: Store, qtbot: QtBot) -> None:
    editor = _editor(store, qtbot)
    _select(editor, "refund")
    body = _tab(editor, "es").body
    body.setPlainText(body.toPlainText() + "\n{{ customer.nickname }}")
    editor.update_preview()
    assert "customer.nickname" in editor.problems.text() and "Español, body: Line" in editor.problems.text()
    assert editor.save() is False
    with store.read() as session:
        refund = next(e for e in load_entries(session) if e.shortcut == "refund")
    assert "nickname" not in refund.variants["es"]["body"]
    _select(editor, "thanks")  # leaving is refused while the entry has errors: the text stays on screen
    assert editor.current is not None and editor.current.shortcut == "refund"
    assert "nickname" in _tab(editor, "es").body.toPlainText()
    editor.revert()
    assert "nickname" not in _tab(editor, "es").body.toPlainText()


def test_new_entry_with_languages_saves_when_leaving(store: Store, qtbot: QtBot) -> None:
    editor = _editor(store, qtbot)
    editor.new_entry()
    qtbot.keyClicks(editor.title, "Holiday greetings")
    editor.shortcut.setText("xmas")
    editor.shortcut.textEdited.emit("xmas")
    _tab(editor, "en").body.setPlainText('Hi {{ customer.first_name | default("there") }}, happy holidays!')
    editor.add_variant("de")
    _tab(editor, "de").body.setPlainText("Frohe Feiertage!")
    editor.add_variant("pt-BR")
    _tab(editor, "pt-BR").body.setPlainText("Boas festas!")
    _select(editor, "thanks")  # moving on saves what was typed
    with store.read() as session:
        saved = next(e for e in load_entries(session) if e.shortcut == "xmas")
    assert saved.title == "Holiday greetings" and set(saved.variants) == {"en", "de", "pt-BR"}

    _select(editor, "xmas")
    editor.duplicate_entry()
    assert editor.title.text() == "Holiday greetings (copy)"
    assert editor.save()
    _select(editor, "thanks")
    _select(editor, "xmas")
    editor.delete_current()
    with store.read() as session:
        titles = {e.title for e in load_entries(session)}
    assert "Holiday greetings" not in titles and "Holiday greetings (copy)" in titles


def test_duplicate_title_is_refused(store: Store, qtbot: QtBot) -> None:
    editor = _editor(store, qtbot)
    editor.new_entry()
    editor.title.setText("Thank you")
    _tab(editor, "en").body.setPlainText("Thanks!")
    assert editor.save() is False
    assert "already called" in editor.problems.text()
    assert editor.list.count() >= 15
    assert editor.list.currentItem() is None or editor.dirty
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # closing refuses too: nothing typed is lost
    assert editor.isVisible()
