"""The main window's work areas as tabs: the case list, Today, and the screens of the
later forms (revisits, daily review, reports, repeats), built when first opened.

Also runs the deadline rules every few minutes, off the UI thread."""
from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from desk.i18n import N_, _
from desk.services.common.clock import system_clock
from desk.ui.kit.widgets import place_over

log = logging.getLogger("desk.ui")
DEADLINE_CHECK_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 2000

# (key, label, module, class) — screens that exist in this build; each acts as the
# signed-in person (desk.ui.access.session).
LAZY_TABS = [
    ("today", N_("Today"), "desk.ui.casework.today_view", "TodayView"),
    ("revisits", N_("Revisits"), "desk.ui.revisits.revisit_workbench", "RevisitWorkbench"),
    ("review", N_("Daily review"), "desk.ui.casework.review_view", "DailyReviewView"),
    ("reports", N_("Reports"), "desk.ui.reports.reports_view", "ReportsView"),
    ("repeats", N_("Repeats"), "desk.ui.capa.repeats_view", "RepeatsView"),
]


def _check_deadlines(clock):
    """The periodic background work: deadline rules, then the revisits due (made once a
    day, never as a side effect of opening the Revisits tab)."""
    from desk.services.casework.escalation import apply_deadline_rules
    from desk.services.revisits.schedule import run_due_once

    escalated = apply_deadline_rules(clock)
    try:
        made = run_due_once(clock)
    except Exception as exc:   # the deadline rules' outcome still counts
        log.warning("revisit scheduling failed: %r", exc)
        made = {}
    return escalated, any(made.values())


def _import_all(modules: list[str]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:       # the tab says so when it is opened
            log.exception("importing %s failed", name)


class Workspace(QTabWidget):
    open_case = Signal(int)
    escalated = Signal(list)
    cases_changed = Signal()

    def __init__(self, parent: QWidget, cases: QWidget, clock=system_clock):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.clock = clock
        self.cases = cases
        self.addTab(cases, "")
        self.screens: dict[str, QWidget] = {}
        self.keys = ["cases"]
        for key, _label, module, _cls in LAZY_TABS:
            if importlib.util.find_spec(module) is None:
                continue
            holder = QWidget(self)
            holder.setObjectName(f"{key}Tab")
            self.addTab(holder, "")
            self.keys.append(key)
        self.currentChanged.connect(self._opened)
        self.retranslate()
        self.timer = QTimer(self)
        self.timer.setInterval(DEADLINE_CHECK_MS)
        self.timer.timeout.connect(self.check_deadlines)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check_deadlines)   # after the first paint

    def retranslate(self) -> None:
        labels = {key: label for key, label, *_rest in LAZY_TABS}
        for index, key in enumerate(self.keys):
            self.setTabText(index, _("Cases") if key == "cases" else _(labels[key]))

    def user_changed(self) -> None:
        """Another person signed in: every screen built so far shows what they may do."""
        for screen in self.screens.values():
            for name in ("user_changed", "refresh"):
                if hasattr(screen, name):
                    getattr(screen, name)()
                    break

    def warm_up(self) -> None:
        """Import the modules of the tabs not built yet on a pool thread (after the first
        paint): opening a tab then only builds its widgets. Each import took 10-60 ms of
        the UI thread; on a pool thread it yields to the UI every few milliseconds."""
        modules = [module for key, _label, module, _cls in LAZY_TABS
                   if key in self.keys and key not in self.screens]
        from desk.ui.kit.workers import run_in_thread  # first used after the window is up

        run_in_thread(_import_all, modules)

    def screen_for(self, key: str) -> QWidget | None:
        if key in self.keys:
            self._ensure_built(self.keys.index(key))
        return self.screens.get(key)

    def _opened(self, index: int) -> None:
        """A tab was chosen: a screen not built yet is built in the next turn of the event
        loop, after the page has been painted (building and painting it in one turn held
        the UI thread 40-60 ms)."""
        key = self.keys[index] if 0 <= index < len(self.keys) else "cases"
        if key == "cases" or key in self.screens:
            self._ensure_built(index)
        else:       # (unless something asked for the screen meanwhile: it reads already)
            QTimer.singleShot(0, self, lambda: key in self.screens or self._ensure_built(index))

    def _ensure_built(self, index: int) -> None:
        key = self.keys[index] if 0 <= index < len(self.keys) else "cases"
        if key == "cases" or key in self.screens:
            if key in self.screens and hasattr(self.screens[key], "refresh"):
                self.screens[key].refresh()
            return
        spec = next(t for t in LAZY_TABS if t[0] == key)
        cls = getattr(importlib.import_module(spec[2]), spec[3])
        screen = cls(self, clock=self.clock)
        holder = self.widget(index)
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(screen)
        self.screens[key] = screen
        if hasattr(screen, "openCase"):
            screen.openCase.connect(self.open_case)
        if hasattr(screen, "openCapa"):
            screen.openCapa.connect(self.open_capa)
        for name in ("caseReopened", "newComplaintSaved"):
            if hasattr(screen, name):
                getattr(screen, name).connect(self.cases_changed)
        # no refresh here: every screen reads its data when it is made

    def open_capa(self, capa_id: int) -> QWidget:
        """A corrective-action record in a window of its own."""
        from desk.ui.capa.capa_form import CapaForm

        form = CapaForm(None, capa_id, clock=self.clock)
        form.setWindowTitle(_("Corrective and preventive action"))
        form.openCase.connect(self.open_case)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        place_over(form, self.window(), 900, 700)
        form.show()
        self.capa_window = form
        return form

    def check_deadlines(self) -> None:
        from desk.ui.kit.workers import run_in_thread  # first used after the window is up

        run_in_thread(_check_deadlines, self.clock, on_result=self._deadlines_checked,
                      on_error=lambda exc: log.warning("deadline check failed: %r", exc))

    def _deadlines_checked(self, outcome: tuple) -> None:
        escalated, scheduled = outcome
        if escalated:
            self.escalated.emit(escalated)
        if escalated or scheduled:
            for screen in self.screens.values():
                if hasattr(screen, "refresh"):
                    screen.refresh()
