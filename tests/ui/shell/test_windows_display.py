"""High-DPI screens (125 %, 150 % scaling on Windows laptops) and printing to a PDF printer
("Microsoft Print to PDF"), into folders with Chinese names and spaces."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter

from desk.ui.kit.pdf_preview import PdfPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCALED = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    problems = []
    def handler(kind, context, message):
        if "propagateSizeHints" not in message:
            problems.append(message)
    qInstallMessageHandler(handler)

    from desk.ui.shell.app import make_application, start_language
    app = make_application()
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough, policy
    start_language(app, "zh_CN")
    from desk.services.system.startup import open_store
    store = open_store(sys.argv[1], backups=False)
    from desk.ui.shell.main_window import MainWindow
    from desk.ui.shell.welcome import WelcomeDialog
    window = MainWindow(store)
    window.resize(1000, 700)
    window.show()
    welcome = WelcomeDialog(None, store)
    welcome.show()
    app.processEvents()
    for widget in (window, welcome):
        image = widget.grab()
        assert not image.isNull()
        print(type(widget).__name__, image.devicePixelRatio(), image.width(),
              widget.width())
    window.close()
    welcome.close()
    print("problems:", problems)
""")


def test_a_screen_at_150_percent_renders(tmp_path):
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen",
               DESK_DATA_DIR=str(tmp_path / "数据 目录"))
    env.pop("QT_ENABLE_HIGHDPI_SCALING", None)
    run = subprocess.run([sys.executable, "-c", SCALED, str(tmp_path / "屏幕 缩放.sqlite")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    assert lines[-1] == "problems: []"
    for line in lines[:-1]:
        name, ratio, pixels, logical = line.split()
        assert float(ratio) == 1.5, line
        assert int(pixels) == int(int(logical) * 1.5 + 0.5), line  # Qt rounds half up


@pytest.fixture
def slip_pdf(store, org, make_input, clock, tmp_path):
    """A real two-page document: the handling slip plus the complaint record."""
    import datetime as dt

    from pypdf import PdfWriter

    from desk.services.cases.complaints import create_complaint
    from desk.services.casework import documents, slips

    case = create_complaint(make_input(complainant_name="林志玲"), clock=clock)
    slips.issue_slip(case.id, "department", clock.now() + dt.timedelta(days=2),
                     by_id=org["clerk"], department_id=org["dept"], clock=clock)
    folder = tmp_path / "打印 文件"
    parts = [documents.render(kind, case.id, folder / f"{kind}.pdf", "zh_CN", clock=clock)
             for kind in ("slip", "record")]
    writer = PdfWriter()
    for part in parts:
        for page in PdfReader(part).pages:
            writer.add_page(page)
    combined = folder / "处理 单.pdf"
    with open(combined, "wb") as handle:
        writer.write(handle)
    return combined


def test_print_to_a_pdf_printer(qtbot, slip_pdf, tmp_path):
    pages = len(PdfReader(slip_pdf).pages)
    assert pages >= 2
    dialog = PdfPreviewDialog(None, slip_pdf, "处理单")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count == pages)
    printed = tmp_path / "打印 输出" / "全部 页.pdf"
    printed.parent.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(150)
    assert dialog.print_to(printer)
    assert len(PdfReader(printed).pages) == pages

    second = tmp_path / "打印 输出" / "第二 页.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(second))
    printer.setResolution(150)
    printer.setFromTo(2, 2)                       # "Pages: 2" in the print dialog
    assert dialog.print_to(printer)
    assert len(PdfReader(second).pages) == 1
    dialog.close()
    QThreadPool.globalInstance().waitForDone()


def test_save_as_over_a_pdf_still_open_elsewhere(qtbot, slip_pdf, tmp_path, monkeypatch):
    import stat

    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda parent, title, text, *a, **k: said.append(text) or QMessageBox.StandardButton.Ok))
    dialog = PdfPreviewDialog(None, slip_pdf, "处理单")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count > 0)
    target = tmp_path / "保存 文件" / "处理单.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the copy open in a PDF reader")
    target.chmod(stat.S_IREAD)
    assert dialog.save_to(target)
    copy = target.with_name("处理单 (2).pdf")
    assert copy.read_bytes() == slip_pdf.read_bytes()
    assert target.read_bytes() == b"the copy open in a PDF reader"
    assert len(said) == 1 and str(copy) in said[0]
    dialog.close()
    QThreadPool.globalInstance().waitForDone()
