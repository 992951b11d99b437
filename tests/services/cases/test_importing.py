"""Import of the register kept before Desk: good rows saved with their own dates and case
numbers, each bad row named with what is wrong, a second import adds nothing."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from desk.cli.main import main
from desk.services.cases import importing
from desk.services.cases.import_columns import match_headers, template_headers
from desk.store.db import close_database
from desk.store.models.cases import Complaint
from desk.store.models.slips import CaseEvent

HEADERS = ["received_at", "complainant", "phone", "channel", "category", "severity",
           "description", "tenant", "status"]
CHANNELS = ["phone", "电话", "電話", "Phone", "In person", "当面", "hotline"]
CATEGORIES = ["service_attitude", "服务态度", "服務態度", "Price dispute", "价格纠纷"]
SEVERITIES = ["", "ordinary", "一般", "严重", "Serious", "緊急（有安全隱患）"]
START = dt.datetime(2025, 1, 1, 9, 0)
#: row number (the header is row 1) -> what is put wrong, and a word the message must hold
BAD = {
    15: ({"complainant": "", "phone": ""}, "name"),
    101: ({"category": "外星人投诉"}, "外星人投诉"),
    202: ({"received_at": dt.datetime(2027, 3, 1, 10, 0)}, "future"),
    303: ({"complainant": "名" * 60}, "too long"),
    404: ({"description": "长" * 20001}, "too long"),
    505: ({"phone": "=1+1"}, "formula"),
    606: ({"channel": "信鸽"}, "信鸽"),
    707: ({"received_at": "yesterday"}, "not a date"),
    808: ({"phone": "12345"}, "12345"),
    909: ({"tenant": "不存在的店"}, "不存在的店"),
}


def register_rows(count: int = 1000) -> list[dict]:
    rows = []
    for i in range(count):
        row = {"received_at": START + dt.timedelta(hours=7 * i, minutes=i % 60),
               "complainant": f"顾客{i:04d}", "phone": f"139{i:08d}",
               "channel": CHANNELS[i % len(CHANNELS)],
               "category": CATEGORIES[i % len(CATEGORIES)],
               "severity": SEVERITIES[i % len(SEVERITIES)],
               "description": f"第{i}号：店员态度不好，排队很久没有人理。",
               "tenant": "星巴克" if i % 4 == 0 else "",
               "status": ("closed", "已结案")[i % 2] if i % 3 else "new"}
        number = i + 2
        if number in BAD:
            row.update(BAD[number][0])
        rows.append(row)
    return rows


def write_xlsx(path, rows, headers=HEADERS):
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append([row[key] for key in HEADERS])
    book.save(path)
    return path


def test_thousand_rows_with_ten_bad_ones(store, org, clock, tmp_path):
    path = write_xlsx(tmp_path / "旧台账.xlsx", register_rows())
    report = importing.import_file(path, by_id=org["clerk"], clock=clock)
    assert (report.total, report.imported, report.already) == (1000, 990, 0)
    assert [row for row, _problem in report.rejected] == sorted(BAD)
    for (row, problem), line in zip(report.rejected, report.lines()):
        assert line == f"row {row}: {problem}"
        assert BAD[row][1] in problem, (row, problem)
    assert report.summary() == "990 imported, 0 already there, 10 rejected"
    assert Complaint.select().count() == 990
    first = Complaint.get(Complaint.complainant_name == "顾客0000")
    assert first.received_at == START and first.case_no == "20250101-0001"
    assert first.status == "new" and first.closed_at is None
    assert first.tenant_id == org["tenant"] and first.object_type == "tenant"
    closed = Complaint.get(Complaint.complainant_name == "顾客0001")
    assert closed.status == "closed" and closed.closed_at is not None
    assert closed.case_no.startswith(closed.received_at.strftime("%Y%m%d-"))
    assert CaseEvent.select().where(CaseEvent.kind == "intake").count() == 990
    from desk.services.audit.verify import verify
    from desk.store.models.audit import AuditEntry

    imported = AuditEntry.select().where(AuditEntry.action == "import")
    assert imported.count() == 990 and {e.user_name for e in imported} == {"王小明"}
    assert AuditEntry.get(AuditEntry.complaint_id == first.id).case_no == first.case_no
    assert verify().ok

    again = importing.import_file(path, by_id=org["clerk"], clock=clock)
    assert (again.imported, again.already, len(again.rejected)) == (0, 990, 10)
    assert Complaint.select().count() == 990


def test_dry_run_saves_nothing(store, org, clock, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", register_rows(50))
    report = importing.import_file(path, by_id=None, dry_run=True, clock=clock)
    assert (report.imported, len(report.rejected)) == (49, 1)
    assert "dry run" in report.summary()
    assert Complaint.select().count() == 0


def test_chinese_headers_and_csv(store, org, clock, tmp_path):
    path = tmp_path / "旧记录.csv"
    with open(path, "w", encoding="gb18030", newline="") as handle:   # as Excel saves it
        out = csv.writer(handle)
        out.writerow(["受理时间", "姓名", "电话", "渠道", "类别", "严重程度", "投诉经过", "诉求"])
        out.writerow(["2025年3月8日 14:30", "李娜", "13812345678", "电话", "服务态度", "严重",
                      "洗手间没有纸。", "赔礼道歉、退款"])
        out.writerow(["2025/3/9", "", "", "意见箱", "Service attitude", "", "停车场太暗。", ""])
    report = importing.import_file(path, by_id=None, clock=clock)
    assert report.rejected == [(3, report.rejected[0][1])]   # no name, no phone, not anonymous
    assert report.imported == 1
    case = Complaint.get()
    assert case.received_at == dt.datetime(2025, 3, 8, 14, 30) and case.severity == "serious"
    assert case.demands == "apology,refund" and case.case_no == "20250308-0001"


def test_template_round_trip(store, tmp_path):
    for lang in ("en", "zh_CN", "zh_TW"):
        path = importing.write_template(tmp_path / f"t-{lang}.xlsx", lang)
        headers = [cell.value for cell in load_workbook(path).active[1]]
        assert headers == template_headers(lang)
        used, unknown = match_headers(headers)
        assert not unknown and len(used) == len(headers)
    assert template_headers("zh_TW")[0] == "投訴時間"
    report = importing.import_file(tmp_path / "t-zh_TW.xlsx", by_id=None)
    assert (report.total, report.ok) == (0, True)


def test_a_file_that_cannot_be_imported_is_one_sentence(store, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(importing.ImportFileError, match="x.xlsx"):
        importing.import_file(bad, by_id=None)
    headless = write_xlsx(tmp_path / "h.xlsx", [], headers=["名字", "备注"])
    with pytest.raises(importing.ImportFileError, match="Received"):
        importing.import_file(headless, by_id=None)


def test_the_command(store, org, clock, tmp_path, db_path, capsys):
    path = write_xlsx(tmp_path / "r.xlsx", register_rows(120))
    close_database()
    assert main(["--db", str(db_path), "import", str(path), "--dry-run"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("row 15: ") and out[-1].startswith("118 imported, 0 already")
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "118 imported, 0 already there, 2 rejected"
    good = write_xlsx(tmp_path / "good.xlsx", register_rows(10))
    assert main(["--db", str(db_path), "import", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "0 imported, 10 already there, 0 rejected"
    template = tmp_path / "模板.xlsx"
    assert main(["import", "--template", str(template)]) == 0
    assert template.is_file()
