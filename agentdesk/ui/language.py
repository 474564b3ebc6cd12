"""The window's language: which one (the --lang flag, the `ui_language` setting, the system locale), the Qt
translators for it (ours and Qt's own), the locale for dates and numbers, and switching a running window.

Switching rebuilds each open main window in the new language and carries its state over (view or saved search,
search text, selection, draft, geometry, splitters, the sync scheduler), so no widget needs its own
retranslation code.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from agentdesk import i18n
from agentdesk.resources import resource_path
from agentdesk.ui import formatting

if TYPE_CHECKING:
    from agentdesk.store.database import Store
    from agentdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The languages of the window, each named in itself (for a language menu or combo box).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "id": "Bahasa Indonesia",
    "hi": "हिन्दी",
}
SETTING = "ui_language"  # workspace setting: a code of LANGUAGES, or "" / missing for the system's language
TRANSLATIONS = "translations"  # folder under resources/

_installed: list[QTranslator] = []
_current = "en"


# --- which language ---------------------------------------------------------------------------------


def system_language() -> str:
    """The first of the system's preferred languages the window speaks; English when none is (and always English
    with AGENTDESK_NO_SYSTEM_LOCALE set, as the tests do, so they read the same on every machine)."""
    if os.environ.get("AGENTDESK_NO_SYSTEM_LOCALE"):
        return "en"
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose_language(flag: str | None = None, setting: str | None = None) -> str:
    """--lang wins, then the stored setting, then the system locale. Unknown codes are skipped (and logged)."""
    for source, value in (("--lang", flag), (SETTING, setting)):
        if value:
            code = value.replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
            log.warning("%s names a language AgentDesk does not speak: %r; using the next choice", source, value)
    return system_language()


def stored_language(store: Store) -> str | None:
    """The `ui_language` setting of the workspace (None when unset)."""
    from agentdesk.store.models import Setting

    with store.read() as session:
        row = session.get(Setting, SETTING)
        return str(row.value) if row is not None and row.value else None


def current_language() -> str:
    return _current


def locale_name(code: str) -> str:
    """The locale for dates and numbers: the system's own when it is in the same language (en_US, de_AT), else the
    language's usual one; British English for a system without a locale (C/POSIX), as AgentDesk always showed."""
    system = "C" if os.environ.get("AGENTDESK_NO_SYSTEM_LOCALE") else QLocale.system().name()  # "de_AT", "C"
    if system.split("_")[0] == code:
        return system
    if code == "en":
        return "en_GB"
    return {"de": "de_DE", "es": "es_ES", "id": "id_ID", "hi": "hi_IN"}.get(code, code)


# --- translation files ------------------------------------------------------------------------------


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease")


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("AGENTDESK_CACHE_DIR") or user_cache_dir("agentdesk", appauthor=False)) / TRANSLATIONS


def compiled_translation(name: str) -> Path | None:
    """resources/translations/NAME.qm when it is at least as new as NAME.ts (the build makes it: `make
    translations`); otherwise compiled now from the .ts into the user's cache folder. None if there is neither."""
    source = resource_path(TRANSLATIONS, f"{name}.ts")
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    cached = _cache_dir() / f"{name}.qm"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        log.warning("%s is not compiled and lrelease is missing: run `make translations`", source.name)
        return built if built.exists() else None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not cached.exists():
        log.warning("could not compile %s: %s", source.name, result.stderr.strip())
        return built if built.exists() else None
    return cached


def _qt_translation(code: str) -> Path | None:
    """Qt's own strings (standard buttons, context menus): PySide6's qtbase_XX.qm, or ours where it has none."""
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"
    if shipped.exists():
        return shipped
    return compiled_translation(f"agentdesk_qt_{code}")


# --- switching ----------------------------------------------------------------------------------------


def apply_language(app: QCoreApplication, code: str | None, *, rebuild: bool = True) -> str:
    """Speak `code` (None: the system's language) from now on: translators, QLocale, Babel formatting; then
    rebuild the open main windows in it (once no dialog is modal). Returns the language code in use."""
    global _current
    code = choose_language(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English too: its .ts holds the plural forms of the %n strings ("1 conversation", "2 conversations").
    paths = [compiled_translation(f"agentdesk_{code}")] + ([_qt_translation(code)] if code != "en" else [])
    for path in paths:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation file for %s (%s)", code, path)
    # The core's texts (agentdesk.i18n.Text: errors, outbox reasons, report explanations) through the same
    # translators. QCoreApplication.translate is thread-safe, so sync threads may say them too.
    name = locale_name(code)
    i18n.install(_qt_translate, code, name)
    QLocale.setDefault(QLocale(name))
    formatting.set_locale(name)
    _current = code
    if rebuild and isinstance(app, QApplication):
        QTimer.singleShot(0, lambda: _rebuild_when_idle(app))
    return code


def _qt_translate(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, None, n)


def _rebuild_when_idle(app: QApplication) -> None:
    if app.activeModalWidget() is not None or app.activePopupWidget() is not None:
        QTimer.singleShot(200, lambda: _rebuild_when_idle(app))  # the dialog that asked may still be open
        return
    rebuild_main_windows(app)


def main_windows(app: QApplication) -> list[MainWindow]:
    from agentdesk.ui.main_window import MainWindow

    return [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def rebuild_main_windows(app: QApplication) -> list[MainWindow]:
    """Replace every visible main window with one built in the current language, in the same state."""
    return [rebuild_main_window(window) for window in main_windows(app)]


def rebuild_main_window(old: MainWindow) -> MainWindow:
    from agentdesk.ui.main_window import MainWindow

    old.composer.save_draft()  # the new composer restores it
    new = MainWindow(old.store, demo=old.demo, start_sync=False)
    # The running sync scheduler moves over (no pass is interrupted); its events go to the new window.
    new.scheduler, old.scheduler = old.scheduler, None
    if new.scheduler is not None:
        new.scheduler.listener = new.bridge.post_sync_event
    for attribute in ("offline", "errors", "last_finished", "outbox", "service"):
        setattr(new.sync_label, attribute, getattr(old.sync_label, attribute))
    new.sync_label._render()
    new.activity.take_over(old.activity.state)
    if old.activity_dock.isVisible():
        new.show_activity()
    new.offline_action.blockSignals(True)
    new.offline_action.setChecked(old.offline_action.isChecked())
    new.offline_action.blockSignals(False)

    new.setWindowState(old.windowState())
    new.setGeometry(old.geometry())
    new._laid_out = True  # keep the old splitter sizes rather than sharing the width anew
    new.splitter.setSizes(old.splitter.sizes())
    new.customer_action.setChecked(old.customer_action.isChecked())

    current = old.selected_conversation()
    selected = old.selected_conversations()
    search = old.search.text()
    row = old.sidebar.currentRow()
    if 0 <= row < new.sidebar.count():
        new.sidebar.setCurrentRow(row)
    if search:
        new.search.setText(search)
        if old.model.search is not None:
            new.run_search_query(search)
    new.show()
    if current is not None:
        target = new.model.row_of(current)
        while target is None and new.model.canFetchMore():
            new.model.fetchMore()
            target = new.model.row_of(current)
        if target is not None:
            new.select_row(target)
            if len(selected) > 1:
                new._restore_selection(current, selected)
        else:  # it was opened from a link, outside the list
            new.open_conversation(current)
    elif old.pane.detail is not None:
        new.open_conversation(old.pane.detail.id)
    reports = old.reports_window
    if reports is not None and reports.isVisible():
        new.open_reports()
    old.close()
    old.deleteLater()
    return new
