"""The fields of the complaint record: pick lists, limits, tab order, to and from the input."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from desk.i18n import _
from desk.services.cases.complaints import ComplaintInput, promised_reply
from desk.services.casework.slips import WRITTEN_CHANNELS
from desk.services.common import vocab
from desk.services.common.validation import LIMITS
from desk.services.org import organisation
from desk.text import mask_phone, when_text
from desk.ui.cases.complaint_widgets import (
    FieldErrors,
    build_demand_boxes,
    fill_combo,
    select_value,
    vocab_entries,
)

# Service error key -> widget, in the order of the paper form.
FIELD_WIDGETS = [
    ("complainant_name", "complainantName"), ("phone", "contactPhone"),
    ("address", "address"), ("room_no", "roomNo"), ("member_no", "memberNo"),
    ("customer_class", "customerClass"), ("anonymous", "anonymous"), ("channel", "channel"),
    ("incident_at", "incidentAt"), ("incident_place", "incidentPlace"),
    ("object_type", "objectType"), ("tenant", "tenant"), ("department", "department"),
    ("staff", "staffMember"), ("object_text", "objectText"), ("category", "category"),
    ("severity", "severity"), ("description", "description"), ("demand", "demand"),
    ("demand_text", "demandText"), ("recorded_by", "recordedBy"),
]
LINE_LIMITS = {"complainantName": "complainant_name", "contactPhone": "phone",
               "address": "address", "roomNo": "room_no", "memberNo": "member_no",
               "incidentPlace": "incident_place", "objectText": "object_text",
               "demandText": "demand_text"}
# Object type -> the one picker shown for it; other types show the free-text field.
PICKERS = {"tenant": "tenant", "department": "department", "staff": "staffMember"}


def _text(value) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


class ComplaintFields(QObject):
    """Wraps the Designer widgets; ``changed`` fires on any edit by the clerk."""

    changed = Signal()

    def __init__(self, ui, clock):
        super().__init__(ui.formPage)
        self.ui, self.clock = ui, clock
        self.demand_boxes = build_demand_boxes(ui.demand)
        self._anonymous_ok: dict[int, bool] = {}
        self._channel_codes: dict[int, str | None] = {}
        self.received_at: dt.datetime | None = None
        self.site_id: int | None = None
        self.masked = False                 # the phone is shown masked (138****5678)
        self.hidden_phone: str | None = None
        self.promise = self._promise_label()
        self._fill_lists()
        for name, key in LINE_LIMITS.items():
            getattr(ui, name).setMaxLength(LIMITS[key])
        anchors = {key: getattr(ui, name) for key, name in FIELD_WIDGETS}
        anchors["incident_at"] = ui.incidentBox
        self.errors = FieldErrors(anchors)
        self._set_tab_order()
        ui.channel.currentIndexChanged.connect(self.update_dependent)
        ui.objectType.currentIndexChanged.connect(self.update_dependent)
        ui.channel.currentIndexChanged.connect(self.update_promise)
        ui.severity.currentIndexChanged.connect(self.update_promise)
        ui.incidentUnknown.toggled.connect(self._incident_unknown_toggled)
        self._connect_changes()

    # ----- setup -----------------------------------------------------------------------

    def _promise_label(self) -> QLabel:
        """The reply time the severity promises, beside the severity (new records)."""
        ui = self.ui
        layout = ui.complaintLayout
        row, _role = layout.getWidgetPosition(ui.severity)
        layout.removeWidget(ui.severity)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(ui.severity, 1)
        label = QLabel(ui.complaintGroup)
        label.setObjectName("promiseLabel")
        line.addWidget(label, 1)
        layout.setLayout(row, QFormLayout.ItemRole.FieldRole, line)
        label.hide()
        return label

    def show_promise(self, shown: bool) -> None:
        self.promise.setVisible(shown)
        self.update_promise()

    def default_channel(self) -> int | None:
        """The channel a desk records by default: in person."""
        return next((i for i, code in self._channel_codes.items() if code == "in_person"),
                    None)

    def update_promise(self, *_args) -> None:
        """Show, while the customer is still there, when the answer is promised."""
        if self.promise.isHidden():
            return
        received = self.received_at or self.clock.now()
        due = when_text(promised_reply(received, self.ui.severity.currentData() or "ordinary"))
        if self._channel_codes.get(self.ui.channel.currentData()) in WRITTEN_CHANNELS:
            self.promise.setText(_("Written reply due by {when}").format(when=due))
        else:
            self.promise.setText(_("Reply promised by {when}").format(when=due))

    def _fill_lists(self) -> None:
        ui = self.ui
        channels = organisation.channels()
        self._anonymous_ok = {c.id: c.allows_anonymous for c in channels}
        self._channel_codes = {c.id: c.code for c in channels}
        fill_combo(ui.channel, [(c.id, c.label) for c in channels], _("(pick a channel)"))
        fill_combo(ui.category, [(c.id, c.label) for c in organisation.categories()],
                   _("(pick a category)"))
        fill_combo(ui.tenant, [(c.id, c.label) for c in organisation.tenants()],
                   _("(pick a tenant)"))
        fill_combo(ui.department, [(c.id, c.label) for c in organisation.departments()],
                   _("(pick a department)"))
        people = [(c.id, c.label) for c in organisation.staff()]
        fill_combo(ui.staffMember, people, _("(pick a staff member)"))
        fill_combo(ui.recordedBy, people, _("(nobody chosen)"))
        fill_combo(ui.customerClass, vocab_entries(vocab.CUSTOMER_CLASSES))
        fill_combo(ui.objectType, vocab_entries(vocab.OBJECT_TYPES),
                   _("(pick what it is about)"))   # on top: the list opens downwards
        fill_combo(ui.severity, vocab_entries(vocab.SEVERITIES))

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.complainantName, ui.contactPhone, ui.address, ui.roomNo, ui.memberNo,
                 ui.customerClass, ui.anonymous, ui.channel, ui.incidentAt, ui.incidentUnknown,
                 ui.incidentPlace, ui.objectType, ui.tenant, ui.department, ui.staffMember,
                 ui.objectText, ui.category, ui.severity, ui.description,
                 *self.demand_boxes.values(), ui.demandText, ui.recordedBy, ui.saveButton,
                 ui.closeButton, ui.voidButton]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        ui = self.ui
        for name in LINE_LIMITS:
            getattr(ui, name).textChanged.connect(self.changed)
        ui.description.textChanged.connect(self.changed)
        for combo in (ui.customerClass, ui.channel, ui.objectType, ui.tenant, ui.department,
                      ui.staffMember, ui.category, ui.severity, ui.recordedBy):
            combo.currentIndexChanged.connect(self.changed)
        for box in (ui.anonymous, ui.incidentUnknown, *self.demand_boxes.values()):
            box.toggled.connect(self.changed)
        ui.incidentAt.dateTimeChanged.connect(self.changed)

    def make_timer(self, parent: QObject, interval_ms: int, slot) -> QTimer:
        timer = QTimer(parent)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # ----- behaviour -------------------------------------------------------------------

    def update_dependent(self, *_args) -> None:
        """Anonymous only where the channel allows it; show only the picker that applies."""
        ui = self.ui
        allowed = self.anonymous_allowed()
        if not allowed and ui.anonymous.isChecked():
            ui.anonymous.setChecked(False)
        ui.anonymous.setEnabled(allowed)
        ui.anonymous.setToolTip("" if allowed else _(
            "Only complaints from channels such as the suggestion box can be anonymous."))
        kind = ui.objectType.currentData()
        layout = ui.complaintLayout
        for code, name in PICKERS.items():
            layout.setRowVisible(getattr(ui, name), kind == code)
        layout.setRowVisible(ui.objectText, kind not in PICKERS)

    def anonymous_allowed(self) -> bool:
        return self._anonymous_ok.get(self.ui.channel.currentData(), False)

    def _incident_unknown_toggled(self, unknown: bool) -> None:
        self.ui.incidentAt.setEnabled(not unknown)

    def focus_first(self, errors: dict[str, str]) -> None:
        for key, name in FIELD_WIDGETS:
            if key in errors:
                widget = getattr(self.ui, name)
                if key == "demand":
                    widget = next(iter(self.demand_boxes.values()))
                self.ui.tabs.setCurrentWidget(self.ui.recordTab)
                self.ui.scrollArea.ensureWidgetVisible(widget)
                widget.setFocus()
                return

    # ----- to and from the input -------------------------------------------------------

    def fill(self, data: ComplaintInput, incident_unknown: bool | None = None) -> None:
        ui = self.ui
        for name, key in LINE_LIMITS.items():
            getattr(ui, name).setText(_text(getattr(data, key)))
        self._mask_phone()
        ui.description.setPlainText(_text(data.description))
        select_value(ui.customerClass, data.customer_class)
        select_value(ui.channel, data.channel_id,
                     lambda: organisation.channels(include_inactive=True))
        ui.anonymous.setChecked(bool(data.anonymous))
        select_value(ui.objectType, data.object_type)
        select_value(ui.tenant, data.tenant_id,
                     lambda: organisation.tenants(include_inactive=True))
        select_value(ui.department, data.department_id,
                     lambda: organisation.departments(include_inactive=True))
        select_value(ui.staffMember, data.staff_id,
                     lambda: organisation.staff(include_inactive=True))
        select_value(ui.category, data.category_id,
                     lambda: organisation.categories(include_inactive=True))
        select_value(ui.severity, data.severity)
        select_value(ui.recordedBy, data.recorded_by_id,
                     lambda: organisation.staff(include_inactive=True))
        demands = data.demands if isinstance(data.demands, list) else []
        for code, box in self.demand_boxes.items():
            box.setChecked(code in demands)
        incident = data.incident_at if isinstance(data.incident_at, dt.datetime) else None
        ui.incidentAt.setDateTime(incident or self.clock.now().replace(second=0))
        unknown = incident is None if incident_unknown is None else incident_unknown
        ui.incidentUnknown.setChecked(unknown)
        ui.incidentAt.setEnabled(not unknown)
        self.received_at = data.received_at if isinstance(data.received_at,
                                                          dt.datetime) else None
        self.site_id = data.site_id if isinstance(data.site_id, int) else None
        ui.receivedAt.setText(when_text(self.received_at))
        self.update_dependent()
        self.update_promise()

    def _mask_phone(self) -> None:
        line = self.ui.contactPhone
        self.hidden_phone = None
        if self.masked and line.text():
            self.hidden_phone = line.text()
            line.setText(mask_phone(self.hidden_phone))
            line.setReadOnly(True)

    def unmask(self, phone: str, editable: bool = True) -> None:
        """Show the whole number (revealed); no edit of the form."""
        line = self.ui.contactPhone
        self.masked, self.hidden_phone = False, None
        line.blockSignals(True)
        line.setText(phone)
        line.blockSignals(False)
        line.setReadOnly(not editable)

    def phone_value(self) -> str:
        """The number in the phone field: the saved one behind a mask not changed."""
        text = self.ui.contactPhone.text()
        if self.hidden_phone is not None and text == mask_phone(self.hidden_phone):
            return self.hidden_phone
        return text

    def collect(self) -> ComplaintInput:
        """What the form holds now, as the clerk typed it (the service cleans it)."""
        ui = self.ui
        values = {key: getattr(ui, name).text() for name, key in LINE_LIMITS.items()}
        values["phone"] = self.phone_value()        # masked, not changed: the number kept
        incident = None
        if not ui.incidentUnknown.isChecked():
            incident = ui.incidentAt.dateTime().toPython().replace(second=0, microsecond=0)
        return ComplaintInput(
            channel_id=ui.channel.currentData(), category_id=ui.category.currentData(),
            severity=ui.severity.currentData() or "ordinary",
            customer_class=ui.customerClass.currentData() or "ordinary",
            anonymous=ui.anonymous.isChecked() and self.anonymous_allowed(),
            incident_at=incident, object_type=ui.objectType.currentData() or "other",
            tenant_id=ui.tenant.currentData(), department_id=ui.department.currentData(),
            staff_id=ui.staffMember.currentData(), description=ui.description.toPlainText(),
            demands=[code for code, box in self.demand_boxes.items() if box.isChecked()],
            recorded_by_id=ui.recordedBy.currentData(), received_at=self.received_at,
            site_id=self.site_id,
            **values)
