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
from agentdesk.i18n import QT_TRANSLATE_NOOP
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
    where = QT_TRANSLATE_NOOP("Canned", "entry {number}").fill(number=position + 1)
    if not isinstance(data, dict):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Canned", "The canned-reply file is not in the expected shape: {where} is not an object."
            ).fill(where=where),
            _SHAPE_HINT,
        )
    title = data.get("title")
    variants = data.get("variants")
    if not isinstance(title, str) or not title.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "The canned-reply file has no title in {where}.").fill(where=where), _SHAPE_HINT
        )
    if not isinstance(variants, dict) or not variants:
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "The canned reply {title} ({where}) has no language variants.").fill(
                title=repr(title), where=where
            ),
            _SHAPE_HINT,
        )
    parsed: dict[str, dict[str, str]] = {}
    for lang, given in variants.items():
        variant = {"subject": "", "body": given} if isinstance(given, str) else given
        if not isinstance(variant, dict) or not isinstance(variant.get("body"), str):
            raise UserError(
                QT_TRANSLATE_NOOP("Canned", "The {language} variant of {title} has no body text.").fill(
                    language=repr(lang), title=repr(title)
                ),
                _SHAPE_HINT,
            )
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


_SHAPE_HINT = QT_TRANSLATE_NOOP(
    "Canned", 'Each entry needs a "title" and "variants": {"en": {"subject": "…", "body": "…"}, …}.'
)


def parse_json(text: str) -> list[CannedEntry]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "The canned-reply file is not valid JSON (line {line}: {problem}).").fill(
                line=exc.lineno, problem=exc.msg
            ),
            _SHAPE_HINT,
        ) from exc
    if not isinstance(data, list):
        raise UserError(QT_TRANSLATE_NOOP("Canned", "The canned-reply file must hold a list of entries."), _SHAPE_HINT)
    return [_entry_from_json(item, i) for i, item in enumerate(data)]


def parse_csv(text: str) -> list[CannedEntry]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"title", "language", "body"} - set(reader.fieldnames or [])
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "The CSV file lacks the column(s) {columns}.").fill(
                columns=", ".join(sorted(missing))
            ),
            QT_TRANSLATE_NOOP("Canned", "Use the columns {columns} (one row per language variant).").fill(
                columns=", ".join(CSV_COLUMNS)
            ),
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
    raise UserError(
        QT_TRANSLATE_NOOP("Canned", "There is no canned reply named {name}.").fill(name=repr(name)),
        QT_TRANSLATE_NOOP("Canned", "See the names with `agentdesk canned list`."),
    )


def validate_entry(entry: CannedEntry) -> None:
    """Refuse an entry whose templates refer to unknown variables or are not allowed, naming variant and line."""
    if not entry.title.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "A canned reply needs a title."),
            QT_TRANSLATE_NOOP("Canned", "Give it a short title, e.g. “Where is my order”."),
        )
    if not entry.variants:
        raise UserError(
            QT_TRANSLATE_NOOP("Canned", "The canned reply {title} has no text.").fill(title=repr(entry.title)),
            QT_TRANSLATE_NOOP("Canned", "Write the text in at least one language."),
        )
    for lang, variant in sorted(entry.variants.items()):
        if not lang.strip() or len(lang) > 16:
            raise UserError(
                QT_TRANSLATE_NOOP("Canned", "{language} is not a language code.").fill(language=repr(lang)),
                QT_TRANSLATE_NOOP("Canned", "Use a code such as en, de, es, id, hi or pt-BR."),
            )
        if not variant.get("body", "").strip():
            raise UserError(
                QT_TRANSLATE_NOOP("Canned", "The {language} text of {title} is empty.").fill(
                    language=lang, title=repr(entry.title)
                ),
                QT_TRANSLATE_NOOP("Canned", "Write it, or remove that language."),
            )
        for part, label in _PARTS:
            check(
                variant.get(part, ""),
                where=QT_TRANSLATE_NOOP("Canned", "{title} ({language}, {part})").fill(
                    title=entry.title, language=lang, part=label
                ),
            )


_PARTS = (("subject", QT_TRANSLATE_NOOP("Canned", "subject")), ("body", QT_TRANSLATE_NOOP("Canned", "body")))


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
                    QT_TRANSLATE_NOOP("Canned", "The shortcut {shortcut} is already used by {title}.").fill(
                        shortcut=repr(entry.shortcut), title=repr(clash.title)
                    ),
                    QT_TRANSLATE_NOOP("Canned", "Choose another shortcut."),
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
