"""Rotating log file in the data folder."""
from __future__ import annotations

import logging
import logging.handlers

from desk import paths

LOG_NAME = "desk.log"
_configured = False


def setup_logging() -> None:
    global _configured
    if _configured:
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.logs_dir() / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = True


def log_exception(exc: BaseException) -> None:
    try:
        setup_logging()
        logging.getLogger("desk").error("unhandled error", exc_info=(type(exc), exc,
                                                                    exc.__traceback__))
    except OSError:
        pass
