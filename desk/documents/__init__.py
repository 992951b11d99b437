"""Renderers that turn service data into PDF (reportlab) and xlsx (openpyxl)."""
