"""Light and dark: the theme choice (System / Light / Dark), the dark palette, and the few colours AgentDesk draws
itself (timeline backgrounds, chips, status colours, warnings) in a light and a dark variant.

"System" follows the desktop's colour scheme (`QStyleHints.colorScheme()`, Qt 6.5+) and keeps following it
while the app runs. Dark uses the Fusion style with a dark palette, so it looks the same on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colors:
    """Colours AgentDesk chooses itself; everything else comes from the palette."""

    dark: bool
    text: str
    muted: str
    warn: str
    error: str
    ok: str
    incoming_bg: str
    reply_bg: str
    note_bg: str
    chip_bg: str
    chip_fg: str
    status: dict[str, str]


LIGHT = Colors(
    dark=False,
    text="#24292f",
    muted="#57606a",
    warn="#9a6700",
    error="#cf222e",
    ok="#1a7f37",
    incoming_bg="#ffffff",
    reply_bg="#eef6ff",
    note_bg="#fff8c5",
    chip_bg="#eaeef2",
    chip_fg="#24292f",
    status={"open": "#1a7f37", "pending": "#9a6700", "snoozed": "#6639ba", "closed": "#6e7781"},
)
DARK = Colors(
    dark=True,
    text="#e6edf3",
    muted="#9da7b3",
    warn="#d29922",
    error="#ff7b72",
    ok="#3fb950",
    incoming_bg="#1e2228",
    reply_bg="#172a45",
    note_bg="#3d3414",
    chip_bg="#343b45",
    chip_fg="#e6edf3",
    status={"open": "#3fb950", "pending": "#d29922", "snoozed": "#b392f0", "closed": "#8b949e"},
)


def palette_is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def palette_colors() -> Colors:
    """The colour set that reads well on the palette in use right now."""
    return DARK if palette_is_dark() else LIGHT


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#25272b"),
        (role.WindowText, "#e6edf3"),
        (role.Base, "#1b1d21"),
        (role.AlternateBase, "#23262b"),
        (role.ToolTipBase, "#2d3036"),
        (role.ToolTipText, "#e6edf3"),
        (role.PlaceholderText, "#9da7b3"),
        (role.Text, "#e6edf3"),
        (role.Button, "#2d3036"),
        (role.ButtonText, "#e6edf3"),
        (role.BrightText, "#ff7b72"),
        (role.Light, "#3a3e45"),
        (role.Midlight, "#32363c"),
        (role.Mid, "#2a2d32"),
        (role.Dark, "#141619"),
        (role.Shadow, "#0b0c0e"),
        (role.Highlight, "#2f6bd1"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#6cb6ff"),
        (role.LinkVisited, "#b392f0"),
    ):
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6e7681"))
    p.setColor(group.Disabled, role.Highlight, QColor("#3a3e45"))
    return p


class ThemeController(QObject):
    """Applies the chosen theme to the application and re-applies "system" when the desktop switches."""

    changed = Signal(bool)  # the palette changed; True when it is dark now

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self._native_style = app.style().name()
        self._native_palette = QPalette(app.palette())
        self.choice = "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.set_choice(choice)

    def wants_dark(self) -> bool:
        return self.choice == "dark" or (self.choice == "system" and system_prefers_dark())

    def set_choice(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        self._apply()

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self._apply()

    def _apply(self) -> None:
        if self.wants_dark():
            self.app.setStyle(QStyleFactory.create("Fusion"))
            self.app.setPalette(dark_palette())
        elif self.choice == "light":
            fusion = QStyleFactory.create("Fusion")
            self.app.setStyle(fusion)
            self.app.setPalette(fusion.standardPalette())
        else:  # system, and the system is light: the platform's own look
            self.app.setStyle(QStyleFactory.create(self._native_style) or QStyleFactory.create("Fusion"))
            self.app.setPalette(self._native_palette)
        for widget in self.app.allWidgets():  # widgets with a style sheet keep the palette they were polished with
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())
        self.changed.emit(palette_is_dark(self.app.palette()))


_controller: ThemeController | None = None


def theme_controller(app: QApplication | None = None) -> ThemeController:
    """The application's one controller (created on first use, theme "system")."""
    global _controller
    if _controller is None:
        instance = app or QApplication.instance()
        assert isinstance(instance, QApplication), "a QApplication must exist before the theme is chosen"
        _controller = ThemeController(instance)
    return _controller
