"""Codes stored in the database and their labels (translated through the catalogue)."""
from __future__ import annotations

from desk.i18n import N_, _

STATUSES = {
    "new": N_("New"),
    "in_progress": N_("In progress"),
    "awaiting_reply": N_("Awaiting reply"),
    "resolved": N_("Resolved"),
    "closed": N_("Closed"),
}
OPEN_STATUSES = ("new", "in_progress", "awaiting_reply")

SEVERITIES = {
    "ordinary": N_("Ordinary"),
    "serious": N_("Serious"),
    "urgent": N_("Urgent (safety risk)"),
}

CUSTOMER_CLASSES = {
    "ordinary": N_("Ordinary customer"),
    "potential": N_("Potential customer"),
    "key": N_("Key customer"),
    "core": N_("Core customer"),
}

OBJECT_TYPES = {
    "tenant": N_("Tenant / shop"),
    "department": N_("Department"),
    "staff": N_("Staff member"),
    "product": N_("Product"),
    "service": N_("Service"),
    "other": N_("Other"),
}

DEMANDS = {
    "refund": N_("Refund"),
    "exchange": N_("Return / exchange"),
    "repair": N_("Repair"),
    "compensation": N_("Compensation"),
    "apology": N_("Apology"),
    "other": N_("Other"),
}

ROLES = {
    "clerk": N_("Desk clerk"),
    "floor_supervisor": N_("Floor supervisor"),
    "department_manager": N_("Department manager"),
    "operations_manager": N_("Operations manager"),
    "deputy_gm": N_("Deputy GM"),
    "gm": N_("GM"),
}

# Seeded lists; both stay editable in the organisation setup (DOMAIN.md).
DEFAULT_CHANNELS = {
    "phone": N_("Phone"),
    "suggestion_box": N_("Suggestion box"),
    "letter": N_("Letter"),
    "email": N_("E-mail"),
    "in_person": N_("In person"),
    "web": N_("Web form"),
    "social_media": N_("Social media"),
    "hotline": N_("Hotline"),
    "transferred": N_("Transferred (consumers' association / authority)"),
}
ANONYMOUS_CHANNELS = ("suggestion_box", "letter", "web", "social_media")

DEFAULT_CATEGORIES = {
    "product_quality": N_("Product quality / defect"),
    "price": N_("Price dispute"),
    "service_attitude": N_("Service attitude"),
    "environment": N_("Environment / facilities"),
    "delivery": N_("Logistics / delivery"),
    "after_sales": N_("After-sales"),
    "false_advertising": N_("False advertising"),
    "safety": N_("Safety"),
    "other": N_("Other"),
}

# Hours to the promised reply, by severity (configurable in the organisation setup).
DEFAULT_REPLY_HOURS = {"urgent": 2, "serious": 24, "ordinary": 72}


def label(table: dict[str, str], code: str) -> str:
    """Translated label of ``code``; an unknown code is shown as it is."""
    text = table.get(code)
    return _(text) if text else code


def display_name(defaults: dict[str, str], code: str | None, name: str) -> str:
    """Name of a configurable entry: a seeded one that nobody renamed is translated."""
    if code and defaults.get(code) == name:
        return _(name)
    return name
