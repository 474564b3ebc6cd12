"""The few rules of the design that a test can check."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "agentdesk"
REPO = PACKAGE.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents:
            continue
        qt = sorted(n for n in _imports(path) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"})
        if qt:
            offenders.append(f"{path.relative_to(REPO)}: {qt}")
    assert offenders == []


def test_core_does_not_import_ui_or_cli() -> None:
    core = [PACKAGE / name for name in ("domain", "store", "sync", "mail")]
    offenders = []
    for folder in core:
        for path in folder.rglob("*.py"):
            bad = sorted(n for n in _imports(path) if n.startswith(("agentdesk.ui", "agentdesk.cli")))
            if bad:
                offenders.append(f"{path.relative_to(REPO)}: {bad}")
    assert offenders == []


def test_domain_is_pure() -> None:
    forbidden = {"sqlalchemy", "requests", "imapclient", "keyring", "smtplib", "imaplib", "socket"}
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = sorted(n for n in _imports(path) if n.split(".")[0] in forbidden)
        if bad:
            offenders.append(f"{path.relative_to(REPO)}: {bad}")
    assert offenders == []


def test_no_machine_paths_or_secrets_in_the_tree() -> None:
    machine = re.compile(r"/(?:work|root|home/[a-z]+)/(?:main|shared)\b")
    offenders = []
    for path in [*PACKAGE.rglob("*.py"), REPO / "Makefile", REPO / "README.md"]:
        if path.exists() and machine.search(path.read_text(encoding="utf-8", errors="replace")):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []
