from desk.services.cases import caselist
from desk.services.cases.complaints import create_complaint


def test_create_and_list(store, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    assert record.case_no == "20261126-0001"
    rows = caselist.fetch_page(caselist.CaseFilter(), clock=clock)
    assert [r.case_no for r in rows] == ["20261126-0001"]
