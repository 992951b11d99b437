"""The summary sheet: title, the measures against the previous period, notes, and beside
them native charts (daily trend line, category bar, channel pie, or bar when a pie would
have more than :data:`PIE_SLICES` slices) drawn from the other sheets."""
from __future__ import annotations

import math
from typing import Callable

from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList

from desk.documents.xlsx.layout import display_width, set_widths
from desk.documents.xlsx.model import Report
from desk.documents.xlsx.styles import Styles
from desk.documents.xlsx.tables import FIRST_DATA_ROW, TableResult
from desk.i18n import N_

HEADINGS = [N_("Measure"), N_("This period"), N_("Previous period"), N_("Difference"),
            N_("Difference (%)"), N_("Based on (cases)")]
WIDTHS = [44, 15, 15, 13, 12, 12, 2]  # the last: room between the figures and the charts
CHART_COLUMN = "H"
NOTE_WIDTH = 126                    # a 9-point note line stays within the table (charts beside)
HEADER_ROW = 5
CHART_ROWS = 13                     # rows a chart takes (6.5 cm at 15 points a row)
ROW_CM = 15 / 72 * 2.54
CHART_WIDTH = 12.5                  # cm: figures and charts print on A4 landscape at 8 pt+
PIE_SLICES = 5
CM = 1.0


def _value_kind(kind: str) -> str:
    return "score" if kind == "score" else kind


def wrap_line(text: str, width: int) -> list[str]:
    """Split ``text`` into lines of at most ``width`` display units (CJK counts two),
    breaking at spaces for Latin text."""
    lines, line = [], ""
    for word in _words(text):
        if line and display_width(line + word) > width:
            lines.append(line.rstrip())
            line = word.lstrip()
        else:
            line += word
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _words(text: str):
    word = ""
    for ch in text:
        if display_width(ch) == 2:
            if word:
                yield word
                word = ""
            yield ch
        elif ch == " ":
            yield word + ch
            word = ""
        else:
            word += ch
    if word:
        yield word


def write_summary(ws, report: Report, styles: Styles, tr: Callable[[str], str],
                  subtitle: str, stamp: str) -> int:
    """Rows 1-3 title block, the measures table from row 5, then the notes. Returns the
    row the charts beside them start at."""
    set_widths(ws, WIDTHS)
    ws.row_dimensions[1].height = 26
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.append([styles.cell(ws, tr(report.title), "title")])
    ws.append([styles.cell(ws, subtitle, "subtitle")])
    ws.append([styles.cell(ws, stamp, "subtitle")])
    ws.append([])
    ws.append([styles.cell(ws, tr(h), "header") for h in HEADINGS])
    for index, m in enumerate(report.measures):
        variant = "stripe" if index % 2 else "body"
        kind = _value_kind(m.kind)
        cells = [styles.cell(ws, m.title(tr), (variant, "text"))]
        for value in (m.current, m.previous):
            if value is None:
                # no figure: "no data yet" for a missing feature, a dash for no cases
                text = tr(m.note) if m.note else "—"
                cells.append(styles.cell(ws, text, (variant, "flag")))
            else:
                cells.append(styles.cell(ws, value, (variant, kind)))
        if m.kind == "percent":
            change = None if m.change is None else round(m.change * 100, 6)
            cells.append(styles.cell(ws, change, "change_pp"))
        else:
            cells.append(styles.cell(ws, m.change, ("change", kind)))
        cells.append(styles.cell(ws, m.change_ratio, ("change", "ratio")))
        cells.append(styles.cell(ws, m.basis, (variant, "count")))
        ws.append(cells)
    ws.append([])
    ws.append([styles.cell(ws, tr(N_("How the figures are counted")), "section")])
    for note in report.notes:
        for line in wrap_line(tr(note).format(**report.note_args), NOTE_WIDTH):
            ws.append([styles.cell(ws, line, "note")])
    return HEADER_ROW


def add_charts(ws, first_row: int, trend: TableResult | None,
               categories: TableResult | None, channels: TableResult | None,
               tr: Callable[[str], str]) -> None:
    """Native charts beside the figures, one under the other: the daily trend, the
    categories (bar) and the channels (pie, or bar when there are many)."""
    row = first_row
    if trend is not None and trend.data_rows:
        chart = LineChart()
        chart.title = tr(N_("Cases per day"))
        chart.y_axis.title = tr(N_("Cases"))
        data = Reference(trend.ws, min_col=2, max_col=3, min_row=FIRST_DATA_ROW - 1,
                         max_row=trend.last_data_row)
        chart.add_data(data, titles_from_data=True)
        for series in chart.series:
            series.smooth = False
        chart.set_categories(Reference(trend.ws, min_col=1, min_row=FIRST_DATA_ROW,
                                       max_row=trend.last_data_row))
        chart.x_axis.number_format = "mm-dd" if trend.data_rows <= 10 else "d"
        chart.x_axis.majorTimeUnit = "days"
        _axes(chart)
        chart.legend.position = "b"
        chart.width, chart.height = CHART_WIDTH * CM, 6.2 * CM
        ws.add_chart(chart, f"{CHART_COLUMN}{row}")
        row += CHART_ROWS
    for result, title, pie in ((categories, N_("Complaints by category"), False),
                               (channels, N_("Complaints by channel"), True)):
        if result is None:
            continue
        shown = [r for r in result.first_values if isinstance(r[1], (int, float)) and r[1]]
        if not shown:
            continue
        if pie and len(shown) <= PIE_SLICES:
            chart = _pie(result, len(shown), tr(title))
        else:
            chart = _bar(result, len(shown), tr(title))
        ws.add_chart(chart, f"{CHART_COLUMN}{row}")
        row += max(CHART_ROWS, math.ceil(chart.height / ROW_CM) + 1)


def _labels(value: bool = False, percent: bool = False) -> DataLabelList:
    """Data labels that show only the number (LibreOffice adds the series and category
    names unless told not to)."""
    return DataLabelList(showVal=value, showPercent=percent, showCatName=False,
                         showSerName=False, showLegendKey=False, showLeaderLines=False)


def _axes(chart) -> None:
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _bar(result: TableResult, count: int, title: str) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    last = FIRST_DATA_ROW + count - 1
    chart.add_data(Reference(result.ws, min_col=2, min_row=FIRST_DATA_ROW - 1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(result.ws, min_col=1, min_row=FIRST_DATA_ROW, max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"      # biggest at the top
    chart.legend = None
    chart.dataLabels = _labels(value=True)
    chart.gapWidth = 60
    chart.y_axis.majorGridlines = None
    _axes(chart)
    # a bar a line of text or more, so that every bar keeps its label and its number
    chart.width, chart.height = CHART_WIDTH * CM, max(6.2, 1.8 + 0.6 * count) * CM
    return chart


def _pie(result: TableResult, count: int, title: str) -> PieChart:
    chart = PieChart()
    chart.title = title
    last = FIRST_DATA_ROW + count - 1
    chart.add_data(Reference(result.ws, min_col=2, min_row=FIRST_DATA_ROW - 1, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(result.ws, min_col=1, min_row=FIRST_DATA_ROW, max_row=last))
    chart.dataLabels = _labels(percent=True)
    chart.dataLabels.dLblPos = "bestFit"
    chart.legend.position = "r"
    chart.width, chart.height = CHART_WIDTH * CM, 6.2 * CM
    return chart
