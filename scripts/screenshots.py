"""Render the main window on the demo workspace to PNG files (for the README and for looking at changes).

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUTPUT_DIR [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--data-dir", type=Path, help="a demo workspace to reuse (default: a fresh one)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from agentdesk.demo import ensure_demo
    from agentdesk.paths import DataDir
    from agentdesk.store.queries import View
    from agentdesk.ui.app import application
    from agentdesk.ui.main_window import MainWindow

    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="agentdesk-shots-") as scratch:
        store = ensure_demo(DataDir.prepare(args.data_dir or Path(scratch) / "demo"))
        try:
            app = application()
            window = MainWindow(store, demo=True)
            window.resize(1400, 860)
            window.show()
            app.processEvents()
            window.select_row(1)
            app.processEvents()
            shots = {"main-window.png": window}
            for name, widget in shots.items():
                widget.grab().save(str(args.output / name))
            window.sidebar.select_view(View.SNOOZED)
            window.select_row(0)
            app.processEvents()
            window.grab().save(str(args.output / "snoozed-view.png"))
            window.close()
        finally:
            store.close()
    print(f"screenshots written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
