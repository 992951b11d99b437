"""The written reply in the company's name, for complaints made in writing (002 §4.5 ⑤)."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Spacer

from desk.documents.data.cases import LetterData
from desk.documents.pdf import blocks
from desk.documents.pdf.layout import Page, build, check_language, clean, fmt_when, styles, tr, tr_format
from desk.documents.pdf.text import lines
from desk.i18n import N_

TITLE = N_("Reply to your complaint")
_SALUTATIONS = ("尊敬的", "亲爱的", "親愛的", "dear ", "dear,")


def starts_with_salutation(paragraphs) -> bool:
    """Whether the body opens with its own salutation ("尊敬的陈先生：", "Dear Mr Chan,"),
    so the letter prints none of its own."""
    first = next((clean(p, multiline=True) for p in paragraphs or [] if clean(p, True)), "")
    line = first.split("\n", 1)[0].strip()
    if not line or len(line) > 60:
        return False
    return line.lower().startswith(_SALUTATIONS) or (
        line[-1] in "：:,，" and len(line) <= 30)


def address_block(data: LetterData, style) -> list:
    """Who the letter goes to, at the top left, when the address is on file."""
    address = clean(data.case.address, multiline=True)
    if not address:
        return []
    name = clean(data.case.complainant)
    return [lines("\n".join(p for p in (name, address) if p), style, multiline=True),
            Spacer(1, 6)]


def letter_story(data: LetterData, lang: str) -> list:
    st = styles()
    chinese = lang != "en"
    body = ParagraphStyle("letter", parent=st.body, fontSize=10.5, leading=17, spaceAfter=6,
                          firstLineIndent=21 if chinese else 0)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    closing = ParagraphStyle("closing", parent=plain, alignment=TA_RIGHT if chinese else TA_LEFT)
    date = fmt_when(data.date)

    story: list = address_block(data, plain)
    if date and not chinese:  # English letters are dated at the top, Chinese ones at the end
        story.append(lines(date, ParagraphStyle("date", parent=plain, alignment=TA_RIGHT)))
    story.append(Spacer(1, 6))
    story.append(lines(tr_format(N_("Re: your complaint {case_no}"), lang, sep="\n",
                                 case_no=clean(data.case.case_no)), plain, True, bold=True))
    story.append(Spacer(1, 8))
    if not starts_with_salutation(data.body_paragraphs):
        story.append(lines(clean(data.recipient) or tr(N_("Dear customer,"), lang), plain))
    for paragraph in data.body_paragraphs or []:
        if clean(paragraph, multiline=True):
            story += blocks.text_flow(paragraph, st, style=body)
    story.append(Spacer(1, 10))
    # Chinese: "此致" indented on its own line, "敬礼！" at the margin (the translation's \n).
    sign_off = [lines(tr(N_("Yours sincerely,"), lang, sep="\n"), body, multiline=True),
                Spacer(1, 14)]
    signers = [clean(data.signatory)]
    if clean(data.company.name) not in signers:  # the company's name once
        signers.append(clean(data.company.name))
    for line in (*signers, date if chinese else ""):
        if clean(line):
            sign_off.append(lines(line, closing))
    story.append(KeepTogether(sign_off))
    return story


def render_letter(data: LetterData, out: Path | BinaryIO, lang: str) -> None:
    """Write the reply letter as an A4 PDF on the company's letterhead."""
    check_language(lang)
    page = Page(company=data.company, title=tr(TITLE, lang), case_no=clean(data.case.case_no),
                lang=lang)
    build(out, letter_story(data, lang), page, subject=tr(TITLE, lang))
