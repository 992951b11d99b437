"""The intake receipt for the customer: case number, when we will reply, how to ask.

A5 for the desk's office printer, or an 80 mm roll for a receipt printer; the roll's
page is exactly as long as what is printed on it.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer

from desk.documents.data.cases import CaseSummary, Company
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import (
    Page,
    Styles,
    build,
    check_language,
    clean,
    fmt_when,
    logo_reader,
    styles,
    tr,
    tr_format,
)
from desk.documents.pdf.qr import qr_flowable
from desk.documents.pdf.text import lines
from desk.i18n import N_

TITLE = N_("Complaint receipt")
SIZES = ("A5", "80mm")
ROLL_WIDTH = 80 * mm
EXCERPT = 240  # characters of the description repeated on the receipt
MAX_ROLL = 14000  # points: the longest page a PDF may have is 200 inches


def _excerpt(text: str) -> str:
    text = clean(text)
    return text if len(text) <= EXCERPT else text[:EXCERPT].rstrip() + "…"


def _enquiry(phone: str, hours: str, lang: str) -> str:
    if phone and hours:
        return tr_format(N_("To ask about progress, call {phone} ({hours}) and quote your case "
                            "number."), lang, sep="\n", phone=phone, hours=hours)
    if phone:
        return tr_format(N_("To ask about progress, call {phone} and quote your case number."),
                         lang, sep="\n", phone=phone)
    return tr(N_("To ask about progress, come to the service desk and quote your case number."),
              lang, sep="\n")


def receipt_story(case: CaseSummary, company: Company, lang: str, st: Styles, width: float,
                  roll: bool, phone: str, hours: str, qr_payload: str = "") -> list:
    centred = ParagraphStyle("centred", parent=st.body, alignment=TA_CENTER)
    story: list = []
    if roll:
        logo = logo_reader(company.logo_path)
        if logo is not None:
            w, h = logo.getSize()
            height = 10 * mm
            story.append(Image(str(company.logo_path), width=min(height * w / h, width),
                               height=height, kind="proportional", hAlign="CENTER"))
            story.append(Spacer(1, 2))
        story.append(lines(company.name, ParagraphStyle(
            "company", parent=st.title, fontSize=st.big.fontSize, leading=st.big.leading),
            bold=True))
        address = ParagraphStyle("address", parent=st.small, alignment=TA_CENTER)
        for line in (company.address, company.phone):
            if clean(line):
                story.append(lines(line, address))
        story.append(Spacer(1, 4))
    story += blocks.title(TITLE, lang, st)
    qr = qr_flowable(qr_payload, 22 * mm * st.scale) if clean(qr_payload) else None
    story += blocks.banner(case.case_no, [(N_("Received"), fmt_when(case.received_at))],
                               lang, st, width, qr=qr)
    story.append(blocks.heading(N_("Your complaint"), lang, st))
    story += blocks.facts([
        (N_("Complainant"), case.complainant), (N_("Phone"), case.phone),
        (N_("Category"), case.category), (N_("Complaint about"), case.object_label),
        (N_("Recorded by"), case.recorded_by)], lang, st, width,
        label_width=(24 if roll else 28) * mm * st.scale)
    if clean(case.description):
        story.append(Spacer(1, 3))
        story.append(lines(_excerpt(case.description), st.body))
    story.append(blocks.heading(N_("What happens next"), lang, st))
    if fmt_when(case.reply_due_at):
        story.append(lines(tr_format(N_("We will reply to you by {date}."), lang, sep="\n",
                                     date=fmt_when(case.reply_due_at)), st.body, True, bold=True))
        story.append(Spacer(1, 3))
    story.append(lines(_enquiry(phone, hours, lang), st.body, multiline=True))
    story.append(Spacer(1, 8))
    story.append(lines(tr(N_("Thank you for telling us. Please keep this receipt."), lang,
                          sep="\n"), centred, multiline=True))
    return story


def _story_height(story: list, width: float) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, MAX_ROLL)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_receipt(case: CaseSummary, company: Company, out: Path | BinaryIO, lang: str,
                   size: str = "A5", enquiry_phone: str = "", enquiry_hours: str = "",
                   qr_payload: str = "") -> None:
    """Write the customer's receipt; ``size`` is "A5" or "80mm" (receipt-printer roll).

    The enquiry phone defaults to the company's phone.
    """
    check_language(lang)
    if size not in SIZES:
        raise ValueError(f"unknown receipt size {size!r}; use one of {SIZES}")
    phone = clean(enquiry_phone) or clean(company.phone)
    hours = clean(enquiry_hours)
    title, case_no = tr(TITLE, lang), clean(case.case_no)
    if size == "A5":
        page = Page(company, title, case_no, lang, size=A5,
                    margins=(12 * mm, 12 * mm, 27 * mm, 16 * mm))
        width = A5[0] - 24 * mm
        story = receipt_story(case, company, lang, styles(0.9), width, False, phone, hours,
                              qr_payload)
    else:
        margins = (4 * mm, 4 * mm, 5 * mm, 6 * mm)
        width = ROLL_WIDTH - 8 * mm
        story = receipt_story(case, company, lang, styles(0.8), width, True, phone, hours,
                              qr_payload)
        height = min(_story_height(story, width) + 11 * mm + 6 * mm, MAX_ROLL)
        page = Page(company, title, case_no, lang, size=(ROLL_WIDTH, height),
                    margins=margins, roll=True)
    build(out, story, page, subject=title)
