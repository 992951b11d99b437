"""What ``desk check`` reports about the database."""
from __future__ import annotations

from dataclasses import dataclass, field

from desk.i18n import _
from desk.store.db import database_path, engine_facts, file_is_writable, integrity_check
from desk.store.models.cases import Attachment, Complaint, Department, Staff, Tenant
from desk.store.schema import SCHEMA_VERSION, current_version


@dataclass
class CheckReport:
    facts: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_report() -> CheckReport:
    report = CheckReport()
    version = current_version()
    report.facts.append(("schema_version", f"{version} (app {SCHEMA_VERSION})"))
    from desk.store.search import server_search_ready

    server_search_ready()   # a server whose pg_trgm came since gets its index now
    engine = engine_facts()
    report.facts.extend(engine.items())
    if engine.get("engine") == "SQLite":
        if engine["journal_mode"] != "wal":
            report.problems.append(_("journal mode is {mode}, expected wal").format(
                mode=engine["journal_mode"]))
        if engine["synchronous"] != "full":
            report.problems.append(_("synchronous is {mode}, expected full").format(
                mode=engine["synchronous"]))
        if engine["foreign_keys"] != "on":
            report.problems.append(_("foreign keys are off"))
    if engine.get("engine") == "PostgreSQL" and engine.get("pg_trgm") == "missing":
        report.problems.append(_(
            "the server has no pg_trgm extension, so searches of three or more characters "
            "are slower; install PostgreSQL's contrib package on the server, run CREATE "
            "EXTENSION pg_trgm in the database as its owner, then desk check again"))
    path = database_path()
    if path is not None:
        writable = file_is_writable(path)
        report.facts.append(("writable", "yes" if writable else "no"))
        if not writable:
            report.problems.append(_(
                "the database file {path} is read-only: nothing can be saved; give this "
                "Windows user permission to change the file and its folder").format(path=path))
    integrity = integrity_check()
    report.facts.append(("integrity", integrity))
    if integrity != "ok":
        report.problems.append(_("integrity check failed: {result}").format(result=integrity))
    if version != SCHEMA_VERSION:
        report.problems.append(_("schema version {found} differs from {known}").format(
            found=version, known=SCHEMA_VERSION))
    total = Complaint.select().count()
    voided = Complaint.select().where(Complaint.voided == True).count()  # noqa: E712
    report.facts += [("complaints", str(total)), ("voided", str(voided)),
                     ("attachments", str(Attachment.select().count())),
                     ("staff", str(Staff.select().count())),
                     ("departments", str(Department.select().count())),
                     ("tenants", str(Tenant.select().count()))]
    return report
