"""Logs go to the data dir's logs/ folder (rotated) with named loggers per subsystem; never secrets."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: set[Path] = set()

LOG_FILE = "agentdesk.log"


def configure_logging(logs_dir: Path, level: int = logging.INFO, *, file_name: str = LOG_FILE) -> None:
    """Send AgentDesk's log records to a rotating file in `logs_dir` (once per folder and process; a second
    process, the window's background sync, writes a file of its own: two processes must not rotate one)."""
    if logs_dir in _configured:
        return
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            logs_dir / file_name, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # a read-only folder must not stop the app; records still reach any console handler
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("agentdesk")
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.level else level)
    _configured.add(logs_dir)
