"""`agentdesk report --from D --to D [--csv F] [--json]`: support KPIs for a period, in business and calendar time.

The CSV has one row per conversation (the reports window's table); `--json` prints one object whose keys name the
metrics (first_response, next_response, resolution, first_contact_resolution, handling_time, sla_attainment,
satisfaction, volume, backlog, top_tags), durations in minutes on both clocks.
"""

from __future__ import annotations

import argparse
import csv
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.errors import UserError

if TYPE_CHECKING:
    from agentdesk.domain.metrics import Report

__all__ = ["add_report_command", "format_summary", "write_csv"]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31") from None


def add_report_command(commands: Any) -> None:
    report = commands.add_parser("report", help="support KPIs for a period (business and calendar time)")
    report.add_argument(
        "--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS, help="folder holding the workspace"
    )
    report.add_argument("--from", dest="first", type=_date, required=True, metavar="D", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=_date, required=True, metavar="D", help="last day, included")
    report.add_argument("--csv", type=Path, metavar="F", help="write one row per conversation to this CSV file")
    report.add_argument("--json", action="store_true", help="print one JSON object with every metric")
    report.add_argument("--channel", help="only this channel (email, ticket)")
    report.add_argument("--tag", help="only conversations with this tag")
    report.add_argument("--assignee", help="only conversations assigned to this person ('' for unassigned)")
    report.set_defaults(handler=run_report_command)


def run_report_command(args: argparse.Namespace) -> int:
    from agentdesk.domain.metrics import ReportFilter
    from agentdesk.logging_setup import configure_logging
    from agentdesk.paths import DataDir
    from agentdesk.store.database import Store
    from agentdesk.store.report_data import build_report

    if args.last < args.first:
        raise UserError(
            f"The period ends ({args.last}) before it begins ({args.first}).", "Give --from a day on or before --to."
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
            print(f"\nWrote {len(report.conversations)} rows to {args.csv}")
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
            f"The CSV file {path} cannot be written: {exc.strerror or exc}.",
            "Choose a folder you can write to, and check that the disk is not full.",
        ) from None


def _duration(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    total = round(minutes)
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h {mins:02d} min"
    if hours:
        return f"{hours} h {mins:02d} min"
    return f"{mins} min"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def format_summary(report: Report) -> str:
    data = report.as_json()
    period = data["period"]
    lines = [
        f"Support report {period['from']} to {period['to']} ({period['timezone']}), "
        f"{period['conversations']} conversations begun in the period",
        f"Business calendar: {period['business_calendar'] or 'none (business time not measured)'}",
        "",
        f"{'metric':<28}{'business median':>17}{'business p90':>17}{'calendar median':>17}{'calendar p90':>17}",
    ]
    for key, label in (("first_response", "First response"), ("next_response", "Next response")):
        lines.append(_time_line(label, data[key]))
    lines.append(_time_line("Resolution", data["resolution"]))
    fcr = data["first_contact_resolution"]
    lines += [
        "",
        f"Unanswered (no first reply yet): {data['first_response']['unanswered']}",
        f"Resolved: {data['resolution']['resolved']}",
        f"First contact resolution: {_percent(fcr['rate'])} "
        f"({fcr['resolved_with_one_reply']} of {fcr['resolved_with_replies']} resolved with one reply); "
        f"replies per resolved conversation: {fcr['replies_per_resolved_mean'] or '—'}",
        f"Handling time: median {_duration(data['handling_time']['calendar']['median_minutes'])} per conversation, "
        f"total {_duration(data['handling_time']['total_minutes'])}",
    ]
    sla = data["sla_attainment"]
    if sla["note"]:
        lines.append(f"SLA attainment: {sla['note']}")
    for metric, figures in sla["overall"].items():
        lines.append(
            f"SLA {metric.replace('_', ' ')}: {_percent(figures['rate'])} met "
            f"({figures['met']} met, {figures['missed']} missed, {figures['pending']} still running)"
        )
    sat = data["satisfaction"]
    lines.append(
        f"Satisfaction: {_percent(sat['score'])} good "
        f"({sat['good']} good, {sat['bad']} bad, {sat['offered']} asked without an answer)"
        if sat["good"] or sat["bad"] or sat["offered"]
        else "Satisfaction: no ratings"
    )
    volume = data["volume"]
    lines.append("By channel: " + (", ".join(f"{k} {v}" for k, v in volume["by_channel"].items()) or "—"))
    lines.append("By language: " + (", ".join(f"{k} {v}" for k, v in volume["by_language"].items()) or "—"))
    lines.append("Top tags: " + (", ".join(f"{t['tag']} {t['count']}" for t in data["top_tags"]) or "—"))
    backlog = list(data["backlog"]["per_day"].values())
    if backlog:
        lines.append(f"Backlog (not closed at day's end): {backlog[0]} at the start, {backlog[-1]} at the end")
    return "\n".join(lines)


def _time_line(label: str, figure: dict[str, Any]) -> str:
    business = figure["business"] or {}
    calendar = figure["calendar"]
    cells = [
        _duration(business.get("median_minutes")),
        _duration(business.get("p90_minutes")),
        _duration(calendar["median_minutes"]),
        _duration(calendar["p90_minutes"]),
    ]
    return f"{label + ' (' + str(calendar['count']) + ')':<28}" + "".join(f"{c:>17}" for c in cells)
