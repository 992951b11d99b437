"""A database with cases of every retention situation, closed in 2023 or lately."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.capa import actions as capa
from desk.services.cases.attachments import attach
from desk.services.cases.complaints import create_complaint
from desk.services.casework import compensation
from tests.store.media import png_bytes

OLD = dt.datetime(2023, 3, 1, 10, 0)
NOW = dt.datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def aged(store, org, make_input, closed_case, clock, tmp_path):
    """Cases closed in March 2023 (due under the default two years): ``due`` (with a
    compensation and two attachments, one file shared with a recent case), ``held``,
    ``capa`` (linked to an open corrective action); ``open`` received then and still open;
    ``recent``, closed now."""
    clock.moment = OLD
    photo = tmp_path / "due.png"
    photo.write_bytes(png_bytes(color=(1, 2, 3)))
    shared = tmp_path / "shared.png"
    shared.write_bytes(png_bytes(color=(9, 9, 9)))
    made = {
        "due": closed_case(complainant_name="欧阳娜娜", phone="13700001111",
                           description="欧阳娜娜投诉收银员找错零钱"),
        "held": closed_case(complainant_name="钱多多", phone="13700002222"),
        "capa": closed_case(complainant_name="孙悟空", phone="13700003333"),
        "open": create_complaint(make_input(complainant_name="猪八戒", phone="13700004444"),
                                 clock=clock),
    }
    compensation.propose(made["due"].id, "voucher", "50", by_id=org["clerk"], clock=clock)
    attach(made["due"].id, photo, org["clerk"], clock=clock)
    attach(made["due"].id, shared, org["clerk"], clock=clock)
    capa.open_capa(complaint_ids=[made["capa"].id], problem="反复找错零钱", by_id=org["clerk"],
                   clock=clock)
    clock.moment = NOW
    made["recent"] = closed_case(complainant_name="沙和尚", phone="13700005555")
    attach(made["recent"].id, shared, org["clerk"], clock=clock)
    from desk.services.retention.holds import place_hold

    place_hold(made["held"].case_no, "消费者协会调解中", org["ops"], clock=clock)
    return made
