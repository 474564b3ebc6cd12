"""Closing the app after the reports window was open ends the process cleanly (exit 0, no abort at shutdown)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    import agentdesk.ui.app as app_module
    from agentdesk.cli import main

    original = app_module._run_window

    def run_window(app, store, *, demo):
        def open_reports_then_quit():
            for widget in app.topLevelWidgets():
                if hasattr(widget, "open_reports"):
                    widget.open_reports()
            QTimer.singleShot(2500, app.quit)

        QTimer.singleShot(0, open_reports_then_quit)
        return original(app, store, demo=demo)

    app_module._run_window = run_window
    sys.exit(main(["demo", "--data-dir", sys.argv[1]]))
    """
)


def test_quitting_after_the_reports_window_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path / "demo")],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
        env=env,
    )
    assert "Fatal Python error" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
