"""A realistic shared support mailbox for the mail-sync benchmark, generated once and cached as Maildir files.

20,000 messages by default: customers in eight languages write to the team (INBOX), the team answers (Sent),
customers follow up, in threads of 1-5 with Message-ID / In-Reply-To / References chains. Like real mail they
carry relay headers (Received, DKIM, Authentication-Results), replies quote the message they answer, most
customer mail and every team reply has an HTML alternative (the team's from a styled helpdesk template), and
about 8 % carry an attachment (photos, invoices, logs) of a few KB to a couple of MB. About 240 MB in all.

Deterministic for a seed. The Maildir files are written once under the system temp dir, in a folder named by a
hash of this file, `tests/servers/mailgen.py` and the parameters, so a rerun only links them into a new server.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.servers import mailgen
from tests.servers.mailgen import LANGUAGES, TEAM_ADDRESS, TEAM_NAME, Attachment, Language

END = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
NEWEST = 500  # the "newest conversations" the benchmark waits for
PROBE_WORD = "Kaleidoskopfernrohr"  # planted once in the oldest message, searched for after the sync
_PRODUCTS = (
    "jacket",
    "hiking boots",
    "rain cover",
    "sleeping bag",
    "tent",
    "backpack",
    "Jacke",
    "Wanderschuhe",
    "mochila",
    "tente",
    "куртка",
    "ジャケット",
    "夹克",
    "जैकेट",
)
_MAILERS = (
    "Mozilla Thunderbird 115.8.1",
    "Microsoft Outlook 16.0",
    "Apple Mail (2.3731.700.6)",
    "Gmail",
    "K-9 Mail for Android",
)
_UNQUOTED = (
    "Order number: {order}. Product: {product}.",
    "I paid with my credit card ending in {card}.",
    "Customer number {customer}, delivery address unchanged.",
    "Sent from my phone",
)
_HELPDESK_CSS = "".join(
    f".hd-{name} {{ font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; "
    f"font-size: {size}px; line-height: 1.5; color: #{color}; margin: 0 0 12px 0; padding: 0; }}\n"
    for name, size, color in (
        ("body", 14, "222222"),
        ("greeting", 15, "111111"),
        ("para", 14, "333333"),
        ("sig", 12, "666666"),
        ("quote", 13, "555555"),
        ("footer", 11, "999999"),
        ("button", 14, "ffffff"),
        ("legal", 10, "aaaaaa"),
    )
)


@dataclass
class Manifest:
    """What the benchmark needs to know about the generated mailbox."""

    messages: int
    bytes: int
    folders: dict[str, int]
    threads: int
    html: int
    attachments: int
    languages: dict[str, int]
    newest_threads: list[list[str]]  # Message-IDs of each of the NEWEST newest threads
    probe_word: str
    probe_message_id: str
    generate_seconds: float = 0.0
    extra: dict[str, int] = field(default_factory=dict)


def cache_key(count: int, seed: int) -> str:
    h = hashlib.sha256()
    for source in (Path(__file__), Path(mailgen.__file__)):
        h.update(source.read_bytes())
    h.update(f"{count}/{seed}".encode())
    return h.hexdigest()[:16]


def cached_mailbox(count: int = 20_000, seed: int = 7, root: Path | None = None) -> tuple[Path, Manifest]:
    """The Maildir folders (`INBOX/cur`, `Sent/cur`) and manifest, generated on first use."""
    base = (root or Path(tempfile.gettempdir())) / "agentdesk-mailbench" / cache_key(count, seed)
    manifest_path = base / "manifest.json"
    if manifest_path.exists():
        return base, Manifest(**json.loads(manifest_path.read_text(encoding="utf-8")))
    work = base.with_name(base.name + ".partial")
    shutil.rmtree(work, ignore_errors=True)
    started = time.monotonic()
    manifest = _generate(work, count, seed)
    manifest.generate_seconds = round(time.monotonic() - started, 1)
    (work / "manifest.json").write_text(json.dumps(asdict(manifest)), encoding="utf-8")
    shutil.rmtree(base, ignore_errors=True)
    work.rename(base)
    return base, manifest


# --- generating ---------------------------------------------------------------------------------


def _customer(rng: random.Random, lang: Language, thread: int) -> tuple[str, str]:
    name = rng.choice(lang.names)
    plain = unicodedata.normalize("NFKD", name.lower()).replace(" ", ".")
    local = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == ".")).strip(".")
    local = local or f"customer{thread % 997}"
    domain = rng.choice(("mail.example", "post.example.org", "web.example.net", "gmail.example", "outlook.example"))
    return name, f"{local}.{thread % 3001}@{domain}"


def _relay_headers(rng: random.Random, sender_domain: str, when: datetime, ours: bool) -> list[tuple[str, str]]:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    hops = [
        (
            "Received",
            f"from mx{rng.randrange(1, 9)}.{sender_domain} (mx{rng.randrange(1, 9)}.{sender_domain} "
            f"[203.0.113.{rng.randrange(1, 254)}]) by mail.shop.example (Postfix) with ESMTPS id "
            f"{rng.randrange(16**10):010X} for <{TEAM_ADDRESS}>; {stamp}",
        )
        for _ in range(1 if ours else rng.randrange(2, 4))
    ]
    signature = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(344)
    )
    body_hash = "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)
    )
    dkim = (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sender_domain}; s=s{rng.randrange(2020, 2025)}; "
        f"h=from:to:subject:date:message-id:in-reply-to:references:mime-version; bh={body_hash}=; b={signature}"
    )
    results = (
        f"mail.shop.example; dkim=pass header.d={sender_domain}; spf=pass smtp.mailfrom={sender_domain}; "
        f"dmarc=pass header.from={sender_domain}"
    )
    headers = [*hops, ("DKIM-Signature", dkim)]
    if not ours:
        headers.append(("Authentication-Results", results))
    headers.append(("X-Mailer", "AgentDesk Helpdesk" if ours else rng.choice(_MAILERS)))
    return headers


def _quote(text: str, who: str, when: datetime) -> str:
    lines = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    return f"\n\nOn {when:%a, %d %b %Y at %H:%M}, {who} wrote:\n{lines}"


def _html_from_text(greeting: str, text: str, ours: bool, rng: random.Random) -> str:
    paragraphs = "".join(
        f'<p class="hd-para">{p.replace(chr(10), "<br>")}</p>' for p in text.split("\n\n") if p.strip()
    )
    if ours:
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_HELPDESK_CSS}</style></head>'
            f'<body class="hd-body"><table width="100%" cellpadding="0" cellspacing="0"><tr><td>'
            f'<p class="hd-greeting"><b>{greeting},</b></p>{paragraphs}'
            f'<p class="hd-sig">{TEAM_NAME}<br>Shop Example GmbH · Musterstraße 1 · 10115 Berlin</p>'
            f'<p><a class="hd-button" href="https://shop.example/help?ticket={rng.randrange(10**6)}">'
            f"Rate our answer</a></p>"
            f'<img src="https://track.shop.example/o.gif?m={rng.randrange(10**9)}" width="1" height="1" alt="">'
            f'<p class="hd-legal">You receive this message because you wrote to {TEAM_ADDRESS}.</p>'
            f"</td></tr></table></body></html>"
        )
    return f'<div dir="ltr">{paragraphs}</div>'


def _attachment(rng: random.Random) -> Attachment:
    # Log-normal sizes: median ~40 KB, a long tail of big photos and scans, capped at 3 MB.
    size = int(min(3_000_000, max(2_000, rng.lognormvariate(10.6, 1.05))))
    kind = rng.choices(("jpg", "pdf", "png", "txt"), weights=(5, 3, 2, 1))[0]
    if kind == "txt":
        line = "2025-02-01T10:00:00Z app[{}]: request {} took {} ms\n"
        data = "".join(line.format(i % 97, i, i % 500) for i in range(size // 48)).encode()
        return Attachment("log.txt", "text/plain", data)
    names = {
        "jpg": (f"IMG_{rng.randrange(1000, 9999)}.jpg", "image/jpeg"),
        "pdf": (f"invoice-{rng.randrange(10**5):05d}.pdf", "application/pdf"),
        "png": ("screenshot.png", "image/png"),
    }
    filename, ctype = names[kind]
    return Attachment(filename, ctype, rng.randbytes(size))


def _generate(work: Path, count: int, seed: int) -> Manifest:
    rng = random.Random(seed)
    folders = {"INBOX": work / "INBOX" / "cur", "Sent": work / "Sent" / "cur"}
    for path in folders.values():
        path.mkdir(parents=True)
    per_folder = {"INBOX": 0, "Sent": 0}
    languages: dict[str, int] = {}
    threads: list[list[str]] = []
    total_bytes = html_count = attachment_count = 0
    probe_message_id = ""
    when = END - timedelta(minutes=32 * count)
    seq = 0
    while seq < count:
        thread_no = len(threads) + 1
        lang = rng.choice(LANGUAGES)
        languages[lang.code] = languages.get(lang.code, 0) + 1
        name, address = _customer(rng, lang, thread_no)
        customer = (name, address)
        team = (TEAM_NAME, TEAM_ADDRESS)
        order = f"KO-{rng.randrange(10**5, 10**6)}"
        subject = f"{rng.choice(lang.subjects)} {order}"
        length = min(count - seq, rng.choice((1, 1, 2, 2, 3, 3, 4, 5)))
        chain: list[str] = []
        previous: tuple[str, str, datetime] | None = None
        for position in range(length):
            when += timedelta(minutes=rng.randrange(5, 60))
            ours = position % 2 == 1 and rng.random() < 0.9
            extra = rng.choice(_UNQUOTED).format(
                order=order,
                product=rng.choice(_PRODUCTS),
                card=rng.randrange(1000, 9999),
                customer=rng.randrange(10**6),
            )
            if ours:
                text = f"{lang.greeting} {name},\n\n{rng.choice(lang.replies)}\n\n{extra}\n\n{TEAM_NAME}"
                sender, to = team, customer
            else:
                opening = lang.openings if position == 0 else lang.follow_ups
                text = f"{lang.greeting},\n\n{rng.choice(opening)}\n\n{extra}\n\n{name}"
                sender, to = customer, team
            if seq == 0:
                text += f"\n\nP.S. {PROBE_WORD}"
            if previous is not None:
                text += _quote(previous[0], previous[1], previous[2])
            domain = sender[1].rpartition("@")[2]
            message_id = f"{thread_no}.{position}.{rng.randrange(16**8):08x}@{domain}"
            with_html = ours or rng.random() < 0.6
            html = _html_from_text(lang.greeting, text, ours, rng) if with_html else None
            attachments = [_attachment(rng)] if not ours and rng.random() < 0.123 else []
            raw = mailgen.message(
                subject=subject if position == 0 else f"Re: {subject}",
                sender=sender,
                to=to,
                body=text,
                message_id=message_id,
                in_reply_to=chain[-1] if chain else None,
                references=chain[-10:],
                date=when,
                html=html,
                attachments=attachments,
                extra_headers=_relay_headers(rng, domain, when, ours),
            )
            folder = "Sent" if ours else "INBOX"
            # Dovecot numbers new Maildir files by the time in their names: older mail gets lower UIDs.
            seen = ours or seq < count - 300
            epoch = int(when.timestamp())
            (folders[folder] / f"{epoch}.M{seq:06d}P1.mailbench:2,{'S' if seen else ''}").write_bytes(raw)
            per_folder[folder] += 1
            total_bytes += len(raw)
            html_count += html is not None
            attachment_count += len(attachments)
            if seq == 0:
                probe_message_id = message_id
            chain.append(message_id)
            previous = (text, f"{sender[0]} <{sender[1]}>", when)
            seq += 1
        threads.append(chain)
    newest = sorted(threads, key=lambda ids: len(ids) and _order_of(ids[-1]), reverse=True)[:NEWEST]
    return Manifest(
        messages=count,
        bytes=total_bytes,
        folders=per_folder,
        threads=len(threads),
        html=html_count,
        attachments=attachment_count,
        languages=languages,
        newest_threads=newest,
        probe_word=PROBE_WORD,
        probe_message_id=probe_message_id,
    )


def _order_of(message_id: str) -> int:
    """Threads are generated in time order and numbered: the thread number orders them by last activity."""
    return int(message_id.split(".", 1)[0])
