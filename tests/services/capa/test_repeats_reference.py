"""Repeat detection, grouped by the database, gives what a plain reading of every case in
Python gives: random cases crowded around every window's edge (exactly ``days`` ago, a
microsecond or a second either side, exactly 7, 14, 21 … days ago, just in the future),
void cases among them, under several settings."""
from __future__ import annotations

import datetime as dt
import math
import random

import pytest

from desk.services.capa.repeats import KIND_ORDER, detect_repeats, first_repeats
from desk.services.capa.settings import repeat_settings
from desk.services.cases.complaints import create_complaint
from desk.services.cases.customers import MIN_DIGITS
from desk.services.common.clock import FixedClock
from desk.services.org.organisation import categories, save_department, save_staff, save_tenant
from desk.store.models.cases import Complaint

NOW = dt.datetime(2026, 11, 26, 10, 0)
WEEK = 7 * 86400
PHONES = ["13800000001", "13800000002", "13800000003", "13900000004", "5" * MIN_DIGITS,
          "6" * (MIN_DIGITS - 1), ""]
SETTINGS = [{}, {"customer_min": 2, "object_min": 2, "rising_min": 1},
            {"customer_days": 7, "object_days": 14, "rising_weeks": 1, "customer_min": 2},
            {"customer_days": 21, "object_days": 21, "rising_weeks": 3, "rising_min": 1,
             "object_min": 2}]


def reference(now: dt.datetime, s: dict) -> list[tuple]:
    """Every live case read into Python and grouped there (the detection as it was)."""
    cases = [(c.id, c.case_no, c.received_at, c.phone_digits, c.complainant_name,
              c.object_type, c.tenant_id, c.department_id, c.staff_id, c.category_id)
             for c in Complaint.select().where(Complaint.voided == False)  # noqa: E712
             .order_by(Complaint.received_at, Complaint.id)]
    cases = [c for c in cases if c[2] <= now]
    out = []
    since = now - dt.timedelta(days=s["customer_days"])
    groups: dict = {}
    for c in cases:
        if c[2] >= since and c[3] and len(c[3]) >= MIN_DIGITS:
            groups.setdefault(c[3], []).append(c)
    for digits, rows in groups.items():
        if len(rows) >= s["customer_min"]:
            name = next((r[4] for r in reversed(rows) if r[4]), "")
            out.append(("repeat_customer", f"customer:{digits}", rows, since,
                        s["customer_days"], (digits, name)))
    since = now - dt.timedelta(days=s["object_days"])
    groups = {}
    for c in cases:
        ids = {"tenant": c[6], "department": c[7], "staff": c[8]}
        if c[2] >= since and ids.get(c[5]):
            groups.setdefault((c[5], ids[c[5]], c[9]), []).append(c)
    for (otype, oid, cat), rows in groups.items():
        if len(rows) >= s["object_min"]:
            out.append(("repeat_object", f"object:{otype}:{oid}:{cat}", rows, since,
                        s["object_days"], (otype, oid, cat)))
    weeks = s["rising_weeks"] + 1
    oldest = now - dt.timedelta(days=7 * weeks)
    counts: dict = {}
    latest: dict = {}
    for c in cases:
        if c[2] < oldest:
            continue
        week = max(0, math.ceil((now - c[2]).total_seconds() / WEEK) - 1)
        counts.setdefault(c[9], [0] * weeks)[week] += 1
        if week == 0:
            latest.setdefault(c[9], []).append(c)
    for cat, per_week in counts.items():
        oldest_first = list(reversed(per_week))
        if all(a < b for a, b in zip(oldest_first, oldest_first[1:])) \
                and per_week[0] >= s["rising_min"]:
            out.append(("rising_category", f"rising:{cat}", latest.get(cat, []), oldest,
                        7 * weeks, (cat, oldest_first)))
    out.sort(key=lambda g: (KIND_ORDER[g[0]], -len(g[2]), g[1]))
    return [(kind, key, [r[0] for r in rows], [r[1] for r in rows], start, days, extra)
            for kind, key, rows, start, days, extra in out]


def found(now: dt.datetime, s: dict, limit: int | None = None) -> list[tuple]:
    extras = {"repeat_customer": lambda g: (g.phone_digits, g.customer_name),
              "repeat_object": lambda g: (g.object_type, g.object_id, g.category_id),
              "rising_category": lambda g: (g.category_id, g.weekly)}
    out = []
    if limit is None:
        suggestions = detect_repeats(FixedClock(now), s)
    else:
        suggestions, total = first_repeats(FixedClock(now), limit, s)
        assert total == len(reference(now, s))
    for g in suggestions:
        assert g.until == now
        out.append((g.kind, g.key, g.case_ids, g.case_nos, g.since, g.days,
                    extras[g.kind](g)))
    return out


def moments(rng: random.Random, now: dt.datetime) -> list[dt.datetime]:
    """Times on and around every edge the settings above can draw, and some anywhere."""
    edges = {7, 14, 21, 28, 30, 35, 60} | {7 * n for n in range(1, 6)}
    near = [dt.timedelta(0), dt.timedelta(microseconds=1), dt.timedelta(seconds=1)]
    out = []
    for days in sorted(edges):
        for delta in near:
            out += [now - dt.timedelta(days=days) + delta, now - dt.timedelta(days=days) - delta]
    out += [now, now - dt.timedelta(microseconds=1), now + dt.timedelta(microseconds=1),
            now + dt.timedelta(seconds=1)]
    out += [now - dt.timedelta(seconds=rng.uniform(0, 63 * 86400)) for _ in range(60)]
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_database_grouping_matches_python_reference(seed, store, org, make_input, clock):
    rng = random.Random(seed)
    tenants = [org["tenant"], save_tenant("优衣库", "2F-201")]
    departments = [org["dept"], org["dept2"], save_department("客服部", org["site"])]
    staff = [save_staff("李保安", "clerk"), save_staff("周保洁", "clerk")]
    cats = [c.id for c in categories()][:3]
    template = create_complaint(make_input(received_at=NOW - dt.timedelta(days=1)), clock=clock)
    base = {f.name: getattr(template, f.name) for f in Complaint._meta.sorted_fields
            if f.name not in ("id", "case_no")}
    times = moments(rng, NOW)
    # a rising category: more cases week on week, and the weeks' edges in every category
    times += [NOW - dt.timedelta(days=7 * n, seconds=rng.uniform(1, WEEK - 1))
              for n in range(4) for _ in range(2 * (4 - n))]
    rows = []
    for number, received in enumerate(times, 1):
        kind = rng.choice(["tenant", "department", "staff", "other", "tenant"])
        rows.append({**base, "case_no": f"T{seed}-{number:05d}", "received_at": received,
                     "phone_digits": rng.choice(PHONES),
                     "complainant_name": rng.choice(["", "张伟", "王芳"]),
                     "object_type": kind,
                     "tenant": rng.choice(tenants + [None]) if kind in ("tenant", "other")
                     else None,
                     "department": rng.choice(departments) if kind == "department" else None,
                     "staff": rng.choice(staff + [None]) if kind == "staff" else None,
                     "category": rng.choice(cats), "voided": rng.random() < 0.15})
    rng.shuffle(rows)                               # ids need not follow the time order
    Complaint.insert_many(rows).execute()
    assert Complaint.select().count() == len(times) + 1
    checked = 0
    for settings in SETTINGS:
        s = {**repeat_settings(), **settings}
        for now in (NOW, NOW - dt.timedelta(days=7), NOW - dt.timedelta(microseconds=1)):
            expected = reference(now, s)
            assert found(now, s) == expected, (settings, now)
            for limit in (1, 3, len(expected) // 2, len(expected) + 1):
                assert found(now, s, limit) == expected[:limit], (settings, now, limit)
            checked += len(expected)
    assert checked > 40            # the data makes suggestions of every kind
    kinds = {k for s in SETTINGS for k, *_ in reference(NOW, {**repeat_settings(), **s})}
    assert kinds == set(KIND_ORDER)
