"""Rotating log file in the data folder."""
from __future__ import annotations

import logging
import logging.handlers

from desk import paths

LOG_NAME = "desk.log"
_handler: logging.Handler | None = None
_configured = None     # the log file the handler writes to


def setup_logging() -> None:
    """Log to the data folder's log file (again when the data folder has moved since)."""
    global _configured, _handler
    target = paths.logs_dir() / LOG_NAME
    if _configured == target:
        return
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
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
