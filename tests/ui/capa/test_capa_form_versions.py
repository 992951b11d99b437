"""Two desks edit the same corrective action record: the second save is refused with a
sentence, what it typed stays in the form, and saving again keeps it."""
from __future__ import annotations

import pytest

from desk.services.capa import actions as capa
from desk.services.cases.complaints import create_complaint
from desk.store.models.capa import CorrectiveAction
from desk.ui.capa.capa_form import CapaForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_second_desk_is_refused_and_keeps_its_text(sign_in_as, qtbot, org, make_input, clock):
    record = create_complaint(make_input(), clock=clock)
    capa_id = capa.open_capa(complaint_ids=[record.id], problem="反复投诉", clock=clock)
    sign_in_as(org["ops"])
    first, second = (CapaForm(None, capa_id, clock) for _ in range(2))
    for form in (first, second):
        qtbot.addWidget(form)
    first.cause.setPlainText("新员工未培训")
    first.save()
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "新员工未培训"
    second.cause.setPlainText("排班不足")
    second.save()
    assert "changed on another desk" in second.message.text()
    assert second.cause.toPlainText() == "排班不足"
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "新员工未培训"
    second.save()
    assert CorrectiveAction.get_by_id(capa_id).root_cause == "排班不足"
