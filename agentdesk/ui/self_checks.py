"""What `agentdesk self-test` checks besides the main window, for an installed build that may lack a file:

- Qt's ICU data for the team languages: the installer keeps ICU's locale data for those languages only
  (installer/prune.py), and Qt reads it for time-zone names and sorting;
- the reports window's kinds of chart are drawn (pyqtgraph and numpy, which load only with the reports).
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QTimeZone

from agentdesk.domain.language import TEAM_LANGUAGES

# The ICU locale for each team language's time-zone names and collation.
_LOCALES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "id": "id_ID", "hi": "hi_IN"}


class SelfCheckError(Exception):
    pass


def _zone_name(locale: str) -> str:
    zone = QTimeZone(b"Europe/Berlin")
    return zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale))


def check_icu() -> str:
    english = _zone_name("en_US")
    if not english:
        raise SelfCheckError("Qt gave no time-zone name at all")
    for language in TEAM_LANGUAGES:
        name = _zone_name(_LOCALES.get(language, language))
        if language != "en" and name == english:
            raise SelfCheckError(
                f"time-zone names in {language!r} come out in English ({name!r}): ICU's data is missing"
            )
    spanish = QCollator(QLocale("es_ES"))
    if not spanish.compare("nube", "ñu") < 0 or not spanish.compare("ñu", "ober") < 0:
        raise SelfCheckError("Spanish sorting does not put ñ between n and o: ICU's collation data is missing")
    return "ICU data for " + ", ".join(TEAM_LANGUAGES)


def check_charts() -> str:
    """Draw the kinds of chart the reports window draws (bars, a curve, a heat map) with pyqtgraph and numpy,
    which load only with the reports; SelfCheckError when that fails. The reports window itself is not opened:
    its background computation would outlive the self-test's throw-away workspace."""
    import numpy as np
    import pyqtgraph as pg

    from agentdesk.ui import reports_window  # noqa: F401  (the module and all it imports load in the bundle)

    widget = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})
    try:
        widget.resize(400, 300)
        xs = np.arange(7, dtype=float)
        widget.addItem(pg.BarGraphItem(x=xs, height=xs * 2, width=0.8, brush=pg.mkBrush(90, 120, 200)))
        widget.addItem(pg.PlotCurveItem(x=xs, y=np.sqrt(xs), pen=pg.mkPen(200, 80, 40, width=2)))
        widget.addItem(pg.ImageItem(np.outer(xs, xs)))
        if widget.grab().isNull():
            raise SelfCheckError("the reports charts could not be drawn")
    finally:
        widget.close()
        widget.deleteLater()
    return "reports charts"
