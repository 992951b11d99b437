"""The monthly retention check the desktop program runs after it starts: once a month the
administrator is told how many cases are past retention (or, with "automatically each
month" set, the purge simply runs)."""
from __future__ import annotations

from dataclasses import dataclass

from desk.services.common.clock import system_clock
from desk.services.org.permissions import MATRIX, holds
from desk.services.retention.plan import PurgePlan, plan_purge
from desk.services.retention.policy import get_policy, last_run_month, mark_month
from desk.services.retention.purge import PurgeResult, run_purge
from desk.store.db import transaction

#: roles that decide about retention (the permission matrix's)
RETENTION_ROLES = MATRIX["retention"]


def may_purge(role: str | None) -> bool:
    return role in RETENTION_ROLES


@dataclass
class MonthlyCheck:
    plan: PurgePlan | None = None          # something is due: show the notice
    purged: PurgeResult | None = None      # the automatic purge ran


def monthly_check(by_id: int | None, role: str | None, clock=system_clock) -> MonthlyCheck:
    """Nothing before the month's first check by someone who may purge; after it, the
    month is marked done whatever was found."""
    month = clock.now().strftime("%Y-%m")
    allowed = holds(by_id, "retention") if by_id is not None else may_purge(role)
    if not allowed or last_run_month() == month:
        return MonthlyCheck()
    plan = plan_purge(clock)
    with transaction():
        mark_month(month, by_id)
    if plan.empty:
        return MonthlyCheck()
    if get_policy().auto_monthly:
        return MonthlyCheck(purged=run_purge(by_id, clock=clock, plan=plan))
    return MonthlyCheck(plan=plan)
