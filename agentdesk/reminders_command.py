"""`agentdesk reminders [--due] [--json]`: the follow-up promises in the cache, soonest first."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from agentdesk.domain.clock import utcnow
from agentdesk.i18n import QT_TRANSLATE_NOOP, tr
from agentdesk.store.database import Store
from agentdesk.store.reminders import all_reminders, open_reminders

KIND_LABELS = {
    "at": QT_TRANSLATE_NOOP("Reminder", "reminder"),
    "follow_up": QT_TRANSLATE_NOOP("Reminder", "follow up"),
    "no_reply": QT_TRANSLATE_NOOP("Reminder", "if no reply"),
    "after_solved": QT_TRANSLATE_NOOP("Reminder", "check back"),
}


def add_reminders_command(
    commands: Any,
    add_data_dir: Callable[..., None],
    open_store: Callable[[argparse.Namespace], Store],
) -> None:
    reminders = commands.add_parser(
        "reminders", help=tr(QT_TRANSLATE_NOOP("CliHelp", "list follow-up reminders that are not done yet"))
    )
    add_data_dir(reminders, top=False)
    which = reminders.add_mutually_exclusive_group()
    which.add_argument("--due", action="store_true", help=tr(QT_TRANSLATE_NOOP("CliHelp", "only those due now")))
    which.add_argument(
        "--all", action="store_true", help=tr(QT_TRANSLATE_NOOP("CliHelp", "done ones too, with why they ended"))
    )
    reminders.add_argument("--json", action="store_true")
    reminders.set_defaults(handler=lambda args: _run(args, open_store))


def _run(args: argparse.Namespace, open_store: Callable[[argparse.Namespace], Store]) -> int:
    store = open_store(args)
    now = utcnow()
    try:
        with store.read() as session:
            items = all_reminders(session) if args.all else open_reminders(session, due_only=args.due, now=now)
    finally:
        store.close()
    if args.json:
        print(json.dumps([r.as_json() for r in items], ensure_ascii=False))
        return 0
    if not items:
        none = QT_TRANSLATE_NOOP("Reminder", "No reminders are due.") if args.due else None
        print(tr(none or QT_TRANSLATE_NOOP("Reminder", "No open reminders.")))
    due = tr(QT_TRANSLATE_NOOP("Reminder", "DUE"))
    done = tr(QT_TRANSLATE_NOOP("Reminder", "DONE"))
    for r in items:
        when = r.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        flag = f"{due} " if r.is_due(now) else f"{done} " if r.done_at is not None else ""
        note = f" — {r.note}" if r.note else ""
        if r.outcome:
            note += f" ({tr(r.outcome_text)})"
        kind = tr(KIND_LABELS.get(r.kind, r.kind))
        print(f"{flag}{when}\t#{r.conversation_id}\t{kind}\t{r.customer}\t{r.subject}{note}")
    return 0
