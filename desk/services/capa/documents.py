"""Fill the corrective-action record (客诉纠正与预防措施记录表) from the store and render it,
with the complaint records behind it attached. Labels are translated into the document's
language."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.i18n import N_, translate
from desk.services.capa.state import capa_state
from desk.services.casework.base import active_slip
from desk.services.casework.documents import case_summary, company
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.labels import label_in, value_lang
from desk.services.common.vocab import ACTION_KINDS, CAPA_STATUSES, ROOT_CAUSES, SUGGESTION_KINDS
from desk.store.models.cases import Complaint
from desk.text import mask_phone

RESULT_EFFECTIVE = N_("Effective: the same kind of complaint did not come back")
RESULT_NOT_EFFECTIVE = N_("Not effective: the same kind of complaint came back")
RESULT_PENDING = N_("Not verified yet")


def capa_record_data(capa_id: int, lang: str, clock=system_clock):
    from desk.documents.data.capa import AttachedCase, CapaActionLine, CapaRecordData

    state = capa_state(capa_id, clock)
    if state.effective is None:
        result = RESULT_PENDING
    else:
        result = RESULT_EFFECTIVE if state.effective else RESULT_NOT_EFFECTIVE
    attached = []
    for linked in state.cases:
        record = Complaint.get_or_none(Complaint.id == linked.id)
        if record is None:
            continue
        slip = active_slip(record.id)
        # the record goes round the departments: the customer's number masked, no address
        summary = dataclasses.replace(case_summary(record, value_lang(lang)),
                                      phone=mask_phone(record.phone), address="")
        attached.append(AttachedCase(summary,
                                     label_in(vocab.STATUSES, record.status, lang),
                                     slip.result if slip else ""))
    return CapaRecordData(
        number=state.number, status=label_in(CAPA_STATUSES, state.status, lang),
        opened_at=state.opened_at, opened_by=state.opened_by,
        source=label_in(SUGGESTION_KINDS, state.source_kind, lang), criteria=state.criteria,
        problem=state.problem,
        root_cause_category=label_in(ROOT_CAUSES, state.root_cause_category, lang)
        if state.root_cause_category else "",
        root_cause=state.root_cause,
        actions=[CapaActionLine(label_in(ACTION_KINDS, a.kind, lang), a.text, a.owner, a.due,
                                a.done) for a in state.actions],
        ops_signed_by=state.ops_signed_by, ops_signed_at=state.ops_signed_at,
        gm_signed_by=state.gm_signed_by, gm_signed_at=state.gm_signed_at,
        verify_days=state.verify_days, verify_from=state.verify_from,
        verify_until=state.verify_until, baseline_count=state.baseline_count,
        verification_count=state.verification_count,
        result=translate(result, value_lang(lang)), cases=attached)


def render_capa(capa_id: int, out: Path, lang: str, clock=system_clock) -> Path:
    from desk.documents.pdf.capa_record import render_capa_record

    out = Path(out)
    data = capa_record_data(capa_id, lang, clock)
    out.parent.mkdir(parents=True, exist_ok=True)
    render_capa_record(data, company(), out, lang)
    return out
