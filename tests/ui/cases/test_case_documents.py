"""The case dialog's Handling tab and Print button, end to end with real PDFs."""
import datetime as dt

import pytest
from pypdf import PdfReader

from desk.services.cases.complaints import create_complaint
from desk.services.casework import slips
from desk.ui.cases.complaint_form import ComplaintFormDialog


@pytest.fixture
def case(store, org, make_input, clock):
    return create_complaint(make_input(), clock=clock)


def _wait_preview(qtbot, form):
    qtbot.waitUntil(lambda: form.print_button.preview is not None, timeout=20000)
    return form.print_button.preview


def test_edit_mode_has_handling_tab_and_prints_slip(sign_in_as, qtbot, case, org, clock):
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(days=2),
                     by_id=org["clerk"], department_id=org["dept"], clock=clock)
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    titles = [form.ui.tabs.tabText(i) for i in range(form.ui.tabs.count())]
    assert "Handling" in titles
    form.print_button.make("slip")
    preview = _wait_preview(qtbot, form)
    text = PdfReader(str(form.print_button.last_pdf)).pages[0].extract_text()
    assert case.case_no in text and "保安部" in text
    preview.close()


def test_attach_signed_slip_marks_case_signed(sign_in_as, qtbot, case, org, clock, tmp_path):
    from PIL import Image

    slips.answer_at_desk(case.id, "当面道歉并赠送礼品", "satisfied", "", org["clerk"],
                         needs_signature=True, clock=clock)
    scan = tmp_path / "signed.jpg"
    Image.new("RGB", (40, 30), "white").save(scan)
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.print_button.signed, timeout=20000):
        form.print_button.attach_signed(scan)
    slip = slips.active_slip(case.id)
    assert slip.signed_at is not None and slip.signed_attachment
    from desk.store.models.cases import Complaint

    assert Complaint.get_by_id(case.id).status == "resolved"


def test_no_letter_offered_for_an_anonymous_note(sign_in_as, qtbot, store, org, make_input, clock):
    from desk.services.org.organisation import channels

    box = next(c.id for c in channels() if c.code == "suggestion_box")
    anonymous = create_complaint(make_input(anonymous=True, complainant_name="", phone="",
                                            address="", channel_id=box), clock=clock)
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, anonymous.id, clock=clock)
    qtbot.addWidget(form)
    form.print_button.offer_letter()
    action = form.print_button.letter_action
    assert not action.isEnabled() and "anonymous" in action.text()


def test_letter_offered_for_a_named_case(sign_in_as, qtbot, case, org, clock):
    sign_in_as(org["clerk"])
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    form.print_button.offer_letter()
    assert form.print_button.letter_action.isEnabled()


def test_printouts_live_in_this_runs_folder_and_go_when_it_closes(sign_in_as, qtbot, case,
                                                                  org, clock):
    """A slip shown on screen carries the customer's name and phone: it is written under
    the data folder's printouts, not left in the temporary folder for ever."""
    from desk import paths

    sign_in_as(org["clerk"])
    root = paths.printouts_root()
    form = ComplaintFormDialog(None, case.id, clock=clock)
    qtbot.addWidget(form)
    assert not root.exists()          # opening a case makes no folder
    form.print_button.make("receipt")
    _wait_preview(qtbot, form).close()
    pdf = form.print_button.last_pdf
    assert pdf.is_file() and root in pdf.parents
    paths.remove_printouts()          # as the program does when it closes
    assert not pdf.exists() and list(root.iterdir()) == []
