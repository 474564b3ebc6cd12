"""The right-hand pane: the customer's timeline, the selected conversation's messages, replies and internal notes
(oldest or newest first) with their other conversations below, each opened in place on a click."""

from __future__ import annotations

import html
import re
from datetime import datetime
from email.utils import parseaddr
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from agentdesk.store.database import Store
from agentdesk.store.preferences import (
    TIMELINE_ORDER,
    allow_remote_content,
    get_preference,
    remote_content_senders,
    set_preference,
)
from agentdesk.store.queries import ConversationDetail, MessageView, conversation_detail
from agentdesk.ui import labels
from agentdesk.ui.formatting import human_size, long_time, short_time
from agentdesk.ui.remote_content import RemoteImageLoader, remote_image_urls
from agentdesk.ui.theme import palette_colors

OTHER_CONVERSATION_ITEMS = 50  # messages shown when another conversation of the customer is expanded


def _style() -> str:
    """The pane's own colours, for a light or a dark palette."""
    c = palette_colors()
    return f"""
<style>
  body {{ font-size: 10pt; }}
  .subject {{ font-size: 15pt; font-weight: 600; }}
  .meta {{ color: {c.muted}; }}
  .chip {{ background: {c.chip_bg}; color: {c.chip_fg}; }}
  .sender {{ font-weight: 600; }}
  .when {{ color: {c.muted}; }}
  .warn {{ color: {c.warn}; }}
  a {{ color: {"#6cb6ff" if c.dark else "#0969da"}; }}
</style>
"""


# Messages shown when a conversation opens (the newest); older ones come a page at a time through a link, so
# a thread of thousands opens and lays out as fast as a short one.
TIMELINE_PAGE = 100
EARLIER_LINK = "earlier:messages"


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")


_ATTRIBUTION = re.compile(r"^(On .{4,200} wrote:|Am .{4,200} schrieb .{0,200}:|El .{4,200} escribió:)\s*$")


def split_quote(text: str) -> tuple[str, str]:
    """(what the sender wrote, the quoted tail): the last block of '>' lines, with its "On … wrote:" line."""
    lines = text.rstrip().split("\n")
    end = len(lines)
    start = end
    while start > 0 and (lines[start - 1].startswith(">") or (not lines[start - 1].strip() and start < end)):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end or not any(line.startswith(">") for line in lines[start:end]):
        return text, ""
    if start > 0 and _ATTRIBUTION.match(lines[start - 1].strip()):
        start -= 1
    if not "\n".join(lines[:start]).strip():
        return text, ""  # nothing but a quote: show it as it is
    return "\n".join(lines[:start]), "\n".join(lines[start:])


def sender_address(sender: str) -> str:
    return parseaddr(sender)[1].strip().lower()


class ConversationPane(QTextBrowser):
    """Read-only timeline. Links are never followed inside the app, and nothing remote is loaded unless the user
    asks for one message ("Load once") or for a sender ("Always for this sender")."""

    def __init__(self, parent: QWidget | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("conversationPane")
        self.store = store  # for the order preference, allowed senders and other conversations' items
        self.detail: ConversationDetail | None = None
        self.expanded_quotes: set[int] = set()  # messages whose quoted text is shown
        self.expanded_conversations: set[int] = set()  # the customer's other conversations opened in place
        self.remote_allowed: set[int] = set()  # messages whose remote images the user chose to load
        self.remote_images: dict[str, QImage] = {}  # fetched remote images, by address
        self.remote_loader = RemoteImageLoader(self)
        self.remote_loader.loaded.connect(self._remote_loaded)
        self.anchorClicked.connect(self._on_anchor)
        self.show_placeholder()

    @property
    def newest_first(self) -> bool:
        return self.store is not None and get_preference(self.store, TIMELINE_ORDER, "oldest") == "newest"

    def set_newest_first(self, newest: bool) -> None:
        if self.store is not None:
            set_preference(self.store, TIMELINE_ORDER, "newest" if newest else "oldest")
        self._redraw()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Images the HTML refers to: remote ones only once fetched at the user's request; nothing from disk."""
        address = url.toString() if isinstance(url, QUrl) else str(url)
        image = self.remote_images.get(address)
        if image is not None:
            return image
        return None  # http(s), file, relative paths, cid: none of them is read

    def load_remote(self, message: MessageView) -> None:
        """Fetch this message's remote images (on a worker thread) and show them when they arrive."""
        self.remote_allowed.add(message.id)
        urls = [u for u in remote_image_urls(message.html or "") if u not in self.remote_images]
        if urls:
            self.remote_loader.load(message.id, urls)
        else:
            self._redraw()

    def _remote_loaded(self, message_id: int, images: dict[str, QImage]) -> None:
        self.remote_loader.finished(message_id)
        self.remote_images.update(images)
        self._redraw()

    def _message_by_id(self, message_id: int) -> MessageView | None:
        if self.detail is None:
            return None
        return next((m for m in self.detail.messages if m.id == message_id), None)

    def _on_anchor(self, url: QUrl) -> None:
        kind, path = url.scheme(), url.path()
        if kind == "quote" and path.isdigit():
            self.expanded_quotes ^= {int(path)}
        elif kind == "expand" and path.isdigit():
            self.expanded_conversations ^= {int(path)}
        elif kind == "order":
            self.set_newest_first(path == "newest")
            return
        elif kind in ("remote-once", "remote-always") and path.isdigit():
            message = self._message_by_id(int(path))
            if message is None:
                return
            if kind == "remote-always" and self.store is not None:
                allow_remote_content(self.store, sender_address(message.sender))
            self.load_remote(message)
            return
        else:
            return
        self._redraw()

    def _redraw(self) -> None:
        scroll = self.verticalScrollBar().value()
        self.refresh()
        self.verticalScrollBar().setValue(scroll)

    def customer_time(self, when: datetime) -> str | None:
        """`when` on the customer's clock, when their time zone is known."""
        customer = self.detail.customer if self.detail is not None else None
        if customer is None or not customer.timezone:
            return None
        try:
            there = when.astimezone(ZoneInfo(customer.timezone))
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return (
            self.tr("Customer's local time: %1 (%2)")
            .replace("%1", f"{there.strftime('%a')} {there.day} {there.strftime('%b, %H:%M')}")
            .replace("%2", customer.timezone)
        )

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            anchor = self.anchorAt(self.viewport().mapFrom(self, e.pos()))
            if anchor.startswith("time:"):
                try:
                    text = self.customer_time(datetime.fromisoformat(anchor[5:]))
                except ValueError:
                    text = None
                if text:
                    QToolTip.showText(e.globalPos(), text, self)
                    return True
            QToolTip.hideText()
        return super().event(e)

    def show_placeholder(self) -> None:
        self.detail = None
        self.setHtml(
            _style() + "<p class='meta' align='center'><br><br>" + self.tr("Select a conversation to read it.") + "</p>"
        )

    def refresh(self) -> None:
        """Draw again (after the theme changed)."""
        self.show_conversation(self.detail)

    def show_conversation(self, detail: ConversationDetail | None) -> None:
        if detail is None:
            self.show_placeholder()
            return
        if self.detail is None or self.detail.id != detail.id:
            self.expanded_conversations.clear()
        self.detail = detail
        self._auto_load_remote(detail)
        if self.newest_first:
            items = "".join(self._message(m, detail) for m in reversed(detail.messages)) + self._earlier(detail)
        else:
            items = self._earlier(detail) + "".join(self._message(m, detail) for m in detail.messages)
        self.setHtml(_style() + self._header(detail) + self._order_toggle() + items + self._others(detail))

    def _auto_load_remote(self, detail: ConversationDetail) -> None:
        """Messages from senders the user always trusts with remote content load their images at once."""
        if self.store is None or not any(m.remote_images and m.html for m in detail.messages):
            return
        trusted = remote_content_senders(self.store)
        for m in detail.messages:
            if m.remote_images and m.html and m.id not in self.remote_allowed and sender_address(m.sender) in trusted:
                self.load_remote(m)

    def _order_toggle(self) -> str:
        if self.newest_first:
            link = f"<a href='order:oldest'>{html.escape(self.tr('Oldest first'))}</a>"
            now = html.escape(self.tr("Newest first"))
        else:
            link = f"<a href='order:newest'>{html.escape(self.tr('Newest first'))}</a>"
            now = html.escape(self.tr("Oldest first"))
        return f"<p class='meta' align='right'>{now} · {link}</p>"

    def _earlier(self, d: ConversationDetail) -> str:
        if not d.earlier_messages:
            return ""
        text = self.tr("Show %n earlier message(s)", "", d.earlier_messages)
        return f"<p class='meta' align='center'><a href='{EARLIER_LINK}'>{html.escape(text)}</a></p>"

    def _others(self, d: ConversationDetail) -> str:
        if not d.other_conversations:
            return ""
        title = self.tr("Other conversations with this customer")
        parts = []
        for o in d.other_conversations:
            opened = o.id in self.expanded_conversations
            arrow = "▾" if opened else "▸"
            parts.append(
                f"<p><a href='expand:{o.id}' style='text-decoration:none'>{arrow}</a> "
                f"<span class='when'>{html.escape(short_time(o.last_activity_at))}</span> · "
                f"{html.escape(labels.channel(o.channel))} · "
                f"<a href='conversation:{o.id}'>{html.escape(o.subject or self.tr('(no subject)'))}</a>"
                f" <span class='meta'>({o.message_count}) {html.escape(labels.status(o.status))}</span></p>"
            )
            if opened:
                parts.append(self._other_items(o.id))
        return f"<hr><p class='sender'>{title}</p>" + "".join(parts)

    def _other_items(self, conversation_id: int) -> str:
        """An expanded other conversation: its newest messages, in the timeline's order, indented."""
        if self.store is None:
            return ""
        with self.store.read() as session:
            other = conversation_detail(session, conversation_id, limit=OTHER_CONVERSATION_ITEMS)
        if other is None:
            return ""
        messages = list(reversed(other.messages)) if self.newest_first else other.messages
        inner = "".join(self._message(m, other) for m in messages)
        return f"<table width='100%' cellpadding='0' style='margin-left:24px'><tr><td>{inner}</td></tr></table>"

    def _header(self, d: ConversationDetail) -> str:
        chips = [
            labels.status(d.status),
            self.tr("Priority: %s") % labels.priority(d.priority),
            labels.channel(d.channel),
            d.account_name,
        ]
        if d.assignee:
            chips.append(self.tr("Assigned to %s") % d.assignee)
        if d.snoozed_until is not None:
            chips.append(self.tr("Snoozed until %s") % long_time(d.snoozed_until))
        chips += [f"#{t}" for t in d.tags]
        chip_html = " ".join(f"<span class='chip'>&nbsp;{html.escape(c)}&nbsp;</span>" for c in chips if c)
        who = ""
        if d.customer is not None:
            c = d.customer
            lang = f" · {c.language}" if c.language else ""
            who = (
                f"<p class='meta'><b>{html.escape(c.name or (c.addresses[0] if c.addresses else ''))}</b>"
                f" &lt;{html.escape(', '.join(c.addresses))}&gt;{html.escape(lang)} · "
                + self.tr("%n conversation(s)", "", c.conversation_count)
                + "</p>"
            )
        label = html.escape(self.tr("Reminder"))
        reminders = "".join(
            f"<p class='warn'>{label} {html.escape(short_time(due))}: {html.escape(note)}</p>"
            for due, note in d.open_reminders
        )
        subject = html.escape(d.subject or self.tr("(no subject)"))
        return f"<p class='subject'>{subject}</p>{who}<p>{chip_html}</p>{reminders}{self._sla(d)}<hr>"

    def _sla(self, d: ConversationDetail) -> str:
        """Each SLA target still running with its due time (red once overdue), and the ones missed."""
        if d.sla is None:
            return ""
        names = {
            "first_response": self.tr("First response"),
            "next_response": self.tr("Next response"),
            "resolution": self.tr("Resolution"),
        }
        parts = []
        for target in d.sla.targets:
            name = html.escape(names.get(target.metric.value, target.metric.value))
            if target.state.value == "running" and target.due_at is not None:
                if target.breached:
                    text = self.tr("%1 overdue since %2").replace("%1", name).replace("%2", short_time(target.due_at))
                    parts.append(f"<span class='warn'>{text}</span>")
                else:
                    text = self.tr("%1 due %2").replace("%1", name).replace("%2", short_time(target.due_at))
                    parts.append(text)
            elif target.state.value == "paused":
                parts.append(self.tr("%1 paused").replace("%1", name))
            elif target.breached or target.breach_count:
                missed = self.tr("%1 missed").replace("%1", name)
                parts.append(f"<span class='warn'>{missed}</span>")
        if not parts:
            return ""
        sla = html.escape(self.tr("SLA"))
        return f"<p class='meta'>{sla}: " + " · ".join(parts) + "</p>"

    def _remote_bar(self, m: MessageView) -> str:
        if not m.remote_images or not m.html or m.id in self.remote_allowed:
            return ""
        text = self.tr("Remote content blocked (%n tracking pixel(s))", "", m.tracking_pixels)
        once = html.escape(self.tr("Load once"))
        always = html.escape(self.tr("Always for this sender"))
        c = palette_colors()
        return (
            f"<table width='100%' cellpadding='4' style='background-color:{c.chip_bg}; color:{c.chip_fg}'><tr><td>"
            f"🛡 {html.escape(text)} — <a href='remote-once:{m.id}'>{once}</a> · "
            f"<a href='remote-always:{m.id}'>{always}</a></td></tr></table>"
        )

    def _body(self, m: MessageView) -> str:
        if m.html and m.html.strip():
            return f"<div>{m.html}</div>"  # sanitized by the sync (agentdesk.mail.sanitize)
        own, quoted = split_quote(m.text)
        body = _paragraphs(own) if own.strip() else "<i class='meta'>" + self.tr("(no text)") + "</i>"
        if quoted:
            lines = quoted.count("\n") + 1
            if m.id in self.expanded_quotes:
                toggle = self.tr("Hide quoted text")
                body += f"<p class='meta'>{_paragraphs(quoted)}</p>"
            else:
                toggle = self.tr("Show quoted text (%n line(s))", "", lines)
            body += f"<p><a class='quote' href='quote:{m.id}'>{html.escape(toggle)}</a></p>"
        return f"<p>{body}</p>"

    def _where(self, m: MessageView, d: ConversationDetail) -> str:
        """Channel (email or the ticket system, with the account) and direction, for each item."""
        channel = labels.channel(d.channel) + (f" ({d.account_name})" if d.account_name else "")
        if m.direction == "in":
            way = self.tr("from the customer")
        elif m.direction == "note":
            way = self.tr("internal, not sent to the customer")
        else:
            way = self.tr("to the customer")
        return f"<span class='meta'>{html.escape(channel)} · {html.escape(way)}</span>"

    def _message(self, m: MessageView, d: ConversationDetail | None = None) -> str:
        d = d or self.detail
        label = labels.direction(m.direction)
        label_html = f" <span class='chip'>&nbsp;{html.escape(label)}&nbsp;</span>" if label else ""
        delivery = ""
        if m.delivery == "held":
            delivery = " <span class='warn'>⚠ " + self.tr("not sent: see Needs attention") + "</span>"
        elif m.direction != "in" and m.delivery == "queued":
            delivery = " <span class='warn'>" + self.tr("queued") + "</span>"
        elif m.direction != "in" and m.delivery == "sent":
            delivery = " <span class='meta'>✓ " + self.tr("sent") + "</span>"
        body = self._remote_bar(m) + self._body(m)
        extras = ""
        if m.attachments:
            missing = " " + self.tr("not downloaded")
            no_name = self.tr("(no name)")
            names = (
                self.tr("Attachments:")
                + " "
                + ", ".join(
                    f"<a href='attachment:{a.id}'>{html.escape(a.filename or no_name)}</a>"
                    f" ({human_size(a.size)}{'' if a.available else ',' + missing})"
                    for a in m.attachments
                )
            )
            extras += f"<p class='meta'>{names}</p>"
        if m.warnings:
            repaired = self.tr("This message was damaged; AgentDesk repaired what it could.")
            extras += f"<p class='warn'>{repaired}</p>"
        c = palette_colors()
        bg = {"out": c.reply_bg, "note": c.note_bg}.get(m.direction, c.incoming_bg)
        return (
            f"<table width='100%' cellpadding='8' style='background-color:{bg}; color:{c.text}; margin-bottom:6px'>"
            "<tr><td>"
            f"<span class='sender'>{html.escape(m.sender)}</span>{label_html}{delivery}"
            f" <span class='when'>· <a href='time:{m.sent_at.isoformat()}' style='color:{c.muted};"
            f" text-decoration:none'>{html.escape(long_time(m.sent_at))}</a></span>"
            f"<br>{self._where(m, d) if d is not None else ''}{body}{extras}</td></tr></table>"
        )
