"""Assemble a weekly or monthly report: the figures of the period and of the one before,
the breakdowns, and the streamed rows of the big sheets, as plain data for the writer."""
from __future__ import annotations

from desk.documents.xlsx.model import Column, Measure, Report, Table
from desk.i18n import N_
from desk.services.common.clock import system_clock
from desk.services.org.organisation import get_setting
from desk.services.reports import figures, optional, rows
from desk.services.reports.breakdowns import Breakdowns, daily_trend, received_by_day
from desk.services.reports.figures import Figures, mean, median
from desk.services.reports.names import Names
from desk.services.reports.periods import Period

TITLES = {"weekly": N_("Complaint handling weekly report"),
          "monthly": N_("Complaint handling monthly report")}
NO_DATA = N_("No data yet")
NO_REVISITS = N_("No data yet: revisits are not recorded in this database.")
NO_CAPA = N_("No data yet: corrective actions are not recorded in this database.")

NOTES = [
    N_("Received: cases recorded in the period. Void cases are not counted anywhere."),
    N_("Closed: cases closed in the period, whenever they were received. On time: closed by "
       "the reply date promised at intake."),
    N_("Open and overdue: cases not closed at the end of the period (or now, for a period "
       "still running); overdue when the promised reply date has passed by then."),
    N_("First response: hours from intake to the first contact with the customer, handling "
       "slip or answer, for the cases received in the period."),
    N_("Resolution time: hours from intake to the handling result (or to the closing when "
       "no result was recorded), for the cases closed in the period."),
    N_("Satisfaction: share of customers satisfied with the result, among the opinions "
       "recorded on the slips of the cases closed in the period."),
    N_("Repeat complaint: a case received in the period whose phone number complained "
       "before within {repeat_days} days; share of the received cases with a phone number."),
    N_("Revisit coverage: share of the customers who complained in the period before "
       "(one customer per phone number) that a revisit had reached by the end of this "
       "period."),
    N_("Compensation: amounts approved in the period. Daily review: share of the handling "
       "slips issued in the period that were marked reviewed on the Daily review screen "
       "(by the operations manager, deputy GM or GM) by the end of the period."),
    N_("Phone numbers are masked unless the report was made with masking turned off."),
]

BREAKDOWN_COLUMNS = [
    Column("received", N_("Cases received"), "count"),
    Column("share", N_("Share of received"), "percent"),
    Column("closed", N_("Cases closed"), "count"),
    Column("on_time", N_("Closed on time"), "count"),
    Column("on_time_share", N_("On-time share"), "percent"),
    Column("mean_hours", N_("Mean resolution time (h)"), "hours"),
]
BREAKDOWNS = [  # dimension, sheet name, heading, first columns, chart
    ("category", N_("By category"), N_("Complaints by category"),
     [Column("category", N_("Category"))], "bar"),
    ("channel", N_("By channel"), N_("Complaints by channel"),
     [Column("channel", N_("Channel"))], "pie"),
    ("object", N_("By department or tenant"), N_("Complaints by department or tenant"),
     [Column("object_kind", N_("Type")), Column("object", N_("Department / tenant"))], ""),
    ("severity", N_("By severity"), N_("Complaints by severity"),
     [Column("severity", N_("Severity"))], ""),
]
CASE_COLUMNS = [
    Column("case_no", N_("Case no."), "case_no"),
    Column("received_at", N_("Received"), "datetime"),
    Column("channel", N_("Channel")), Column("category", N_("Category")),
    Column("severity", N_("Severity")), Column("status", N_("Status")),
    Column("complainant", N_("Complainant")), Column("phone", N_("Phone"), "phone"),
    Column("object", N_("Object of the complaint")),
    Column("description", N_("What happened"), "long_text"),
    Column("reply_due_at", N_("Reply due"), "datetime"),
    Column("first_response_at", N_("First response"), "datetime"),
    Column("first_response_hours", N_("First response (h)"), "hours"),
    Column("closed_at", N_("Closed"), "datetime"),
    Column("resolution_hours", N_("Resolution time (h)"), "hours"),
    Column("on_time", N_("On time"), "flag"),
    Column("opinion", N_("Customer's opinion")),
    Column("compensation", N_("Compensation"), "money"),
]
#: The columns of "All cases" a manager reads on paper (indexes into CASE_COLUMNS' rows)
#: and their widths: A4 landscape at 8 points or more; "What happened" stops after six
#: lines (the whole text is on the wide sheet), short texts wrap.
PRINTED_CASES = ((0, 17), (1, 17), (3, 12), (8, 18), (9, 40), (5, 10), (10, 17), (13, 17),
                 (15, 7), (16, 11), (17, 12))
WRAP_PRINTED = {"text": "wrapped", "long_text": "wrapped"}


def printed_case_columns() -> list[Column]:
    out = []
    for index, width in PRINTED_CASES:
        c = CASE_COLUMNS[index]
        out.append(Column(c.key, c.label, WRAP_PRINTED.get(c.kind, c.kind), width,
                          6 if c.kind == "long_text" else 0))
    return out


OVERDUE_COLUMNS = [  # widths: A4 landscape at 8 points or more
    Column("case_no", N_("Case no."), "case_no", 17),
    Column("received_at", N_("Received"), "datetime", 17),
    Column("reply_due_at", N_("Reply due"), "datetime", 17),
    Column("hours_overdue", N_("Hours overdue"), "hours", 9),
    Column("status", N_("Status"), "wrapped", 10), Column("severity", N_("Severity"), "wrapped", 8),
    Column("category", N_("Category"), "wrapped", 12),
    Column("object", N_("Object of the complaint"), "wrapped", 16),
    Column("level", N_("Escalation level"), "wrapped", 10),
    Column("complainant", N_("Complainant"), "wrapped", 11),
    Column("phone", N_("Phone"), "phone", 14),
    Column("description", N_("What happened"), "long_text", 38),
]
TREND_COLUMNS = [Column("day", N_("Date"), "date"),
                 Column("received", N_("Cases received"), "count"),
                 Column("closed", N_("Cases closed"), "count"),
                 Column("open", N_("Open at the end of the day"), "count")]
COMPENSATION_COLUMNS = [
    Column("at", N_("Date"), "datetime"), Column("case_no", N_("Case no."), "case_no"),
    Column("kind", N_("Kind")), Column("amount", N_("Amount"), "money"),
    Column("approved_by", N_("Approved by")), Column("note", N_("Note"), "long_text")]
REVISIT_COLUMNS = [
    Column("due", N_("Due date"), "date", 11), Column("case_no", N_("Case no."), "case_no", 17),
    Column("customer", N_("Customer"), "wrapped", 12), Column("phone", N_("Phone"), "phone", 14),
    Column("kind", N_("Kind"), "wrapped", 10), Column("status", N_("Status"), "wrapped", 10),
    Column("reached", N_("Reached"), "datetime", 17),
    Column("satisfaction", N_("Satisfaction (1–5)"), "number", 10),
    Column("outcome", N_("Outcome"), "wrapped", 14),
    Column("words", N_("Customer's words"), "long_text", 40)]
CAPA_COLUMNS = [
    Column("opened", N_("Opened"), "datetime"),
    Column("problem", N_("Problem"), "long_text"),
    Column("cause", N_("Root cause")), Column("status", N_("Status")),
    Column("actions", N_("Actions"), "count"), Column("done", N_("Done"), "count"),
    Column("next_due", N_("Earliest due date"), "date"), Column("effective", N_("Effective"))]


def week_start() -> int:
    from desk.services.reports.periods import normalise_week_start

    return normalise_week_start(get_setting("week_start"))


def _measures(cur: Figures, prev: Figures, revisits, prev_revisits) -> list[Measure]:
    def m(key, label, kind, a, b, basis=None, note="", **label_args):
        return Measure(key, label, kind, a, b, note=note if a is None else "", basis=basis,
                       label_args=label_args)

    rv = revisits or (None, None, 0)
    prv = prev_revisits or (None, None, 0)
    revisit_note = NO_DATA if revisits is None else ""
    return [
        m("received", N_("Complaints received"), "count", cur.received, prev.received),
        m("closed", N_("Cases closed"), "count", cur.closed, prev.closed),
        m("open", N_("Open at the end of the period"), "count", cur.open_at_end,
          prev.open_at_end),
        m("overdue", N_("Overdue at the end of the period"), "count", cur.overdue_at_end,
          prev.overdue_at_end),
        m("on_time", N_("Closed on time"), "percent", cur.on_time_share, prev.on_time_share,
          cur.closed),
        m("first_response_mean", N_("First response, mean (hours)"), "hours",
          mean(cur.first_response), mean(prev.first_response), len(cur.first_response)),
        m("first_response_median", N_("First response, median (hours)"), "hours",
          median(cur.first_response), median(prev.first_response), len(cur.first_response)),
        m("resolution_mean", N_("Resolution time, mean (hours)"), "hours",
          mean(cur.resolution), mean(prev.resolution), len(cur.resolution)),
        m("resolution_median", N_("Resolution time, median (hours)"), "hours",
          median(cur.resolution), median(prev.resolution), len(cur.resolution)),
        m("satisfaction", N_("Customers satisfied with the result"), "percent",
          cur.satisfaction, prev.satisfaction, sum(cur.opinions.values())),
        m("revisit_coverage", N_("Revisit coverage (customers reached)"), "percent", rv[0],
          prv[0], rv[2], revisit_note),
        m("revisit_score", N_("Satisfaction at the revisit (1–5)"), "score", rv[1], prv[1],
          None, revisit_note),
        m("repeat_rate", N_("Repeat complaints (same phone within {days} days)"), "percent",
          cur.repeat_rate, prev.repeat_rate, cur.with_phone, days=cur.repeat_days),
        m("compensation", N_("Compensation approved"), "money", cur.compensation,
          prev.compensation),
        m("review_coverage", N_("Handling slips reviewed (daily review)"), "percent",
          cur.review_coverage, prev.review_coverage, cur.slips_issued),
    ]


def build_report(period: Period, lang: str, clock=system_clock) -> Report:
    """Everything the workbook shows. The big sheets' rows are generators that run while
    the file is written, so the figures can be shown on screen without reading them."""
    now = clock.now()
    as_of = min(period.end, now)
    names = Names(lang)
    parts = Breakdowns()
    parts.count_received(period)
    cur = figures.compute(period, now, parts.add_closed)
    prev_period = period.previous()
    prev = figures.compute(prev_period, now)
    revisits = optional.revisit_figures(period, as_of)
    prev_revisits = optional.revisit_figures(prev_period, min(prev_period.end, now))
    trend = daily_trend(period, received_by_day(period), parts.closed_by_day,
                        figures.open_counts(period.start)[0], now)
    total_label = names.t(N_("Total"))
    tables = []
    for dim, title, heading, lead, chart in BREAKDOWNS:
        tables.append(Table(dim, title, heading, lead + BREAKDOWN_COLUMNS,
                            parts.rows(dim, names), parts.total(dim, total_label),
                            chart=chart, chart_columns=(len(lead) + 1,)))
    tables.append(Table("trend", N_("Daily trend"), N_("Cases per day"), TREND_COLUMNS, trend,
                        (total_label, sum(r[1] for r in trend), sum(r[2] for r in trend), None),
                        chart="line", chart_columns=(2, 3)))
    tables.append(Table("overdue", N_("Overdue cases"), N_("Overdue cases at the end of the "
                                                            "period"), OVERDUE_COLUMNS,
                        rows.overdue_rows(as_of, names), size_hint=cur.overdue_at_end))
    # the cases are read once: each row goes to the printed sheet and to the wide one
    tables.append(Table("cases", N_("All cases"), N_("All cases received in the period"),
                        printed_case_columns(), rows.case_rows(period, names, as_of),
                        size_hint=cur.received,
                        pick=tuple(index for index, _width in PRINTED_CASES)))
    tables.append(Table("cases_all", N_("All cases, every column"),
                        N_("All cases received in the period, every column: a sheet to read "
                           "on screen (the All cases sheet prints on A4)"),
                        CASE_COLUMNS, size_hint=cur.received, screen=True, rows_of="cases"))
    revisit_rows = optional.revisit_rows(period, names)
    tables.append(Table("revisits", N_("Revisits"), N_("Revisits due in the period"),
                        REVISIT_COLUMNS, revisit_rows or (),
                        empty_note=NO_REVISITS if revisit_rows is None else ""))
    capa = optional.capa_rows(period, names)
    tables.append(Table("capa", N_("Corrective actions"), N_("Corrective and preventive "
                                                             "actions"), CAPA_COLUMNS,
                        capa or (), empty_note=NO_CAPA if capa is None else ""))
    tables.append(Table("compensation", N_("Compensation"), N_("Compensation in the period"),
                        COMPENSATION_COLUMNS, rows.compensation_rows(period, names),
                        (names.t(N_("Total approved")), "", "", cur.compensation, "", ""),
                        size_hint=rows.compensation_count(period)))
    return Report(period.kind, TITLES[period.kind], period.key, period.span_text(),
                  prev_period.key, get_setting("company_name") or "", now, as_of,
                  _measures(cur, prev, revisits, prev_revisits), tables, list(NOTES),
                  note_args={"repeat_days": cur.repeat_days}, audit_head=_anchor())


def _anchor() -> tuple[int, str]:
    """The audit trail's head when the report is made: a paper anchor for ``desk audit
    verify --head``."""
    from desk.services.audit.trail import head

    now = head()
    return now.count, now.hex
