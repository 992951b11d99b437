"""Organisation setup: company, sites, departments, tenants, staff, categories, channels,
severity policy. Later rules route slips and escalate along these."""
from __future__ import annotations

import json
from dataclasses import dataclass

from desk.i18n import _
from desk.services.audit import trail
from desk.services.common import vocab
from desk.services.common.validation import ValidationError, check_length, check_phone
from desk.services.org.permissions import require
from desk.store.db import transaction
from desk.store.models.cases import Category, Channel, Department, Setting, Site, Staff, Tenant
from desk.text import clean_text

DEFAULT_SETTINGS = {
    "company_name": "",
    "company_logo": "",          # sha256 of a stored image
    "reply_hours": vocab.DEFAULT_REPLY_HOURS,
    "attachment_limit_mb": 50,
}


def get_setting(key: str):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULT_SETTINGS.get(key)
    return json.loads(row.value)


def set_setting(key: str, value, by_id: int | None = None) -> None:
    """Store a setting; a change is an audit entry (old and new value)."""
    text = json.dumps(value, ensure_ascii=False)
    with transaction():
        old = Setting.select(Setting.value).where(Setting.key == key).scalar()
        (Setting.insert(key=key, value=text)
         .on_conflict(conflict_target=[Setting.key], update={Setting.value: text}).execute())
        if old != text:
            trail.record(by_id, "setup", kind="setting", field=key, old=old, new=text)


def reply_hours() -> dict[str, float]:
    hours = dict(vocab.DEFAULT_REPLY_HOURS)
    hours.update(get_setting("reply_hours") or {})
    return hours


def set_reply_hours(hours: dict[str, float], by_id: int | None = None) -> None:
    require(by_id, "change_setup")
    errors = {}
    for code, value in hours.items():
        if code not in vocab.SEVERITIES:
            errors[code] = _("Unknown severity {code}.").format(code=code)
        elif not isinstance(value, (int, float)) or not 0 < value <= 24 * 365:
            errors[code] = _("Reply time must be between 0 and 8760 hours.")
    if errors:
        raise ValidationError(errors)
    set_setting("reply_hours", {k: float(v) for k, v in hours.items()})


def ensure_defaults() -> None:
    """Seed channels and categories once (idempotent)."""
    with transaction():
        if not Channel.select().exists():
            for sort, (code, name) in enumerate(vocab.DEFAULT_CHANNELS.items()):
                Channel.create(code=code, name=name, sort=sort,
                               allows_anonymous=code in vocab.ANONYMOUS_CHANNELS)
        if not Category.select().exists():
            for sort, (code, name) in enumerate(vocab.DEFAULT_CATEGORIES.items()):
                Category.create(code=code, name=name, sort=sort)


@dataclass
class Choice:
    """One entry of a pick list: id and the label to show."""
    id: int
    label: str
    code: str | None = None
    active: bool = True
    allows_anonymous: bool = False   # channels only


def channels(include_inactive: bool = False) -> list[Choice]:
    query = Channel.select().order_by(Channel.sort, Channel.id)
    if not include_inactive:
        query = query.where(Channel.active == True)  # noqa: E712
    return [Choice(c.id, vocab.display_name(vocab.DEFAULT_CHANNELS, c.code, c.name), c.code,
                   c.active, c.allows_anonymous) for c in query]


def categories(include_inactive: bool = False) -> list[Choice]:
    query = Category.select().order_by(Category.sort, Category.id)
    if not include_inactive:
        query = query.where(Category.active == True)  # noqa: E712
    return [Choice(c.id, vocab.display_name(vocab.DEFAULT_CATEGORIES, c.code, c.name), c.code,
                   c.active) for c in query]


def departments(include_inactive: bool = False) -> list[Choice]:
    query = Department.select().order_by(Department.name)
    if not include_inactive:
        query = query.where(Department.active == True)  # noqa: E712
    return [Choice(d.id, d.name, None, d.active) for d in query]


def tenants(include_inactive: bool = False) -> list[Choice]:
    query = Tenant.select().order_by(Tenant.unit_no, Tenant.name)
    if not include_inactive:
        query = query.where(Tenant.active == True)  # noqa: E712
    return [Choice(t.id, f"{t.name} ({t.unit_no})" if t.unit_no else t.name, None, t.active)
            for t in query]


def staff(include_inactive: bool = False, role: str | None = None) -> list[Choice]:
    query = Staff.select().order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    if role:
        query = query.where(Staff.role == role)
    from desk.services.org.permissions import role_label

    return [Choice(s.id, f"{s.name} · {role_label(s.role)}", None, s.active) for s in query]


def sites(include_inactive: bool = False) -> list[Choice]:
    query = Site.select().order_by(Site.name)
    if not include_inactive:
        query = query.where(Site.active == True)  # noqa: E712
    return [Choice(s.id, s.name, None, s.active) for s in query]


def _required_name(errors: dict, value: str, label: str) -> str:
    name = clean_text(value)
    if not name:
        errors["name"] = _("{field} is required.").format(field=label)
    check_length(errors, "name", name, label)
    return name


def save_site(name: str, site_id: int | None = None, active: bool = True, by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Name"))
    if errors:
        raise ValidationError(errors)
    clash = Site.select().where(Site.name == name)
    if site_id:
        clash = clash.where(Site.id != site_id)
    if clash.exists():
        raise ValidationError({"name": _("A site named {name} exists already.").format(name=name)})
    return _upsert(Site, site_id, name=name, active=active)


def save_department(name: str, site_id: int | None = None, dept_id: int | None = None,
                    active: bool = True, by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Name"))
    if errors:
        raise ValidationError(errors)
    return _upsert(Department, dept_id, name=name, site=site_id, active=active)


def save_tenant(name: str, unit_no: str = "", manager: str = "", phone: str = "",
                site_id: int | None = None, tenant_id: int | None = None,
                active: bool = True, by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Shop name"))
    unit_no, manager, phone = clean_text(unit_no), clean_text(manager), clean_text(phone)
    check_length(errors, "unit_no", unit_no, _("Unit no."))
    check_length(errors, "manager", manager, _("Manager"))
    check_phone(errors, "phone", phone, _("Phone"))
    if errors:
        raise ValidationError(errors)
    return _upsert(Tenant, tenant_id, name=name, unit_no=unit_no, manager=manager,
                   phone=phone, site=site_id, active=active)


def save_staff(name: str, role: str, department_id: int | None = None, phone: str = "",
               staff_id: int | None = None, active: bool = True, by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Name"))
    phone = clean_text(phone)
    if role not in vocab.ROLES:
        errors["role"] = _("Pick a role.")
    check_phone(errors, "phone", phone, _("Phone"))
    if errors:
        raise ValidationError(errors)
    return _upsert(Staff, staff_id, name=name, role=role, department=department_id,
                   phone=phone, active=active)


def save_category(name: str, category_id: int | None = None, active: bool = True,
                  by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Name"))
    if errors:
        raise ValidationError(errors)
    sort = Category.select().count() if category_id is None else None
    fields = {"name": name, "active": active}
    if sort is not None:
        fields["sort"] = sort
    return _upsert(Category, category_id, **fields)


def save_channel(name: str, channel_id: int | None = None, active: bool = True,
                 allows_anonymous: bool = False, by_id: int | None = None) -> int:
    require(by_id, "change_setup")
    errors: dict[str, str] = {}
    name = _required_name(errors, name, _("Name"))
    if errors:
        raise ValidationError(errors)
    fields = {"name": name, "active": active, "allows_anonymous": allows_anonymous}
    if channel_id is None:
        fields["sort"] = Channel.select().count()
    return _upsert(Channel, channel_id, **fields)


#: setup fields that name or reach a person (digests in the audit chain)
_PERSONAL = {(Staff, "name"), (Staff, "phone"), (Tenant, "manager"), (Tenant, "phone")}


def _upsert(model, row_id: int | None, by_id: int | None = None, **fields) -> int:
    """Save a setup row; each changed field is an audit entry."""
    kind = model._meta.table_name
    with transaction():
        if row_id:
            before = model.get_or_none(model.id == row_id)
            model.update(**fields).where(model.id == row_id).execute()
        else:
            before, row_id = None, model.create(**fields).id
        for name, value in fields.items():
            column = model._meta.fields[name]
            old = getattr(before, column.column_name if hasattr(column, "rel_model")
                          else name) if before else None
            if before is None or old != value:
                trail.record(by_id, "setup", kind=kind, record_id=row_id, field=name,
                             old=old, new=value, personal=(model, name) in _PERSONAL)
        return row_id


#: Who sees the cases of every site; everyone else those of their desk's site.
ALL_SITES_ROLES = ("operations_manager", "deputy_gm", "gm")


def sees_all_sites(staff_id: int | None) -> bool:
    row = staff_row(staff_id) if staff_id else None
    return row is not None and row.role in ALL_SITES_ROLES


def staff_row(staff_id: int) -> Staff | None:
    return Staff.get_or_none(Staff.id == staff_id)


def tenant_rows(include_inactive: bool = True) -> list[dict]:
    query = Tenant.select().order_by(Tenant.unit_no, Tenant.name)
    if not include_inactive:
        query = query.where(Tenant.active == True)  # noqa: E712
    return [{"id": t.id, "name": t.name, "unit_no": t.unit_no, "manager": t.manager,
             "phone": t.phone, "site_id": t.site_id, "active": t.active} for t in query]


def staff_rows(include_inactive: bool = True) -> list[dict]:
    query = Staff.select().order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    return [{"id": s.id, "name": s.name, "role": s.role, "department_id": s.department_id,
             "phone": s.phone, "active": s.active} for s in query]


def department_rows(include_inactive: bool = True) -> list[dict]:
    """Departments with their site, for the organisation setup screen."""
    query = Department.select().order_by(Department.name)
    if not include_inactive:
        query = query.where(Department.active == True)  # noqa: E712
    return [{"id": d.id, "name": d.name, "site_id": d.site_id, "active": d.active}
            for d in query]
