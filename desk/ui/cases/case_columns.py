"""Case list columns sized to the words of the current language."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from desk.i18n import _
from desk.services.cases import casesort
from desk.services.common import vocab
from desk.ui.cases.case_model import COLUMN_KEYS, COLUMNS

# Samples that size the columns, so Chinese text fits without cutting.
COLUMN_SAMPLES = {
    "case_no": ["20261126-0001"],
    "received": ["2026-11-26 10:00"],
    "deadline": ["2026-11-26 10:00"],
    "complainant": ["欧阳娜娜", "Zhang Wei"],
    "phone": ["138 1234 5678"],
    "object": ["华为体验店 (3F-100)"],
    "age": ["999 d 23 h", "999天23小时"],
    "category": ["商品质量/缺陷"],
    "channel": ["意见箱", "Suggestion box"],
}
COLUMN_MAX = {"status": 130, "severity": 160, "category": 150, "channel": 120,
              "object": 160}   # longer texts elide; the tooltip shows them whole
# Pick lists that size to their first entry ("all ...") at least; longer names elide.
WIDE_COMBOS = ("categoryFilter", "channelFilter", "objectFilter")


def text_units(text: str) -> int:
    """Width of ``text`` in Latin letters (a Chinese character counts two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit_columns(view: QTableView, names: dict[str, list[str]]) -> None:
    """Widths that fit the header and typical content in the current language (``names``:
    the active categories' and channels' names)."""
    metrics = view.fontMetrics()
    bold = QFont(view.font())
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    header_metrics = view.horizontalHeader().fontMetrics()
    labels = {"status": [vocab.label(vocab.STATUSES, c) for c in vocab.STATUSES]
              + [_("Voided")],
              "severity": [vocab.label(vocab.SEVERITIES, c) for c in vocab.SEVERITIES],
              **names}
    for column, key in enumerate(COLUMN_KEYS):
        if key == "summary":
            continue
        samples = COLUMN_SAMPLES.get(key, []) + labels.get(key, [])
        measure = bold_metrics if key == "deadline" else metrics
        width = max([measure.horizontalAdvance(s) for s in samples] + [0]) + 16
        width = min(width, COLUMN_MAX.get(key, 240))
        width = max(width, header_metrics.horizontalAdvance(_(COLUMNS[column][1])) + 28)
        view.setColumnWidth(column, width)


def header_sort(header: QHeaderView) -> tuple[str, bool]:
    """The order the header's sort indicator shows: (a column of ``casesort.SORTABLE``,
    or "" for newest first; descending)."""
    section = header.sortIndicatorSection()
    key = COLUMN_KEYS[section] if 0 <= section < len(COLUMN_KEYS) else ""
    return (key if key in casesort.SORTABLE else "",
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)


def keep_sortable(header: QHeaderView, key: str, descending: bool) -> bool:
    """Whether the indicator now marks a column the list can be ordered by; if not, put
    it back on ``key`` (the order shown) and say no."""
    section = header.sortIndicatorSection()
    clicked = COLUMN_KEYS[section] if 0 <= section < len(COLUMN_KEYS) else ""
    if not clicked or clicked in casesort.SORTABLE:
        return True
    header.blockSignals(True)
    header.setSortIndicator(COLUMN_KEYS.index(key) if key else -1,
                            Qt.SortOrder.DescendingOrder if descending
                            else Qt.SortOrder.AscendingOrder)
    header.blockSignals(False)
    return False
