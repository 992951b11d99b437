"""File → Import: the complaints kept before Desk, from an .xlsx or .csv file, imported
off the UI thread with a progress bar, then the same report as ``desk import``."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
)

from desk.i18n import _
from desk.services.common.errors import user_message
from desk.ui.access.session import ActingUser
from desk.ui.kit import preferences
from desk.ui.kit.events import case_events
from desk.ui.kit.menus import MenuEntry
from desk.ui.kit.workers import run_in_thread


class _Progress(QObject):
    """Made on the UI thread; emitted from the import's pool thread (queued)."""
    moved = Signal(int, int)


class ImportDialog(QDialog):
    operator_id = ActingUser()

    def __init__(self, parent, path: Path, clock=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(_("Import old records"))
        self.resize(640, 420)
        self.path, self.clock = Path(path), clock
        self.report = None
        layout = QVBoxLayout(self)
        self.file_label = QLabel(_("Importing {name}...").format(name=self.path.name), self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)          # busy until the rows are counted
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("importReport")
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        for widget in (self.file_label, self.progress, self.text, self.buttons):
            layout.addWidget(widget)
        self.signals = _Progress(self)
        self.signals.moved.connect(self._moved)

    def start(self):
        from desk.services.cases.importing import import_file

        kwargs = {"clock": self.clock} if self.clock is not None else {}
        self.job = run_in_thread(import_file, self.path, self.operator_id,
                                 progress=self.signals.moved.emit, on_result=self._done,
                                 on_error=self._failed, **kwargs)
        return self.job

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, report) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.file_label.setText(report.summary())
        self.text.setPlainText("\n".join([*report.lines(), report.summary()]))
        self.buttons.setEnabled(True)
        if report.imported:
            case_events().cases_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.file_label.setText(user_message(exc))
        self.text.setPlainText(user_message(exc))
        self.buttons.setEnabled(True)


class ImportEntry(MenuEntry):
    """Installed on the main window: File → Import old records..."""

    name = "actionImport"

    def __init__(self, window: QMainWindow):
        super().__init__(window, window.ui.menuFile, window.ui.actionBackupNow)

    def text(self) -> str:
        return _("Import old records...")

    def run(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, _("Import old records"), preferences.last_folder(),
            _("Complaint registers (*.xlsx *.csv)"))
        if name:
            preferences.remember_file(name)
            self.open(Path(name))

    def open(self, path: Path) -> ImportDialog:
        self.dialog = ImportDialog(self.window, path, self.window.clock)
        self.dialog.open()
        self.dialog.start()
        return self.dialog
