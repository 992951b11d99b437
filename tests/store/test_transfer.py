"""``desk copy``: a whole database into an empty one and back, nothing lost. With
``DESK_TEST_DB`` the round trip is SQLite -> PostgreSQL -> SQLite; without it the middle
is another SQLite file."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.cases.attachments import attach, attachment_path, list_attachments
from desk.services.cases.caselist import CaseFilter, fetch_page
from desk.services.cases.complaints import create_complaint
from desk.services.system.demo import fill_demo
from desk.services.system.moving import copy_to
from desk.services.system.startup import open_store
from desk.store.db import close_database
from desk.store.errors import StoreError
from desk.store.models.cases import Complaint
from desk.store.transfer import desk_models
from tests.store.test_blobs import png_bytes


def contents() -> dict[str, list[tuple]]:
    """Every row of every table of the open database, by table."""
    from desk.store.db import database

    found = {}
    for model in desk_models(set(database.get_tables())):
        fields = list(model._meta.sorted_fields)
        found[model._meta.table_name] = [
            tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
            for row in model.select(*fields).order_by(model._meta.primary_key).tuples()]
    return found


def make_input(**fields):
    from desk.services.cases.complaints import ComplaintInput
    from desk.services.org.organisation import categories, channels

    values = dict(channel_id=channels()[0].id, category_id=categories()[0].id,
                  severity="ordinary", complainant_name="张伟", phone="138 1234 5678",
                  description="店员态度恶劣", demands=["apology"], recorded_by_id=None)
    values.update(fields)
    return ComplaintInput(**values)


@pytest.fixture
def original(tmp_path, clock):
    """A SQLite database with demo cases, a photo and history (closed after)."""
    path = tmp_path / "this-pc.sqlite"
    open_store(str(path), backups=False, clock=clock)
    fill_demo(300, seed=5, clock=clock)
    case = create_complaint(make_input(complainant_name="欧阳娜娜", description="试衣间镜子碎了"),
                            clock=clock)
    photo = tmp_path / "镜子.png"
    photo.write_bytes(png_bytes())
    attach(case.id, photo, by_id=None, clock=clock)
    rows = contents()
    close_database()
    return {"path": path, "rows": rows, "case_no": case.case_no}


def test_there_and_back_loses_nothing(original, new_database, tmp_path, clock, monkeypatch,
                                      on_postgresql):
    server = new_database("server")
    open_store(str(original["path"]), backups=False, clock=clock)
    report = copy_to(server)
    assert report.rows["complaint"] == len(original["rows"]["complaint"]) == 301
    # files go into a server's database; two files on one PC share the attachments folder
    assert report.files == (1 if on_postgresql else 0)
    assert not report.missing_files and report.sampled > 100
    close_database()

    if on_postgresql:   # another PC: its own (empty) data folder sees the attachment
        monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "other-pc"))
    open_store(server, backups=False, create=False, clock=clock)
    assert contents() == original["rows"]
    from desk.services.audit.verify import verify

    assert verify().ok and original["rows"]["audit_entry"]   # the chain holds in the copy
    case = Complaint.get(Complaint.case_no == original["case_no"])
    [info] = list_attachments(case.id)
    assert info.available and info.thumbnail is not None
    assert attachment_path(info.id).read_bytes() == png_bytes()
    for text in ("欧阳娜娜", "镜子", "碎"):         # the index of the copy: 3, 2 and 1 characters
        assert [r.case_no for r in fetch_page(CaseFilter(text=text), clock=clock)] == [
            original["case_no"]]
    clock.moment = dt.datetime(2026, 11, 26, 18, 0)
    later = create_complaint(make_input(), clock=clock)   # numbering goes on after the copy
    assert later.id > case.id and later.case_no > original["case_no"]
    middle = contents()

    back = tmp_path / "back-home.sqlite"
    if on_postgresql:   # from the server into a PC that has never seen the file
        monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "third-pc"))
    report = copy_to(str(back))
    assert report.files == (1 if on_postgresql else 0)
    close_database()
    open_store(str(back), backups=False, create=False, clock=clock)
    assert contents() == middle
    [info] = list_attachments(Complaint.get(Complaint.case_no == original["case_no"]).id)
    assert attachment_path(info.id).read_bytes() == png_bytes()
    close_database()


def test_a_target_that_is_not_empty_is_refused(original, new_database, clock):
    target = new_database("full")
    open_store(target, backups=False, clock=clock)
    close_database()
    open_store(str(original["path"]), backups=False, clock=clock)
    with pytest.raises(StoreError) as info:
        copy_to(target)
    assert "not empty" in str(info.value)
    close_database()
