"""Photos, audio, video and PDFs of one complaint; files are copied off the UI thread."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QRunnable, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import N_, _
from desk.services.cases import attachments
from desk.services.cases.attachments import AttachmentError
from desk.services.common.clock import system_clock
from desk.services.common.errors import user_message
from desk.services.system.startup import close_store
from desk.ui.access.session import ActingUser
from desk.ui.kit import preferences
from desk.ui.kit.styles import ERROR_STYLE

log = logging.getLogger("desk.ui")
ICON_SIZE = 64
KIND_LABELS = {"image": N_("Photo"), "audio": N_("Audio"), "video": N_("Video"),
               "pdf": N_("PDF")}
_KIND_ICONS = {"audio": QStyle.StandardPixmap.SP_MediaVolume,
               "video": QStyle.StandardPixmap.SP_MediaPlay,
               "pdf": QStyle.StandardPixmap.SP_FileIcon}
FILE_FILTER = N_("Photos, audio, video, PDF (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic "
                 "*.mp3 *.m4a *.amr *.wav *.ogg *.flac *.mp4 *.mov *.avi *.webm *.pdf);;"
                 "All files (*)")


class _JobSignals(QObject):
    failed = Signal(str)
    done = Signal()


class AttachJob(QRunnable):
    """Copies files into the attachment store and records them, in a pool thread."""

    def __init__(self, complaint_id: int, paths: list[Path], by_id: int | None, clock):
        super().__init__()
        self.complaint_id, self.paths, self.by_id, self.clock = (complaint_id, list(paths),
                                                                 by_id, clock)
        self.signals = _JobSignals()
        self.setAutoDelete(False)   # the panel keeps it until its done signal arrived

    def run(self) -> None:
        try:
            for path in self.paths:
                try:
                    attachments.attach(self.complaint_id, path, self.by_id, clock=self.clock)
                except AttachmentError as exc:
                    self.signals.failed.emit(str(exc))
                except Exception as exc:
                    log.exception("attaching %s failed", path)
                    self.signals.failed.emit(user_message(exc))
        finally:
            close_store()  # this thread's own connection
            self.signals.done.emit()


def data_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class AttachmentsPanel(QWidget):
    """The list and its buttons. Before the first save the chosen files wait in the list."""

    count_changed = Signal(int)
    finished = Signal(list)   # messages of the files that could not be attached

    operator_id = ActingUser()

    def __init__(self, clock=system_clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.clock = clock
        self.complaint_id: int | None = None
        self.pending: list[Path] = []
        self._errors: list[str] = []
        self._jobs: list[AttachJob] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._build()

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self.open_current)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setObjectName("attachmentMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("attachmentProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.add_button = QPushButton(_("Add files..."), self)
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(_("Open"), self)
        self.open_button.setObjectName("openAttachmentButton")
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(_("Remove"), self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.setToolTip(_("Take a file off the list before the record is saved"))
        self.remove_button.clicked.connect(self.remove_pending)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
        self.hint = QLabel(self)
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()

    # ----- state -----------------------------------------------------------------------

    def set_complaint(self, complaint_id: int | None) -> None:
        self.complaint_id = complaint_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.remove_button.setVisible(not read_only and self.complaint_id is None)

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self) -> None:
        self.pool.waitForDone()

    def names(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole)["name"]
                for row in range(self.list.count())]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----- listing ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.clear()
        if self.complaint_id is None:
            self.hint.setText(_("These files are attached when the record is saved."))
            for path in self.pending:
                self._add_item(path.name, self._size_of(path), None, None, True,
                               self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        else:
            self.hint.setText(_("Double-click a file to open it."))
            for info in attachments.list_attachments(self.complaint_id):
                self._add_item(info.name, info.size, info.kind, info.id, info.available,
                               self._icon(info))
        self.remove_button.setVisible(self.complaint_id is None)
        self._update_buttons()
        self.count_changed.emit(self.list.count())

    def _size_of(self, path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    def _icon(self, info) -> QIcon:
        if info.thumbnail is not None:
            pixmap = QPixmap(str(info.thumbnail))
            if not pixmap.isNull():
                return QIcon(pixmap)
        return self.style().standardIcon(_KIND_ICONS.get(info.kind,
                                                         QStyle.StandardPixmap.SP_FileIcon))

    def _add_item(self, name: str, size: int, kind: str | None, attachment_id: int | None,
                  available: bool, icon: QIcon) -> None:
        details = data_size(size)
        if kind:
            details = f"{details} · {_(KIND_LABELS[kind]) if kind in KIND_LABELS else kind}"
        title = name if available else _("{name} (file missing)").format(name=name)
        item = QListWidgetItem(icon, f"{title}\n{details}")
        item.setData(Qt.ItemDataRole.UserRole, {"name": name, "id": attachment_id})
        item.setToolTip(name)
        self.list.addItem(item)

    def _update_buttons(self, *_args) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.complaint_id is None)

    # ----- actions ---------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _chosen = QFileDialog.getOpenFileNames(self, _("Attach files"),
                                                      preferences.last_folder(),
                                                      _(FILE_FILTER))
        if names:
            preferences.remember_file(names[0])
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach now (saved case) or keep for after the first save (new record)."""
        self.show_message("")
        if self.complaint_id is None:
            problems = []
            for path in map(Path, paths):
                problem = self._precheck(path)
                if problem:
                    problems.append(problem)
                else:
                    self.pending.append(path)
            self.refresh()
            self.show_message("\n".join(problems))
            return
        self.start_job(self.complaint_id, [Path(p) for p in paths])

    def _precheck(self, path: Path) -> str:
        """What is plainly wrong with a file before it is copied (the store has the last word)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            return _("Cannot read {name}: {error}").format(name=path.name,
                                                           error=exc.strerror or exc)
        if not path.is_file():
            return _("{name} is not a file.").format(name=path.name)
        if size == 0:
            return _("{name} is empty (0 bytes).").format(name=path.name)
        limit = attachments.size_limit_bytes()
        if size > limit:
            return _("{name} is {size} MB; attachments may be at most {limit} MB.").format(
                name=path.name, size=round(size / 2**20, 1), limit=round(limit / 2**20, 1))
        if path in self.pending:
            return _("{name} is on the list already.").format(name=path.name)
        return ""

    def remove_pending(self) -> None:
        row = self.list.currentRow()
        if self.complaint_id is None and 0 <= row < len(self.pending):
            del self.pending[row]
            self.refresh()

    def attach_pending(self, complaint_id: int) -> bool:
        """After the first save: attach the waiting files. False when there were none."""
        self.complaint_id = complaint_id
        files, self.pending = self.pending, []
        if not files:
            self.refresh()
            return False
        self.start_job(complaint_id, files)
        return True

    def start_job(self, complaint_id: int, paths: list[Path]) -> None:
        job = AttachJob(complaint_id, paths, self.operator_id, self.clock)
        job.signals.failed.connect(self._job_failed)
        job.signals.done.connect(self._job_done)
        self._jobs.append(job)
        self.progress.show()
        self.add_button.setEnabled(False)
        self.pool.start(job)

    def _job_failed(self, message: str) -> None:
        self._errors.append(message)

    def _job_done(self) -> None:
        if self._jobs:
            self._jobs.pop(0)
        if self._jobs:
            return
        errors, self._errors = self._errors, []
        self.progress.hide()
        self.add_button.setEnabled(True)
        self.refresh()
        self.show_message("\n".join(errors))
        self.finished.emit(errors)

    def open_current(self, *_args) -> None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        row = self.list.currentRow()
        if self.complaint_id is None:                  # still waiting: open the original
            if not 0 <= row < len(self.pending):
                return
            path = self.pending[row]
        else:
            try:
                path = attachments.attachment_path(data["id"])
            except AttachmentError as exc:
                self.show_message(str(exc))
                return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_message(_("No program on this computer opens {name}.").format(
                name=data["name"]))
