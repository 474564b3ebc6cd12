"""The answer of a connection test under an account form: green when it worked, red with what to do when not."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.ui.theme import palette_colors


class ResultLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionResult")
        self.setWordWrap(True)
        self.error = False

    def show_result(self, text: str, *, error: bool) -> None:
        self.error = error
        self.setText(text)
        colors = palette_colors()
        self.setStyleSheet(f"color: {colors.error if error else colors.ok}")
