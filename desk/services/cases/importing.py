"""Import of the complaints kept before Desk (an Excel workbook or a CSV file with a
header row): every row checked as the intake form checks it, good rows saved with their
original dates and case numbers of those dates, rejected rows reported as
``row N: what is wrong``, rows already in the database (the same moment, complainant and
text) left alone, so importing the same file twice adds nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desk.i18n import _, current_language
from desk.services.audit import trail
from desk.services.cases import import_columns as cols
from desk.services.cases.complaints import ComplaintInput, promised_reply
from desk.services.cases.complaints import _clean as clean_input
from desk.services.common.clock import system_clock
from desk.services.common.rows import with_defaults
from desk.services.org.permissions import require
from desk.store.bulk import bulk_insert
from desk.store.db import transaction
from desk.store.models.cases import (
    CaseCounter,
    Category,
    Channel,
    Complaint,
    Department,
    Staff,
    Tenant,
)
from desk.store.models.slips import CaseEvent
from desk.text import DATETIME_FORMAT

BATCH = 500   # rows saved per transaction


@dataclass
class ImportReport:
    total: int = 0
    imported: int = 0
    already: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)   # (row number, problem)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected

    def lines(self) -> list[str]:
        return [_("row {row}: {problem}").format(row=row, problem=problem)
                for row, problem in self.rejected]

    def summary(self) -> str:
        text = _("{imported} imported, {already} already there, {rejected} rejected").format(
            imported=self.imported, already=self.already, rejected=len(self.rejected))
        if self.dry_run:
            text += " " + _("(dry run: nothing was saved)")
        return text


class ImportFileError(ValueError):
    """The file as a whole cannot be imported (one sentence for the user)."""


class _Lookups:
    """Every spelling of the channels, categories, tenants and departments, read once."""

    def __init__(self):
        self.rows = {model: {row.id: row for row in model.select()}
                     for model in (Channel, Category, Tenant, Department, Staff)}
        self.channels = cols.value_map((c, c.code, c.name) for c in self.rows[Channel].values())
        self.categories = cols.value_map((c.id, c.code, c.name)
                                         for c in self.rows[Category].values())
        self.tenants = cols.value_map((t.id, t.unit_no, t.name)
                                      for t in self.rows[Tenant].values())
        self.departments = cols.value_map((d.id, None, d.name)
                                          for d in self.rows[Department].values())


def _key(received: dt.datetime, name: str, description: str) -> tuple:
    return (received.replace(microsecond=0), name, hash(description))


def _existing(first: dt.datetime, last: dt.datetime) -> set[tuple]:
    query = (Complaint.select(Complaint.received_at, Complaint.complainant_name,
                              Complaint.description)
             .where(Complaint.received_at.between(first, last)).tuples())
    return {_key(r, n, d) for r, n, d in query}


def _input_of(cells: dict[str, object], look: _Lookups, now: dt.datetime):
    """(ComplaintInput, extra) from one row's cells, or raise ValueError(problem)."""
    text = {key: cols.clean_cell(value) for key, value in cells.items()}
    problems = []
    received = cols.parse_moment(cells.get("received_at"))
    if received is None:
        problems.append(_("{column}: {value} is not a date (use 2025-03-08 14:30)").format(
            column=_("Received"), value=text.get("received_at") or "-"))
    elif received > now:
        problems.append(_("{column}: {value} is in the future").format(
            column=_("Received"), value=received.strftime(DATETIME_FORMAT)))
    channel = cols.lookup(look.channels, text.get("channel", ""))
    category = cols.lookup(look.categories, text.get("category", ""))
    for key, found in (("channel", channel), ("category", category)):
        if found is None:
            problems.append(_("{column}: unknown value {value}").format(
                column=_(cols.BY_KEY[key].label), value=text.get(key) or "-"))
    severity = cols.lookup(cols.SEVERITY_VALUES, text.get("severity") or "ordinary")
    customer_class = cols.lookup(cols.CLASS_VALUES, text.get("customer_class") or "ordinary")
    status = cols.lookup(cols.STATUS_VALUES, text.get("status") or "closed")
    demands = [cols.lookup(cols.DEMAND_VALUES, part)
               for part in cols.split_list(text.get("demands", ""))]
    for key, found in (("severity", severity), ("customer_class", customer_class),
                       ("status", status)):
        if found is None:
            problems.append(_("{column}: unknown value {value}").format(
                column=_(cols.BY_KEY[key].label), value=text.get(key)))
    if None in demands:
        problems.append(_("{column}: unknown value {value}").format(
            column=_(cols.BY_KEY["demands"].label), value=text.get("demands")))
    anonymous = cols.fold(text.get("anonymous", ""))
    if anonymous not in cols.TRUE_WORDS | cols.FALSE_WORDS:
        problems.append(_("{column}: unknown value {value}").format(
            column=_(cols.BY_KEY["anonymous"].label), value=text.get("anonymous")))
    object_type, tenant_id, department_id = "other", None, None
    for key, table in (("tenant", look.tenants), ("department", look.departments)):
        if text.get(key) and object_type == "other":
            found = cols.lookup(table, text[key])
            if found is None:
                problems.append(_("{column}: unknown value {value}").format(
                    column=_(cols.BY_KEY[key].label), value=text[key]))
            elif key == "tenant":
                object_type, tenant_id = "tenant", found
            else:
                object_type, department_id = "department", found
    incident = cols.parse_moment(cells.get("incident_at")) if text.get("incident_at") else None
    closed = cols.parse_moment(cells.get("closed_at")) if text.get("closed_at") else None
    for key, moment in (("incident_at", incident), ("closed_at", closed)):
        if text.get(key) and moment is None:
            problems.append(_("{column}: {value} is not a date (use 2025-03-08 14:30)").format(
                column=_(cols.BY_KEY[key].label), value=text[key]))
    if problems:
        raise ValueError("; ".join(problems))
    data = ComplaintInput(
        channel_id=channel.id, category_id=category, severity=severity,
        complainant_name=text.get("complainant", ""), phone=text.get("phone", ""),
        address=text.get("address", ""), room_no=text.get("room_no", ""),
        member_no=text.get("member_no", ""), customer_class=customer_class,
        anonymous=anonymous in cols.TRUE_WORDS, incident_at=incident,
        incident_place=text.get("incident_place", ""), object_type=object_type,
        tenant_id=tenant_id, department_id=department_id,
        object_text=text.get("object_text", ""), description=text.get("description", ""),
        demands=demands, demand_text=text.get("demand_text", ""), received_at=received)
    return data, status, closed


def _rows(path: Path):
    """(row number, {key: raw value}) for every non-empty row after the header."""
    try:
        table = cols.read_table(path)
    except FileNotFoundError:
        raise ImportFileError(_("There is no file {name}.").format(name=path)) from None
    except cols.UnreadableFile:
        raise ImportFileError(_("{name} is not an Excel workbook (.xlsx) or CSV file Desk "
                                "can read.").format(name=path.name)) from None
    if not table:
        raise ImportFileError(_("{name} is empty.").format(name=path.name))
    used, unknown = cols.match_headers(table[0])
    missing = [_(cols.BY_KEY[c.key].label) for c in cols.COLUMNS
               if c.required and c.key not in used.values()]
    if missing:
        raise ImportFileError(_("The header row of {name} lacks the columns: {columns} "
                                "(desk import --template writes a template).").format(
            name=path.name, columns=", ".join(missing)))
    for number, row in enumerate(table[1:], start=2):
        cells = {key: row[index] for index, key in used.items() if index < len(row)}
        if any(cols.cell_text(v).strip() for v in cells.values()):
            yield number, cells


def import_file(path: Path | str, by_id: int | None, dry_run: bool = False,
                clock=system_clock, progress=None) -> ImportReport:
    """Check every row of ``path`` and, unless ``dry_run``, save the good ones.
    ``progress(done, total)`` is called now and then (from the calling thread)."""
    require(by_id, "take_complaints")
    rows = list(_rows(Path(path)))
    report = ImportReport(total=len(rows), dry_run=dry_run)
    look, now = _Lookups(), clock.now()
    checked = []
    for number, cells in rows:
        formula = next((key for key, value in cells.items() if cols.is_formula(value)), None)
        if formula:
            report.rejected.append((number, _(
                "{column} holds a formula ({value}); type the value itself").format(
                column=_(cols.BY_KEY[formula].label), value=str(cells[formula])[:40])))
            continue
        try:
            data, status, closed = _input_of(cells, look, now)
        except ValueError as exc:
            report.rejected.append((number, str(exc)))
            continue
        values, errors = clean_input(data, look.rows)
        if errors:
            report.rejected.append((number, "; ".join(errors.values())))
            continue
        checked.append((data, values, status, closed))
    seen = _existing(min(d.received_at for d, *_ in checked),
                     max(d.received_at for d, *_ in checked)) if checked else set()
    fresh = []
    for item in checked:
        key = _key(item[0].received_at, item[1]["complainant_name"], item[1]["description"])
        if key in seen:
            report.already += 1
        else:
            seen.add(key)
            fresh.append(item)
    if dry_run:
        report.imported = len(fresh)
        return report
    for start in range(0, len(fresh), BATCH):
        batch = fresh[start:start + BATCH]
        with transaction():
            _save(batch, by_id, now)
        report.imported += len(batch)
        if progress:
            progress(report.imported, len(fresh))
    return report


def _save(batch, by_id, now) -> None:
    """Save checked rows in one go (inside the caller's transaction): case numbers of
    their own days, following what each day's counter has handed out."""
    days = {data.received_at.strftime("%Y%m%d") for data, *_rest in batch}
    last = dict(CaseCounter.select(CaseCounter.day, CaseCounter.last)
                .where(CaseCounter.day.in_(list(days))).tuples())
    rows, numbers = [], []
    for data, values, status, closed in batch:
        received = data.received_at
        day = received.strftime("%Y%m%d")
        last[day] = last.get(day, 0) + 1
        numbers.append(f"{day}-{last[day]:04d}")
        promise = promised_reply(received, values["severity"])
        if status == "closed":
            closed = closed or min(promise, now)
        rows.append({**values, "case_no": numbers[-1], "status": status,
                     "received_at": received, "recorded_by": by_id, "reply_due_at": promise,
                     "intake_reply_due_at": promise,
                     "closed_at": closed if status == "closed" else None,
                     "created_at": now, "updated_at": now})
    bulk_insert(Complaint, with_defaults(Complaint, rows))
    ids = dict(Complaint.select(Complaint.case_no, Complaint.id)
               .where(Complaint.case_no.in_(numbers)).tuples())
    note = _("Imported from an earlier register")
    bulk_insert(CaseEvent, with_defaults(CaseEvent, [{"complaint": ids[number], "at": now, "by": by_id,
                             "kind": "intake", "to_status": row["status"], "note": note}
                            for number, row in zip(numbers, rows)]))
    trail.record_many({"by_id": by_id, "action": "import", "at": now,
                       "complaint_id": ids[number], "case_no": number, "field": "status",
                       "new": row["status"]} for number, row in zip(numbers, rows))
    for day in days:
        (CaseCounter.insert(day=day, last=last[day])
         .on_conflict(conflict_target=[CaseCounter.day], update={CaseCounter.last: last[day]})
         .execute())


def write_template(path: Path | str, lang: str | None = None) -> Path:
    """An empty workbook with the header row (the required columns in bold)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Complaints")
    sheet.append(cols.template_headers(lang or current_language()))
    for index, column in enumerate(cols.COLUMNS, start=1):
        cell = sheet.cell(1, index)
        cell.font = Font(bold=column.required)
        sheet.column_dimensions[cell.column_letter].width = 16
    sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path

