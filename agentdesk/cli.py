"""The `agentdesk` command: the window by default, headless commands for scripts, support and benchmarks.

Problems the user can fix are printed as two plain lines (what happened, what to do) with exit code 2;
a traceback means a bug.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from agentdesk import __version__
from agentdesk.errors import UserError
from agentdesk.logging_setup import configure_logging
from agentdesk.paths import DataDir, default_data_dir, default_demo_dir
from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.cli")

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors name the fix as well as the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\nRun '{self.prog} --help' to see what it accepts.\n")


def _add_data_dir(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        # On subcommands SUPPRESS keeps a value given before the subcommand.
        default=None if top else argparse.SUPPRESS,
        help=f"folder holding the workspace (cache, attachments, logs); default: {default_data_dir()}",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="agentdesk",
        description="AgentDesk: email and tickets for small support teams, one customer timeline, offline first.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_data_dir(parser, top=True)
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug details to the console")
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="open (and create on first use) the demo workspace")
    _add_data_dir(demo, top=False)
    demo.add_argument("--no-gui", action="store_true", help="only create the demo workspace, do not open it")
    demo.set_defaults(handler=_cmd_demo)

    self_test = commands.add_parser(
        "self-test", help="open the cache and build the main window offscreen; exit 0 when all is well"
    )
    _add_data_dir(self_test, top=False)
    self_test.set_defaults(handler=_cmd_self_test)

    version = commands.add_parser("version", help="print the version")
    version.set_defaults(handler=lambda _args: _print(f"agentdesk {__version__}"))
    return parser


def _print(text: str) -> int:
    print(text)
    return 0


def _data_dir(args: argparse.Namespace, default: Path | None = None) -> DataDir:
    given: Path | None = getattr(args, "data_dir", None)
    return DataDir.prepare(given if given is not None else default)


def _open_store(data_dir: DataDir) -> Store:
    configure_logging(data_dir.logs_dir)
    return Store.open(data_dir)


def _cmd_gui(args: argparse.Namespace) -> int:
    store = _open_store(_data_dir(args))
    from agentdesk.ui.app import run_gui  # Qt is loaded only for the window

    try:
        return run_gui(store)
    finally:
        store.close()


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

        return run_gui(store, demo=True)
    finally:
        store.close()


def _cmd_self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if getattr(args, "data_dir", None) is not None:
        store = _open_store(_data_dir(args))
        try:
            from agentdesk.ui.app import self_test

            return self_test(store)
        finally:
            store.close()
    # Without a data dir, check the whole path on a throw-away demo workspace.
    from agentdesk.demo import ensure_demo
    from agentdesk.ui.app import self_test

    scratch = Path(tempfile.mkdtemp(prefix="agentdesk-self-test-"))
    try:
        store = ensure_demo(DataDir.prepare(scratch))
        try:
            return self_test(store)
        finally:
            store.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG)
    handler: Handler = args.handler
    try:
        return handler(args)
    except UserError as exc:
        print(f"agentdesk: {exc.what}", file=sys.stderr)
        if exc.todo:
            print(f"  {exc.todo}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("agentdesk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
