"""Run a callable off the UI thread (QThreadPool) and hear about its result on the UI thread.

    job = run_in_thread(render_pages, path, scale, on_result=self._show, on_error=self._fail)

``on_result(value)`` / ``on_error(exc)`` run on the thread that called ``run_in_thread``
(queued signals); connect bound methods of a QObject so that nothing is delivered to a
widget that has been deleted meanwhile.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("desk.ui")


class JobSignals(QObject):
    result = Signal(object)
    error = Signal(object)        # the exception
    finished = Signal()


class Job(QRunnable):
    """One call of ``fn(*args, **kwargs)`` on a pool thread."""

    _running: set["Job"] = set()    # keeps Python wrappers alive until the job ends

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = JobSignals()     # created on the caller's thread: queued delivery
        self.cancelled = False

    def cancel(self) -> None:
        """Drop the outcome: neither result nor error is delivered once the call ends."""
        self.cancelled = True

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - handed to the UI as it is
            log.info("background job failed: %r", exc)
            if not self.cancelled:
                self.signals.error.emit(exc)
        else:
            if not self.cancelled:
                self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def run_in_thread(fn: Callable[..., Any], *args, on_result: Callable | None = None,
                  on_error: Callable | None = None, on_finished: Callable | None = None,
                  pool: QThreadPool | None = None, **kwargs) -> Job:
    job = Job(fn, *args, **kwargs)
    if on_result is not None:
        job.signals.result.connect(on_result)
    if on_error is not None:
        job.signals.error.connect(on_error)
    if on_finished is not None:
        job.signals.finished.connect(on_finished)
    Job._running.add(job)
    job.signals.finished.connect(lambda: Job._running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job
