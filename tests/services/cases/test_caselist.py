"""The case list: search (trigram index and short-query fallback), filters, keyset paging."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.cases import caselist
from desk.services.cases.caselist import CaseFilter
from desk.services.cases.complaints import (
    create_complaint,
    get_complaint,
    input_from_record,
    update_complaint,
    void_complaint,
)
from desk.services.common.validation import phone_digits
from desk.store import search
from desk.store.models.cases import Complaint


def numbers(clock, limit=100, **kw) -> list[str]:
    return [r.case_no for r in caselist.fetch_page(CaseFilter(**kw), limit=limit, clock=clock)]


def walk(flt: CaseFilter, clock, limit: int) -> list[int]:
    """All ids of a filter, page by page, the way the case list scrolls."""
    seen: list[int] = []
    before = None
    while True:
        page = caselist.fetch_page(flt, before_id=before, limit=limit, clock=clock)
        seen += [r.id for r in page]
        if len(page) < limit:
            return seen
        before = page[-1].id


@pytest.fixture
def cases(store, make_input, org, clock):
    """A handful of cases with distinct words, names and phone numbers."""
    made = {}
    specs = {
        "coffee": dict(description="咖啡里有异物，要求退款。", complainant_name="陈静",
                       phone="139 1111 2222", object_type="tenant", tenant_id=org["tenant"]),
        "lift": dict(description="扶梯突然停止，孩子摔倒受伤。", complainant_name="刘洋",
                     phone="+86 186-0000-3333", severity="urgent", object_type="department",
                     department_id=org["dept"]),
        "english": dict(description="Room 1208 was NOT cleaned, towels missing.",
                        complainant_name="John Smith", phone="+44 20 7946 0958"),
        "attitude": dict(description="店员态度恶劣，不理睬顾客询问。", complainant_name="张伟",
                         phone="021-6888 9999"),
        "percent": dict(description="促销写着打5折，结账时不认。", complainant_name="王芳",
                        phone="0755-1234567"),
    }
    for key, spec in specs.items():
        made[key] = create_complaint(make_input(**spec), clock=clock)
        clock.advance(minutes=10)
    return made


@pytest.mark.parametrize("text,key", [
    ("异物", "coffee"),              # 2 characters: fallback scan
    ("咖", "coffee"),                # 1 character
    ("咖啡里有异物", "coffee"),      # index
    ("突然停止", "lift"),
    ("态度恶劣", "attitude"),
    ("不理睬顾客", "attitude"),
    ("陈静", "coffee"),
    ("John", "english"),
    ("smith", "english"),            # case does not matter
    ("not clean", "english"),
    ("打5折", "percent"),
])
def test_search_finds_substrings(cases, clock, text, key):
    assert numbers(clock, text=text) == [cases[key].case_no]


@pytest.mark.sqlite_only(reason="the FTS5 expressions of SQLite's index")
def test_index_answers_short_queries_too(cases):
    assert search.index_query(("态度恶",)) == '"态度恶"'
    two = search.index_query(("态度",))
    assert two and all(part.startswith('"态度') for part in two.split(" OR "))
    assert search.index_query(("龘",)) == ""          # in no case: nothing to match
    assert search.index_query(("",)) == ""
    assert search.uses_index("态度")


@pytest.mark.sqlite_only(reason="the FTS5 expressions of SQLite's index")
def test_very_common_short_queries_fall_back_to_the_scan(cases, clock, monkeypatch):
    monkeypatch.setattr(search, "MAX_SHORT_EXPANSION", 0)
    assert search.index_query(("要",)) is None
    assert not search.uses_index("要")
    assert numbers(clock, text="要") == [cases["coffee"].case_no]
    assert numbers(clock, text="静") == [cases["coffee"].case_no]


@pytest.mark.parametrize("text,key", [
    ("陈静", "coffee"),     # a whole two-character name: no trigram inside it
    ("静", "coffee"),       # the last character of a name
    ("刘", "lift"),
    ("受伤", "lift"),       # the end of a description
    ("jo", "english"),
    ("JO", "english"),
    ("h", "english"),
])
def test_short_queries_find_the_ends_of_fields(cases, clock, text, key):
    assert numbers(clock, text=text) == [cases[key].case_no]


@pytest.mark.parametrize("text,key", [
    ("13911112222", "coffee"),
    ("139 1111 2222", "coffee"),
    ("139-1111-2222", "coffee"),
    ("+86 139 1111 2222", "coffee"),
    ("2222", "coffee"),
    ("18600003333", "lift"),
    ("186 0000 3333", "lift"),
    ("0086 186 0000 3333", "lift"),
    ("6888", "attitude"),
    ("021-6888 9999", "attitude"),
    ("02168889999", "attitude"),
    ("+44 20 7946 0958", "english"),
    ("7946", "english"),
])
def test_search_by_phone_digits(cases, clock, text, key):
    assert numbers(clock, text=text) == [cases[key].case_no]


def test_search_by_case_number(cases, clock):
    lift = cases["lift"].case_no
    assert lift == "20261126-0002"
    assert numbers(clock, text=lift) == [lift]
    assert numbers(clock, text=" 20261126-0002 ") == [lift]
    assert numbers(clock, text="1126-0002") == [lift]
    assert numbers(clock, text="0002") == [lift]
    assert numbers(clock, text="20261126-") == [c.case_no for c in reversed(cases.values())]


def test_short_digit_queries_use_the_fallback(cases, clock):
    assert numbers(clock, text="39") == [cases["coffee"].case_no]  # 139 1111 2222
    found = caselist.fetch_page(CaseFilter(text="33"), clock=clock)
    assert cases["lift"].case_no in [r.case_no for r in found]
    for row in found:
        record = get_complaint(row.id)
        assert "33" in record.phone_digits + record.case_no + record.description


def test_wildcards_are_literal(cases, clock):
    assert numbers(clock, text="%") == []
    assert numbers(clock, text="_") == []
    assert numbers(clock, text="5折") == [cases["percent"].case_no]


@pytest.mark.parametrize("text", ['"', '""', "'", 'a" OR "b', "AND", "NOT 咖啡", "咖啡*",
                                  "NEAR(a b)", "^咖啡", "col:咖啡", "\\", "(((", "😀😀😀",
                                  "\ud800", "\x00咖啡", "咖" * 500])
def test_odd_queries_never_crash(cases, clock, text):
    caselist.fetch_page(CaseFilter(text=text), clock=clock)
    caselist.count(CaseFilter(text=text), clock=clock)


def test_empty_or_blank_query_lists_everything(cases, clock):
    assert len(numbers(clock, text="   ")) == 5
    assert numbers(clock, text="不存在的内容") == []


def test_search_follows_edits(cases, org, clock):
    record = cases["coffee"]
    data = input_from_record(get_complaint(record.id))
    data.description = "蛋糕变质，要求赔偿。"
    data.phone = "137 5555 6666"
    update_complaint(record.id, data, by_id=org["clerk"], clock=clock)
    assert numbers(clock, text="咖啡里有异物") == []
    assert numbers(clock, text="蛋糕变质") == [record.case_no]
    assert numbers(clock, text="13755556666") == [record.case_no]
    assert numbers(clock, text="13911112222") == []


def test_search_combined_with_filters(cases, org, clock):
    assert numbers(clock, text="要求", severities=["urgent"]) == []
    assert numbers(clock, text="孩子摔倒", severities=["urgent"]) == [cases["lift"].case_no]
    assert numbers(clock, text="孩子摔倒", severities=["ordinary"]) == []
    assert numbers(clock, text="要求", tenant_ids=[org["tenant"]]) == [cases["coffee"].case_no]
    assert numbers(clock, text="孩子", department_ids=[org["dept"]]) == [cases["lift"].case_no]
    assert numbers(clock, text="孩子", department_ids=[org["dept2"]]) == []
    assert numbers(clock, text="0958", channel_ids=[org["channel_phone"]]) == \
        [cases["english"].case_no]
    assert numbers(clock, text="0958", channel_ids=[org["channel_box"]]) == []
    assert numbers(clock, text="结账", statuses=["new"]) == [cases["percent"].case_no]
    assert numbers(clock, text="结账", statuses=["closed"]) == []


def test_date_and_overdue_filters(cases, clock):
    today = clock.now().date()
    assert len(numbers(clock, received_from=today, received_to=today)) == 5
    assert numbers(clock, received_to=today - dt.timedelta(days=1)) == []
    assert numbers(clock, received_from=today + dt.timedelta(days=1)) == []
    assert numbers(clock, overdue_only=True) == []
    clock.advance(hours=3)  # the urgent case (2 h) is now late
    assert numbers(clock, overdue_only=True) == [cases["lift"].case_no]
    rows = caselist.fetch_page(CaseFilter(), clock=clock)
    assert [r.case_no for r in rows if r.is_overdue(clock.now())] == [cases["lift"].case_no]
    clock.advance(days=3)
    assert len(numbers(clock, overdue_only=True)) == 5


def test_voided_cases_hidden_unless_asked(cases, org, clock):
    void_complaint(cases["lift"].id, "重复登记", by_id=org["ops"], clock=clock)
    assert cases["lift"].case_no not in numbers(clock)
    assert numbers(clock, text="扶梯") == []
    assert numbers(clock, text="扶梯突然") == []
    assert numbers(clock, text="扶梯突然", include_voided=True) == [cases["lift"].case_no]
    assert numbers(clock, only_voided=True) == [cases["lift"].case_no]
    assert caselist.count(CaseFilter(), clock=clock) == 4
    assert caselist.count(CaseFilter(include_voided=True), clock=clock) == 5


def test_rows_carry_what_the_list_shows(cases, org, clock, make_input):
    anonymous = create_complaint(make_input(
        channel_id=org["channel_box"], anonymous=True, complainant_name="", phone="",
        description="  很长的意见\n\n" + "字" * 200), clock=clock)
    rows = {r.case_no: r for r in caselist.fetch_page(CaseFilter(), clock=clock)}
    coffee = rows[cases["coffee"].case_no]
    assert coffee.object == "星巴克"
    assert coffee.complainant == "陈静"
    assert coffee.category == "Service attitude"
    assert coffee.channel == "Phone"
    assert rows[cases["lift"].case_no].object == "保安部"
    anon = rows[anonymous.case_no]
    assert anon.complainant == "—"
    assert anon.summary.startswith("很长的意见 字")
    assert len(anon.summary) <= caselist.SUMMARY_LENGTH
    data = coffee.as_json()
    assert data["case_no"] == coffee.case_no
    assert data["received_at"] == "2026-11-26T10:00:00"
    assert data["reply_due_at"] == "2026-11-29T10:00:00"


def test_keyset_paging_has_no_duplicates_or_gaps(store, make_input, clock):
    made = []
    for i in range(53):
        text = "退货申请被拒绝" if i % 3 == 0 else "停车场收费错误"
        made.append(create_complaint(make_input(description=f"{text} 第{i}次"),
                                     clock=clock).id)
        clock.advance(minutes=1)
    expected_all = sorted(made, reverse=True)
    expected_refund = [cid for i, cid in enumerate(made) if i % 3 == 0][::-1]
    for limit in (1, 7, 10, 53, 100):
        assert walk(CaseFilter(), clock, limit) == expected_all
        assert walk(CaseFilter(text="退货申请"), clock, limit) == expected_refund  # index
        assert walk(CaseFilter(text="退货"), clock, limit) == expected_refund      # fallback


@pytest.fixture(scope="module")
def demo_template(module_database):
    """2,500 demo cases, built once per module and copied for each test."""
    from desk.services.common.clock import FixedClock
    from desk.services.system.demo import fill_demo
    from desk.services.system.startup import open_store
    from desk.store.db import close_database

    path = module_database
    clock = FixedClock(dt.datetime(2026, 11, 26, 10, 0, 0))
    open_store(str(path), backups=False, clock=clock)
    try:
        fill_demo(2500, seed=7, clock=clock)
    finally:
        close_database()
    return path


@pytest.fixture
def demo(demo_template, new_database, clock):
    from desk.services.system.startup import open_store
    from desk.store.db import close_database

    db = new_database(template=demo_template)
    open_store(db, backups=False, clock=clock)
    yield list(Complaint.select().order_by(Complaint.id.desc()))
    close_database()


def _party_names() -> dict:
    """Complaint id -> the names (and unit numbers) of its tenant, its department and
    those its slips went to."""
    from desk.store.models.cases import Department, Tenant
    from desk.store.models.slips import HandlingSlip

    tenants = {t.id: f"{t.name}\n{t.unit_no}" for t in Tenant.select()}
    departments = {d.id: d.name for d in Department.select()}
    names: dict[int, list[str]] = {}
    pairs = [(c.id, c.tenant_id, c.department_id) for c in Complaint.select()]
    pairs += [(s.complaint_id, s.tenant_id, s.department_id) for s in HandlingSlip.select()]
    for case_id, tenant, department in pairs:
        names.setdefault(case_id, []).extend(
            [tenants.get(tenant, ""), departments.get(department, "")])
    return names


def _expected(rows, text, keep=lambda c: True) -> list[int]:
    digits = phone_digits(text) if search.looks_like_phone(text) else ""
    parties = _party_names() if len(text) >= 2 else {}
    out = []
    for c in rows:
        if c.voided or not keep(c):
            continue
        hay = [c.case_no.lower(), c.complainant_name.lower(), c.description.lower(),
               *(name.lower() for name in parties.get(c.id, []))]
        if text.lower() in "\n".join(hay) or (digits and digits in c.phone_digits) or (
                text.isdigit() and text in c.phone_digits):
            out.append(c.id)
    return out


@pytest.mark.parametrize("window", [caselist.SHORT_QUERY_WINDOW, 7])
@pytest.mark.parametrize("text", ["态度恶劣", "退货", "停车场", "卫生间没有纸巾", "扶", "月",
                                  "2026", "1126-00", "服务员上菜", "梯", "1"])
def test_paging_through_a_large_search_matches_a_full_scan(demo, clock, monkeypatch, text,
                                                           window):
    """Short queries try the newest cases first (``window``), then the index or a scan."""
    monkeypatch.setattr(caselist, "SHORT_QUERY_WINDOW", window)
    expected = _expected(demo, text)
    assert expected, "the demo data should contain the query"
    assert walk(CaseFilter(text=text), clock, limit=97) == expected
    assert caselist.count(CaseFilter(text=text), clock=clock) == len(expected)
    assert caselist.count(CaseFilter(text=text), clock=clock, cap=10) == min(10, len(expected))


def test_short_query_with_a_filter_goes_past_the_newest_window(demo, clock, monkeypatch):
    monkeypatch.setattr(caselist, "SHORT_QUERY_WINDOW", 50)
    urgent = {c.id for c in demo if c.severity == "urgent"}
    flt = CaseFilter(text="扶", severities=["urgent"])
    expected = _expected(demo, "扶", lambda c: c.id in urgent)
    assert len(expected) > 3
    assert walk(flt, clock, limit=3) == expected


def test_search_by_the_phone_of_a_demo_customer(demo, clock):
    phone = next(c.phone for c in demo if c.phone_digits)
    expected = _expected(demo, phone_digits(phone))
    assert walk(CaseFilter(text=phone), clock, limit=5) == expected


def test_rare_match_with_a_filter_across_index_batches(demo, clock):
    """Index matches are checked against the filter in batches; none may be lost."""
    text = "停车场"
    # the oldest case with the text: found only after walking every batch of matches
    target = next(c for c in reversed(demo) if text in c.description)
    urgent = {c.id for c in demo if c.severity == "urgent"}

    def keep(c):
        return c.id in urgent or c.id == target.id

    Complaint.update(severity="urgent").where(Complaint.id == target.id).execute()
    urgent.add(target.id)
    flt = CaseFilter(text=text, severities=["urgent"])
    expected = _expected(demo, text, keep)
    assert walk(flt, clock, limit=3) == expected
    assert caselist.count(flt, clock=clock) == len(expected)


def test_search_finds_the_tenant_or_department_of_a_case_and_of_its_slip(
        store, org, clock, slip_case, make_input):
    from desk.services.cases.complaints import create_complaint
    from desk.services.org.organisation import save_staff

    save_staff("孙楼管", "floor_supervisor")   # tenant slips go through one
    about_shop = create_complaint(make_input(
        description="咖啡太烫。", object_type="tenant", tenant_id=org["tenant"]), clock=clock)
    slipped = slip_case(to="tenant", description="排队太久。")      # the slip went to 星巴克
    to_dept = slip_case(description="灯坏了。")                      # the slip went to 保安部
    other = create_complaint(make_input(description="别的事。"), clock=clock)

    def found(text):
        return {row.case_no for row in caselist.fetch_page(
            caselist.CaseFilter(text=text), clock=clock)}

    assert found("星巴克") == {about_shop.case_no, slipped.case_no}
    assert found("1F-101") == {about_shop.case_no, slipped.case_no}
    assert found("保安部") == {to_dept.case_no}
    assert other.case_no not in found("星巴克") | found("保安部")
    assert found("排队太久") == {slipped.case_no}          # the text index as before
    assert caselist.count(caselist.CaseFilter(text="星巴克"), clock=clock) == 2
