"""A database the revisit and corrective-action commands read."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.capa import actions as capa
from desk.services.cases.complaints import create_complaint


@pytest.fixture
def filled(store, org, make_input, clock, db_path):
    """October 2026: one customer with three cases, another with one; a corrective action."""
    made = [create_complaint(make_input(received_at=dt.datetime(2026, 10, d, 12),
                                        phone=phone, complainant_name=name), clock=clock)
            for d, phone, name in ((2, "13812345678", "张伟"), (9, "13812345678", "张伟"),
                                   (30, "13812345678", "张伟"), (15, "13900001111", "李娜"))]
    capa_id = capa.open_capa(complaint_ids=[m.id for m in made[:3]], problem="反复投诉",
                             by_id=org["clerk"], clock=clock)
    return {"db": db_path, "cases": made, "capa": capa_id}
