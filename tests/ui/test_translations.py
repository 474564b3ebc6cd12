"""The .ts files against the code: every string there, finished, with the source's placeholders; nothing stale."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
PACKAGE = ROOT / "agentdesk"  # the window's tr() and the core's QT_TRANSLATE_NOOP marks (agentdesk/i18n.py)
# The lookup helpers, which translate a text they are handed (file name, the argument as written).
LOOKUPS = {
    ("labels.py", "str(text)"),
    ("language.py", "source"),
    ("i18n.py", "self.source"),
    ("business_hours.py", "label"),  # the holidays package's own tr(), not ours
    ("cli.py", "message"),  # argparse's own words, each listed with QT_TRANSLATE_NOOP in cli._ARGPARSE_WORDS
}
LANGUAGES = ("de", "es", "id", "hi")
NUMERUS_FORMS = {"de": 2, "es": 2, "id": 1, "hi": 2, "en": 2}
# %1..%99, %n, %s, argparse's %(name)s, Python-style {name} and Jinja {{ … }} / {% … %} as they appear in help texts
PLACEHOLDER = re.compile(r"%\(\w+\)[a-z]|%(?:\d+|n|s)|\{\{.*?\}\}|\{%.*?%\}|\{\w+\}")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _code_strings() -> tuple[set[tuple[str | None, str]], list[str]]:
    """(context or None for self.tr, text) of every literal tr/translate/QT_TRANSLATE_NOOP in agentdesk/, and the
    places that pass something else (lupdate cannot see those)."""
    found: set[tuple[str | None, str]] = set()
    dynamic = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "tr" and isinstance(node.func, ast.Attribute):  # self.tr(); the core's i18n.tr(text) is no mark
                text, context = node.args[0], None
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                text = node.args[1]
                context = node.args[0].value if isinstance(node.args[0], ast.Constant) else "?"
            else:
                continue
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((context, text.value))
            elif (path.name, ast.unparse(text)) not in LOOKUPS:
                dynamic.append(f"{path.name}:{node.lineno}: {ast.unparse(text)}")
    return found, dynamic


def test_ts_files_hold_what_a_fresh_lupdate_of_the_code_holds() -> None:
    """A string added to or removed from agentdesk/ (window or core) without `make translations` fails here."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_literal_tr_call_reaches_the_ts_files() -> None:
    """lupdate skips tr() inside f-strings and tr(variable): such strings would never be translated."""
    found, dynamic = _code_strings()
    assert dynamic == [], "tr()/translate() with a non-literal text (lupdate cannot extract it)"
    in_ts = {source.findtext("source") for _context, source in _messages(FOLDER / "agentdesk_de.ts")}
    missing = sorted(text for _context, text in found if text not in in_ts)
    assert missing == []


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))  # en: only the plural forms of the %n strings
def test_every_entry_is_translated_with_the_sources_placeholders(language: str) -> None:
    path = FOLDER / f"agentdesk_{language}.ts"
    assert ET.parse(path).getroot().get("language") == language
    problems = []
    entries = _messages(path)
    assert len(entries) > (5 if language == "en" else 300)
    for context, message in entries:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind is not None:
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        forms = _translations(message)
        if message.get("numerus") == "yes" and len(forms) != NUMERUS_FORMS[language]:
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif _placeholders(form) != _placeholders(source):
                problems.append(f"{context}: {source!r} → {form!r}: placeholders differ")
            elif source.count("&") != form.count("&") and "&&" not in source:
                problems.append(f"{context}: {source!r} → {form!r}: mnemonic (&) differs")
    assert problems == []


@pytest.mark.parametrize("language", ("id", "hi"))
def test_qt_strings_for_languages_pyside_has_no_translation_for(language: str) -> None:
    entries = _messages(FOLDER / f"agentdesk_qt_{language}.ts")
    contexts = {context for context, _message in entries}
    assert {"QPlatformTheme", "QMessageBox", "QLineEdit", "QWidgetTextControl"} <= contexts
    for _context, message in entries:
        source = message.findtext("source") or ""
        (form,) = _translations(message)
        assert form.strip() and message.find("translation").get("type") is None  # type: ignore[union-attr]
        assert source.count("&") == form.count("&"), source


def test_the_checker_catches_a_changed_placeholder() -> None:
    assert _placeholders("%1 due %2") != _placeholders("%1 fällig")
    assert _placeholders('Fallback: {{ customer.first_name | default("there") }}') == _placeholders(
        'Ersatzwert: {{ customer.first_name | default("there") }}'
    )
    assert _placeholders("Hallo {name}") != _placeholders("Hallo {nombre}")
    assert _placeholders("invalid choice: %(value)r") != _placeholders("ungültige Wahl: %(wert)r")
