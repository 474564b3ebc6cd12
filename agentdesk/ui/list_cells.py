"""How some cells of the conversation list are drawn: the channel icons and the subject with its snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agentdesk.ui.theme import palette_colors

SnippetRole = Qt.ItemDataRole.UserRole + 10  # the subject cell's greyed snippet

# kind → (badge text, colour): a small badge is drawn, so no image files or the SVG plugin are needed
_BADGES = {
    "imap": ("@", "#0969da"),
    "local": ("@", "#57606a"),
    "rt": ("RT", "#bc4c00"),
    "zendesk": ("Z", "#1f883d"),
    "demo": ("D", "#8250df"),
}
_icons: dict[str, QIcon] = {}


def channel_icon(kind: str) -> QIcon | None:
    """The list's icon for an account kind (email, RT, Zendesk, demo), made once."""
    if kind not in _BADGES:
        return None
    icon = _icons.get(kind)
    if icon is None:
        text, colour = _BADGES[kind]
        ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1.0
        size = 16
        pixmap = QPixmap(int(size * ratio), int(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRect(0, 0, size, size), 4, 4)
        font = QFont()
        font.setPixelSize(9 if len(text) > 1 else 11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon = _icons[kind] = QIcon(pixmap)
    return icon


class SubjectDelegate(QStyledItemDelegate):
    """The subject in the row's font, then the snippet greyed in the same cell, one line (uniform rows)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        subject = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.highlightedText() if selected else opt.palette.text()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text_colour.color())
        metrics = painter.fontMetrics()
        shown = metrics.elidedText(subject, Qt.TextElideMode.ElideRight, rect.width())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, int(flags), shown)
        snippet = index.data(SnippetRole)
        used = metrics.horizontalAdvance(shown)
        if snippet and shown == subject and used + 24 < rect.width():
            rest = rect.adjusted(used + 12, 0, 0, 0)
            font = QFont(opt.font)
            font.setBold(False)
            painter.setFont(font)
            muted = QColor(palette_colors().muted)
            painter.setPen(text_colour.color() if selected else muted)
            line = " ".join(str(snippet).split())
            painter.drawText(
                rest, int(flags), painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, rest.width())
            )
        painter.restore()
