"""Time, injectable so that deadline rules can be tested with a controllable clock."""
from __future__ import annotations

import datetime as dt


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that stands still until moved."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta) -> None:
        self.moment += dt.timedelta(**delta)


system_clock = SystemClock()
