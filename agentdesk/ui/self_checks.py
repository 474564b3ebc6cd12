"""What `agentdesk self-test` checks besides the main window, for an installed build that may lack a file:

- Qt's ICU data for the team languages: the installer keeps ICU's locale data for those languages only
  (installer/prune.py), and Qt reads it for time-zone names and sorting;
- the reports window computes a report and draws its charts (pyqtgraph and numpy, which load only there).
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QEventLoop, QLocale, QTimer, QTimeZone
from PySide6.QtWidgets import QWidget

from agentdesk.domain.language import TEAM_LANGUAGES
from agentdesk.store.database import Store

REPORT_TIMEOUT_MS = 60_000

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


def check_reports(store: Store, parent: QWidget) -> str:
    """Open the reports window, wait for its report, paint it; SelfCheckError when any of that fails."""
    from agentdesk.ui.reports_window import ReportsWindow  # pyqtgraph and numpy load only with the reports

    reports = ReportsWindow(store, parent)
    outcome: list[str] = []
    loop = QEventLoop()

    def finished(problem: str = "") -> None:
        outcome.append(problem)
        loop.quit()

    reports.report_ready.connect(finished)
    reports.failed.connect(lambda text: finished(text or "failed"))
    QTimer.singleShot(REPORT_TIMEOUT_MS, loop.quit)
    if not outcome:  # the report may be ready before the loop runs
        loop.exec()
    try:
        if not outcome:
            raise SelfCheckError(f"the reports window computed nothing in {REPORT_TIMEOUT_MS // 1000} s")
        if outcome[0]:
            raise SelfCheckError(f"the reports window failed: {outcome[0]}")
        if reports.grab().isNull():
            raise SelfCheckError("the reports window could not be painted")
    finally:
        reports.close()
        reports.deleteLater()
    return "reports charts"
