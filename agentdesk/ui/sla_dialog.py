"""SLA targets per priority: first response, next response and resolution, in business or calendar hours.

Each priority gets its own row; 0 means "not measured". One clock per priority (business hours of the team's
calendar, or round-the-clock hours) applies to its three targets. Saving stores the `sla_policies` setting; the
cache then recomputes every open conversation's due time (store/due.py), so the list and the pane follow at once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.clock import utcnow
from agentdesk.domain.sla import Clock, Metric, SlaPolicies, SlaPolicy, Target
from agentdesk.store.canned_context import read_default_calendar
from agentdesk.store.database import Store
from agentdesk.store.models import Setting
from agentdesk.store.sla_status import SLA_POLICIES_SETTING, sla_policies_of
from agentdesk.ui import labels as ui_labels
from agentdesk.ui.formatting import long_time

PRIORITIES = ("urgent", "high", "normal", "low")
METRICS = (Metric.FIRST_RESPONSE, Metric.NEXT_RESPONSE, Metric.RESOLUTION)
MAX_HOURS = 24 * 90


class SlaDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaDialog")
        self.setWindowTitle(self.tr("SLA targets"))
        self.store = store
        with store.read() as session:
            policies = sla_policies_of(session)
            calendar, self.calendar_problem = read_default_calendar(session)
        self.has_calendar = calendar is not None
        self._calendar = calendar

        labels = {
            "urgent": self.tr("Urgent"),
            "high": self.tr("High"),
            "normal": self.tr("Normal"),
            "low": self.tr("Low"),
        }
        headers = (self.tr("Priority"), self.tr("First response"), self.tr("Next response"), self.tr("Resolution"))
        grid = QGridLayout()
        for column, text in enumerate((*headers, self.tr("Counted in"))):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.hours: dict[tuple[str, Metric], QDoubleSpinBox] = {}
        self.clocks: dict[str, QComboBox] = {}
        for row, priority in enumerate(PRIORITIES, start=1):
            policy = policies.for_priority(priority) if policies is not None else None
            grid.addWidget(QLabel(labels[priority]), row, 0)
            for column, metric in enumerate(METRICS, start=1):
                spin = QDoubleSpinBox()
                spin.setObjectName(f"sla:{priority}:{metric.value}")
                spin.setRange(0, MAX_HOURS)
                spin.setDecimals(2)
                spin.setSingleStep(0.5)
                spin.setSuffix(self.tr(" h"))
                spin.setSpecialValueText(self.tr("not measured"))
                target = _target(policy, metric)
                spin.setValue(target.duration / timedelta(hours=1) if target is not None else 0)
                spin.valueChanged.connect(lambda _v: self.update_example())
                self.hours[(priority, metric)] = spin
                grid.addWidget(spin, row, column)
            clock = QComboBox()
            clock.setObjectName(f"sla:{priority}:clock")
            clock.addItem(self.tr("business hours"), Clock.BUSINESS.value)
            clock.addItem(self.tr("calendar hours (day and night)"), Clock.CALENDAR.value)
            clock.setCurrentIndex(max(0, clock.findData(_clock_of(policy).value)))
            clock.currentIndexChanged.connect(lambda _i: self.update_example())
            self.clocks[priority] = clock
            grid.addWidget(clock, row, len(METRICS) + 1)

        explanation = QLabel(
            self.tr(
                "First response: from the customer's first message to the team's first reply. "
                "Next response: from the oldest unanswered customer message to the next reply. "
                "Resolution: from the first message to closing; it pauses while the conversation waits on the "
                "customer or is snoozed. Business hours follow File → Business hours and holidays."
            )
        )
        explanation.setWordWrap(True)
        self.example = QLabel()
        self.example.setObjectName("slaExample")
        self.example.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("slaProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #cf222e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(explanation)
        layout.addWidget(self.example)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.update_example()

    # --- reading the form -------------------------------------------------------------------------

    def settings_value(self) -> dict[str, dict[str, Any]]:
        """The `sla_policies` setting as the form says it: every priority listed ({} = nothing measured)."""
        value: dict[str, dict[str, Any]] = {}
        for priority in PRIORITIES:
            clock = str(self.clocks[priority].currentData())
            value[priority] = {
                metric.value: {"minutes": round(self.hours[(priority, metric)].value() * 60), "clock": clock}
                for metric in METRICS
                if self.hours[(priority, metric)].value() > 0
            }
        return value

    def problems(self) -> list[str]:
        if self.has_calendar:
            return []
        business = [
            p
            for p in PRIORITIES
            if self.clocks[p].currentData() == Clock.BUSINESS.value
            and any(self.hours[(p, m)].value() > 0 for m in METRICS)
        ]
        if not business:
            return []
        if self.calendar_problem is not None:
            return [
                self.tr(
                    "Targets in business hours need a business calendar, and the saved one cannot be used: %1 Fix "
                    "it in File → Business hours and holidays, or count these targets in calendar hours."
                ).replace("%1", ui_labels.error_text(self.calendar_problem, " "))
            ]
        return [
            self.tr(
                "Targets in business hours need a business calendar. Set your opening hours in File → Business "
                "hours and holidays, or count these targets in calendar hours."
            )
        ]

    def update_example(self) -> None:
        problems = self.problems()
        self.problem.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        if problems:
            self.example.clear()
            return
        policy = SlaPolicies.from_settings(self.settings_value()).for_priority("normal")
        target = policy.first_response if policy is not None else None
        if target is None:
            self.example.setText(self.tr("Normal conversations have no first-response target."))
            return
        now = utcnow()
        due = now + target.duration
        if target.clock is Clock.BUSINESS and self._calendar is not None:
            due = self._calendar.add(now, target.duration)
        self.example.setText(
            self.tr("Example: a normal-priority message arriving now needs a first reply by %1.").replace(
                "%1", long_time(due)
            )
        )

    def save(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText(" ".join(problems))
            return
        with self.store.write() as (session, _changes):
            session.merge(Setting(key=SLA_POLICIES_SETTING, value=self.settings_value()))
        self.accept()


def _target(policy: SlaPolicy | None, metric: Metric) -> Target | None:
    if policy is None:
        return None
    return {
        Metric.FIRST_RESPONSE: policy.first_response,
        Metric.NEXT_RESPONSE: policy.next_response,
        Metric.RESOLUTION: policy.resolution,
    }[metric]


def _clock_of(policy: SlaPolicy | None) -> Clock:
    targets = [_target(policy, m) for m in METRICS]
    return next((t.clock for t in targets if t is not None), Clock.BUSINESS)
