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


_ITEM = QStyle.ControlElement.CE_ItemViewItem
_TEXT_RECT = QStyle.SubElement.SE_ItemViewItemText
_SELECTED = QStyle.StateFlag.State_Selected
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class SubjectDelegate(QStyledItemDelegate):
    """The subject in the row's font, then the snippet greyed in the same cell, one line (uniform rows).

    Painted for every row of every page scrolled past, so the Qt names it needs are looked up once (above) and the
    snippet arrives from the model already on one line."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        subject = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(_ITEM, opt, painter, widget)
        rect = style.subElementRect(_TEXT_RECT, opt, widget).adjusted(3, 0, -3, 0)
        selected = _SELECTED in opt.state
        text_colour = (opt.palette.highlightedText() if selected else opt.palette.text()).color()
        painter.save()
        font = opt.font
        painter.setFont(font)
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        width = rect.width()
        shown = metrics.elidedText(subject, _ELIDE, width)
        painter.drawText(rect, _LEFT, shown)
        used = metrics.horizontalAdvance(shown) if shown == subject else width
        if used + 24 < width:
            snippet = index.data(SnippetRole)
            if snippet:
                rest = rect.adjusted(used + 12, 0, 0, 0)
                if font.bold():
                    font = QFont(font)
                    font.setBold(False)
                    painter.setFont(font)
                    metrics = painter.fontMetrics()
                painter.setPen(text_colour if selected else QColor(palette_colors().muted))
                painter.drawText(rest, _LEFT, metrics.elidedText(snippet, _ELIDE, rest.width()))
        painter.restore()
