"""Shared fixtures: a real SQLite file per test, a controllable clock, offscreen Qt."""
from __future__ import annotations

import datetime as dt
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desk import i18n
from desk.services.cases.complaints import create_complaint, void_complaint
from desk.services.casework import (
    compensation,
    slips,
)
from desk.services.casework.review import mark_reviewed
from desk.services.common.clock import FixedClock
from desk.services.org.organisation import categories, channels, save_staff
from tests import pgtest
from tests.known_week import PHONE_A, at


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


@pytest.fixture(autouse=True)
def _cheap_hashing():
    """Argon2id with the smallest cost, so that tests signing in stay fast."""
    from desk.services.org import accounts

    accounts.configure_hasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    accounts.configure_hasher()


@pytest.fixture(autouse=True)
def _nobody_signed_in():
    """The screens act as the signed-in person: nobody before and after each test."""
    yield
    if "desk.ui.access.session" in sys.modules:
        sys.modules["desk.ui.access.session"].sign_out()


@pytest.fixture
def sign_in_as():
    """``sign_in_as(staff_id)``: the screens act as that person from now on."""
    from desk.services.org import accounts
    from desk.ui.access import session

    def sign(staff_id: int | None):
        session.sign_in(accounts.account(staff_id) if staff_id else None)
        return staff_id

    return sign


@pytest.fixture
def clock():
    return FixedClock(dt.datetime(2026, 11, 26, 10, 0, 0))


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a test of the SQLite file "
                            "itself, skipped on PostgreSQL with the reason given")


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL (``DESK_TEST_DB``) the tests of a database run a second time against
    the server; SQLite-only ones are skipped with their reason, and the tests that open no
    database (they ran in the SQLite pass already) are left out."""
    if pgtest.server_url() is None:
        return
    kept, left = [], []
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        (kept if DB_FIXTURES & set(item.fixturenames) else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


#: The fixtures that give a test a database of its own (a file, or one on the server).
DB_FIXTURES = {"db_path", "new_database", "module_database", "pg_server"}


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server of ``DESK_TEST_DB`` (``None``: the suite runs on SQLite)."""
    url = pgtest.server_url()
    if url is None:
        yield None
        return
    server = pgtest.Server(url)
    yield server
    server.close()


@pytest.fixture
def new_database(tmp_path, pg_server):
    """Make a new database: a file name in the test's folder (SQLite; not made yet), or
    the URL of a new, empty database on the test server, dropped after the test.
    ``template``: a copy of that database (a file, or a server database nobody is
    connected to)."""
    import shutil

    from desk.store.db import close_database

    made = []

    def make(name: str = "desk", template: str | None = None) -> str:
        if pg_server is None:
            path = str(tmp_path / f"{name}.sqlite")
            if template:
                shutil.copyfile(template, path)
            return path
        made.append(pg_server.new_database(template))
        return made[-1]

    yield make
    if made:
        close_database()
        for url in made:
            pg_server.drop(url)


@pytest.fixture
def db_path(tmp_path, pg_server, new_database):
    """The test's database: ``tmp_path / "desk.sqlite"`` (not made yet), or on
    PostgreSQL the URL of a new, empty database (a ``str``: tests that need the file
    itself are marked ``sqlite_only``)."""
    if pg_server is None:
        return tmp_path / "desk.sqlite"
    return new_database()


@pytest.fixture
def on_postgresql(pg_server) -> bool:
    return pg_server is not None


@pytest.fixture(scope="module")
def module_database(tmp_path_factory, pg_server):
    """A database made once for a module's tests to fill and copy (``new_database(
    template=...)``): a file, or a server database dropped after the module."""
    if pg_server is None:
        yield str(tmp_path_factory.mktemp("template") / "template.sqlite")
        return
    url = pg_server.new_database()
    yield url
    from desk.store.db import close_database

    close_database()
    pg_server.drop(url)


@pytest.fixture
def store(db_path, clock, pg_server):
    """An open, migrated, seeded database in a real file (or on the test server, a copy
    of one migrated once)."""
    from desk.services.system.startup import open_store
    from desk.store.db import close_database

    if pg_server is not None:
        pg_server.make_migrated(db_path)
    opened = open_store(str(db_path), backups=False, clock=clock)
    yield opened
    close_database()


@pytest.fixture
def org(store):
    """A small organisation: one site, departments, tenants and staff."""
    from desk.services.org import organisation as o

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
    from desk.services.cases.complaints import ComplaintInput

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
    from desk.services.cases.complaints import create_complaint
    from desk.services.casework import slips

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
    from desk.services.cases.complaints import create_complaint
    from desk.services.casework import slips

    def close(answer="已道歉", **case_fields):
        case = create_complaint(make_input(**case_fields), clock=clock)
        slips.answer_at_desk(case.id, answer, "satisfied", by_id=org["clerk"], clock=clock)
        slips.close_case(case.id, by_id=org["clerk"], clock=clock)
        return case

    return close


@pytest.fixture
def known(store, org, make_input, clock):
    """Cases P1, P2 (week 46), C1-C5 (week 47), a void case and one in week 48."""
    cat = {c.code: c.id for c in categories()}
    chan = {c.code: c.id for c in channels()}
    ops = org["ops"]
    clerk = org["clerk"]
    made = {}

    def case(key, when, **fields):
        clock.moment = when
        made[key] = create_complaint(make_input(received_at=when, **fields), clock=clock)
        return made[key].id

    def step(when, fn, *args, **kwargs):
        clock.moment = when
        return fn(*args, clock=clock, **kwargs)

    # week 46
    p1 = case("P1", at(10, 10), phone=PHONE_A, category_id=cat["service_attitude"])
    step(at(10, 12), slips.answer_at_desk, p1, "已道歉", "satisfied", by_id=clerk)
    step(at(10, 13), slips.close_case, p1, by_id=clerk)
    p2 = case("P2", at(12, 9), phone="139 0000 0002", severity="serious",
              category_id=cat["delivery"])
    # week 47
    c1 = case("C1", at(16, 9), phone=PHONE_A, category_id=cat["service_attitude"],
              object_type="department", department_id=org["dept"])
    step(at(16, 10), slips.log_contact, c1, "phone", "已联系", by_id=clerk)
    step(at(16, 11), slips.issue_slip, c1, "department", at(18, 11), by_id=clerk,
         department_id=org["dept"], responsible_name="刘主管")
    step(at(16, 12), slips.approve_slip, c1, ops)
    step(at(16, 12, 30), compensation.propose, c1, "voucher", "100", by_id=clerk)
    step(at(17, 9), slips.record_result, c1, "已处理", "satisfied", by_id=clerk)
    step(at(17, 10), slips.close_case, c1, by_id=clerk)
    c2 = case("C2", at(16, 14), phone="137 0000 0003", severity="serious",
              category_id=cat["price"], channel_id=chan["in_person"], object_type="tenant",
              tenant_id=org["tenant"])
    step(at(18, 14), slips.answer_at_desk, c2, "退差价", "not_satisfied", by_id=clerk)
    step(at(18, 14, 30), compensation.propose, c2, "refund", "300.00", by_id=ops)
    step(at(18, 15), slips.close_case, c2, by_id=clerk)
    c3 = case("C3", at(18, 10), phone="136 0000 0004", category_id=cat["service_attitude"],
              description="=HYPERLINK(\"http://x\",\"点我\") 顾客电话13912345678")
    step(at(18, 11), compensation.propose, c3, "cash", "1000", by_id=clerk)
    step(at(19, 9), slips.answer_at_desk, p2, "已送达", "satisfied", by_id=clerk)
    step(at(19, 10), slips.close_case, p2, by_id=clerk)
    case("C4", at(20, 20), phone="", complainant_name="", anonymous=True,
         channel_id=chan["suggestion_box"], severity="urgent",
         category_id=cat["environment"])
    c5 = case("C5", at(21, 9), phone=PHONE_A, category_id=cat["product_quality"])
    step(at(21, 10), slips.answer_at_desk, c5, "已更换", "accepts", by_id=clerk,
         needs_signature=True)
    c6 = case("C6", at(22, 12), phone="135 0000 0006")
    step(at(22, 13), void_complaint, c6, "重复录入", ops)
    case("C7", at(23, 9), phone="134 0000 0007")
    # the operations manager reviewed C1's slip only
    from desk.services.casework.base import active_slip

    step(at(16, 18), mark_reviewed, active_slip(c1).id, ops, "请跟进")
    clock.moment = dt.datetime(2026, 11, 26, 10, 0)
    save_staff("钱副总", "deputy_gm")
    return made


@pytest.fixture
def filled(store, org, make_input, clock, db_path):
    """For the revisit and corrective-action commands: October 2026, one customer with three
    cases, another with one; a corrective action."""
    made = [create_complaint(make_input(received_at=dt.datetime(2026, 10, d, 12),
                                        phone=phone, complainant_name=name), clock=clock)
            for d, phone, name in ((2, "13812345678", "张伟"), (9, "13812345678", "张伟"),
                                   (30, "13812345678", "张伟"), (15, "13900001111", "李娜"))]
    from desk.services.capa import actions as capa_actions

    capa_id = capa_actions.open_capa(complaint_ids=[m.id for m in made[:3]],
                                     problem="反复投诉", by_id=org["clerk"], clock=clock)
    return {"db": db_path, "cases": made, "capa": capa_id}
