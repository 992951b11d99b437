"""Today's desk in the demo: a fixed set of cases made through the real services, so that
Today, the slips, the escalations, the revisits and the corrective actions all have
something to try: new cases, slips to departments and tenants (one still awaiting sign-off),
replies due today and overdue, a case escalated to the GM, answers awaiting the customer's
signature, revisits due, and a repeat problem with its open corrective action.

A fixed number of cases (``TODAY_CASES``) whatever the size of the demo: the bulk fill
stays as fast per case as it was.
"""
from __future__ import annotations

import datetime as dt

from desk.services.capa.actions import open_capa
from desk.services.cases.complaints import ComplaintInput, create_complaint
from desk.services.casework import escalation, slips
from desk.services.common.clock import FixedClock
from desk.services.org.organisation import reply_hours
from desk.services.revisits.vocab import revisit_settings
from desk.services.system.demo_texts import description, place_and_text, story_about
from desk.store.models.cases import Category, Channel, Department, Staff, Tenant

TODAY_CASES = 24
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)


class _Desk:
    """The people and lists the scenarios use, and a clock walked through the past."""

    def __init__(self, texts: dict, people: list, rng, now: dt.datetime):
        self.texts, self.people, self.rng, self.now = texts, people, rng, now
        self.clock = FixedClock(now)
        role = {s.role: s.id for s in Staff.select().order_by(Staff.id.desc())}
        self.clerk, self.ops, self.gm = role["clerk"], role["operations_manager"], role["gm"]
        self.categories = {c.code: c.id for c in Category.select() if c.code}
        self.channels = {c.code: c.id for c in Channel.select() if c.code}
        self.tenants = {t.name: t.id for t in Tenant.select()}
        self.departments = {d.name: d.id for d in Department.select()}
        self.made = 0

    def at(self, moment: dt.datetime) -> FixedClock:
        self.clock.moment = min(moment, self.now)
        return self.clock

    def case(self, received: dt.datetime, category: str, text: str | None = None,
             severity: str = "ordinary", channel: str = "in_person", tenant: str = "",
             department: str = "") -> int:
        name, phone, _address = self.rng.choice(self.people)
        story = text or story_about(self.rng, self.texts, category, tenant)
        place, said = place_and_text(self.rng, self.texts, story)
        place = tenant or place               # a shop's story happens in that shop
        data = ComplaintInput(
            channel_id=self.channels[channel], category_id=self.categories[category],
            severity=severity, complainant_name=name, phone=phone,
            incident_place=place, incident_at=received - dt.timedelta(minutes=40),
            object_type="tenant" if tenant else ("department" if department else "service"),
            tenant_id=self.tenants.get(tenant), department_id=self.departments.get(department),
            description=description(received, place, said), demands=["apology"],
            recorded_by_id=self.clerk, received_at=received)
        self.made += 1
        return create_complaint(data, clock=self.at(received)).id

    def slip(self, case_id: int, issued: dt.datetime, agreed: dt.datetime,
             tenant: str = "", department: str = "", approve: bool = True) -> None:
        route = "tenant" if tenant else "department"
        slips.issue_slip(case_id, route, agreed, by_id=self.clerk, clock=self.at(issued),
                         tenant_id=self.tenants.get(tenant),
                         department_id=self.departments.get(department))
        if approve:
            slips.approve_slip(case_id, self.ops, clock=self.at(issued + H / 2))

    def closed(self, case_id: int, when: dt.datetime) -> None:
        slips.answer_at_desk(case_id, "已向顾客道歉并处理完毕。", "satisfied", by_id=self.clerk,
                             clock=self.at(when))
        slips.close_case(case_id, by_id=self.clerk, clock=self.at(when + H / 4))


def fill_today(texts: dict, people: list, rng, now: dt.datetime) -> int:
    """Make today's desk (``TODAY_CASES`` cases); returns how many were made."""
    desk = _Desk(texts, people, rng, now)
    tenants, depts = texts["tenants"], texts["departments"]
    cats = [c for c in texts["texts"] if c != "safety"]
    # four new cases this morning
    for hours in (0.5, 1.5, 2.5, 3.5):
        desk.case(now - hours * H, rng.choice(cats), channel=rng.choice(["in_person", "phone"]))
    # two whose promised reply falls later today, two whose promise has passed
    end_of_day = dt.datetime.combine(now.date() + D, dt.time()) - dt.timedelta(minutes=1)
    due = now + max(min(3 * H, end_of_day - now), dt.timedelta(minutes=1))
    ordinary = dt.timedelta(hours=reply_hours().get("ordinary", 72))
    for shift in (dt.timedelta(0), -dt.timedelta(minutes=20)):
        desk.case(due + shift - ordinary, rng.choice(cats), channel="phone")
    for days in (4, 5):
        desk.case(now - days * D - 2 * H, rng.choice(cats))
    # slips: two to departments in progress, two to tenants (the call to the tenant's
    # manager due within 24 hours), one waiting for the operations manager, one overdue
    for index in range(2):
        case = desk.case(now - (index + 1) * D, "service_attitude", department=depts[index + 2])
        desk.slip(case, now - (index + 1) * D + H, now + (index + 1) * D,
                  department=depts[index + 2])
    for index in range(2):
        shop = tenants[index * 3]
        case = desk.case(now - 22 * H + index * H, "product_quality", tenant=shop)
        desk.slip(case, now - 21 * H + index * H, now + 2 * D, tenant=shop)
    case = desk.case(now - 2 * H, "environment", department=depts[4])
    desk.slip(case, now - H, now + 2 * D, department=depts[4], approve=False)
    case = desk.case(now - 4 * D, "after_sales", department=depts[3])
    desk.slip(case, now - 4 * D + H, now - D, department=depts[3])
    # an injury, escalated straight to the GM
    case = desk.case(now - D - 3 * H, "safety", severity="urgent", department=depts[3])
    desk.slip(case, now - D - 2 * H, now + D, department=depts[3])
    escalation.escalate(case, "顾客受伤，媒体已经关注，需总经理处理。", by_id=desk.ops,
                        to_gm=True, clock=desk.at(now - D))
    # answered at the desk, waiting for the customer's signature
    for days in (1, 2):
        case = desk.case(now - days * D, rng.choice(cats))
        slips.answer_at_desk(case, "已为顾客办理退款。", "accepts", by_id=desk.clerk,
                             needs_signature=True, clock=desk.at(now - days * D + 2 * H))
    # closed a few days ago: their revisits are due today or overdue
    delay = dt.timedelta(days=revisit_settings()["delay_days"])
    for extra in (0, 1, 2):
        closed_at = now - delay - extra * D - H
        case = desk.case(closed_at - 6 * H, rng.choice(cats))
        desk.closed(case, closed_at - 2 * H)
    # the repeat problem: four complaints about the same thing in three weeks, and the
    # corrective action opened for them
    route, name, category, repeat_texts = texts["repeat"]
    where = {"tenant": name} if route == "tenant" else {"department": name}
    ids = []
    for index, text in enumerate(repeat_texts):
        received = now - (18 - index * 5) * D
        ids.append(desk.case(received, category, text=text, **where))
        if index < 3:
            desk.closed(ids[-1], received + 3 * H)
    open_capa(complaint_ids=ids,
              problem=f"{name}：{repeat_texts[0].rpartition('|')[2]}（三周内四次）",
              by_id=desk.ops, clock=desk.at(now - H))
    return desk.made
