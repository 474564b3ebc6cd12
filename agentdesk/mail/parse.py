"""Robust MIME parsing: any bytes in, a ParsedMessage out, never an exception.

Real mail is often broken: raw 8-bit headers, unknown or lying charsets, missing boundaries, bad base64.
The standard library's `email` package does the MIME work; this module decides what to show when it
complains, and records each repair as a warning so the raw message is kept for inspection.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import email
import email.header
import email.utils
import functools
import hashlib
import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any, cast

from agentdesk.domain.threading import normalize_message_id, parse_references
from agentdesk.mail.fast_tree import build_tree
from agentdesk.mail.sanitize import SanitizedHtml, html_to_text, sanitize_html

# compat32 leaves header values as the strings on the wire instead of building a parsed header object per lookup
# (that costs most of `policy.default`'s ~3 ms a message); this module decodes the headers it needs itself.


class _ReadMessage(Message):
    """A compat32 `Message` that remembers what it looked up: a parsed message is only read, never changed, and the
    stdlib re-scans every header on each `get` and re-parses a header's parameters on each `get_param`."""

    _first: dict[str, tuple[str, Any]] | None = None
    _first_count = -1

    def get(self, name: str, failobj: Any = None) -> Any:
        headers: list[tuple[str, Any]] = cast(Any, self)._headers
        if self._first is None or self._first_count != len(headers):  # built once the headers are all there
            first: dict[str, tuple[str, Any]] = {}
            for key, value in headers:
                first.setdefault(key.lower(), (key, value))
            self._first, self._first_count = first, len(headers)
        found = self._first.get(name.lower())
        if found is None:
            return failobj
        return self.policy.header_fetch_parse(*found)

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        if not isinstance(value, str):  # raw 8-bit bytes in it: a Header object, not worth remembering
            return super()._get_params_preserve(failobj, header)  # type: ignore[misc]
        params = _PARAMS_CACHE.get(value)
        if params is None:
            params = super()._get_params_preserve(failobj, header)  # type: ignore[misc]
            if len(_PARAMS_CACHE) >= _CACHE_SIZE:
                _PARAMS_CACHE.clear()
            _PARAMS_CACHE[value] = params
        return list(params)


_MISSING = object()
_CACHE_SIZE = 4096
_PARAMS_CACHE: dict[str, Any] = {}  # header value → its parameters, as `Message._get_params_preserve` reads them
_PARSER = BytesParser(_ReadMessage, policy=policy.compat32)
_REFERENCE_PARSER = BytesParser(policy=policy.compat32)
_SURROGATES = re.compile("[\udc80-\udcff]")  # raw 8-bit bytes, as the parser keeps them (surrogateescape)
MAX_TEXT_CHARS = 2_000_000  # a message body larger than this is cut (and a warning says so)
FALLBACK_CHARSETS = ("utf-8", "gb18030", "cp1252")
_CHARSET_ALIASES = {
    "gb2312": "gb18030",  # GB2312 mail routinely contains GBK/GB18030 characters
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "x-sjis": "shift_jis",
    "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "utf-8",
    "us-ascii": "cp1252",  # "ascii" mail with 8-bit bytes is nearly always Windows Latin-1
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",  # the WHATWG rule: Latin-1 labels mean windows-1252
    "latin1": "cp1252",
}


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    addr: str

    def __str__(self) -> str:
        if not self.name:
            return self.addr
        name = f'"{self.name}"' if any(ch in self.name for ch in ',;:<>@"()[]') else self.name
        return f"{name} <{self.addr}>"


@dataclass(slots=True)
class ParsedAttachment:
    filename: str
    content_type: str
    size: int
    content_id: str | None
    inline: bool
    data: bytes | None
    sha256: str | None = None  # set once the bytes are in the blob store (then `data` may be dropped)


@dataclass(slots=True)
class ParsedMessage:
    message_id: str | None
    in_reply_to: str | None
    references: list[str]
    subject: str
    sender: Address | None
    to: list[Address]
    cc: list[Address]
    reply_to: list[Address]
    date: datetime | None
    text: str
    html: str | None
    attachments: list[ParsedAttachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    content_hash: str = ""
    remote_images: int = 0
    tracking_pixels: int = 0
    auto_submitted: bool = False


def lookup_charset(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when no codec is known."""
    if not label:
        return None
    name = label.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str | None, warnings: list[str], what: str) -> str:
    """Decode with the declared charset; if it is unknown or wrong, fall back and say so."""
    codec = lookup_charset(label)
    if label and codec is None:
        warnings.append(f"{what}: unknown charset {label!r}, guessed instead")
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            warnings.append(f"{what}: not valid {label}, guessed the charset instead")
    for candidate in FALLBACK_CHARSETS:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _stdlib_tree(raw: bytes) -> Message:
    """The reference: the stdlib's own parser and message class, nothing remembered."""
    return _REFERENCE_PARSER.parsebytes(raw)


def _fast_tree(raw: bytes) -> Message:
    """The same tree as `_stdlib_tree`, built faster when the message takes no unusual path (fast_tree.py)."""
    tree = build_tree(raw, _ReadMessage)
    return tree if tree is not None else _PARSER.parsebytes(raw)


class _Parser:
    def __init__(self, raw: bytes, read_tree: Callable[[bytes], Message] = _fast_tree) -> None:
        self.raw = raw
        self.read_tree = read_tree
        self.warnings: list[str] = []
        self.header_charsets: list[str] = []

    # --- headers --------------------------------------------------------------------------------

    def raw_header(self, msg: Message, name: str) -> str | None:
        """The header as it was on the wire (unfolded), raw 8-bit bytes decoded, RFC 2047 left alone."""
        wanted = name.lower()
        for key, value in msg.raw_items():
            if key.lower() != wanted:
                continue
            text = value if isinstance(value, str) else str(value)
            if _SURROGATES.search(text):
                text = self._decode_8bit_header(text.encode("utf-8", errors="surrogateescape"), name)
            return " ".join(text.replace("\r", "").split("\n")).strip()
        return None

    def header(self, msg: Message, name: str) -> str:
        """One header as text: RFC 2047 decoded, raw 8-bit bytes decoded with the best charset."""
        text = self.raw_header(msg, name)
        if not text:
            return ""
        if "=?" in text:
            text = self._decode_rfc2047(text, name)
        return " ".join(text.split())

    def _decode_8bit_header(self, data: bytes, name: str) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        lenient = data.decode("utf-8", errors="replace")
        high = sum(1 for b in data if b >= 0x80)
        if lenient.count("\ufffd") * 10 < high:  # mostly UTF-8 with a stray byte or two
            self.warnings.append(f"header {name}: a few bytes were not valid UTF-8")
            return lenient
        for label in self.header_charsets:
            codec = lookup_charset(label)
            if codec is None:
                continue
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
        self.warnings.append(f"header {name}: raw 8-bit bytes without a charset, guessed")
        return decode_bytes(data, None, [], name)

    def _decode_rfc2047(self, text: str, name: str) -> str:
        try:
            parts = email.header.decode_header(text)
        except Exception:
            return text
        out: list[str] = []
        for chunk, charset in parts:
            if isinstance(chunk, str):
                out.append(chunk)
            else:
                out.append(decode_bytes(chunk, charset, self.warnings, f"header {name}"))
        return "".join(out)

    def addresses(self, msg: Message, name: str) -> list[Address]:
        text = self.raw_header(msg, name)
        if not text:
            return []
        result: list[Address] = []
        for raw_name, raw_addr in _split_addresses(text):
            addr = raw_addr.strip()
            if not addr or "@" not in addr:
                continue
            display = self._decode_rfc2047(raw_name, name) if "=?" in raw_name else raw_name
            result.append(Address(display.strip(), addr))
        if not result:
            self.warnings.append(f"header {name}: no usable address in {text[:80]!r}")
        return result

    def date(self, msg: Message) -> datetime | None:
        text = self.header(msg, "Date")
        if not text:
            return None
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            self.warnings.append(f"header Date: not a date ({text[:60]!r})")
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        try:
            return when.astimezone(UTC)
        except (OverflowError, ValueError):
            return None

    # --- body -----------------------------------------------------------------------------------

    def parse(self) -> ParsedMessage:
        msg = self.read_tree(self.raw)
        self._collect_charsets(msg)
        subject = self.header(msg, "Subject")
        froms = self.addresses(msg, "From") or self.addresses(msg, "Sender")
        message_id = normalize_message_id(self.header(msg, "Message-ID"))
        in_reply_to_ids = parse_references(self.header(msg, "In-Reply-To"))
        references = parse_references(self.header(msg, "References"))
        texts: list[str] = []
        htmls: list[str] = []
        attachments: list[ParsedAttachment] = []
        self._walk(msg, texts, htmls, attachments)
        for defect in getattr(msg, "defects", []):
            self.warnings.append(f"structure: {type(defect).__name__}")
        html_raw = "\n".join(htmls) if htmls else None
        sanitized: SanitizedHtml | None = sanitize_html(html_raw) if html_raw is not None else None
        text = "\n\n".join(t for t in texts if t.strip())
        if not text.strip() and html_raw is not None:
            text = html_to_text(html_raw)
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            self.warnings.append("body: longer than 2 million characters, cut")
        parsed = ParsedMessage(
            message_id=message_id,
            in_reply_to=in_reply_to_ids[-1] if in_reply_to_ids else None,
            references=references,
            subject=subject,
            sender=froms[0] if froms else None,
            to=self.addresses(msg, "To"),
            cc=self.addresses(msg, "Cc"),
            reply_to=self.addresses(msg, "Reply-To"),
            date=self.date(msg),
            text=text.replace("\r\n", "\n"),
            html=sanitized.html if sanitized else None,
            attachments=attachments,
            remote_images=sanitized.remote_images if sanitized else 0,
            tracking_pixels=sanitized.tracking_pixels if sanitized else 0,
            auto_submitted=self._is_automatic(msg),
        )
        parsed.warnings = list(dict.fromkeys(self.warnings))
        parsed.content_hash = content_hash(parsed)
        return parsed

    def _collect_charsets(self, msg: Message) -> None:
        for part in msg.walk():
            try:
                cs = part.get_param("charset")
            except Exception:
                cs = None
            if isinstance(cs, str) and cs not in self.header_charsets:
                self.header_charsets.append(cs)

    def _walk(self, part: Message, texts: list[str], htmls: list[str], atts: list[ParsedAttachment]) -> None:
        try:
            ctype = part.get_content_type()
        except Exception:
            ctype = "text/plain"
        if ctype.startswith("multipart/") and not part.is_multipart():
            texts.append(self._text_of(part))  # the boundary was missing: what is there is text
            return
        if ctype == "message/rfc822" and _transfer_encoding(part) in ("base64", "quoted-printable"):
            inner: Message | None = self._decode_encoded_message(part)
            if inner is not None:
                texts.append(self._forwarded_header(inner))
                self._walk(inner, texts, htmls, atts)
                return
        if part.is_multipart():
            children = part.get_payload()
            if not isinstance(children, list):
                return
            if ctype == "multipart/alternative":
                self._walk_alternative([c for c in children if isinstance(c, Message)], texts, htmls, atts)
                return
            for child in children:
                if isinstance(child, Message):
                    self._walk(child, texts, htmls, atts)
            return
        disposition = (part.get_content_disposition() or "").lower()
        filename = self._filename(part)
        is_body_text = ctype in ("text/plain", "text/html") and (
            disposition == "inline" or (disposition != "attachment" and not filename)
        )
        if is_body_text:
            body = self._text_of(part)
            (htmls if ctype == "text/html" else texts).append(body)
            return
        if ctype == "message/rfc822" and disposition != "attachment":
            # a forwarded message: show its text inline as well as keep it as an attachment
            payload = part.get_payload()
            candidate = payload[0] if isinstance(payload, list) and payload else None
            inner = candidate if isinstance(candidate, Message) else None
            if inner is None:  # an encoded (base64 / quoted-printable) message/rfc822: decode, then parse
                encoded = self._payload_bytes(part)
                inner = self.read_tree(encoded) if encoded else None
            if isinstance(inner, Message):
                texts.append(self._forwarded_header(inner))
                self._walk(inner, texts, htmls, [])
        data = self._payload_bytes(part)
        atts.append(
            ParsedAttachment(
                filename=filename or _default_name(ctype),
                content_type=ctype,
                size=len(data) if data is not None else 0,
                content_id=normalize_message_id(str(part.get("Content-ID"))) if part.get("Content-ID") else None,
                inline=disposition == "inline" or (disposition == "" and part.get("Content-ID") is not None),
                data=data,
            )
        )

    def _walk_alternative(
        self, children: list[Message], texts: list[str], htmls: list[str], atts: list[ParsedAttachment]
    ) -> None:
        plain = [c for c in children if isinstance(c, Message) and c.get_content_type() == "text/plain"]
        rich = [c for c in children if isinstance(c, Message) and c not in plain]
        if plain:
            texts.append(self._text_of(plain[0]))
        for child in rich:
            self._walk(child, [] if plain else texts, htmls, atts)

    def _decode_encoded_message(self, part: Message) -> Message | None:
        """Decode a base64/quoted-printable message/rfc822 part (the stdlib leaves it encoded)."""
        payload = part.get_payload()
        first = payload[0] if isinstance(payload, list) and payload else None
        body = first.get_payload() if isinstance(first, Message) else payload
        if not isinstance(body, str):
            return None
        data = body.encode("ascii", "surrogateescape")
        try:
            decoded = base64.b64decode(data) if _transfer_encoding(part) == "base64" else quopri.decodestring(data)
        except (binascii.Error, ValueError):
            self.warnings.append("part message/rfc822: transfer encoding broken")
            return None
        return self.read_tree(decoded)

    def _forwarded_header(self, inner: Message) -> str:
        lines = ["---------- Forwarded message ----------"]
        for name in ("From", "Date", "Subject", "To"):
            value = self.header(inner, name)
            if value:
                lines.append(f"{name}: {value}")
        return "\n".join(lines)

    def _filename(self, part: Message) -> str:
        try:
            name = part.get_filename()
        except Exception:
            name = None
        if not name:
            return ""
        if _SURROGATES.search(name):
            name = self._decode_8bit_header(name.encode("utf-8", "surrogateescape"), "filename")
        if "=?" in name:
            name = self._decode_rfc2047(name, "filename")
        return name.replace("/", "_").replace("\\", "_").strip()

    def _payload_bytes(self, part: Message) -> bytes | None:
        try:
            data = part.get_payload(decode=True)
        except Exception:
            self.warnings.append(f"part {part.get_content_type()}: transfer encoding broken, kept raw")
            raw = part.get_payload()
            return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else None
        if isinstance(data, bytes):
            for defect in getattr(part, "defects", []):
                self.warnings.append(f"part {part.get_content_type()}: {type(defect).__name__}")
            return data
        return None

    def _text_of(self, part: Message) -> str:
        data = self._payload_bytes(part) or b""
        try:
            label = part.get_content_charset()
        except Exception:
            label = None
        return decode_bytes(data, label, self.warnings, f"part {part.get_content_type()}")

    @staticmethod
    def _is_automatic(msg: Message) -> bool:
        auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
        precedence = str(msg.get("Precedence", "")).strip().lower()
        return auto not in ("", "no") or precedence in ("bulk", "junk", "auto_reply") or "X-Autoreply" in msg


@functools.lru_cache(maxsize=4096)
def _split_addresses(text: str) -> tuple[tuple[str, str], ...]:
    """`email.utils.getaddresses` of one header, remembered: the team's address is in nearly every message."""
    return tuple(email.utils.getaddresses([text]))


def _transfer_encoding(part: Message) -> str:
    return str(part.get("Content-Transfer-Encoding", "")).strip().lower()


def _default_name(ctype: str) -> str:
    if ctype == "message/rfc822":
        return "forwarded-message.eml"
    if ctype == "message/delivery-status":
        return "delivery-status.txt"
    return "attachment"


def content_hash(parsed: ParsedMessage) -> str:
    """Same message seen twice (INBOX and Sent, import and sync) gives the same hash."""
    h = hashlib.sha256()
    for piece in (
        parsed.message_id or "",
        parsed.sender.addr.lower() if parsed.sender else "",
        parsed.date.isoformat() if parsed.date else "",
        parsed.subject,
        " ".join(parsed.text.split())[:4000],
    ):
        h.update(piece.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def parse_message(raw: bytes, *, reference: bool = False) -> ParsedMessage:
    """Parse any bytes as an email message. Never raises for bad input; problems go into `warnings`.

    `reference` reads every message with the stdlib's feed parser (the tests compare it with the fast road)."""
    try:
        return _Parser(raw, _stdlib_tree if reference else _fast_tree).parse()
    except Exception as exc:
        text = raw.decode("utf-8", errors="replace")
        head, _, body = text.partition("\n\n")
        parsed = ParsedMessage(
            message_id=None,
            in_reply_to=None,
            references=[],
            subject="(message could not be read)",
            sender=None,
            to=[],
            cc=[],
            reply_to=[],
            date=None,
            text=body or head,
            html=None,
            warnings=[f"parser failed ({type(exc).__name__}: {exc}); showing the raw text"],
        )
        parsed.content_hash = hashlib.sha256(raw).hexdigest()
        return parsed
