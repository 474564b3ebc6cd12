"""HTML from strangers made safe to show: nh3 strips scripts and active content; remote images are blocked.

Remote images are how senders learn that (and when) a message was read, so they are never loaded unless the
user asks: their addresses stay in the HTML and the conversation pane refuses to load them (its `loadResource`)
until the user chooses "Load once" or "Always for this sender".
Images of 1x1 pixels, or hidden ones, are counted as tracking pixels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

_ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) | {"font", "center", "span", "div", "table", "tbody", "thead", "tr", "td", "th"}
_ALLOWED_TAGS -= {"script", "style"}
_ATTRIBUTES: dict[str, set[str]] = {k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}
for _tag, _attrs in {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "td": {"align", "valign", "colspan", "rowspan", "width"},
    "th": {"align", "valign", "colspan", "rowspan", "width"},
    "table": {"width", "cellpadding", "cellspacing", "border"},
    "font": {"color", "size", "face"},
    "p": {"align"},
    "div": {"align"},
}.items():
    _ATTRIBUTES.setdefault(_tag, set()).update(_attrs)
_URL_SCHEMES = {"http", "https", "mailto", "cid", "tel"}
# Built once: `nh3.clean(html, tags=..., ...)` converts every set to Rust on each call (half its cost here).
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    clean_content_tags={"script", "style", "head", "title"},
    attributes=_ATTRIBUTES,
    url_schemes=_URL_SCHEMES,
    strip_comments=True,
    link_rel="noopener noreferrer nofollow",
)
# html.parser's tag-name pattern (the start of its `tagfind_tolerant`), and the start tags whose attributes
# matter to the image counter: images, and the two elements that switch the tokenizer into raw-text mode.
_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
_READ_IN_FULL = frozenset({"img", *HTMLParser.CDATA_CONTENT_ELEMENTS})
_REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_IMG = re.compile(r"<img", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SanitizedHtml:
    html: str
    remote_images: int
    tracking_pixels: int


class _ImageCounter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote = 0
        self.pixels = 0

    def parse_starttag(self, i: int) -> int:
        """Any other start tag is only skipped over: where it ends is all the tokenizer needs from it, so its
        attributes are not parsed (most of the cost of walking a styled mail)."""
        name = _TAG_NAME.match(self.rawdata, i + 1)
        if name is not None and name.group().lower() not in _READ_IN_FULL:
            return self.check_for_whole_start_tag(i)
        return super().parse_starttag(i)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "img":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if not _REMOTE.match(values.get("src", "")):
            return
        self.remote += 1
        style = values.get("style", "").replace(" ", "").lower()
        tiny = values.get("width", "").strip() in ("0", "1") or values.get("height", "").strip() in ("0", "1")
        if tiny or "display:none" in style or "width:1px" in style:
            self.pixels += 1


def sanitize_html(html: str) -> SanitizedHtml:
    """Safe HTML for display, with the count of remote images (and tracking pixels among them) it refers to."""
    counter = _ImageCounter()
    if _IMG.search(html):  # most mail has no images: skip the (slow, pure-Python) tag walk
        try:
            counter.feed(html)
            counter.close()
        except Exception:
            pass
    cleaned = _CLEANER.clean(html)
    return SanitizedHtml(cleaned, counter.remote, counter.pixels)


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "hr", "pre", "ul", "ol"}
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body (for search, previews and replies)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)
    text = "".join(extractor.parts)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
