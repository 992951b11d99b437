"""Shared fixtures: a real SQLite file per test, a controllable clock, offscreen Qt."""
from __future__ import annotations

import datetime as dt
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desk import i18n  # noqa: E402
from desk.services.clock import FixedClock  # noqa: E402


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Let the test's background jobs end before pytest-qt closes its widgets (their
    results are then delivered to live widgets) and before the next test opens another
    database."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
    return (yield)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test gets its own data folder and English messages unless it asks otherwise."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESK_EXPORTS_DIR", str(tmp_path / "exports"))
    monkeypatch.delenv("DESK_DB", raising=False)
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def clock():
    return FixedClock(dt.datetime(2026, 11, 26, 10, 0, 0))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "desk.sqlite"


@pytest.fixture
def store(db_path, clock):
    """An open, migrated, seeded database in a real file."""
    from desk.services.startup import open_store
    from desk.store.db import close_database

    opened = open_store(str(db_path), backups=False, clock=clock)
    yield opened
    close_database()


@pytest.fixture
def org(store):
    """A small organisation: one site, departments, tenants and staff."""
    from desk.services import organisation as o

    site = o.save_site("星河广场")
    ids = {
        "site": site,
        "dept": o.save_department("保安部", site),
        "dept2": o.save_department("工程部", site),
        "tenant": o.save_tenant("星巴克", "1F-101", "李经理", "13800138000", site),
        "clerk": o.save_staff("王小明", "clerk"),
        "ops": o.save_staff("赵经理", "operations_manager"),
    }
    ids["channel_phone"] = next(c.id for c in o.channels() if c.code == "phone")
    ids["channel_box"] = next(c.id for c in o.channels() if c.code == "suggestion_box")
    ids["category"] = next(c.id for c in o.categories() if c.code == "service_attitude")
    return ids


@pytest.fixture
def make_input(org):
    """Build a valid ComplaintInput, overriding fields as needed."""
    from desk.services.complaints import ComplaintInput

    def build(**overrides):
        values = dict(channel_id=org["channel_phone"], category_id=org["category"],
                      severity="ordinary", complainant_name="张伟", phone="138 1234 5678",
                      description="店员态度恶劣，不理睬顾客询问。", demands=["apology"],
                      recorded_by_id=org["clerk"])
        values.update(overrides)
        return ComplaintInput(**values)

    return build


@pytest.fixture
def slip_case(org, make_input, clock):
    """Record a case (``make_input`` fields as keywords) and issue its handling slip by the
    clerk: to the department, or to the tenant with ``to="tenant"``, the reply agreed
    ``due`` from now; ``approve`` has the operations manager sign it off."""
    from desk.services import slips
    from desk.services.complaints import create_complaint

    def issue(due=dt.timedelta(days=2), to="department", approve=False, **case_fields):
        case = create_complaint(make_input(**case_fields), clock=clock)
        target = ({"tenant_id": org["tenant"]} if to == "tenant"
                  else {"department_id": org["dept"]})
        slips.issue_slip(case.id, to, clock.now() + due, by_id=org["clerk"], clock=clock,
                         **target)
        if approve:
            slips.approve_slip(case.id, org["ops"], clock=clock)
        return case

    return issue


@pytest.fixture
def closed_case(org, make_input, clock):
    """Record a case (``make_input`` fields as keywords), answer it at the desk with
    ``answer`` to the customer's satisfaction and close it, all by the clerk."""
    from desk.services import slips
    from desk.services.complaints import create_complaint

    def close(answer="已道歉", **case_fields):
        case = create_complaint(make_input(**case_fields), clock=clock)
        slips.answer_at_desk(case.id, answer, "satisfied", by_id=org["clerk"], clock=clock)
        slips.close_case(case.id, by_id=org["clerk"], clock=clock)
        return case

    return close
