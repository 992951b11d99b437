"""The report workbook (xlsx) writer: openpyxl only, no Qt, no database."""
from desk.documents.xlsx.model import Column, Measure, Report, Table  # noqa: F401
from desk.documents.xlsx.workbook import write_workbook  # noqa: F401
