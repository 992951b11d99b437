"""The demo looks like a desk at work today, in a mall by default or in a hotel."""
from __future__ import annotations

import json

from desk.services.casework.today import today_view
from desk.services.org.organisation import get_setting
from desk.services.revisits.calls import calls_due
from desk.services.system.demo import fill_demo
from desk.services.system.demo_today import TODAY_CASES
from desk.store.models.capa import CorrectiveAction
from desk.store.models.cases import Complaint
from desk.store.models.slips import HandlingSlip
from tests.cli.test_cli import run


def test_the_first_run_demo_has_work_for_today(store, clock):
    assert fill_demo(300, clock=clock) == 300
    assert Complaint.select().count() == 300
    view = today_view(clock=clock)
    assert view.due_today and view.overdue and view.awaiting_signature
    assert view.tenant_followups
    assert Complaint.select().where(Complaint.status == "new",
                                    Complaint.received_at.day == clock.now().day).count() >= 4
    routes = {slip.route for slip in HandlingSlip.select()}
    assert {"department", "tenant", "desk"} <= routes
    assert HandlingSlip.select().where(HandlingSlip.approved_at.is_null(),
                                       HandlingSlip.route == "department").exists()
    assert HandlingSlip.select().where(HandlingSlip.level == "gm").exists()
    assert calls_due(clock.now().date(), clock=clock)
    capa = CorrectiveAction.get()
    assert capa.status == "open" and len(list(capa.links)) == 4
    texts = " ".join(c.description for c in Complaint.select())
    assert "停车场" in texts and "扶梯" in texts and "卫生间" in texts
    assert "客房" not in texts and "入住" not in texts
    assert get_setting("company_name") == "星河广场购物中心"
    # Every demo case came in with an intake entry; the chain verifies.
    from desk.services.audit.verify import verify
    from desk.store.models.audit import AuditEntry

    intakes = AuditEntry.select(AuditEntry.complaint_id).where(AuditEntry.action == "intake")
    assert {r[0] for r in intakes.tuples()} == {c.id for c in Complaint.select(Complaint.id)}
    assert verify().ok


def test_a_hotel_demo(store, clock):
    assert fill_demo(150, clock=clock, kind="hotel") == 150
    assert get_setting("company_name") == "星河国际大酒店"
    texts = " ".join(c.description for c in Complaint.select())
    assert "客房" in texts or "房间" in texts


def test_a_small_demo_is_only_history(store, clock):
    assert fill_demo(40, clock=clock) == 40
    assert TODAY_CASES > 20 and not HandlingSlip.select().exists()


def test_today_after_the_command_line_demo(tmp_path):
    db = tmp_path / "demo.sqlite"
    made = run(["--db", str(db), "demo", "--count", "3000", "--no-gui"], tmp_path / "data")
    assert made.returncode == 0, made.stderr
    assert "3000" in made.stdout
    today = run(["--db", str(db), "today", "--json"], tmp_path / "data")
    assert today.returncode == 0, today.stderr
    sections = [json.loads(line)["section"] for line in today.stdout.splitlines()]
    assert "due_today" in sections and "overdue" in sections


def test_the_demo_has_one_account_per_role_with_the_password_demo(store, clock):
    from desk.services.org import accounts
    from desk.services.system.demo import DEMO_USERS

    fill_demo(120, clock=clock)
    for user in DEMO_USERS:
        signed = accounts.sign_in(user, "demo", clock)
        assert signed.roles == {"administrator" if user == "admin" else user}
    fill_demo(10, clock=clock)               # a second fill makes no second set
    assert sum(a.has_password for a in accounts.accounts()) == len(DEMO_USERS)
