"""Demo data: two years of a mall's (or a hotel's) complaint desk, in Chinese, reproducible
by seed, and on top of them today's desk (``demo_today``): work due, overdue, escalated,
awaiting signature, revisits due, a repeat problem with its corrective action."""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from peewee import fn

from desk import paths
from desk.services.audit import trail
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import phone_digits
from desk.services.org import organisation
from desk.services.system.demo_texts import KINDS, description, place_and_text
from desk.store import search
from desk.store.bulk import bulk_insert
from desk.store.db import transaction, url_for_path
from desk.store.models.cases import (
    CaseCounter,
    Category,
    Channel,
    Complaint,
    Department,
    Site,
    Staff,
    Tenant,
)

CHUNK = 5000

CATEGORY_WEIGHTS = {"product_quality": 22, "price": 14, "service_attitude": 24,
                    "environment": 12, "delivery": 5, "after_sales": 10,
                    "false_advertising": 4, "safety": 3, "other": 6}
CHANNEL_WEIGHTS = {"phone": 20, "in_person": 35, "hotline": 12, "suggestion_box": 5,
                   "letter": 2, "email": 4, "web": 8, "social_media": 9, "transferred": 5}
MONTH_FACTOR = [1.4, 1.5, 0.9, 0.9, 1.1, 1.0, 1.2, 1.2, 0.9, 1.4, 1.1, 1.3]


def demo_url() -> str:
    return url_for_path(paths.data_dir() / "desk-demo.sqlite")


def _organisation(rng: random.Random, fake, texts: dict) -> dict:
    if not Site.select().exists():
        organisation.set_setting("company_name", texts["company"])
        site = Site.create(name=texts["site"])
        depts = [Department.create(name=n, site=site) for n in texts["departments"]]
        for i, shop in enumerate(texts["tenants"]):
            Tenant.create(name=shop, unit_no=f"{1 + i % 4}F-{100 + i:03d}", site=site,
                          manager=fake.name(), phone=fake.phone_number())
        roles = (["clerk"] * 6 + ["floor_supervisor"] * 4 + ["department_manager"] * 5
                 + ["operations_manager", "deputy_gm", "gm"])
        for role in roles:
            Staff.create(name=fake.name(), role=role, phone=fake.phone_number(),
                         department=rng.choice(depts))
        _demo_accounts(fake)
    return {
        "categories": {c.code: c.id for c in Category.select() if c.code},
        "channels": {c.code: c.id for c in Channel.select() if c.code},
        "tenants": [t.id for t in Tenant.select()],
        "tenant_names": {t.id: t.name for t in Tenant.select()},
        "tenant_ids": {t.name: t.id for t in Tenant.select()},
        "departments": [d.id for d in Department.select()],
        "clerks": [s.id for s in Staff.select().where(Staff.role == "clerk")],
        "site": Site.select().first().id,
    }


DEMO_PASSWORD = "demo"
#: the demo's accounts, one per role, all with the password ``demo``
DEMO_USERS = ("admin", "clerk", "floor_supervisor", "department_manager",
              "operations_manager", "deputy_gm", "gm")


def _demo_accounts(fake) -> None:
    """The first member of staff of each role signs in with the role's name, and an
    administrator ``admin``; every password is ``demo`` (shorter than real ones may be)."""
    from desk.services.org import accounts

    for user in DEMO_USERS[1:]:
        row = Staff.select().where(Staff.role == user).order_by(Staff.id).first()
        if row is not None and accounts.find(user) is None:
            Staff.update(user_name=user, password_hash=accounts.hash_password(DEMO_PASSWORD)
                         ).where(Staff.id == row.id).execute()
    if accounts.find("admin") is None:
        accounts.add_account("admin", "administrator", DEMO_PASSWORD, None, fake.name(),
                             check=False)


def _timestamps(rng: random.Random, count: int, end: dt.datetime,
                years: int = 2) -> list[dt.datetime]:
    start = end - dt.timedelta(days=365 * years)
    days = [(start + dt.timedelta(days=i)).date() for i in range(365 * years + 1)]
    weights = [MONTH_FACTOR[d.month - 1] * (1.4 if d.weekday() >= 5 else 1.0) for d in days]
    picked = rng.choices(days, weights=weights, k=count)
    stamps = [dt.datetime.combine(d, dt.time(rng.randint(9, 21), rng.randint(0, 59),
                                             rng.randint(0, 59))) for d in picked]
    stamps.sort()
    return [min(s, end) for s in stamps]


def fill_demo(count: int, seed: int = 1, clock=system_clock,
              progress: Callable[[int, int], None] | None = None, years: int = 2,
              kind: str = "mall") -> int:
    """Add ``count`` demo cases: over the last ``years`` years (in time order, so case
    numbers follow the dates) and, from 100 cases on, today's desk made through the real
    services (``demo_today.TODAY_CASES`` of the count)."""
    from faker import Faker

    from desk.services.system import demo_today

    texts = KINDS[kind]
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    now = clock.now()
    with transaction():
        org = _organisation(rng, fake, texts)
    org["texts"] = texts
    today = demo_today.TODAY_CASES if count >= 100 else 0
    count -= today
    people = [(fake.name(), fake.phone_number(), fake.address()) for _ in range(
        min(max(count // 3, 50), 50000))]
    reply = organisation.reply_hours()
    counters: dict[str, int] = {c.day: c.last for c in CaseCounter.select()}
    cats, cat_w = list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    chans, chan_w = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
    stamps = _timestamps(rng, count, now, years)
    search.drop_triggers()
    try:
        for start in range(0, count, CHUNK):
            rows = [_row(rng, stamp, org, people, reply, counters, cats, cat_w, chans, chan_w,
                         now) for stamp in stamps[start:start + CHUNK]]
            with transaction():
                last_id = Complaint.select(fn.MAX(Complaint.id)).scalar() or 0
                bulk_insert(Complaint, rows)
                trail.record_many(
                    {"by_id": None, "action": "intake", "at": row["received_at"],
                     "complaint_id": row_id, "case_no": case_no, "field": "status",
                     "new": "new"}
                    for (row_id, case_no), row in zip(
                        Complaint.select(Complaint.id, Complaint.case_no)
                        .where(Complaint.id > last_id).order_by(Complaint.id).tuples(), rows))
            if progress:
                progress(min(start + CHUNK, count), count)
        with transaction():
            for day, last in counters.items():
                (CaseCounter.insert(day=day, last=last)
                 .on_conflict(conflict_target=[CaseCounter.day],
                              update={CaseCounter.last: last}).execute())
            search.reindex_all()
    finally:
        search.create_index()
    if today:
        demo_today.fill_today(texts, people, rng, now)
    return count + today


def _row(rng, stamp, org, people, reply, counters, cats, cat_w, chans, chan_w, now) -> dict:
    day = stamp.strftime("%Y%m%d")
    counters[day] = counters.get(day, 0) + 1
    category = rng.choices(cats, cat_w)[0]
    channel = rng.choices(chans, chan_w)[0]
    severity = "urgent" if category == "safety" and rng.random() < 0.6 else rng.choices(
        ["ordinary", "serious", "urgent"], [80, 17, 3])[0]
    anonymous = channel == "suggestion_box" and rng.random() < 0.5
    name, phone, address = rng.choice(people) if not anonymous else ("", "", "")
    due = stamp + dt.timedelta(hours=reply.get(severity, 72))
    age_days = (now - stamp).days
    if age_days > 20 or rng.random() < (age_days / 25):
        status = "closed"
    else:
        status = rng.choice(["new", "awaiting_approval", "in_progress", "awaiting_signature",
                             "resolved"])
    story = rng.choice(org["texts"]["texts"][category])
    place, said = place_and_text(rng, org["texts"], story)
    obj = rng.random()
    tenant = org["tenant_ids"].get(place)          # the story's place is a shop
    if tenant is None and "|" not in story and obj < 0.55:
        tenant = rng.choice(org["tenants"])        # a story that fits any shop
        place = org["tenant_names"][tenant]
    department = rng.choice(org["departments"]) if not tenant and obj < 0.85 else None
    demand = rng.choice(list(vocab.DEMANDS))
    return {
        "case_no": f"{day}-{counters[day]:04d}", "status": status, "received_at": stamp,
        "recorded_by": rng.choice(org["clerks"]), "site": org["site"],
        "anonymous": anonymous, "complainant_name": name, "phone": phone,
        "phone_digits": phone_digits(phone), "address": address if rng.random() < 0.3 else "",
        "room_no": "", "member_no": "", "customer_class": rng.choices(
            ["ordinary", "potential", "key", "core"], [70, 15, 10, 5])[0],
        "channel": org["channels"][channel], "incident_at": stamp - dt.timedelta(
            minutes=rng.randint(5, 600)), "incident_place": place,
        "object_type": "tenant" if tenant else ("department" if department else "service"),
        "tenant": tenant, "department": department, "staff": None, "object_text": "",
        "category": org["categories"][category], "severity": severity,
        "description": description(stamp, place, said), "demands": demand, "demand_text": "",
        "reply_due_at": due, "closed_at": (min(due, now) if status == "closed" else None),
        "voided": False, "void_reason": "", "created_at": stamp, "updated_at": stamp,
        "version": 1, "updated_by": None,
    }
