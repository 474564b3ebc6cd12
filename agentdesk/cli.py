"""The `agentdesk` command: the window by default, headless commands for scripts, support and benchmarks.

Problems the user can fix are printed as two plain lines (what happened, what to do) with exit code 2;
a traceback means a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from agentdesk import __version__
from agentdesk.errors import UserError
from agentdesk.i18n import QT_TRANSLATE_NOOP, TsTranslator, install, tr, translate
from agentdesk.logging_setup import configure_logging
from agentdesk.paths import DataDir, default_data_dir, default_demo_dir
from agentdesk.report_command import add_report_command
from agentdesk.resources import resource_path
from agentdesk.store.database import Store
from agentdesk.sync.imap_settings import SECURITY_CHOICES
from agentdesk.sync.mail_import import DEFAULT_ACCOUNT as DEFAULT_IMPORT_ACCOUNT

log = logging.getLogger("agentdesk.cli")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors name the fix as well as the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(
            2,
            tr(
                QT_TRANSLATE_NOOP(
                    "CliHelp", "{prog}: error: {message}\nRun '{prog} --help' to see what it accepts.\n"
                ).fill(prog=self.prog, message=message)
            ),
        )


# argparse's own words (it asks gettext for them: usage, section titles, its error messages), from the .ts files
# in the language of --lang while the command line is built and read (`_argparse_speaks`).
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _argparse_gettext(message: str) -> str:
    return translate("Argparse", message)


@contextlib.contextmanager
def _argparse_speaks() -> Iterator[None]:
    """argparse's words in the installed language while inside (argparse looks up its module's `_` at each use)."""
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def _help(text: str) -> str:
    """A help text of the command line in the language of --lang (installed before the parser is built)."""
    return tr(text)


def _add_data_dir(parser: argparse.ArgumentParser, *, top: bool, lang: bool = True) -> None:
    """--data-dir, and --lang (the language of the window and of the printed text) unless the command has its
    own --lang (`reply --lang`: a canned reply's language)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        # On subcommands SUPPRESS keeps a value given before the subcommand.
        default=None if top else argparse.SUPPRESS,
        help=_help(
            QT_TRANSLATE_NOOP(
                "CliHelp", "folder holding the workspace (cache, attachments, logs); default: {folder}"
            ).fill(folder=default_data_dir())
        ),
    )
    if lang:
        _add_lang(parser, top=top)


# The window's languages (agentdesk.ui.language.LANGUAGES; kept here so the CLI never loads Qt).
UI_LANGUAGES = ("en", "de", "es", "id", "hi")


def _add_lang(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=UI_LANGUAGES,
        default=None if top else argparse.SUPPRESS,
        help=_help(
            QT_TRANSLATE_NOOP(
                "CliHelp",
                "the language of the window and of what commands print (default: for the window the ui_language "
                "setting, else the system's language; for commands the system's language)",
            )
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="agentdesk",
        description=_help(
            QT_TRANSLATE_NOOP(
                "CliHelp", "AgentDesk: email and tickets for small support teams, one customer timeline, offline first."
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_help(QT_TRANSLATE_NOOP("CliHelp", "print the version and exit")),
    )
    _add_data_dir(parser, top=True)
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("CliHelp", "log debug details to the console")),
    )
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(
        title=_help(QT_TRANSLATE_NOOP("CliHelp", "commands")), metavar="COMMAND", parser_class=_Parser
    )

    demo = commands.add_parser(
        "demo", help=_help(QT_TRANSLATE_NOOP("CliHelp", "open (and create on first use) the demo workspace"))
    )
    _add_data_dir(demo, top=False)
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("CliHelp", "only create the demo workspace, do not open it")),
    )
    demo.set_defaults(handler=_cmd_demo)

    self_test = commands.add_parser(
        "self-test",
        help=_help(
            QT_TRANSLATE_NOOP("CliHelp", "open the cache and build the main window offscreen; exit 0 when all is well")
        ),
    )
    _add_data_dir(self_test, top=False)
    self_test.set_defaults(handler=_cmd_self_test)

    _add_account_commands(commands)
    _add_mail_commands(commands)
    add_report_command(commands, _add_lang)
    from agentdesk.canned_command import add_canned_commands

    add_canned_commands(commands, _add_data_dir, lambda args: _open_store(_data_dir(args)), _Parser)
    from agentdesk.reminders_command import add_reminders_command

    add_reminders_command(commands, _add_data_dir, lambda args: _open_store(_data_dir(args)))

    version = commands.add_parser("version", help=_help(QT_TRANSLATE_NOOP("CliHelp", "print the version")))
    version.set_defaults(handler=lambda _args: _print(f"agentdesk {__version__}"))
    return parser


def _add_account_commands(commands: Any) -> None:
    account = commands.add_parser("account", help=_help(QT_TRANSLATE_NOOP("CliHelp", "add, list or remove accounts")))
    _add_data_dir(account, top=False)
    sub = account.add_subparsers(title="account commands", metavar="ACTION", parser_class=_Parser, required=True)

    add = sub.add_parser("add", help="add an account")
    _add_data_dir(add, top=False)
    kinds = add.add_subparsers(title="kinds", metavar="KIND", parser_class=_Parser, required=True)
    imap = kinds.add_parser("imap", help="a shared mailbox over IMAP, replies over SMTP")
    _add_data_dir(imap, top=False)
    imap.add_argument("--name", required=True)
    imap.add_argument("--host", required=True)
    imap.add_argument("--port", type=int)
    imap.add_argument("--security", choices=SECURITY_CHOICES, default="ssl")
    imap.add_argument("--username", required=True)
    imap.add_argument("--address", help="the team's own address on this mailbox (default: the user name if it is one)")
    imap.add_argument("--folders", help="comma-separated folders to sync (default: INBOX and the Sent folder)")
    imap.add_argument("--smtp-host")
    imap.add_argument("--smtp-port", type=int)
    imap.add_argument("--smtp-security", choices=SECURITY_CHOICES, default="starttls")
    imap.add_argument("--allow-plaintext", action="store_true", help="allow security 'none' to a non-local host")
    imap.add_argument("--password-stdin", action="store_true", required=True, help="read the password from stdin")
    imap.set_defaults(handler=_cmd_account_add_imap)

    rt = kinds.add_parser("rt", help="a Request Tracker 5 server (REST 2.0 API)")
    _add_data_dir(rt, top=False)
    rt.add_argument("--name", required=True)
    rt.add_argument("--url", required=True, help="RT's web address, e.g. https://rt.example.com (without /REST/2.0)")
    rt.add_argument("--username", help="RT user name (with --password-stdin)")
    rt.add_argument("--queue", help="only tickets of this queue (default: every queue the user can see)")
    rt_secret = rt.add_mutually_exclusive_group(required=True)
    rt_secret.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    rt_secret.add_argument("--token-stdin", action="store_true", help="read an RT auth token from stdin")
    rt.set_defaults(handler=_cmd_account_add_tickets, ticket_kind="rt")

    zendesk = kinds.add_parser("zendesk", help="a Zendesk Support account (API token)")
    _add_data_dir(zendesk, top=False)
    zendesk.add_argument("--name", required=True)
    zendesk.add_argument("--url", required=True, help="e.g. https://yourcompany.zendesk.com")
    zendesk.add_argument("--email", required=True, help="the agent's email address the token belongs to")
    zendesk.add_argument("--token-stdin", action="store_true", required=True, help="read the API token from stdin")
    zendesk.set_defaults(handler=_cmd_account_add_tickets, ticket_kind="zendesk")

    lst = sub.add_parser("list", help="list accounts")
    _add_data_dir(lst, top=False)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_cmd_account_list)

    remove = sub.add_parser("remove", help="remove an account, its cached mail and its password")
    _add_data_dir(remove, top=False)
    remove.add_argument("name")
    remove.set_defaults(handler=_cmd_account_remove)


def _add_mail_commands(commands: Any) -> None:
    sync = commands.add_parser(
        "sync", help=_help(QT_TRANSLATE_NOOP("CliHelp", "sync every account (pull, then the outbox)"))
    )
    _add_data_dir(sync, top=False)
    sync.add_argument("--once", action="store_true", required=True, help="run one pass and exit")
    sync.add_argument("--account", help="only this account")
    sync.add_argument("--json", action="store_true", help="print one JSON object")
    sync.set_defaults(handler=_cmd_sync)

    service = commands.add_parser(
        "sync-service",
        help="the window's background sync: runs until its standard input ends (the window starts it)",
    )
    _add_data_dir(service, top=False)
    service.add_argument("--offline", action="store_true", help='start in the "Work offline" state')
    service.add_argument("--poll-interval", type=float, default=None, help="seconds between passes without IDLE")
    service.add_argument("--parent", type=int, default=None, help="stop when this process (the window's) ends")
    service.set_defaults(handler=_cmd_sync_service)

    imp = commands.add_parser(
        "import",
        help=_help(QT_TRANSLATE_NOOP("CliHelp", "import an .eml file, a folder of them, an mbox file or a Maildir")),
    )
    _add_data_dir(imp, top=False)
    imp.add_argument("path", type=Path)
    imp.add_argument("--account", help=f"account to import into (default: {DEFAULT_IMPORT_ACCOUNT!r})")
    imp.add_argument("--address", help="the team's own address, so its mail counts as replies")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_cmd_import)

    reply = commands.add_parser(
        "reply",
        help=_help(
            QT_TRANSLATE_NOOP("CliHelp", "reply to a conversation (or add an internal note); queued in the outbox")
        ),
    )
    _add_data_dir(reply, top=False, lang=False)
    reply.add_argument("conversation", type=int, metavar="CONV", help="conversation_id, as `search --json` gives")
    body = reply.add_mutually_exclusive_group(required=True)
    body.add_argument("--body-file", type=Path, metavar="F", help="the text of the reply ('-' for stdin)")
    body.add_argument("--canned", metavar="NAME", help="a canned reply's shortcut or title")
    reply.add_argument("--note", action="store_true", help="an internal note instead of a reply")
    reply.add_argument("--agent", default="", help="your name as it appears on the reply")
    reply.add_argument(
        "--field", action="append", metavar="LABEL=VALUE", help="answer a canned reply's fill-in field (repeatable)"
    )
    reply.add_argument("--lang", help="the canned reply's language (default: the customer's)")
    reply.add_argument("--json", action="store_true")
    reply.set_defaults(handler=_cmd_reply)

    outbox = commands.add_parser(
        "outbox", help=_help(QT_TRANSLATE_NOOP("CliHelp", "what is waiting to reach the servers"))
    )
    _add_data_dir(outbox, top=False)
    outbox.add_argument(
        "action",
        nargs="?",
        choices=["list", "retry", "discard", "delivered", "keep-server"],
        default="list",
        help="retry (or send anyway), discard, delivered (it did arrive: file it in Sent, never resend), "
        "keep-server (drop a refused field change, keep the server's value)",
    )
    outbox.add_argument("id", nargs="?", type=int)
    outbox.add_argument("--json", action="store_true")
    outbox.set_defaults(handler=_cmd_outbox)

    search = commands.add_parser(
        "search", help=_help(QT_TRANSLATE_NOOP("CliHelp", "search every conversation in the cache"))
    )
    _add_data_dir(search, top=False)
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_cmd_search)


def _read_stdin_secret() -> str:
    if sys.stdin is None or sys.stdin.closed:
        return ""
    return sys.stdin.read().rstrip("\r\n")


def _cmd_account_add_imap(args: argparse.Namespace) -> int:
    from agentdesk.store.models import AccountKind
    from agentdesk.sync.accounts import add_account
    from agentdesk.sync.imap_settings import DEFAULT_PORTS, DEFAULT_SMTP_PORTS, ImapSettings

    store = _open_store(_data_dir(args))
    try:
        address = args.address or (args.username if "@" in args.username else None)
        settings = ImapSettings(
            host=args.host,
            port=args.port or DEFAULT_PORTS[args.security],
            security=args.security,
            username=args.username,
            folders=[f.strip() for f in (args.folders or "").split(",") if f.strip()],
            smtp_host=args.smtp_host,
            smtp_port=args.smtp_port or (DEFAULT_SMTP_PORTS[args.smtp_security] if args.smtp_host else None),
            smtp_security=args.smtp_security,
            allow_plaintext=args.allow_plaintext,
            address=address,
        )
        settings.check(args.name)
        secret = _read_stdin_secret()
        add_account(
            store, name=args.name, kind=AccountKind.IMAP, settings=settings.to_dict(), secret=secret, address=address
        )
        _say(
            QT_TRANSLATE_NOOP(
                "Cli", "Added the IMAP account '{account}'. Run `agentdesk sync --once` to fetch its mail."
            ).fill(account=args.name)
        )
        return 0
    finally:
        store.close()


def _cmd_account_add_tickets(args: argparse.Namespace) -> int:
    from agentdesk.store.models import AccountKind
    from agentdesk.sync.accounts import add_account

    url = str(args.url).strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise UserError(f"The address {args.url!r} is not a web address.", "Give the full address, e.g. https://…")
    settings: dict[str, Any] = {"url": url.removesuffix("/REST/2.0")}
    if args.ticket_kind == "rt":
        if args.password_stdin and not args.username:
            raise UserError("Signing in to RT with a password needs the user name.", "Add --username NAME.")
        settings.update(
            username=args.username or "", auth="token" if args.token_stdin else "password", queue=args.queue or None
        )
        kind, label = AccountKind.RT, "RT"
    else:
        settings["email"] = args.email
        kind, label = AccountKind.ZENDESK, "Zendesk"
    store = _open_store(_data_dir(args))
    try:
        add_account(store, name=args.name, kind=kind, settings=settings, secret=_read_stdin_secret())
    finally:
        store.close()
    _say(
        QT_TRANSLATE_NOOP(
            "Cli", "Added the {system} account '{account}'. Run `agentdesk sync --once` to fetch its tickets."
        ).fill(system=label, account=args.name)
    )
    return 0


def _cmd_account_list(args: argparse.Namespace) -> int:
    from agentdesk.sync.accounts import list_accounts

    store = _open_store(_data_dir(args))
    try:
        accounts = list_accounts(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps([a.as_json() for a in accounts], ensure_ascii=False, indent=2))
        return 0
    if not accounts:
        _say(QT_TRANSLATE_NOOP("Cli", "No accounts yet. Add one with `agentdesk account add imap …`."))
    for a in accounts:
        state = tr(_NETWORK_STATES.get(a.network_state, a.network_state))
        if a.last_error:
            state = f"{state}: {a.last_error}"
        print(f"{a.name}\t{a.kind}\t{a.address or ''}\t{state}")
    return 0


def _cmd_account_remove(args: argparse.Namespace) -> int:
    from agentdesk.sync.accounts import remove_account

    store = _open_store(_data_dir(args))
    try:
        remove_account(store, args.name)
    finally:
        store.close()
    _say(QT_TRANSLATE_NOOP("Cli", "Removed the account '{account}'.").fill(account=args.name))
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    from agentdesk.sync.engine import sync_once

    store = _open_store(_data_dir(args))
    try:
        summary = sync_once(store, account=args.account)
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
        return 0
    for acc in summary.accounts:
        print(
            f"{acc.name}: {acc.added} new, {acc.conversations} new conversations, "
            f"{acc.updated} updated, {acc.removed} removed"
        )
        for error in acc.errors:
            print(f"  ! {error}")
    out = summary.outbox
    print(f"Outbox: {out['sent']} sent, {out['pending']} waiting, {out['needs_attention']} need attention")
    print(f"Done in {summary.seconds:.1f} s")
    return 0


def _cmd_sync_service(args: argparse.Namespace) -> int:
    from agentdesk.sync.scheduler import POLL_INTERVAL
    from agentdesk.sync.service import LOG_FILE, serve

    data_dir = _data_dir(args)
    configure_logging(data_dir.logs_dir, file_name=LOG_FILE)
    poll = args.poll_interval if args.poll_interval is not None else POLL_INTERVAL
    return serve(data_dir, offline=args.offline, poll_interval=poll, parent=args.parent)


def _cmd_import(args: argparse.Namespace) -> int:
    from agentdesk.sync.mail_import import import_path

    store = _open_store(_data_dir(args))
    try:
        summary = import_path(store, args.path, account=args.account, address=args.address)
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary.as_json()))
    else:
        print(
            f"Imported {summary.imported} messages ({summary.duplicates} already there, "
            f"{summary.failed} unreadable, {summary.warnings} repaired)."
        )
    return 0


def _cmd_reply(args: argparse.Namespace) -> int:
    from agentdesk import actions

    store = _open_store(_data_dir(args))
    try:
        if args.canned is not None:
            from agentdesk.canned_command import parse_answers, render_canned_for

            text = render_canned_for(
                store,
                args.conversation,
                args.canned,
                agent_name=args.agent,
                answers=parse_answers(args.field),
                language=args.lang,
            )
        elif str(args.body_file) == "-":
            text = sys.stdin.read()
        else:
            try:
                text = args.body_file.read_text(encoding="utf-8")
            except OSError as exc:
                raise UserError(
                    f"The file {args.body_file} cannot be read ({exc.strerror}).", "Check the path."
                ) from exc
            except UnicodeDecodeError as exc:
                raise UserError(
                    f"The file {args.body_file} is not UTF-8 text.", "Save it as UTF-8 and try again."
                ) from exc
        if args.note:
            result = actions.add_note(store, args.conversation, text, agent_name=args.agent)
        else:
            result = actions.reply(store, args.conversation, text, agent_name=args.agent)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"message_id": result.message_id, "operation_id": result.operation_id}))
    elif result.operation_id is None:
        _say(QT_TRANSLATE_NOOP("Cli", "Saved (this conversation has no server to send to)."))
    else:
        _say(
            QT_TRANSLATE_NOOP("Cli", "Queued as outbox operation {id}; `agentdesk sync --once` delivers it.").fill(
                id=result.operation_id
            )
        )
    return 0


def _cmd_outbox(args: argparse.Namespace) -> int:
    from agentdesk import actions

    store = _open_store(_data_dir(args))
    try:
        if args.action != "list":
            if args.id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Cli", "`outbox {action}` needs the operation's ID.").fill(action=args.action),
                    QT_TRANSLATE_NOOP("UserError", "See them with `agentdesk outbox list`."),
                )
            choice, said = {
                "retry": (actions.retry_operation, QT_TRANSLATE_NOOP("Cli", "Operation {id} is queued again.")),
                "discard": (actions.discard_operation, QT_TRANSLATE_NOOP("Cli", "Operation {id} was discarded.")),
                "delivered": (
                    actions.mark_delivered,
                    QT_TRANSLATE_NOOP("Cli", "Operation {id} is marked as delivered; it is not sent again."),
                ),
                "keep-server": (
                    actions.keep_server_value,
                    QT_TRANSLATE_NOOP("Cli", "Operation {id} was dropped; the server's value is kept."),
                ),
            }[args.action]
            choice(store, args.id)
            _say(said.fill(id=args.id))
            return 0
        operations = actions.list_operations(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps([op.as_json() for op in operations], ensure_ascii=False))
        return 0
    if not operations:
        _say(QT_TRANSLATE_NOOP("Cli", "The outbox is empty: everything has reached the servers."))
    for op in operations:
        state = (
            QT_TRANSLATE_NOOP("Cli", "needs attention")
            if op.state == "needs_attention"
            else QT_TRANSLATE_NOOP("Cli", "waiting")
        )
        conversation = QT_TRANSLATE_NOOP("Cli", "conversation {id}").fill(id=op.conversation_id)
        attempts = QT_TRANSLATE_NOOP("Cli", "attempts: {count}").fill(count=op.attempts)
        print(f"{op.id}\t{op.kind}\t{tr(conversation)}\t{tr(state)}\t{tr(attempts)}")
        if op.reason:
            print(f"\t{op.reason}")
        conflict = op.conflict or {}
        if "field" in conflict:
            server = conflict.get("server", tr(QT_TRANSLATE_NOOP("Cli", "(could not be read)")))
            _say(
                QT_TRANSLATE_NOOP("Cli", "{field}: yours {mine}, on the server now {server}").fill(
                    field=conflict["field"], mine=conflict.get("mine"), server=server
                ),
                indent="\t",
            )
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from agentdesk.search_command import run_search

    store = _open_store(_data_dir(args))
    try:
        hits = run_search(store, " ".join(args.query), limit=args.limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False))
        return 0
    if not hits:
        _say(QT_TRANSLATE_NOOP("Cli", "No conversation matches."))
    for h in hits:
        print(f"#{h.conversation_id}\t{h.date:%Y-%m-%d}\t{h.customer}\t{h.subject}\n\t{h.snippet}")
    return 0


_NETWORK_STATES = {
    "online": QT_TRANSLATE_NOOP("Cli", "online"),
    "offline": QT_TRANSLATE_NOOP("Cli", "offline"),
    "degraded": QT_TRANSLATE_NOOP("Cli", "degraded"),
    "auth": QT_TRANSLATE_NOOP("Cli", "sign-in refused"),
    "unknown": QT_TRANSLATE_NOOP("Cli", "not synced yet"),
}


def _say(text: str, indent: str = "") -> None:
    """Print a text in the language chosen with --lang (or the system's)."""
    print(indent + tr(text))


def speak(flag: str | None) -> str:
    """The language of what commands print: --lang, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    English without a translation file. The window chooses its own (agentdesk.ui.language) and replaces this."""
    code = cli_language(flag)
    install(None)
    if code != "en":
        path = resource_path("translations", f"agentdesk_{code}.ts")
        try:
            install(TsTranslator(path, code), code)
        except (OSError, ET.ParseError):
            log.warning("no readable translations for %s at %s", code, path)
    return code


def cli_language(flag: str | None) -> str:
    if flag:
        return flag
    if os.environ.get("AGENTDESK_NO_SYSTEM_LOCALE"):
        return "en"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in os.environ.get(variable, "").split(":"):
            code = value.split("_")[0].split(".")[0].lower()
            if code in UI_LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break
    return "en"


def _print(text: str) -> int:
    print(text)
    return 0


def _data_dir(args: argparse.Namespace, default: Path | None = None) -> DataDir:
    given: Path | None = getattr(args, "data_dir", None)
    return DataDir.prepare(given if given is not None else default)


def _open_store(data_dir: DataDir, *, check_in_background: bool = False) -> Store:
    configure_logging(data_dir.logs_dir)
    return Store.open(data_dir, check_in_background=check_in_background)


def _cmd_gui(args: argparse.Namespace) -> int:
    # The integrity check reads the whole file: it runs beside the window's start-up, writes wait for it.
    store = _open_store(_data_dir(args), check_in_background=True)
    from agentdesk.ui.app import run_gui  # Qt is loaded only for the window

    try:
        code = run_gui(store, lang=getattr(args, "ui_lang", None))
    finally:
        store.close()
    _end_after_window(code)
    return code  # not reached


def _cmd_demo(args: argparse.Namespace) -> int:
    from agentdesk.demo import ensure_demo

    data_dir = _data_dir(args, default_demo_dir())
    configure_logging(data_dir.logs_dir)
    store = ensure_demo(data_dir)
    try:
        if args.no_gui:
            print(f"Demo workspace ready in {data_dir.root}")
            return 0
        from agentdesk.ui.app import run_gui

        code = run_gui(store, demo=True, lang=getattr(args, "ui_lang", None))
    finally:
        store.close()
    _end_after_window(code)
    return code  # not reached


def _end_after_window(code: int) -> None:
    """Leave without the interpreter's final garbage collection once the window has closed and the cache is
    closed (everything is committed): PySide6 6.12 with pyqtgraph can abort there ("bool_dealloc") after the
    reports window was open, which would show a crash report for a clean exit."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _cmd_self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if getattr(args, "data_dir", None) is not None:
        store = _open_store(_data_dir(args), check_in_background=True)  # as the window opens it
        try:
            from agentdesk.ui.app import self_test

            return self_test(store, getattr(args, "ui_lang", None))
        finally:
            store.close()
    # Without a data dir, check the whole path on a throw-away demo workspace.
    from agentdesk.demo import ensure_demo
    from agentdesk.ui.app import self_test

    scratch = Path(tempfile.mkdtemp(prefix="agentdesk-self-test-"))
    try:
        store = ensure_demo(DataDir.prepare(scratch))
        try:
            return self_test(store, getattr(args, "ui_lang", None))
        finally:
            store.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _early_language(argv: Sequence[str]) -> str | None:
    """--lang as given on the command line, read before the parser is built so its help and its errors speak it
    (not `reply --lang`, a canned reply's language); None when not given or not one of the languages."""
    words = list(argv)
    for i, word in enumerate(words):
        if word == "reply":
            return None
        if word == "--":
            return None
        value = word.partition("=")[2] if word.startswith("--lang=") else None
        if word == "--lang" and i + 1 < len(words):
            value = words[i + 1]
        if value is not None:
            return value if value in UI_LANGUAGES else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    speak(_early_language(words))
    with _argparse_speaks():
        parser = build_parser()
        args = parser.parse_args(words)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)
    handler: Handler = args.handler
    speak(getattr(args, "ui_lang", None))
    try:
        return handler(args)
    except UserError as exc:
        what, todo = exc.localized()
        print(f"agentdesk: {what}", file=sys.stderr)
        if todo:
            print(f"  {todo}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("agentdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `agentdesk canned list | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
