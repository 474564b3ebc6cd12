"""The window's translations: refresh the .ts sources from the code (lupdate), compile them to .qm (lrelease).

Usage: python scripts/translations.py update|release|check
  update   re-read agentdesk/ (the window's tr() calls and the core's QT_TRANSLATE_NOOP marks, see
           agentdesk/i18n.py) with pyside6-lupdate into resources/translations/agentdesk_{de,es,id,hi}.ts
           (and agentdesk_en.ts: only the plural forms of the %n strings, "1 conversation" / "2 conversations")
           (new strings arrive unfinished, vanished ones are dropped); then translate the unfinished entries
  release  compile every resources/translations/*.ts to a .qm beside it (the build runs this; .qm are not in git)
  check    exit 1 when a .ts is not what `update` would make of the current code (a string missing or vanished)

agentdesk_qt_{id,hi}.ts are written by hand: Qt's own strings (standard buttons, text-field menus) for the
languages PySide6 ships no qtbase_XX.qm for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "agentdesk"  # the window (agentdesk/ui) and the core's marked texts (agentdesk/i18n.py)
LANGUAGES = ("de", "es", "id", "hi", "en")


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make .venv/.dev) and run this with its Python.")
    return found


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            *(["-pluralonly"] if language == "en" else []),  # English needs only the plural forms of %n strings
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            str(SOURCES),
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
    )


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = FOLDER / f"agentdesk_{language}.ts"
        lupdate(target, language)
        print(f"{target.relative_to(ROOT)}: {len(unfinished(target))} unfinished")
    return 0


def release() -> int:
    for source in sorted(FOLDER.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
    return 0


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message> element."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [
        key
        for key, message in messages(path).items()
        if (translation := message.find("translation")) is not None and translation.get("type") is not None
    ]


def check() -> int:
    """Compare each .ts with a fresh lupdate of the current code."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ours = FOLDER / f"agentdesk_{language}.ts"
            fresh = Path(scratch) / ours.name
            lupdate(fresh, language)
            have, want = set(messages(ours)) if ours.exists() else set(), set(messages(fresh))
            problems += [f"{ours.name}: missing {key}" for key in sorted(want - have)]
            problems += [f"{ours.name}: no longer in the code {key}" for key in sorted(have - want)]
    for line in problems:
        print(line)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "release": release, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
