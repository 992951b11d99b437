"""Sites: each desk belongs to one; its new cases carry it, its lists and Today show the
site's cases (and those recorded before desks had sites), and case numbers stay one
sequence across the whole database."""
from __future__ import annotations

from desk.services.cases import caselist
from desk.services.cases.caselist import CaseFilter
from desk.services.cases.complaints import create_complaint, get_complaint
from desk.services.casework import slips
from desk.services.casework.today import today_view
from desk.services.org import organisation as o


def test_cases_of_a_site_and_the_roles_that_see_all(store, org, make_input, clock):
    mall, hotel = org["site"], o.save_site("海景酒店")
    older = create_complaint(make_input(), clock=clock)                 # no site yet
    here = create_complaint(make_input(site_id=mall), clock=clock)
    there = create_complaint(make_input(site_id=hotel), clock=clock)
    assert get_complaint(here.id).site_id == mall
    # one sequence of numbers across the sites
    assert [older.case_no, here.case_no, there.case_no] == [
        "20261126-0001", "20261126-0002", "20261126-0003"]

    def listed(**kw):
        return {r.id for r in caselist.fetch_page(CaseFilter(**kw), clock=clock)}

    assert listed(site_ids=[mall]) == {older.id, here.id}
    assert listed(site_ids=[hotel]) == {older.id, there.id}
    assert listed() == {older.id, here.id, there.id}
    assert caselist.count(CaseFilter(site_ids=[hotel]), clock=clock) == 2

    assert not o.sees_all_sites(org["clerk"]) and o.sees_all_sites(org["ops"])
    assert o.sees_all_sites(o.save_staff("总经理", "gm"))
    assert not o.sees_all_sites(None)


def test_today_at_one_site(store, org, make_input, clock):
    mall, hotel = org["site"], o.save_site("海景酒店")
    cases = {}
    for site in (mall, hotel):
        case = create_complaint(make_input(site_id=site), clock=clock)
        slips.answer_at_desk(case.id, "已更换", "accepts", by_id=org["clerk"],
                             needs_signature=True, clock=clock)
        cases[site] = case.id
    urgent = create_complaint(make_input(site_id=hotel, severity="urgent"), clock=clock)
    clock.advance(hours=1)

    def waiting(site_id=None):
        return [i.complaint_id for i in today_view(clock, site_id).awaiting_signature]

    assert sorted(waiting()) == sorted(cases.values())
    assert waiting(mall) == [cases[mall]]
    assert waiting(hotel) == [cases[hotel]]
    assert urgent.id not in [i.complaint_id for i in today_view(clock, mall).due_today]
    assert urgent.id in [i.complaint_id for i in today_view(clock, hotel).due_today]


def test_an_unknown_site_is_refused(store, org, make_input, clock):
    import pytest

    from desk.services.common.validation import ValidationError

    with pytest.raises(ValidationError) as refused:
        create_complaint(make_input(site_id=999), clock=clock)
    assert "site" in refused.value.errors
