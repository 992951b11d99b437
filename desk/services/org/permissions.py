"""Who may do what: the permission matrix, asked by every service call that changes
something, and by the screens to grey out what the signed-in person may not do.

The acting user is a staff id (their account). ``None`` is the system: the command line
and scheduled jobs (Task Scheduler), run by whoever holds the database file, which is the
administrator's anyway; the desktop program always acts as the signed-in person, and as
nobody (changing nothing) before a sign-in.
"""
from __future__ import annotations

from decimal import Decimal

from desk.i18n import N_, _, current_language
from desk.services.casework.base import WorkflowError
from desk.services.common import vocab
from desk.store.models.cases import Staff

ADMIN = "administrator"
WORKING_ROLES = ("clerk", "floor_supervisor", "department_manager", "operations_manager",
                 "deputy_gm", "gm")
MANAGERS = ("operations_manager", "deputy_gm", "gm")

#: action -> the roles that may do it (the README's table is this one).
MATRIX: dict[str, tuple[str, ...]] = {
    "take_complaints": WORKING_ROLES,
    "issue_slips": ("clerk",) + MANAGERS,
    "sign_off": MANAGERS,
    "record_results": WORKING_ROLES,     # the clerk on the department's behalf
    "approve_compensation": WORKING_ROLES,   # each up to its limit
    "void": MANAGERS,
    "reopen": ("clerk",) + MANAGERS,
    "review_day": MANAGERS,
    "work_cases": WORKING_ROLES,
    "capa_work": WORKING_ROLES,
    "capa_sign_ops": MANAGERS,
    "capa_sign_gm": ("gm",),
    "capa_verify": MANAGERS,
    "retention": (ADMIN,) + MANAGERS,
    "change_setup": (ADMIN,),
    "accounts": (ADMIN,),
}

#: One sentence per action saying who may; ``{roles}`` is the list of role names.
DENIED = {
    "take_complaints": N_("Only these roles may record and edit complaints: {roles}."),
    "issue_slips": N_("Only these roles may answer at the desk, issue and close handling "
                      "slips: {roles}."),
    "sign_off": N_("Only these roles may sign a handling slip off: {roles}."),
    "record_results": N_("Only these roles may record a handling result: {roles}."),
    "approve_compensation": N_("Only these roles may approve this compensation: {roles}."),
    "void": N_("Only these roles may void a case: {roles}."),
    "reopen": N_("Only these roles may reopen a case: {roles}."),
    "review_day": N_("Only these roles may review the day's handling slips: {roles}."),
    "work_cases": N_("Only these roles may work on cases (contacts, dates, escalation, "
                     "revisits): {roles}."),
    "retention": N_("Only these roles may decide on retention, holds and personal data: "
                    "{roles}."),
    "capa_work": N_("Only these roles may work on corrective actions: {roles}."),
    "capa_sign_ops": N_("Only these roles may sign a corrective action as operations "
                        "manager: {roles}."),
    "capa_sign_gm": N_("Only these roles may sign a corrective action as GM: {roles}."),
    "capa_verify": N_("Only these roles may verify a corrective action: {roles}."),
    "change_setup": N_("Only these roles may change the setup: {roles}."),
    "accounts": N_("Only these roles may change accounts: {roles}."),
}


class PermissionDenied(WorkflowError):
    """The acting person's role may not do this; the message says who may."""


def role_label(role: str) -> str:
    return _("Administrator") if role == ADMIN else vocab.label(vocab.ROLES, role)


def roles_of(row: Staff | None) -> frozenset[str]:
    """The roles an account holds: its role, and the administrator's when it has that."""
    if row is None or not row.active:
        return frozenset()
    roles = {row.role} if row.role else set()
    if row.is_admin:
        roles.add(ADMIN)
    return frozenset(roles)


def _row(by_id: int | None) -> Staff | None:
    return Staff.get_or_none(Staff.id == by_id) if by_id else None


def _names(roles) -> str:
    separator = ", " if current_language() == "en" else "、"
    return separator.join(role_label(r) for r in roles)


def denial(action: str, roles=None) -> str:
    """The sentence saying who may do ``action``."""
    return _(DENIED[action]).format(roles=_names(roles or MATRIX[action]))


def _may(row: Staff | None, action: str) -> bool:
    return bool(roles_of(row) & set(MATRIX[action]))


def holds(by_id: int | None, action: str) -> bool:
    """Whether the person ``by_id`` may do ``action`` (nobody signed in: no)."""
    return _may(_row(by_id), action)


def why_not(by_id: int | None, action: str) -> str:
    """"" when ``by_id`` may do ``action``, else the sentence saying who may (a tooltip)."""
    return "" if holds(by_id, action) else denial(action)


def require(by_id: int | None, action: str) -> Staff | None:
    """Refuse ``action`` unless the acting person may; ``None`` is the system. Returns the
    acting person's row (``None`` for the system), read once for the rest of the call."""
    if by_id is None:
        return None
    row = _row(by_id)
    if not _may(row, action):
        raise PermissionDenied(denial(action))
    return row


def require_approval(by_id: int | None, amount: Decimal, may_approve, approvers) -> None:
    """Compensation: the acting person's limit must cover ``amount``."""
    if by_id is None:
        return
    row = _row(by_id)
    if not any(may_approve(role, amount) for role in roles_of(row)):
        raise PermissionDenied(denial("approve_compensation", approvers))


def on_behalf(by_id: int | None, route: str) -> bool:
    """A desk clerk records the result a department or tenant reported, on its behalf."""
    roles = roles_of(_row(by_id))
    return route != "desk" and "clerk" in roles and not roles & set(MATRIX["record_results"][1:])
