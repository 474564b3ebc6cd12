"""The right-hand pane: one conversation's messages, replies and internal notes, oldest first."""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from agentdesk.store.queries import ConversationDetail, MessageView
from agentdesk.ui import labels
from agentdesk.ui.formatting import human_size, long_time, short_time
from agentdesk.ui.theme import palette_colors


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


class ConversationPane(QTextBrowser):
    """Read-only timeline. Links are never followed inside the app, and nothing remote is ever loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("conversationPane")
        self.detail: ConversationDetail | None = None
        self.expanded_quotes: set[int] = set()  # messages whose quoted text is shown
        self.anchorClicked.connect(self._on_anchor)
        self.show_placeholder()

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "quote" and url.path().isdigit():
            self.expanded_quotes ^= {int(url.path())}
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
        self.detail = detail
        self.setHtml(
            _style()
            + self._header(detail)
            + self._earlier(detail)
            + "".join(self._message(m) for m in detail.messages)
            + self._others(detail)
        )

    def _earlier(self, d: ConversationDetail) -> str:
        if not d.earlier_messages:
            return ""
        text = self.tr("Show %n earlier message(s)", "", d.earlier_messages)
        return f"<p class='meta' align='center'><a href='{EARLIER_LINK}'>{html.escape(text)}</a></p>"

    def _others(self, d: ConversationDetail) -> str:
        if not d.other_conversations:
            return ""
        title = self.tr("Other conversations with this customer")
        items = "".join(
            f"<tr><td class='when'>{html.escape(short_time(o.last_activity_at))}</td>"
            f"<td>{html.escape(labels.channel(o.channel))}</td>"
            f"<td><a href='conversation:{o.id}'>{html.escape(o.subject or self.tr('(no subject)'))}</a>"
            f" <span class='meta'>({o.message_count})</span></td>"
            f"<td class='meta'>{html.escape(labels.status(o.status))}</td></tr>"
            for o in d.other_conversations
        )
        return f"<hr><p class='sender'>{title}</p><table cellpadding='3'>{items}</table>"

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

    def _message(self, m: MessageView) -> str:
        label = labels.direction(m.direction)
        label_html = f" <span class='chip'>&nbsp;{html.escape(label)}&nbsp;</span>" if label else ""
        delivery = ""
        if m.delivery == "held":
            delivery = " <span class='warn'>⚠ " + self.tr("not sent: see Needs attention") + "</span>"
        elif m.direction == "out" and m.delivery == "queued":
            delivery = " <span class='warn'>" + self.tr("waiting to be sent") + "</span>"
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
        if m.remote_images:
            extras += "<p class='meta'>" + self.tr("%n remote image(s) blocked.", "", m.remote_images) + "</p>"
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
            f"<p>{body}</p>{extras}</td></tr></table>"
        )
