"""What commands print, in the language of --lang or of the system (LANG), without loading Qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from agentdesk import i18n
from agentdesk.actions.follow_ups import set_reminder
from agentdesk.cli import cli_language, main
from agentdesk.demo.held_outbox import build_held_outbox
from agentdesk.domain.clock import utcnow
from agentdesk.paths import DataDir
from agentdesk.store.database import Store
from agentdesk.store.models import Reminder
from tests.factories import make_account, make_conversation, make_customer


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.install(None)


@pytest.fixture
def workspace(data_dir: DataDir) -> str:
    store = Store.open(data_dir)
    try:
        build_held_outbox(store)
        account = make_account(store, name="Ventas")
        customer = make_customer(store, "Ana", "ana@example.es", "es")
        conversation = make_conversation(store, account, customer, "Pedido")
        set_reminder(store, conversation, utcnow() - timedelta(minutes=1), note="llamar")
        set_reminder(store, conversation, utcnow() + timedelta(days=3), kind="no_reply")
    finally:
        store.close()
    return str(data_dir.root)


def test_reminders_outbox_and_accounts_in_german(workspace: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reminders", "--lang", "de", "--data-dir", workspace]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FÄLLIG ") and "\tErinnerung\t" in lines[0]
    assert "\tfalls keine Antwort\t" in lines[1]

    assert main(["outbox", "--lang", "de", "--data-dir", workspace]) == 0
    out = capsys.readouterr().out
    assert "\tKonversation " in out and "\tzu prüfen\t" in out and "\twartet\t" in out
    assert "Vor dem Senden angehalten: Seit Beginn dieser Antwort hat der Kunde 1 neue Nachricht(en)" in out
    assert "status: Ihrer closed, jetzt auf dem Server pending" in out
    assert "Held before sending" not in out

    assert main(["account", "list", "--lang", "de", "--data-dir", workspace]) == 0
    out = capsys.readouterr().out
    assert "Zendesk\tzendesk\t\toffline: " in out and "\teingeschränkt: " in out

    assert main(["--lang", "de", "outbox", "retry", "--data-dir", workspace]) == 2
    assert "`outbox retry` braucht die ID des Vorgangs." in capsys.readouterr().err


def test_english_by_default_and_hindi_on_request(workspace: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reminders", "--data-dir", workspace]) == 0
    assert capsys.readouterr().out.startswith("DUE ")
    assert main(["reminders", "--lang", "hi", "--data-dir", workspace]) == 0
    assert capsys.readouterr().out.startswith("देय ")
    assert main(["outbox", "--lang", "hi", "--data-dir", workspace]) == 0
    assert "भेजने से पहले रोका गया" in capsys.readouterr().out


def test_errors_in_german(tmp_path: object, capsys: pytest.CaptureFixture[str], data_dir: DataDir) -> None:
    assert main(["account", "remove", "Nobody", "--lang", "de", "--data-dir", str(data_dir.root)]) == 2
    err = capsys.readouterr().err
    assert "agentdesk: Es gibt kein Konto namens „Nobody“." in err
    assert "Die Namen sehen Sie mit `agentdesk account list`." in err


def test_the_system_language_when_no_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AGENTDESK_NO_SYSTEM_LOCALE", raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cli_language(None) == "de"
    assert cli_language("es") == "es"
    monkeypatch.setenv("LC_ALL", "C")
    assert cli_language(None) == "de"  # C says nothing: LANG decides
    monkeypatch.setenv("LANGUAGE", "hi_IN:en")
    assert cli_language(None) == "hi"
    monkeypatch.setenv("AGENTDESK_NO_SYSTEM_LOCALE", "1")
    assert cli_language(None) == "en"


def test_lang_from_the_environment_in_a_real_process_without_qt(workspace: str) -> None:
    env = {"LANG": "de_DE.UTF-8", "PATH": "/usr/bin:/bin", "PYTHONPATH": ""}
    code = (
        "import sys; from agentdesk.cli import main; rc = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "reminders", "--data-dir", workspace],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("FÄLLIG ")


def _run_cli(args: list[str], lang: str = "de_DE.UTF-8") -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, with the language from LANG (no --lang), as a user runs it."""
    env = {"LANG": lang, "PATH": "/usr/bin:/bin", "PYTHONPATH": ""}
    code = (
        "import sys; from agentdesk.cli import main; rc = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'; sys.exit(rc)"
    )
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)


def test_report_in_german_in_a_real_process(workspace: str) -> None:
    result = _run_cli(["report", "--from", "2020-01-01", "--to", "2035-12-31", "--data-dir", workspace])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Support-Bericht 2020-01-01 bis 2035-12-31 (")
    assert "Kennzahl" in out and "Median Geschäftszeit" in out and "Erste Antwort (" in out
    assert "Geschäftskalender: keiner (Geschäftszeit wird nicht gemessen)" in out
    assert "Zufriedenheit: keine Bewertungen" in out and "SLA-Erfüllung: Keine SLA-Vorgaben eingerichtet." in out
    assert "First response" not in out

    bad = _run_cli(["report", "--from", "2025-02-01", "--to", "2025-01-01", "--data-dir", workspace], "hi_IN.UTF-8")
    assert bad.returncode == 2
    assert "अवधि शुरू होने (2025-02-01) से पहले ही खत्म (2025-01-01) हो जाती है।" in bad.stderr


def test_canned_import_and_template_errors_in_german(workspace: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"title": "Hallo", "variants": {"de": {"body": "{{ customer.nickname }}"}}}]', "utf-8")
    result = _run_cli(["canned", "import", str(broken), "--data-dir", workspace])
    assert result.returncode == 2
    assert "agentdesk: Hallo (de, Text): Zeile 1: „customer.nickname“ ist keine Variable, die Vorlagen kennen" in (
        result.stderr
    )
    assert "Korrigieren Sie die Vorlage" in result.stderr

    shapeless = tmp_path / "shapeless.json"
    shapeless.write_text('[{"title": "Hallo"}]', "utf-8")
    result = _run_cli(["canned", "import", str(shapeless), "--data-dir", workspace], "es_ES.UTF-8")
    assert "La respuesta predefinida 'Hallo' (la entrada 1) no tiene versiones de idioma." in result.stderr

    good = tmp_path / "good.json"
    good.write_text('[{"title": "Hallo", "shortcut": "hi", "variants": {"de": "Guten Tag"}}]', "utf-8")
    assert _run_cli(["canned", "import", str(good), "--data-dir", workspace]).stdout.startswith(
        "1 neue Antwortvorlagen importiert und 0 aktualisiert."
    )
    assert "\t1× verwendet" not in _run_cli(["canned", "list", "--data-dir", workspace]).stdout
    assert "\t0× verwendet" in _run_cli(["canned", "list", "--data-dir", workspace]).stdout


def test_help_and_usage_errors_in_german(workspace: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "de", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: agentdesk")
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out and "Befehle:" in out
    assert "version             die Version ausgeben" in out and "Konten hinzufügen, auflisten oder entfernen" in out
    with pytest.raises(SystemExit):
        main(["report", "--lang=de", "--from", "2025-01-01"])
    err = capsys.readouterr().err
    assert "Fehler: diese Argumente fehlen: --to" in err and "Mit 'agentdesk report --help'" in err
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: agentdesk")  # English again: argparse is left as it was


def test_reminder_outcomes_in_german(workspace: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(DataDir.prepare(Path(workspace)))
    try:
        with store.write() as (session, _changes):
            session.execute(
                update(Reminder)
                .where(Reminder.kind == "no_reply")
                .values(done_at=utcnow(), outcome="the customer replied")
            )
    finally:
        store.close()
    assert main(["reminders", "--all", "--lang", "de", "--data-dir", workspace]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("ERLEDIGT ") and line.endswith("(der Kunde hat geantwortet)") for line in lines)
    assert main(["reminders", "--lang", "de", "--data-dir", workspace]) == 0
    assert "ERLEDIGT" not in capsys.readouterr().out
