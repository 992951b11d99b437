"""The report workbook (xlsx) writer: openpyxl only, no Qt, no database. ``write_workbook``
(openpyxl) is imported when first asked for: screens that read the report model need not."""
from desk.documents.xlsx.model import Column, Measure, Report, Table  # noqa: F401


def __getattr__(name: str):
    if name == "write_workbook":
        from desk.documents.xlsx.workbook import write_workbook

        return write_workbook
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
