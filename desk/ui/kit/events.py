"""Program-wide notices that a case or the setup changed, so that every screen showing
them updates itself: the case list, Today, the daily review and every open case window.

Screens emit after a successful change (``case_changed(id)``, ``setup_changed()``) and
listen for the ones they show. Changes made by another program on the same database reach
the same signals through the store's change watcher, where there is one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

_events: CaseEvents | None = None


class CaseEvents(QObject):
    case_changed = Signal(int)     # a case was saved, moved on, voided, closed...
    cases_changed = Signal()       # several cases, or cases unknown (another desk's change)
    setup_changed = Signal()       # the organisation setup was saved
    reachable_changed = Signal(bool)   # the database stopped answering, or answers again
    user_changed = Signal()        # someone signed in, or the screen was locked


def case_events() -> CaseEvents:
    """The one notifier of this program (created on first use, lives with the program)."""
    global _events
    if _events is None:
        _events = CaseEvents()
    return _events


class Debounced(QTimer):
    """Call ``action`` once, ``delay_ms`` after the last of a burst of notices. Connect
    signals to ``trigger``: it is a child of ``parent`` and goes (and is disconnected)
    with it."""

    def __init__(self, parent: QObject, action, delay_ms: int = 150):
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(delay_ms)
        self.timeout.connect(action)

    def trigger(self, *_args) -> None:
        self.start()


def follow_cases(parent: QObject, refresh, delay_ms: int = 500) -> Debounced:
    """Call ``refresh`` ``delay_ms`` after any case (or a batch of cases) changed anywhere
    in the program; the timer goes with ``parent``."""
    follow = Debounced(parent, refresh, delay_ms)
    case_events().case_changed.connect(follow.trigger)
    case_events().cases_changed.connect(follow.trigger)
    return follow
