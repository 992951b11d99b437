"""Who sees whole phone numbers: decided by role, revealing one by number of the case."""
from __future__ import annotations

from desk.services.org.organisation import set_setting
from desk.services.retention.phones import reveal_phone, sees_phones, shown_phone


def test_roles_that_call_customers_see_whole_numbers(store):
    assert shown_phone("13812345678", "clerk") == "13812345678"
    assert shown_phone("138 1234 5678", "department_manager") == "138****5678"
    assert shown_phone("13812345678", None) == "138****5678"
    set_setting("phone_roles", ["clerk", "gm"])
    assert sees_phones("gm") and not sees_phones("operations_manager")


def test_reveal_gives_the_whole_number(make_input, org, clock):
    from desk.services.cases.complaints import create_complaint

    case = create_complaint(make_input(phone="139 8765 4321"), clock=clock)
    assert reveal_phone(case.id, org["ops"], clock=clock) == "139 8765 4321"
    assert reveal_phone(99999, org["ops"], clock=clock) == ""
