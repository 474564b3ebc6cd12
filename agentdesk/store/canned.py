"""The canned-reply and knowledge-article library in the cache: list, find, import and export (JSON and CSV).

The JSON shape is the one of `resources/canned/starter.json`: a list of entries
`{"kind", "title", "shortcut", "folder", "tags", "url", "variants": {"en": {"subject", "body"}, …}}`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from agentdesk.domain.canned_search import SearchItem
from agentdesk.domain.clock import utcnow
from agentdesk.domain.templates import check
from agentdesk.errors import UserError
from agentdesk.store.models import CannedReply, CannedReplyVariant

CSV_COLUMNS = ["kind", "title", "shortcut", "folder", "tags", "url", "language", "subject", "body"]


@dataclass
class CannedEntry:
    title: str
    kind: str = "reply"
    shortcut: str | None = None
    folder: str = ""
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    variants: dict[str, dict[str, str]] = field(default_factory=dict)  # language → {"subject", "body"}
    id: int | None = None
    usage_count: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "shortcut": self.shortcut,
            "folder": self.folder,
            "tags": list(self.tags),
            "url": self.url,
            "variants": {lang: dict(v) for lang, v in sorted(self.variants.items())},
        }


def _entry_from_json(data: Any, position: int) -> CannedEntry:
    where = f"entry {position + 1}"
    if not isinstance(data, dict):
        raise UserError(f"The canned-reply file is not in the expected shape: {where} is not an object.", _SHAPE_HINT)
    title = data.get("title")
    variants = data.get("variants")
    if not isinstance(title, str) or not title.strip():
        raise UserError(f"The canned-reply file has no title in {where}.", _SHAPE_HINT)
    if not isinstance(variants, dict) or not variants:
        raise UserError(f"The canned reply {title!r} ({where}) has no language variants.", _SHAPE_HINT)
    parsed: dict[str, dict[str, str]] = {}
    for lang, given in variants.items():
        variant = {"subject": "", "body": given} if isinstance(given, str) else given
        if not isinstance(variant, dict) or not isinstance(variant.get("body"), str):
            raise UserError(f"The {lang!r} variant of {title!r} has no body text.", _SHAPE_HINT)
        parsed[str(lang)] = {"subject": str(variant.get("subject") or ""), "body": variant["body"]}
    tags = data.get("tags") or []
    return CannedEntry(
        title=title.strip(),
        kind=str(data.get("kind") or "reply"),
        shortcut=(str(data["shortcut"]).strip() or None) if data.get("shortcut") else None,
        folder=str(data.get("folder") or ""),
        tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
        url=str(data["url"]) if data.get("url") else None,
        variants=parsed,
    )


_SHAPE_HINT = 'Each entry needs a "title" and "variants": {"en": {"subject": "…", "body": "…"}, …}.'


def parse_json(text: str) -> list[CannedEntry]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"The canned-reply file is not valid JSON (line {exc.lineno}: {exc.msg}).", _SHAPE_HINT
        ) from exc
    if not isinstance(data, list):
        raise UserError("The canned-reply file must hold a list of entries.", _SHAPE_HINT)
    return [_entry_from_json(item, i) for i, item in enumerate(data)]


def parse_csv(text: str) -> list[CannedEntry]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"title", "language", "body"} - set(reader.fieldnames or [])
    if missing:
        raise UserError(
            f"The CSV file lacks the column(s) {', '.join(sorted(missing))}.",
            f"Use the columns {', '.join(CSV_COLUMNS)} (one row per language variant).",
        )
    entries: dict[str, CannedEntry] = {}
    for row in reader:
        title = (row.get("title") or "").strip()
        if not title:
            continue
        entry = entries.setdefault(
            title,
            CannedEntry(
                title=title,
                kind=row.get("kind") or "reply",
                shortcut=row.get("shortcut") or None,
                folder=row.get("folder") or "",
                tags=[t.strip() for t in (row.get("tags") or "").split(",") if t.strip()],
                url=row.get("url") or None,
            ),
        )
        entry.variants[(row.get("language") or "en").strip()] = {
            "subject": row.get("subject") or "",
            "body": row.get("body") or "",
        }
    return list(entries.values())


def to_csv(entries: Iterable[CannedEntry]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in entries:
        for lang, v in sorted(e.variants.items()):
            writer.writerow(
                {
                    "kind": e.kind,
                    "title": e.title,
                    "shortcut": e.shortcut or "",
                    "folder": e.folder,
                    "tags": ",".join(e.tags),
                    "url": e.url or "",
                    "language": lang,
                    "subject": v.get("subject", ""),
                    "body": v.get("body", ""),
                }
            )
    return out.getvalue()


def load_entries(session: Session) -> list[CannedEntry]:
    rows = session.execute(
        select(CannedReply).options(selectinload(CannedReply.variants)).order_by(CannedReply.folder, CannedReply.title)
    ).scalars()
    return [
        CannedEntry(
            id=r.id,
            title=r.title,
            kind=r.kind,
            shortcut=r.shortcut,
            folder=r.folder,
            tags=[str(t) for t in r.tags],
            url=r.url,
            usage_count=r.usage_count,
            variants={v.language: {"subject": v.subject, "body": v.body} for v in r.variants},
        )
        for r in rows
    ]


def find_entry(session: Session, name: str) -> CannedEntry:
    """By shortcut first, then by title (case-insensitive)."""
    lowered = name.strip().lower()
    for entry in load_entries(session):
        if (entry.shortcut or "").lower() == lowered:
            return entry
    for entry in load_entries(session):
        if entry.title.lower() == lowered:
            return entry
    raise UserError(f"There is no canned reply named {name!r}.", "See the names with `agentdesk canned list`.")


def validate_entry(entry: CannedEntry) -> None:
    """Refuse an entry whose templates refer to unknown variables or are not allowed, naming variant and line."""
    if not entry.title.strip():
        raise UserError("A canned reply needs a title.", "Give it a short title, e.g. “Where is my order”.")
    if not entry.variants:
        raise UserError(f"The canned reply {entry.title!r} has no text.", "Write the text in at least one language.")
    for lang, variant in sorted(entry.variants.items()):
        if not lang.strip() or len(lang) > 16:
            raise UserError(f"{lang!r} is not a language code.", "Use a code such as en, de, es, id, hi or pt-BR.")
        if not variant.get("body", "").strip():
            raise UserError(f"The {lang} text of {entry.title!r} is empty.", "Write it, or remove that language.")
        for part in ("subject", "body"):
            check(variant.get(part, ""), where=f"{entry.title} ({lang}, {part})")


def save_entries(session: Session, entries: Iterable[CannedEntry], *, replace: bool = True) -> tuple[int, int]:
    """Insert new entries and (with replace) overwrite those with the same shortcut or title; (added, updated).

    Every template is checked first; one bad entry refuses the whole batch (nothing half-imported)."""
    entries = list(entries)
    for entry in entries:
        validate_entry(entry)
    now = utcnow()
    added = updated = 0
    for entry in entries:
        existing = session.get(CannedReply, entry.id) if entry.id is not None else None
        if existing is None and entry.shortcut:
            existing = session.execute(select(CannedReply).where(CannedReply.shortcut == entry.shortcut)).scalar()
        if existing is None:
            existing = session.execute(
                select(CannedReply).where(func.lower(CannedReply.title) == entry.title.lower())
            ).scalar()
        if existing is not None and not replace:
            continue
        if entry.shortcut:
            clash = session.execute(select(CannedReply).where(CannedReply.shortcut == entry.shortcut)).scalar()
            if clash is not None and clash is not existing:
                raise UserError(
                    f"The shortcut {entry.shortcut!r} is already used by {clash.title!r}.", "Choose another shortcut."
                )
        if existing is None:
            existing = CannedReply(title=entry.title, created_at=now, updated_at=now, usage_count=0)
            session.add(existing)
            added += 1
        else:
            updated += 1
        existing.title = entry.title
        existing.kind = entry.kind
        existing.shortcut = entry.shortcut
        existing.folder = entry.folder
        existing.tags = list(entry.tags)
        existing.url = entry.url
        existing.updated_at = now
        existing.variants = [
            CannedReplyVariant(language=lang, subject=v.get("subject", ""), body=v["body"])
            for lang, v in sorted(entry.variants.items())
        ]
        session.flush()
    return added, updated


def delete_entry(session: Session, entry_id: int) -> None:
    row = session.get(CannedReply, entry_id)
    if row is not None:
        session.delete(row)


def record_use(session: Session, entry_id: int) -> None:
    """Count one insert, so the picker offers the most used replies first."""
    row = session.get(CannedReply, entry_id)
    if row is not None:
        row.usage_count = (row.usage_count or 0) + 1


def search_items(entries: Iterable[CannedEntry]) -> list[SearchItem]:
    return [
        SearchItem(
            key=e.id if e.id is not None else i,
            title=e.title,
            shortcut=e.shortcut or "",
            bodies=tuple(part for v in e.variants.values() for part in (v.get("subject", ""), v.get("body", ""))),
            tags=tuple(e.tags),
            folder=e.folder,
            usage_count=e.usage_count,
        )
        for i, e in enumerate(entries)
    ]
