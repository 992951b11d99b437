"""Names and labels in the report's language (which may differ from the screen's)."""
from __future__ import annotations

from desk.i18n import N_, translate
from desk.services.common import vocab
from desk.store.models.cases import Category, Channel, Department, Staff, Tenant


def display(defaults: dict[str, str], code: str | None, name: str, lang: str) -> str:
    """Like ``vocab.display_name`` but in ``lang``: a seeded, unrenamed entry is translated."""
    if code and defaults.get(code) == name:
        return translate(name, lang)
    return name


class Names:
    """Small lookup tables, loaded once per report."""

    def __init__(self, lang: str):
        self.lang = lang
        self.categories = {c.id: display(vocab.DEFAULT_CATEGORIES, c.code, c.name, lang)
                           for c in Category.select().order_by(Category.sort, Category.id)}
        self.channels = {c.id: display(vocab.DEFAULT_CHANNELS, c.code, c.name, lang)
                         for c in Channel.select().order_by(Channel.sort, Channel.id)}
        self.category_order = list(self.categories)
        self.channel_order = list(self.channels)
        self.tenants = {t.id: t.name for t in Tenant.select(Tenant.id, Tenant.name)}
        self.departments = {d.id: d.name for d in Department.select(Department.id,
                                                                     Department.name)}
        self.staff = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
        self.yes, self.no = translate(N_("Yes"), lang), translate(N_("No"), lang)

    def label(self, table: dict[str, str], code: str) -> str:
        text = table.get(code)
        return translate(text, self.lang) if text else (code or "")

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def status(self, code: str) -> str:
        return self.label(vocab.STATUSES, code)

    def severity(self, code: str) -> str:
        return self.label(vocab.SEVERITIES, code)

    def opinion(self, code: str | None) -> str:
        return self.label(vocab.OPINIONS, code) if code else ""

    def object_name(self, tenant_id, department_id, object_text: str = "") -> str:
        if tenant_id:
            return self.tenants.get(tenant_id, "")
        if department_id:
            return self.departments.get(department_id, "")
        return object_text or ""
