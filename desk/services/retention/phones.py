"""Who sees customers' phone numbers: the roles that call customers see them whole,
others see them masked (138****5678) and reveal one with a click that is recorded."""
from __future__ import annotations

from typing import Callable

from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.services.retention import audit_hook
from desk.store.models.cases import Complaint
from desk.text import mask_phone, phone_text

SETTING = "phone_roles"
#: the desk calls customers (002 §4.6); the operations manager takes cases over
DEFAULT_ROLES = ("clerk", "operations_manager")


def roles_seeing_phones() -> tuple[str, ...]:
    return tuple(get_setting(SETTING) or DEFAULT_ROLES)


def sees_phones(role: str | None) -> bool:
    return role in roles_seeing_phones()


def masks_for(by_id: int | None) -> bool:
    """Whether the person ``by_id`` sees customers' numbers masked in lists and case
    windows (nobody on duty: the desk's own screen, unmasked)."""
    if by_id is None:
        return False
    from desk.services.casework.base import staff_role

    return not sees_phones(staff_role(by_id))


def shown_number(by_id: int | None) -> Callable[[str], str]:
    """How the person ``by_id`` sees customers' numbers on screen: whole and spaced
    (138 1234 5678) or masked (138****5678)."""
    return mask_phone if masks_for(by_id) else phone_text


def shown_phone(phone: str, role: str | None) -> str:
    """The number as this role may see it in lists and case windows."""
    return phone if sees_phones(role) else mask_phone(phone)


def reveal_phone(complaint_id: int, by_id: int | None, clock=system_clock) -> str:
    """The whole number of a case, for someone who sees masked ones; recorded."""
    row = Complaint.get_or_none(Complaint.id == complaint_id)
    if row is None:
        return ""
    audit_hook.revealed_phone(by_id, complaint_id, clock)
    return row.phone
