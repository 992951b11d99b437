"""What a Windows front-desk PC does to files: folder names in Chinese with spaces, a data
folder on another drive (DESK_DATA_DIR), and a PDF or workbook still open in another
program when Desk wants to write it again (written to "name (2).pdf", and said so)."""
from __future__ import annotations

import datetime as dt
import stat

import pytest
from pdfread import pdf_text

from desk import paths
from desk.cli.main import main
from desk.services.cases import attachments
from desk.services.cases.complaints import create_complaint
from desk.services.casework import documents, slips
from desk.services.common.output import (
    Output,
    alternative,
    is_blocked,
    safe_output_path,
    write_with_fallback,
)
from desk.services.system.startup import backup_now, open_store
from desk.store.backup import list_backups
from desk.store.db import close_database
from tests.store.media import png_bytes

CHINESE = "数据 文件夹"


@pytest.fixture
def chinese_store(tmp_path, clock, monkeypatch):
    """The database, data folder and exports all under names with Chinese and spaces."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "D盘 用户" / "Desk 数据"))
    monkeypatch.setenv("DESK_EXPORTS_DIR", str(tmp_path / "我的 文档" / "Desk"))
    db = tmp_path / CHINESE / "desk.sqlite"
    db.parent.mkdir()
    opened = open_store(str(db), clock=clock)
    yield opened
    close_database()


def test_database_backup_attachments_documents_under_chinese_names(
        chinese_store, tmp_path, clock):
    from desk.services.org import organisation as o

    assert chinese_store.path == (tmp_path / CHINESE / "desk.sqlite").resolve()
    assert chinese_store.path.is_file()
    assert chinese_store.daily_backup is not None and chinese_store.daily_backup.is_file()
    clerk = o.save_staff("王小明", "clerk")
    channel = next(c.id for c in o.channels() if c.code == "phone")
    category = next(c.id for c in o.categories() if c.code == "service_attitude")
    from desk.services.cases.complaints import ComplaintInput

    case = create_complaint(ComplaintInput(
        channel_id=channel, category_id=category, severity="ordinary",
        complainant_name="张伟", phone="13812345678", description="店员态度恶劣。",
        demands=["apology"], recorded_by_id=clerk), clock=clock)

    made = backup_now(tmp_path / "备份 文件", clock.now())
    assert made.is_file() and made.parent.name == "备份 文件"
    assert list_backups(chinese_store.path.parent / "backups")

    photo = tmp_path / "照片 文件" / "现场 照片.png"
    photo.parent.mkdir()
    photo.write_bytes(png_bytes())
    info = attachments.attach(case.id, photo, clerk, clock=clock)
    assert info.name == "现场 照片.png"
    stored = attachments.attachment_path(info.id)
    assert stored.is_file()
    assert stored.is_relative_to(tmp_path / "D盘 用户" / "Desk 数据")   # the data folder

    department = o.save_department("保安部", o.save_site("星河"))
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(days=2), by_id=clerk,
                     department_id=department, clock=clock)
    out = paths.exports_dir() / "处理 单" / f"slip {case.case_no}.pdf"
    assert documents.render("slip", case.id, out, "zh_CN", clock=clock) == out
    assert case.case_no in pdf_text(out)


def test_data_folder_elsewhere(tmp_path, monkeypatch, clock):
    elsewhere = tmp_path / "E盘" / "桌面 数据"
    monkeypatch.setenv("DESK_DATA_DIR", str(elsewhere))
    assert paths.data_dir() == elsewhere and elsewhere.is_dir()
    assert paths.default_db_path() == elsewhere / "desk.sqlite"
    assert paths.logs_dir() == elsewhere / "logs"
    assert paths.backups_dir() == elsewhere / "backups"
    opened = open_store(None, clock=clock)
    try:
        assert opened.path == (elsewhere / "desk.sqlite").resolve()
        assert (elsewhere / "backups").is_dir()          # the first backup of the day
    finally:
        close_database()


# --- a file that is still open elsewhere ----------------------------------------------------

def test_alternative_names_as_windows_does(tmp_path):
    assert alternative(tmp_path / "周报.xlsx", 2).name == "周报 (2).xlsx"
    assert alternative(tmp_path / "a b.pdf", 10).name == "a b (10).pdf"


def test_safe_output_path(tmp_path):
    target = tmp_path / "报表 一.pdf"
    assert safe_output_path(target) == target            # nothing there yet
    target.write_bytes(b"old")
    assert not is_blocked(target) and safe_output_path(target) == target
    target.chmod(stat.S_IREAD)                           # read-only: as if open in a reader
    assert is_blocked(target)
    assert safe_output_path(target).name == "报表 一 (2).pdf"
    alternative(target, 2).write_bytes(b"an earlier copy")
    assert safe_output_path(target).name == "报表 一 (3).pdf"


def test_write_with_fallback_leaves_a_locked_file_alone(tmp_path):
    target = tmp_path / CHINESE / "slip.pdf"
    first = write_with_fallback(target, lambda p: p.write_bytes(b"one"))
    assert first == Output(target, target) and not first.renamed
    assert first.message() == f"Written: {target}"
    target.chmod(stat.S_IREAD)
    second = write_with_fallback(target, lambda p: p.write_bytes(b"two"))
    assert second.renamed and second.path.name == "slip (2).pdf"
    assert target.read_bytes() == b"one" and second.path.read_bytes() == b"two"
    assert "slip (2).pdf" in second.message() and "open in another program" in second.message()
    assert sorted(p.name for p in target.parent.iterdir()) == ["slip (2).pdf", "slip.pdf"]


def test_write_with_fallback_with_a_folder_in_the_way(tmp_path):
    target = tmp_path / "weekly.xlsx"
    target.mkdir()
    # a folder is not a file open in another program: say so, write no "weekly (2).xlsx"
    with pytest.raises(IsADirectoryError) as info:
        write_with_fallback(target, lambda p: p.write_bytes(b"PK"))
    from desk.services.common.errors import user_message

    assert user_message(info.value) == f"{target} is a folder; give the name of the file to write."
    assert list(tmp_path.iterdir()) == [target]


def test_write_with_fallback_failure_leaves_nothing(tmp_path):
    def broken(path):
        path.write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_with_fallback(tmp_path / "x.pdf", broken)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def case_no(store, org, make_input, clock):
    case = create_complaint(make_input(complainant_name="林志玲"), clock=clock)
    close_database()
    return case.case_no


def test_document_command_writes_a_new_name_when_the_pdf_is_open(
        case_no, db_path, tmp_path, capsys):
    out = tmp_path / CHINESE / "处理单.pdf"
    assert main(["--db", str(db_path), "record", case_no, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Written: {out}"
    out.chmod(stat.S_IREAD)
    assert main(["record", case_no, "--out", str(out), "--db", str(db_path)]) == 0
    said = capsys.readouterr().out
    renamed = out.with_name("处理单 (2).pdf")
    assert str(renamed) in said and "open in another program" in said
    assert case_no in pdf_text(renamed)


def test_document_command_into_a_folder_that_refuses(case_no, db_path, tmp_path, capsys):
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    assert main(["--db", str(db_path), "slip", case_no, "--out",
                 str(blocker / "slip.pdf")]) == 1
    assert capsys.readouterr().err.startswith("desk: ")
