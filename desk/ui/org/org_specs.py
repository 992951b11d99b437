"""What each organisation tab holds and how its entries are saved (through services)."""
from __future__ import annotations

from desk.i18n import N_, _
from desk.services.common import vocab
from desk.services.org import organisation as org
from desk.ui.access.session import acting_id
from desk.ui.org.org_tabs import EntitySpec, FieldSpec


def _none(label: str) -> list[tuple[str, object]]:
    return [(label, None)]


def site_choices():
    return _none(_("(no site)")) + [(s.label, s.id) for s in org.sites(True)]


def department_choices():
    return _none(_("(no department)")) + [(d.label, d.id) for d in org.departments(True)]


def role_choices():
    return [(vocab.label(vocab.ROLES, code), code) for code in vocab.ROLES]


def _seeded_name(defaults: dict[str, str], code: str | None, typed: str) -> str:
    """A seeded entry left with its translated name keeps its source name, so that it
    still shows in every language; anything else is stored as typed."""
    source = defaults.get(code or "")
    if source and typed.strip() == _(source):
        return source
    return typed


def _sites():
    return [{"id": s.id, "name": s.label, "active": s.active} for s in org.sites(True)]


def _categories():
    return [{"id": c.id, "name": c.label, "code": c.code, "active": c.active}
            for c in org.categories(True)]


def _channels():
    return [{"id": c.id, "name": c.label, "code": c.code, "active": c.active,
             "allows_anonymous": getattr(c, "allows_anonymous", False)}
            for c in org.channels(True)]


def _code_of(rows, row_id):
    return next((r.get("code") for r in rows() if r["id"] == row_id), None) if row_id else None


def save_category(values: dict, row_id: int | None) -> int:
    name = _seeded_name(vocab.DEFAULT_CATEGORIES, _code_of(_categories, row_id), values["name"])
    return org.save_category(name, category_id=row_id, active=values["active"],
                             by_id=acting_id())


def save_channel(values: dict, row_id: int | None) -> int:
    name = _seeded_name(vocab.DEFAULT_CHANNELS, _code_of(_channels, row_id), values["name"])
    return org.save_channel(name, channel_id=row_id, active=values["active"],
                            allows_anonymous=values["allows_anonymous"], by_id=acting_id())


def entity_specs() -> list[EntitySpec]:
    name = FieldSpec("name", N_("Name"))
    phone = FieldSpec("phone", N_("Phone"), max_length=30)
    site = FieldSpec("site_id", N_("Site"), "combo", site_choices)
    return [
        EntitySpec(N_("Sites"), [name], _sites,
                   lambda v, i: org.save_site(v["name"], site_id=i, active=v["active"],
                                                by_id=acting_id()),
                   "sitesTab"),
        EntitySpec(N_("Departments"), [name, site], org.department_rows,
                   lambda v, i: org.save_department(v["name"], v["site_id"], dept_id=i,
                                                    active=v["active"], by_id=acting_id()),
                   "departmentsTab"),
        EntitySpec(N_("Tenants"), [FieldSpec("name", N_("Shop name")),
                                   FieldSpec("unit_no", N_("Unit no."), max_length=30),
                                   FieldSpec("manager", N_("Manager"), max_length=50),
                                   phone, site],
                   org.tenant_rows,
                   lambda v, i: org.save_tenant(v["name"], v["unit_no"], v["manager"],
                                                v["phone"], v["site_id"], tenant_id=i,
                                                active=v["active"], by_id=acting_id()),
                   "tenantsTab"),
        EntitySpec(N_("Staff"), [FieldSpec("name", N_("Name"), max_length=50),
                                 FieldSpec("role", N_("Role"), "combo", role_choices),
                                 FieldSpec("department_id", N_("Department"), "combo",
                                           department_choices),
                                 phone],
                   org.staff_rows,
                   lambda v, i: org.save_staff(v["name"], v["role"], v["department_id"],
                                               v["phone"], staff_id=i, active=v["active"],
                                               by_id=acting_id()),
                   "staffTab"),
        EntitySpec(N_("Categories"), [FieldSpec("name", N_("Name"), max_length=60)],
                   _categories, save_category, "categoriesTab"),
        EntitySpec(N_("Channels"), [FieldSpec("name", N_("Name"), max_length=60),
                                    FieldSpec("allows_anonymous", N_("Allows anonymous"),
                                              "check")],
                   _channels, save_channel, "channelsTab"),
    ]
