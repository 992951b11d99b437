"""The retention policy (002 §8: slips, reports and corrective-action records are kept two
years): how long after closing a case, and after verifying a corrective action, the
records are kept; and whether the purge runs by itself each month."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from desk.i18n import _
from desk.services.common.validation import ValidationError
from desk.services.org.organisation import get_setting, set_setting
from desk.services.org.permissions import require

SETTING = "retention"
MIN_YEARS, MAX_YEARS = 1, 30


@dataclass
class RetentionPolicy:
    #: years after a case is closed (or voided) that its record, slip, events, revisits,
    #: compensation and attachments are kept
    case_years: int = 2
    #: years after a corrective action is verified that its record is kept
    capa_years: int = 2
    #: purge what is due once a month without asking
    auto_monthly: bool = False


def get_policy() -> RetentionPolicy:
    stored = get_setting(SETTING) or {}
    policy = RetentionPolicy()
    for key in asdict(policy):
        if key in stored:
            setattr(policy, key, type(getattr(policy, key))(stored[key]))
    return policy


def set_policy(policy: RetentionPolicy, by_id: int | None = None) -> None:
    require(by_id, "retention")
    errors = {}
    for key in ("case_years", "capa_years"):
        value = getattr(policy, key)
        if not isinstance(value, int) or isinstance(value, bool) \
                or not MIN_YEARS <= value <= MAX_YEARS:
            errors[key] = _("Keep records between {low} and {high} years.").format(
                low=MIN_YEARS, high=MAX_YEARS)
    if errors:
        raise ValidationError(errors)
    stored = get_setting(SETTING) or {}
    stored.update(asdict(policy))
    set_setting(SETTING, stored, by_id=by_id)


def years_before(moment: dt.datetime, years: int) -> dt.datetime:
    """The same date and time ``years`` earlier (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def cutoffs(now: dt.datetime, policy: RetentionPolicy | None = None
            ) -> tuple[dt.datetime, dt.datetime]:
    """(cases closed before this are due, corrective actions verified before this are due)."""
    policy = policy or get_policy()
    return years_before(now, policy.case_years), years_before(now, policy.capa_years)


#: the month of the last monthly check, apart from the policy: the audit trail's entries
#: for the policy are then changes someone made to it, each naming who
MONTH_SETTING = "retention_checked_month"


def last_run_month() -> str:
    """``YYYY-MM`` of the last monthly notice or automatic purge, ``""`` before the first."""
    return str(get_setting(MONTH_SETTING)
               or (get_setting(SETTING) or {}).get("last_month", ""))   # (kept there once)


def mark_month(month: str, by_id: int | None = None) -> None:
    """The month's check was made at ``by_id``'s sign-in."""
    set_setting(MONTH_SETTING, month, by_id=by_id)
