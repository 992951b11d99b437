"""The hand-made week whose report figures are known (the ``known`` fixture builds it)."""
from __future__ import annotations

import datetime as dt

# A hand-made data set around ISO week 2026-W47 (Mon 16 – Sun 22 November 2026) whose
# figures are known; the expected numbers are worked out by hand in ``EXPECTED``.

PHONE_A = "138 0000 0001"      # complains in W46 (P1), again in W47 (C1) and (C5)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute)


# Worked out by hand from the data set above (see the comments in test_report_figures).
EXPECTED = {
    "received": (5, 2), "closed": (3, 1), "open": (3, 1), "overdue": (2, 1),
    "on_time": (1 / 3, 1.0),
    "first_response_mean": ((1 + 48 + 1) / 3, 2.0), "first_response_median": (1.0, 2.0),
    "resolution_mean": ((24 + 48 + 168) / 3, 2.0), "resolution_median": (48.0, 2.0),
    "satisfaction": (2 / 3, 1.0), "repeat_rate": (2 / 4, 0.0),
    "compensation": (400.0, 0.0), "review_coverage": (1 / 4, 0.0),
}
