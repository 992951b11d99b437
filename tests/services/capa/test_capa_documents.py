"""The corrective-action record (PDF), read back."""
from __future__ import annotations

import datetime as dt

from desk.services.capa import actions as capa
from desk.services.capa.documents import capa_record_data, render_capa
from desk.services.cases.complaints import create_complaint
from desk.services.org.organisation import save_staff
from tests.services.revisits.test_revisit_documents import pdf_text


def test_capa_record_with_the_complaint_records_attached(store, org, make_input, clock,
                                                         tmp_path):
    records = [create_complaint(make_input(phone=f"1390000000{i}",
                                           description=f"第{i}次：服务员不理人。" + "很长" * 900),
                                clock=clock) for i in range(3)]
    capa_id = capa.open_capa(complaint_ids=[r.id for r in records],
                             problem="同一商户服务态度反复被投诉 😀\x07" + "问题" * 2400,
                             by_id=org["clerk"], clock=clock)
    capa.update_capa(capa_id, root_cause_category="people", root_cause="<b>培训不足</b> & 新人",
                     clock=clock)
    capa.add_action(capa_id, "corrective", "全员培训", owner_id=org["ops"],
                    due=dt.date(2026, 12, 5), clock=clock)
    capa.add_action(capa_id, "preventive", "每月检查", owner_name="李经理",
                    due=dt.date(2026, 12, 31), clock=clock)
    capa.sign(capa_id, "ops", org["ops"], clock)
    capa.sign(capa_id, "gm", save_staff("钱总", "gm"), clock)
    data = capa_record_data(capa_id, "zh_CN", clock)
    assert data.root_cause_category == "人员" and len(data.cases) == 3
    out = render_capa(capa_id, tmp_path / "capa.pdf", "zh_CN", clock)
    text = pdf_text(out)
    assert "客诉纠正与预防措施记录表" in text and data.number in text
    assert "<b>培训不足</b> & 新人" in text
    for record in records:
        assert record.case_no in text
    assert "赵经理" in text and "钱总" in text
    assert text.count("钱总") == 1                        # one sign-off block, not two
    assert "139****0000" in text and "13900000000" not in text     # the appendix is masked
    assert text.count("期间") <= 1                         # one verification period
    english = pdf_text(render_capa(capa_id, tmp_path / "capa-en.pdf", "en", clock))
    assert "Corrective and preventive action record" in english and "People" in english
    assert "Attached: the complaint records" in english
