"""`agentdesk canned list|show|import|export`, and filling a canned reply for `agentdesk reply --canned`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from agentdesk.errors import UserError
from agentdesk.formats import number
from agentdesk.i18n import QT_TRANSLATE_NOOP, tr
from agentdesk.store.canned import (
    CannedEntry,
    find_entry,
    load_entries,
    parse_csv,
    parse_json,
    record_use,
    save_entries,
    to_csv,
)
from agentdesk.store.database import Store

OpenStore = Callable[[argparse.Namespace], Store]
_KINDS = {"reply": QT_TRANSLATE_NOOP("CannedCli", "reply"), "article": QT_TRANSLATE_NOOP("CannedCli", "article")}


def parse_answers(items: Sequence[str] | None) -> dict[str, str]:
    """`--field "Order number=A-1042"` values as a mapping."""
    answers: dict[str, str] = {}
    for item in items or ():
        label, sep, value = item.partition("=")
        if not sep or not label.strip():
            raise UserError(
                QT_TRANSLATE_NOOP("CannedCli", "--field {value} is not LABEL=VALUE.").fill(value=repr(item)),
                QT_TRANSLATE_NOOP("CannedCli", 'Write it like --field "Order number=A-1042".'),
            )
        answers[label.strip()] = value
    return answers


def render_canned_for(
    store: Store,
    conversation_id: int,
    name: str,
    *,
    agent_name: str | None = None,
    answers: Mapping[str, str] | None = None,
    language: str | None = None,
) -> str:
    """The canned reply `name` filled in for this conversation's customer, in their language; counts the use.

    Raises UserError naming every empty value and unanswered fill-in field instead of sending a reply with a hole.
    """
    # Jinja2 and the template context load here, not when the command line is built: other commands start faster.
    from agentdesk.domain.templates import asks, render
    from agentdesk.store.canned_context import choose_language, template_context

    with store.read() as session:
        entry = find_entry(session, name)
        available = sorted(entry.variants)
        if language is not None and language not in entry.variants:
            raise UserError(
                QT_TRANSLATE_NOOP("CannedCli", "The canned reply {title} has no {language} version.").fill(
                    title=repr(entry.title), language=repr(language)
                ),
                QT_TRANSLATE_NOOP("CannedCli", "It exists in: {languages}.").fill(languages=", ".join(available)),
            )
        chosen = language or choose_language(session, conversation_id, available)
        context = template_context(session, conversation_id, language=chosen, agent_name=agent_name or None)
    body = entry.variants[chosen]["body"]
    result = render(body, context, answers)
    if not result.ok:
        fields = asks(body)
        hint = (
            QT_TRANSLATE_NOOP("CannedCli", "Answer them with {options}.").fill(
                options=" ".join(f'--field "{label}=…"' for label in result.unanswered or fields)
            )
            if result.unanswered
            else QT_TRANSLATE_NOOP(
                "CannedCli", 'Fill in the customer\'s details, or give the template a fallback with | default("…").'
            )
        )
        raise UserError(
            QT_TRANSLATE_NOOP("CannedCli", "The canned reply {title} ({language}) cannot be used yet: {problem}").fill(
                title=repr(entry.title), language=chosen, problem=result.explanation()
            ),
            hint,
        )
    if entry.id is not None:
        with store.write() as (session, _changes):
            record_use(session, entry.id)
    assert result.text is not None
    return result.text


def add_canned_commands(
    commands: Any, add_data_dir: Callable[..., None], open_store: OpenStore, parser_class: type[argparse.ArgumentParser]
) -> None:
    canned = commands.add_parser(
        "canned", help=tr(QT_TRANSLATE_NOOP("CliHelp", "the canned-reply and knowledge-article library"))
    )
    add_data_dir(canned, top=False)
    sub = canned.add_subparsers(
        title=tr(QT_TRANSLATE_NOOP("CliHelp", "canned commands")),
        metavar="ACTION",
        required=True,
        parser_class=parser_class,
    )

    lst = sub.add_parser("list", help=tr(QT_TRANSLATE_NOOP("CliHelp", "list the library")))
    add_data_dir(lst, top=False)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=lambda args: _list(args, open_store))

    show = sub.add_parser("show", help=tr(QT_TRANSLATE_NOOP("CliHelp", "show one entry with all its languages")))
    add_data_dir(show, top=False)
    show.add_argument("name", help=tr(QT_TRANSLATE_NOOP("CliHelp", "shortcut or title")))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=lambda args: _show(args, open_store))

    imp = sub.add_parser(
        "import",
        help=tr(
            QT_TRANSLATE_NOOP("CliHelp", "import entries from a JSON or CSV file (same title or shortcut: replaced)")
        ),
    )
    add_data_dir(imp, top=False)
    imp.add_argument("path", type=Path)
    imp.add_argument(
        "--keep-existing", action="store_true", help=tr(QT_TRANSLATE_NOOP("CliHelp", "skip entries that already exist"))
    )
    imp.set_defaults(handler=lambda args: _import(args, open_store))

    exp = sub.add_parser(
        "export", help=tr(QT_TRANSLATE_NOOP("CliHelp", "print the library as JSON (or CSV with --csv)"))
    )
    add_data_dir(exp, top=False)
    exp.add_argument("--csv", action="store_true")
    exp.set_defaults(handler=lambda args: _export(args, open_store))


def _entries(args: argparse.Namespace, open_store: OpenStore) -> list[CannedEntry]:
    store = open_store(args)
    try:
        with store.read() as session:
            return load_entries(session)
    finally:
        store.close()


def _list(args: argparse.Namespace, open_store: OpenStore) -> int:
    entries = _entries(args, open_store)
    if args.json:
        print(json.dumps([{**e.as_json(), "usage_count": e.usage_count} for e in entries], ensure_ascii=False))
        return 0
    if not entries:
        print(
            tr(QT_TRANSLATE_NOOP("CannedCli", "The library is empty. Import one with `agentdesk canned import FILE`."))
        )
    used = QT_TRANSLATE_NOOP("CannedCli", "used {count}×")
    for e in entries:
        shortcut = f"::{e.shortcut}" if e.shortcut else ""
        uses = tr(used.fill(count=number(e.usage_count)))
        print(f"{e.folder or '-'}\t{e.title}\t{shortcut}\t{','.join(sorted(e.variants))}\t{uses}")
    return 0


def _show(args: argparse.Namespace, open_store: OpenStore) -> int:
    store = open_store(args)
    try:
        with store.read() as session:
            entry = find_entry(session, args.name)
    finally:
        store.close()
    if args.json:
        print(json.dumps(entry.as_json(), ensure_ascii=False, indent=1))
        return 0
    kind = tr(_KINDS[entry.kind]) if entry.kind in _KINDS else entry.kind
    print(f"{entry.title} ({kind}{', ::' + entry.shortcut if entry.shortcut else ''})")
    if entry.url:
        print(entry.url)
    for lang, variant in sorted(entry.variants.items()):
        print(f"\n--- {lang} ---")
        if variant.get("subject"):
            print(tr(QT_TRANSLATE_NOOP("CannedCli", "Subject: {subject}").fill(subject=variant["subject"])))
        print(variant["body"])
    return 0


def _import(args: argparse.Namespace, open_store: OpenStore) -> int:
    path: Path = args.path
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("CannedCli", "The file {path} cannot be read ({problem}).").fill(
                path=path, problem=exc.strerror or exc
            ),
            QT_TRANSLATE_NOOP("CannedCli", "Check the path."),
        ) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("CannedCli", "The file {path} is not UTF-8 text.").fill(path=path),
            QT_TRANSLATE_NOOP("CannedCli", "Save it as UTF-8 and try again."),
        ) from exc
    entries = parse_csv(text) if path.suffix.lower() == ".csv" else parse_json(text)
    store = open_store(args)
    try:
        with store.write() as (session, _changes):
            added, updated = save_entries(session, entries, replace=not args.keep_existing)
    finally:
        store.close()
    imported = QT_TRANSLATE_NOOP("CannedCli", "Imported {added} new and updated {updated} canned replies.")
    print(tr(imported.fill(added=number(added), updated=number(updated))))
    return 0


def _export(args: argparse.Namespace, open_store: OpenStore) -> int:
    entries = _entries(args, open_store)
    if args.csv:
        sys.stdout.write(to_csv(entries))
    else:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=1))
    return 0
