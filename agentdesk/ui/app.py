"""Starting the window: the QApplication, the main window, and the offscreen self-test."""

from __future__ import annotations

import gc
import logging
import sys
import time

from PySide6.QtWidgets import QApplication

from agentdesk import __version__
from agentdesk.errors import CacheError
from agentdesk.store.database import Store
from agentdesk.store.preferences import UI_THEME, get_preference
from agentdesk.ui import labels
from agentdesk.ui.background import run_in_background
from agentdesk.ui.first_run import FirstRunWizard, first_run_needed
from agentdesk.ui.language import apply_language, choose_language, stored_language
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.theme import theme_controller

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("AgentDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("AgentDesk")
    app.setDesktopFileName("agentdesk")
    return app


SWITCH_INTERVAL_S = 0.001


def settle_interpreter() -> None:
    """Tune Python for a window that shares the interpreter with background threads, once the window is built.
    (The sync itself runs in a process of its own; the counts and the relay of its messages are threads here.)

    Everything alive by now (Qt wrappers, modules, caches) is left out of later garbage collections: a full
    collection that a background thread happens to trigger holds the GIL for as long as it walks the heap, and the
    window cannot paint meanwhile (measured under load: 0.5 s before, 0.15 s after). And the GIL changes hands
    every millisecond instead of every five: Qt calls into Python once per cell and role while painting, and each
    call may have to wait for a sync thread to hand the GIL over."""
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def run_gui(store: Store, *, demo: bool = False, lang: str | None = None) -> int:
    """The window on `store`, in `lang` (--lang), else the workspace's `ui_language` setting, else the system's.
    A fresh workspace (no account, not the demo) first shows the set-up wizard."""
    app = application()
    apply_language(app, choose_language(lang, stored_language(store)), rebuild=False)
    theme_controller(app).set_choice(get_preference(store, UI_THEME, "system"))
    if not demo and first_run_needed(store):
        wizard = FirstRunWizard(store)
        if wizard.exec() and wizard.choice == "demo" and wizard.demo_dir is not None:
            demo_store = Store.open(wizard.demo_dir)
            try:
                return _run_window(app, demo_store, demo=True)
            finally:
                demo_store.close()
    return _run_window(app, store, demo=demo)


def _run_window(app: QApplication, store: Store, *, demo: bool) -> int:
    window = MainWindow(store, demo=demo, start_sync=not demo)
    settle_interpreter()
    window.show()
    refused: list[BaseException] = []

    def checked(_ok: object) -> None:  # the integrity check that ran beside the start-up passed
        if window.model.rowCount():
            window.select_row(0)  # opening it may mark it read: a write, which waited for the check anyway

    def damaged(error: BaseException) -> None:
        refused.append(error)
        if isinstance(error, CacheError):
            window.show_problem(error.what, error.todo)
        else:
            log.error("checking the cache failed", exc_info=error)
        window.close()
        app.exit(2)

    run_in_background(store.verified, checked, damaged)
    code = int(app.exec())
    return 2 if refused else code


def self_test(store: Store, lang: str | None = None) -> int:
    """Open the cache, build the main window offscreen, select a conversation, paint it, draw the reports' charts,
    and use the data files a frozen build could lose (agentdesk.bundle_check). 0 when all of that works."""
    started = time.monotonic()
    app = application()
    speaking = apply_language(app, choose_language(lang, stored_language(store)), rebuild=False)
    window = MainWindow(store)
    window.show()
    app.processEvents()
    try:
        store.verified()  # the cache's integrity check, run beside the start-up, before anything is written
    except CacheError as exc:
        window.close()
        what, todo = exc.localized()
        print(f"agentdesk: {what}\n  {todo}", file=sys.stderr)  # as the CLI says a cache it cannot use
        return exc.exit_code
    if window.model.rowCount():
        window.select_row(0)
    image = window.grab()
    elapsed = time.monotonic() - started
    # The moment the window is up with a conversation open (bench/startup_bench.py times this line, on stderr so
    # the one line on stdout stays the verdict); what follows are the self-test's own checks of the bundled data.
    print(f"self-test: window painted ({time.process_time():.2f} s of CPU)", file=sys.stderr, flush=True)
    if image.isNull():
        window.close()
        print("self-test: the window could not be painted", file=sys.stderr)
        return 1
    if speaking != "en" and labels.status("open") == "Open":
        window.close()
        print(f"self-test: the {speaking} translation did not load (run `make translations`)", file=sys.stderr)
        return 1
    from agentdesk.bundle_check import BundleCheckError, check_bundled_data  # the self-test's alone: not at start-up
    from agentdesk.ui.self_checks import SelfCheckError, check_charts, check_icu

    try:
        checked = "; ".join([check_bundled_data(), check_icu(), check_charts()])
    except (BundleCheckError, SelfCheckError) as exc:
        print(f"self-test: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
    print(
        f"self-test: ok ({window.model.rowCount()} conversations listed, window built in {elapsed:.2f} s,"
        f" language {speaking}; {checked})"
    )
    return 0
