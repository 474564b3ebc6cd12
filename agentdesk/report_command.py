"""`agentdesk report --from D --to D [--csv F] [--json]`: support KPIs for a period, in business and calendar time.

The CSV has one row per conversation (the reports window's table); `--json` prints one object whose keys name the
metrics (first_response, next_response, resolution, first_contact_resolution, handling_time, sla_attainment,
satisfaction, volume, backlog, top_tags), durations in minutes on both clocks.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.errors import UserError
from agentdesk.formats import DASH, duration, number, percent
from agentdesk.i18n import QT_TRANSLATE_NOOP, tr

if TYPE_CHECKING:
    from agentdesk.domain.metrics import Report

__all__ = ["add_report_command", "format_summary", "write_csv"]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr(
                QT_TRANSLATE_NOOP("ReportCli", "{value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31").fill(
                    value=repr(value)
                )
            )
        ) from None


def add_report_command(commands: Any, add_lang: Callable[..., None] | None = None) -> None:
    report = commands.add_parser(
        "report", help=tr(QT_TRANSLATE_NOOP("CliHelp", "support KPIs for a period (business and calendar time)"))
    )
    report.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help=tr(QT_TRANSLATE_NOOP("CliHelp", "folder holding the workspace")),
    )
    if add_lang is not None:
        add_lang(report, top=False)
    report.add_argument(
        "--from",
        dest="first",
        type=_date,
        required=True,
        metavar="D",
        help=tr(QT_TRANSLATE_NOOP("CliHelp", "first day, YYYY-MM-DD")),
    )
    report.add_argument(
        "--to",
        dest="last",
        type=_date,
        required=True,
        metavar="D",
        help=tr(QT_TRANSLATE_NOOP("CliHelp", "last day, included")),
    )
    report.add_argument(
        "--csv",
        type=Path,
        metavar="F",
        help=tr(QT_TRANSLATE_NOOP("CliHelp", "write one row per conversation to this CSV file")),
    )
    report.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("CliHelp", "print one JSON object with every metric"))
    )
    report.add_argument("--channel", help=tr(QT_TRANSLATE_NOOP("CliHelp", "only this channel (email, ticket)")))
    report.add_argument("--tag", help=tr(QT_TRANSLATE_NOOP("CliHelp", "only conversations with this tag")))
    report.add_argument(
        "--assignee",
        help=tr(QT_TRANSLATE_NOOP("CliHelp", "only conversations assigned to this person ('' for unassigned)")),
    )
    report.set_defaults(handler=run_report_command)


def run_report_command(args: argparse.Namespace) -> int:
    from agentdesk.domain.metrics import ReportFilter
    from agentdesk.logging_setup import configure_logging
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.report_data import build_report

    if args.last < args.first:
        raise UserError(
            QT_TRANSLATE_NOOP("ReportCli", "The period ends ({last}) before it begins ({first}).").fill(
                last=args.last.isoformat(), first=args.first.isoformat()
            ),
            QT_TRANSLATE_NOOP("ReportCli", "Give --from a day on or before --to."),
        )
    data_dir = DataDir.prepare(getattr(args, "data_dir", None))
    configure_logging(data_dir.logs_dir)
    store = Store.open(data_dir)
    try:
        report, _data = build_report(
            store,
            args.first,
            args.last,
            report_filter=ReportFilter(channel=args.channel, tag=args.tag, assignee=args.assignee),
        )
    finally:
        store.close()
    if args.csv is not None:
        write_csv(report, args.csv)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        print(format_summary(report))
        if args.csv is not None:
            wrote = QT_TRANSLATE_NOOP("ReportCli", "Wrote {count} rows to {path}")
            print("\n" + tr(wrote.fill(count=number(len(report.conversations)), path=args.csv)))
    return 0


def write_csv(report: Report, path: Path) -> None:
    """The per-conversation table, with a header row; minutes as plain numbers, empty where not measured."""
    from agentdesk.domain.metrics import TABLE_COLUMNS, table_row

    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([key for key, _title in TABLE_COLUMNS])
            for figures in report.conversations:
                row = table_row(figures, report.period.zone)
                writer.writerow(["" if row[key] is None else row[key] for key, _title in TABLE_COLUMNS])
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("ReportCli", "The CSV file {path} cannot be written: {problem}.").fill(
                path=path, problem=exc.strerror or exc
            ),
            QT_TRANSLATE_NOOP("ReportCli", "Choose a folder you can write to, and check that the disk is not full."),
        ) from None


_METRICS = {
    "first_response": QT_TRANSLATE_NOOP("ReportCli", "First response"),
    "next_response": QT_TRANSLATE_NOOP("ReportCli", "Next response"),
    "resolution": QT_TRANSLATE_NOOP("ReportCli", "Resolution"),
}
_CHANNELS = {
    "email": QT_TRANSLATE_NOOP("ReportCli", "email"),
    "ticket": QT_TRANSLATE_NOOP("ReportCli", "ticket"),
}
_COLUMNS = (
    QT_TRANSLATE_NOOP("ReportCli", "metric"),
    QT_TRANSLATE_NOOP("ReportCli", "business median"),
    QT_TRANSLATE_NOOP("ReportCli", "business p90"),
    QT_TRANSLATE_NOOP("ReportCli", "calendar median"),
    QT_TRANSLATE_NOOP("ReportCli", "calendar p90"),
)


def format_summary(report: Report) -> str:
    """The report as text in the language of the moment (`agentdesk.i18n`), numbers and durations as it writes them."""
    data = report.as_json()
    period = data["period"]
    calendar = period["business_calendar"]
    lines = [
        tr(
            QT_TRANSLATE_NOOP(
                "ReportCli", "Support report {first} to {last} ({zone}), {count} conversations begun in the period"
            ).fill(
                first=period["from"], last=period["to"], zone=period["timezone"], count=number(period["conversations"])
            )
        ),
        tr(
            QT_TRANSLATE_NOOP("ReportCli", "Business calendar: {name}").fill(name=calendar)
            if calendar
            else QT_TRANSLATE_NOOP("ReportCli", "Business calendar: none (business time not measured)")
        ),
        "",
    ]
    rows = [
        (f"{tr(_METRICS[key])} ({number(data[key]['calendar']['count'])})", _time_cells(data[key]))
        for key in ("first_response", "next_response", "resolution")
    ]
    headers = [tr(c) for c in _COLUMNS]
    first = max(28, *(len(label) + 2 for label, _cells in rows), len(headers[0]) + 2)
    width = max(17, *(len(h) + 2 for h in headers[1:]), *(len(c) + 2 for _l, cells in rows for c in cells))
    lines.append(headers[0].ljust(first) + "".join(h.rjust(width) for h in headers[1:]))
    lines += [label.ljust(first) + "".join(c.rjust(width) for c in cells) for label, cells in rows]
    fcr = data["first_contact_resolution"]
    mean = fcr["replies_per_resolved_mean"]
    handling = data["handling_time"]
    lines += [
        "",
        tr(
            QT_TRANSLATE_NOOP("ReportCli", "Unanswered (no first reply yet): {count}").fill(
                count=number(data["first_response"]["unanswered"])
            )
        ),
        tr(QT_TRANSLATE_NOOP("ReportCli", "Resolved: {count}").fill(count=number(data["resolution"]["resolved"]))),
        tr(
            QT_TRANSLATE_NOOP(
                "ReportCli",
                "First contact resolution: {rate} ({one} of {replied} resolved with one reply); "
                "replies per resolved conversation: {mean}",
            ).fill(
                rate=percent(fcr["rate"]),
                one=number(fcr["resolved_with_one_reply"]),
                replied=number(fcr["resolved_with_replies"]),
                mean=number(mean, 1) if mean else DASH,
            )
        ),
        tr(
            QT_TRANSLATE_NOOP("ReportCli", "Handling time: median {median} per conversation, total {total}").fill(
                median=duration(handling["calendar"]["median_minutes"]), total=duration(handling["total_minutes"])
            )
        ),
    ]
    sla = data["sla_attainment"]
    if report.sla_note:
        lines.append(tr(QT_TRANSLATE_NOOP("ReportCli", "SLA attainment: {note}").fill(note=report.sla_note)))
    for metric, figures in sla["overall"].items():
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "ReportCli", "SLA {metric}: {rate} met ({met} met, {missed} missed, {pending} still running)"
                ).fill(
                    metric=_METRICS.get(metric, metric.replace("_", " ")),
                    rate=percent(figures["rate"]),
                    met=number(figures["met"]),
                    missed=number(figures["missed"]),
                    pending=number(figures["pending"]),
                )
            )
        )
    sat = data["satisfaction"]
    lines.append(
        tr(
            QT_TRANSLATE_NOOP(
                "ReportCli", "Satisfaction: {score} good ({good} good, {bad} bad, {offered} asked without an answer)"
            ).fill(
                score=percent(sat["score"]),
                good=number(sat["good"]),
                bad=number(sat["bad"]),
                offered=number(sat["offered"]),
            )
            if sat["good"] or sat["bad"] or sat["offered"]
            else QT_TRANSLATE_NOOP("ReportCli", "Satisfaction: no ratings")
        )
    )
    volume = data["volume"]
    by_channel = ", ".join(f"{tr(_CHANNELS.get(k, k))} {number(v)}" for k, v in volume["by_channel"].items())
    by_language = ", ".join(f"{k} {number(v)}" for k, v in volume["by_language"].items())
    tags = ", ".join(f"{t['tag']} {number(t['count'])}" for t in data["top_tags"])
    lines += [
        tr(QT_TRANSLATE_NOOP("ReportCli", "By channel: {list}").fill(list=by_channel or DASH)),
        tr(QT_TRANSLATE_NOOP("ReportCli", "By language: {list}").fill(list=by_language or DASH)),
        tr(QT_TRANSLATE_NOOP("ReportCli", "Top tags: {list}").fill(list=tags or DASH)),
    ]
    backlog = list(data["backlog"]["per_day"].values())
    if backlog:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "ReportCli", "Backlog (not closed at day's end): {first} at the start, {last} at the end"
                ).fill(first=number(backlog[0]), last=number(backlog[-1]))
            )
        )
    return "\n".join(lines)


def _time_cells(figure: dict[str, Any]) -> list[str]:
    business = figure["business"] or {}
    calendar = figure["calendar"]
    return [
        duration(business.get("median_minutes")),
        duration(business.get("p90_minutes")),
        duration(calendar["median_minutes"]),
        duration(calendar["p90_minutes"]),
    ]
