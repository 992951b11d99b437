"""Codes stored in the database and their labels (translated through the catalogue)."""
from __future__ import annotations

from desk.i18n import N_, _

STATUSES = {
    "new": N_("New"),
    "awaiting_approval": N_("Awaiting sign-off"),
    "in_progress": N_("In progress"),
    "awaiting_signature": N_("Awaiting signature"),
    "resolved": N_("Resolved"),
    "closed": N_("Closed"),
}
OPEN_STATUSES = ("new", "awaiting_approval", "in_progress", "awaiting_signature")
CLOSED_STATUSES = ("resolved", "closed")   # every status is one or the other

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


def label(table: dict, code) -> str:
    """Translated label of ``code``; an unknown code is shown as it is."""
    text = table.get(code)
    return _(text) if text else code


def display_name(defaults: dict[str, str], code: str | None, name: str) -> str:
    """Name of a configurable entry: a seeded one that nobody renamed is translated."""
    if code and defaults.get(code) == name:
        return _(name)
    return name


ROUTES = {
    "desk": N_("Answered at the desk"),
    "department": N_("Department"),
    "tenant": N_("Tenant"),
}

# The escalation ladder, lowest first (002 §4.5 ②④⑥).
LEVELS = {
    "handler": N_("Handler"),
    "manager": N_("Department manager / floor supervisor"),
    "operations_manager": N_("Operations manager"),
    "deputy_gm": N_("Deputy GM"),
    "gm": N_("GM"),
}
LEVEL_ORDER = list(LEVELS)

CONTACT_METHODS = {
    "phone": N_("Phone"),
    "sms": N_("SMS"),
    "in_person": N_("In person"),
    "letter_email": N_("Letter / e-mail"),
}

OPINIONS = {
    "satisfied": N_("Satisfied"),
    "accepts": N_("Accepts"),
    "not_satisfied": N_("Not satisfied"),
}

COMPENSATION_KINDS = {
    "refund": N_("Refund"),
    "exchange": N_("Exchange"),
    "repair": N_("Repair"),
    "voucher": N_("Voucher"),
    "gift": N_("Gift"),
    "cash": N_("Cash"),
}

# Highest compensation (yuan) each role may grant alone; None = no limit.
DEFAULT_APPROVAL_LIMITS = {
    "clerk": 200, "floor_supervisor": 500, "department_manager": 1000,
    "operations_manager": 5000, "deputy_gm": 20000, "gm": None,
}
APPROVER_ORDER = ["clerk", "floor_supervisor", "department_manager", "operations_manager",
                  "deputy_gm", "gm"]

EVENTS = {
    "intake": N_("Complaint recorded"),
    "answered_at_desk": N_("Answered at the desk"),
    "slip_issued": N_("Handling slip issued"),
    "slip_approved": N_("Slip signed off by the operations manager"),
    "reply_date_changed": N_("Agreed reply date changed"),
    "escalated": N_("Escalated"),
    "deadline_missed": N_("Agreed reply date missed"),
    "tenant_call": N_("Tenant's manager called"),
    "customer_contact": N_("Customer contacted"),
    "result": N_("Handling result recorded"),
    "compensation": N_("Compensation proposed"),
    "compensation_approved": N_("Compensation approved"),
    "signed": N_("Signed slip attached"),
    "written_reply": N_("Written reply recorded"),
    "closed": N_("Case closed"),
    "reopened": N_("Case reopened"),
    # from the case's revisits
    "revisit_scheduled": N_("Revisit scheduled"),
    "revisit_attempt": N_("Revisit attempt"),
    "revisit_done": N_("Revisit done"),
    "revisit_unreachable": N_("Customer unreachable for the revisit"),
}

# ------------------------------------------------ the revisit log and corrective actions
REVISIT_KINDS = {
    "after_close": N_("After closing"),
    "monthly": N_("Monthly revisit"),
    "periodic": N_("Periodic (core/key customer)"),
}
REVISIT_STATUSES = {
    "due": N_("Due"),
    "done": N_("Done"),
    "unreachable": N_("Unreachable"),
    "cancelled": N_("Cancelled"),
}
METHODS = {
    "phone": N_("Phone"),
    "sms": N_("SMS"),
    "wechat": N_("WeChat"),
    "visit": N_("Visit"),
}
PHONE_METHODS = ("phone", "sms", "wechat")
# Why the customer is (not) satisfied, picked from a list in the workbench.
REASONS = {
    "fast": N_("Handled quickly"),
    "slow": N_("Handled too slowly"),
    "friendly": N_("Friendly staff"),
    "attitude": N_("Poor attitude"),
    "solved": N_("Problem solved"),
    "not_solved": N_("Problem not solved"),
    "compensation_ok": N_("Fair compensation"),
    "compensation_low": N_("Compensation too low"),
    "not_informed": N_("Not kept informed"),
    "recurred": N_("The problem came back"),
    "other": N_("Other"),
}
OUTCOMES = {
    "satisfied": N_("Satisfied"),
    "not_satisfied_reopened": N_("Not satisfied: case reopened"),
    "new_complaint": N_("New complaint"),
}
SATISFACTION = {
    1: N_("1 Very dissatisfied"),
    2: N_("2 Dissatisfied"),
    3: N_("3 Neutral"),
    4: N_("4 Satisfied"),
    5: N_("5 Very satisfied"),
}
ROOT_CAUSES = {
    "people": N_("People"),
    "method": N_("Method"),
    "material": N_("Material"),
    "equipment": N_("Equipment"),
    "environment": N_("Environment"),
    "management": N_("Management"),
}
ACTION_KINDS = {
    "corrective": N_("Corrective action"),
    "preventive": N_("Preventive action"),
}
CAPA_STATUSES = {
    "open": N_("Actions under way"),
    "verifying": N_("Verifying effectiveness"),
    "closed": N_("Closed after verification"),
}
SUGGESTION_KINDS = {
    "repeat_customer": N_("Same customer again"),
    "repeat_object": N_("Same object, same category"),
    "rising_category": N_("Category rising week on week"),
    "manual": N_("Opened by hand"),
}
