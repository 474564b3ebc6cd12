"""The right-hand pane: one conversation's messages, replies and internal notes, oldest first."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from agentdesk.store.queries import ConversationDetail, MessageView
from agentdesk.ui import labels
from agentdesk.ui.formatting import human_size, long_time, short_time

_STYLE = """
<style>
  body { font-size: 10pt; }
  .subject { font-size: 15pt; font-weight: 600; }
  .meta { color: #57606a; }
  .chip { background: #eaeef2; color: #24292f; }
  .sender { font-weight: 600; }
  .when { color: #57606a; }
  .warn { color: #9a6700; }
</style>
"""
_BACKGROUND = {"in": "#ffffff", "out": "#eef6ff", "note": "#fff8c5"}


def _paragraphs(text: str) -> str:
    return html.escape(text.strip()).replace("\n", "<br>")


class ConversationPane(QTextBrowser):
    """Read-only timeline. Links are never followed inside the app, and nothing remote is ever loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("conversationPane")
        self.detail: ConversationDetail | None = None
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.detail = None
        self.setHtml(
            _STYLE + "<p class='meta' align='center'><br><br>" + self.tr("Select a conversation to read it.") + "</p>"
        )

    def show_conversation(self, detail: ConversationDetail | None) -> None:
        if detail is None:
            self.show_placeholder()
            return
        self.detail = detail
        self.setHtml(
            _STYLE + self._header(detail) + "".join(self._message(m) for m in detail.messages) + self._others(detail)
        )

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
        body = _paragraphs(m.text) if m.text.strip() else "<i class='meta'>" + self.tr("(no text)") + "</i>"
        extras = ""
        if m.attachments:
            names = (
                self.tr("Attachments:")
                + " "
                + ", ".join(f"{html.escape(a.filename)} ({human_size(a.size)})" for a in m.attachments)
            )
            extras += f"<p class='meta'>{names}</p>"
        if m.remote_images:
            extras += "<p class='meta'>" + self.tr("%n remote image(s) blocked.", "", m.remote_images) + "</p>"
        if m.warnings:
            repaired = self.tr("This message was damaged; AgentDesk repaired what it could.")
            extras += f"<p class='warn'>{repaired}</p>"
        bg = _BACKGROUND.get(m.direction, "#ffffff")
        return (
            f"<table width='100%' cellpadding='8' style='background-color:{bg}; margin-bottom:6px'><tr><td>"
            f"<span class='sender'>{html.escape(m.sender)}</span>{label_html}{delivery}"
            f" <span class='when'>· {html.escape(long_time(m.sent_at))}</span>"
            f"<p>{body}</p>{extras}</td></tr></table>"
        )
