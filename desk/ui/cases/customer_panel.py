"""The returning-customer note under the phone field: earlier cases of the same number."""
from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from desk.i18n import _
from desk.services.cases import complaints, customers
from desk.services.common import vocab
from desk.text import when_text

DEBOUNCE_MS = 400
RETURNING_STYLE = ("background: #fff4ce; color: #5c4400; border: 1px solid #e0b000; "
                   "border-radius: 3px; padding: 4px 8px; font-weight: bold;")
NEW_STYLE = "color: #5f6368; padding: 0 2px;"


class CustomerHistoryView(QObject):
    """Looks the phone number up a moment after the clerk stops typing; the open cases
    it lists are links: ``open_case(id)`` when one is clicked."""

    open_case = Signal(int)

    def __init__(self, label: QLabel, phone: QLineEdit, exclude_id: int | None,
                 parent: QObject | None = None, number=None):
        super().__init__(parent)
        self.label = label
        self.phone = phone
        #: the number to look up (the field's text, unless it shows a mask: 138****5678)
        self.number = number or phone.text
        self.exclude_id = exclude_id
        self.history: customers.CustomerHistory | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        phone.textChanged.connect(self.timer.start)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.linkActivated.connect(self._link)
        label.hide()

    def _link(self, href: str) -> None:
        kind, _sep, case_no = href.partition(":")
        record = complaints.find_by_case_no(case_no) if kind == "case" else None
        if record is not None:
            self.open_case.emit(record.id)

    def refresh(self) -> None:
        """Show the earlier cases of the number now in the phone field."""
        self.timer.stop()
        history = customers.history_for_phone(self.number(), exclude_id=self.exclude_id)
        self.history = history
        label = self.label
        if len(history.phone_digits) < customers.MIN_DIGITS:
            label.clear()
            label.setToolTip("")
            label.setProperty("returning", False)
            label.hide()
            return
        label.setProperty("returning", history.is_returning)
        if not history.is_returning:
            label.setText(_("No earlier cases for this number."))
            label.setStyleSheet(NEW_STYLE)
            label.setToolTip("")
            label.show()
            return
        lines = [html.escape(_("Returning customer. Earlier cases: {count}, the last on "
                               "{date}.").format(count=history.count,
                                                 date=when_text(history.last_received)))]
        if history.open_cases:
            links = ", ".join(f'<a href="case:{html.escape(no)}">{html.escape(no)}</a>'
                              for no in history.open_cases)
            lines.append(html.escape(_("Still open: {cases}")).format(cases=links))
        else:
            lines.append(html.escape(_("No open cases.")))
        label.setText("<br>".join(lines))
        label.setStyleSheet(RETURNING_STYLE)
        label.setToolTip("\n".join(
            f"{case_no}  {when_text(received)}  {vocab.label(vocab.STATUSES, status)}"
            for case_no, received, status in history.recent))
        label.show()
