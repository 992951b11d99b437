"""Rotating log file in the data folder."""
from __future__ import annotations

import logging
import os

from desk import paths

LOG_NAME = "desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_handler: logging.Handler | None = None
_configured = None     # the log file the handler writes to


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation (``desk.log`` -> ``desk.log.1``
    ... ``.5`` once it would pass ``max_bytes``) on a plain ``FileHandler``: importing
    ``logging.handlers`` (sockets, pickle, queues) cost every start of the window ~10 ms.
    The file is opened at the first record."""

    def __init__(self, path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backup_count = max_bytes, backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.should_roll_over(record):
                self.roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def should_roll_over(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or (os.path.exists(self.baseFilename)
                                   and not os.path.isfile(self.baseFilename)):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backup_count - 1, 0, -1):
            older, newer = f"{base}.{number}", f"{base}.{number + 1}"
            if os.path.exists(older):
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
        if self.backup_count > 0:
            if os.path.exists(f"{base}.1"):
                os.remove(f"{base}.1")
            if os.path.exists(base):
                os.rename(base, f"{base}.1")


def setup_logging() -> None:
    """Log to the data folder's log file (again when the data folder has moved since)."""
    global _configured, _handler
    target = paths.logs_dir() / LOG_NAME
    if _configured == target:
        return
    handler = RotatingLog(target)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desk")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler, _configured = handler, target


def log_exception(exc: BaseException) -> None:
    try:
        setup_logging()
        logging.getLogger("desk").error("unhandled error", exc_info=(type(exc), exc,
                                                                    exc.__traceback__))
    except OSError:
        pass
