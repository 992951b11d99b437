"""A customer's data: the export holds all of it; the erasure leaves no byte of the name or
number in the database file while the weekly figures stay as they were."""
from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl
import pytest

from desk.services.cases.attachments import attach, blob_store
from desk.services.cases.complaints import create_complaint, input_from_record, update_complaint
from desk.services.cases.drafts import save_draft
from desk.services.casework import compensation, slips
from desk.services.common.validation import ValidationError
from desk.services.reports.figures import compute
from desk.services.reports.periods import week_containing
from desk.services.retention.access import export_customer
from desk.services.retention.customers import erase_customer
from desk.store.db import database
from desk.store.models.cases import Attachment, Complaint
from tests.store.media import png_bytes

NAME, PHONE, OTHER = "欧阳娜娜", "137 0000 1111", "13900002222"


@pytest.fixture
def person(store, org, make_input, closed_case, clock, tmp_path):
    """Two cases of 欧阳娜娜 (one closed with compensation, an edit, a photo and her number in
    the notes), one of someone else, and a draft of a new case with her name."""
    first = closed_case(complainant_name=NAME, phone=PHONE, address="幸福路 8 号",
                        room_no="1208", member_no="VIP-778899",
                        description=f"{NAME}说收银员多收了钱，回电 137-0000-1111")
    compensation.propose(first.id, "voucher", "80", by_id=org["clerk"], clock=clock)
    slips.log_contact(first.id, "phone", f"已致电{NAME}（+86 13700001111）", by_id=org["clerk"],
                      clock=clock)
    photo = tmp_path / "receipt.png"
    photo.write_bytes(png_bytes(color=(7, 7, 7)))
    attach(first.id, photo, org["clerk"], clock=clock)
    clock.moment += dt.timedelta(hours=2)
    second = create_complaint(make_input(complainant_name=NAME, phone="13700001111",
                                         description="又一次投诉"), clock=clock)
    edited = input_from_record(Complaint.get_by_id(second.id))
    edited.address = "和平路 99 号"
    update_complaint(second.id, edited, org["clerk"], clock=clock)
    other = closed_case(complainant_name="李四", phone=OTHER, description="与她无关")
    save_draft(f"complaint:new:{org['clerk']}", {"complainant_name": NAME, "phone": PHONE})
    return {"cases": [first, second], "other": other}


def _file_bytes(db_path) -> bytes:
    data = db_path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_export_holds_everything_about_the_person(person, clock, tmp_path):
    out = export_customer("13700001111", tmp_path / "out" / "她的数据.xlsx", None, "zh_CN",
                          clock=clock)
    wb = openpyxl.load_workbook(out)
    cases = wb.worksheets[0]
    values = [c.value for row in cases.iter_rows() for c in row if c.value is not None]
    assert person["cases"][0].case_no in values and person["cases"][1].case_no in values
    assert person["other"].case_no not in values
    assert PHONE in values and "VIP-778899" in values
    names = [ws.title for ws in wb.worksheets]
    assert names == ["投诉", "处理单", "联系记录", "回访", "赔偿", "附件"]
    files = [c.value for row in wb["附件"].iter_rows(min_row=2) for c in row]
    assert "receipt.png" in files
    money = [c.value for row in wb["赔偿"].iter_rows(min_row=2) for c in row]
    assert 80 in money


def test_unknown_or_short_numbers_are_refused(person, tmp_path):
    for phone in ("", "12", "18899990000"):
        with pytest.raises(ValidationError):
            export_customer(phone, tmp_path / "x.xlsx", None)
        with pytest.raises(ValidationError):
            erase_customer(phone, None)


@pytest.mark.sqlite_only(reason="reads the database file's bytes (PostgreSQL's pages are the server's)")
@pytest.mark.parametrize("rebuild", [True, False], ids=["vacuum", "zeroed-in-place"])
def test_erase_leaves_no_trace_and_keeps_the_figures(person, clock, db_path, rebuild):
    week = week_containing(clock.now())
    before = dataclasses.asdict(compute(week, clock.now()))
    sha = Attachment.get(Attachment.complaint == person["cases"][0].id).sha256
    assert NAME.encode() in _file_bytes(db_path)
    from desk.services.audit.verify import verify
    from desk.store.models.audit import AuditEntry

    assert AuditEntry.select().where(AuditEntry.new.contains("和平路")).exists()
    result = erase_customer(PHONE, None, clock=clock, rebuild=rebuild)
    assert result.cases == 2 and result.files == 1
    assert not blob_store().path_for(sha).exists()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = _file_bytes(db_path)
    for trace in (NAME, "13700001111", "137 0000 1111", "137-0000-1111", "幸福路", "和平路",
                  "VIP-778899", "receipt.png", NAME[:3], NAME[1:]):
        for encoding in ("utf-8", "utf-16-le"):
            assert trace.encode(encoding) not in raw, trace
    assert "李四".encode() in raw               # the other customer is untouched
    # the audit trail lost her values, not its chain; the erasure is an entry of its own
    assert verify().ok
    erasure = AuditEntry.get(AuditEntry.action == "customer.erase")
    assert '"cases": 2' in erasure.new and PHONE not in erasure.new
    after = dataclasses.asdict(compute(week, clock.now()))
    assert after == before
    kept = Complaint.get_by_id(person["cases"][0].id)
    assert kept.status == "closed" and kept.complainant_name == ""
    assert "收银员多收了钱" in kept.description and "***" in kept.description
