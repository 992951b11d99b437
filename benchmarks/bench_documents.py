#!/usr/bin/env python
"""Benchmark of the PDF documents (run by hand, not by pytest).

    python benchmarks/bench_documents.py [--runs 50] [--no-accel]

Prints: import and first-render (font registration) cost, the warm handling-slip render
time (mean and p95 of --runs) next to a bare reportlab document of the same layout
(SimpleDocTemplate, Paragraphs in Tables, one font, no cleaning, no per-script fonts, no
catalogue), their ratio, file sizes, the 20,000-character slip and the other documents.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from xml.sax.saxutils import escape

from shared import percentile  # benchmarks/shared.py, beside this script


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--no-accel", action="store_true",
                        help="ignore reportlab's C helpers (rl-accel) even if installed")
    return parser.parse_args(argv)



def timed(fn, runs: int) -> tuple[float, float, float, int]:
    """(mean, p95, CPU mean) in ms, and the size of the last output."""
    wall, cpu, size = [], [], 0
    for _ in range(runs):
        out = io.BytesIO()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(out)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        size = len(out.getvalue())
    return statistics.mean(wall), percentile(wall, 95), statistics.mean(cpu), size


def bare_slip(data, company, out) -> None:
    """The same page and sections with nothing but plain reportlab."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

    font = "DeskCJK"
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK")
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", parent=body, fontSize=10.5, leading=14, backColor="#ECECEC")
    title = ParagraphStyle("t", parent=body, fontSize=17, leading=22, alignment=1)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])

    def p(text, style=body):
        return Paragraph(escape(str(text or "")), style)

    class Numbered(Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.pages = []

        def showPage(self):
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for n, state in enumerate(self.pages, 1):
                self.__dict__.update(state)
                self.setFont(font, 8.5)
                self.drawRightString(194 * mm, 280 * mm, f"{data.case.case_no} {n}/{len(self.pages)}")
                Canvas.showPage(self)
            Canvas.save(self)

    def page(canvas, doc):
        canvas.setFont(font, 12.5)
        canvas.drawString(16 * mm, 282 * mm, company.name)
        canvas.setFont(font, 7.5)
        canvas.drawString(16 * mm, 8 * mm, f"{company.address} {company.phone}")

    c = data.case
    qr = Drawing(25 * mm, 25 * mm)
    qr.add(QrCodeWidget(data.qr_payload, barLevel="M", barWidth=25 * mm, barHeight=25 * mm))
    rows = [("Complainant", c.complainant, "Phone", c.phone),
            ("Room No.", c.room_no, "Member No.", c.member_no),
            ("Address", c.address, "", ""), ("Channel", c.channel, "Category", c.category),
            ("Severity", c.severity, "Customer class", c.customer_class),
            ("Incident time", c.incident_at, "Incident place", c.incident_place),
            ("Complaint about", c.object_label, "", ""),
            ("Customer's demands", "、".join(c.demands) + "\n" + c.demand_text, "", ""),
            ("Recorded by", c.recorded_by, "Reply promised by", c.reply_due_at)]
    widths = [30 * mm, 59 * mm, 30 * mm, 59 * mm]
    story = [p("Complaint handling slip", title),
             Table([[[p("Case No.", small), p(c.case_no), p(f"Received {c.received_at}"),
                      p(f"Verification code {data.verification_code}")], qr]],
                   colWidths=[151 * mm, 27 * mm]),
             p("Complaint summary", head),
             Table([[p(x) for x in row] for row in rows], colWidths=widths, style=grid),
             p("What happened", head), p(c.description),
             p("Handling", head),
             Table([[p("Route"), p(data.route_label), p("Responsible department"),
                     p(data.department)],
                    [p("Responsible person"), p(data.responsible), p("Agreed reply date"),
                     p(data.agreed_reply_at)]], colWidths=widths, style=grid),
             Table([[p("Change"), p("Agreed date was"), p("Changed to"), p("Reason")]] +
                   [[p(i), p(a), p(b), p(r)] for i, (a, b, r) in
                    enumerate(data.date_changes, 1)],
                   colWidths=[18 * mm, 36 * mm, 36 * mm, 88 * mm], style=grid),
             p("Handling result", head), p(data.result), p(f"Handled at {data.handled_at}"),
             p("Compensation", head),
             Table([[p("Kind"), p("Amount"), p("Note")]] +
                   [[p(k), p(f"{a:,.2f}"), p(n)] for k, a, n in data.compensation],
                   colWidths=[45 * mm, 35 * mm, 98 * mm], style=grid),
             p("Customer's opinion", head), p(data.customer_opinion), p(data.opinion_text),
             KeepTogether([p("The customer has been told the handling result above."),
                           Table([[p(s) for s in ("Customer signature", "Desk clerk signature",
                                                  "Handler signature",
                                                  "Operations manager signature")],
                                  ["", "", "", ""], [p("Date: ____ / __ / __")] * 4],
                                 colWidths=[44.5 * mm] * 4,
                                 rowHeights=[None, 13 * mm, None], style=grid)])]
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=28 * mm, bottomMargin=17 * mm, initialFontName=font)
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=Numbered)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.no_accel:
        sys.modules["_rl_accel"] = None  # reportlab then uses its pure-Python versions
    start = time.perf_counter()
    from desk.documents.data.samples import sample_case, sample_company, sample_letter, sample_slip
    from desk.documents.pdf import fonts
    from desk.documents.pdf.letter import render_letter
    from desk.documents.pdf.receipt import render_receipt
    from desk.documents.pdf.record import render_record
    from desk.documents.pdf.slip import render_slip
    imported = time.perf_counter() - start
    from reportlab.lib import rl_accel

    accel = ("yes" if "_rl_accel" in getattr(rl_accel.fp_str, "__module__", "") or
             type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
             else "no (pip install rl-accel: reportlab's C helpers)")

    data, company = sample_slip(), sample_company()
    start = time.perf_counter()
    render_slip(data, company, io.BytesIO(), "en")
    first = time.perf_counter() - start

    print(f"reportlab C accelerator (_rl_accel): {accel}")
    print(f"import desk.documents renderers:      {imported * 1000:8.1f} ms")
    print(f"first slip (registers fonts):          {first * 1000:8.1f} ms")
    print(f"font registrations in this process:    {fonts.registrations:8d}")
    print()
    print(f"warm handling slip, {args.runs} runs      mean      p95   CPU mean     size")
    results = {}
    for lang in ("zh_CN", "zh_TW", "en", "bilingual"):
        mean, p95, cpu, size = timed(lambda out: render_slip(data, company, out, lang),
                                     args.runs)
        results[lang] = mean
        print(f"  desk slip {lang:<10}           {mean:8.1f} {p95:8.1f} {cpu:8.1f} ms "
              f"{size / 1024:6.1f} KB")
    bare_slip(data, company, io.BytesIO())
    mean, p95, cpu, size = timed(lambda out: bare_slip(data, company, out), args.runs)
    print(f"  bare reportlab, same layout     {mean:8.1f} {p95:8.1f} {cpu:8.1f} ms "
          f"{size / 1024:6.1f} KB")
    print(f"  ratio desk (zh_CN) / bare:      {results['zh_CN'] / mean:8.2f}x")
    print()
    long_data = sample_slip(long=True)
    mean, p95, cpu, size = timed(lambda out: render_slip(long_data, company, out, "zh_CN"),
                                 max(3, args.runs // 10))
    print(f"  slip, 20,000-char description   {mean:8.1f} {p95:8.1f} {cpu:8.1f} ms "
          f"{size / 1024:6.1f} KB")
    case = sample_case()
    others = {
        "record": lambda out: render_record(case, company, out, "zh_CN"),
        "receipt A5": lambda out: render_receipt(case, company, out, "zh_CN"),
        "receipt 80 mm": lambda out: render_receipt(case, company, out, "zh_CN", size="80mm"),
        "letter": lambda out: render_letter(sample_letter(), out, "zh_CN"),
    }
    for name, fn in others.items():
        mean, p95, cpu, size = timed(fn, max(5, args.runs // 5))
        print(f"  {name:<30}  {mean:8.1f} {p95:8.1f} {cpu:8.1f} ms {size / 1024:6.1f} KB")
    print(f"font registrations in this process:    {fonts.registrations:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
