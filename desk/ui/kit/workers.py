"""Run a callable off the UI thread (QThreadPool) and hear about its result on the UI thread.

    job = run_in_thread(render_pages, path, scale, on_result=self._show, on_error=self._fail)

``on_result(value)`` / ``on_error(exc)`` run on the thread that called ``run_in_thread``
(queued signals); connect bound methods of a QObject so that nothing is delivered to a
widget that has been deleted meanwhile. Every job closes its pool thread's database
connection when it ends (peewee opens one per thread on first use).

A screen that loads its data in the background uses a ``Refresher``: one load at a time,
only the newest one shown.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desk.services.system.startup import close_store

log = logging.getLogger("desk.ui")


class JobSignals(QObject):
    result = Signal(object)
    error = Signal(object)        # the exception
    finished = Signal()


class Job(QRunnable):
    """One call of ``fn(*args, **kwargs)`` on a pool thread."""

    _running: set[Job] = set()    # keeps Python wrappers alive until the job ends

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
        except Exception as exc:
            log.info("background job failed: %r", exc)
            if not self.cancelled:
                self.signals.error.emit(exc)
        else:
            if not self.cancelled:
                self.signals.result.emit(value)
        finally:
            close_store()   # this pool thread's own connection, if the job opened one
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


def _load(token: int, fn: Callable[..., Any], args: tuple, kwargs: dict):
    """A ``Refresher``'s job: ``(token, value, None)`` or ``(token, None, exception)``."""
    try:
        return token, fn(*args, **kwargs), None
    except Exception as exc:
        return token, None, exc


class Refresher(QObject):
    """A screen's loads off the UI thread, newest only.

    ``start(fn, *args, **kwargs)`` returns at once; ``loaded(value)`` or ``failed(exc)``
    follow on the UI thread for the newest start only: a token counter drops the outcome
    of any load that a newer start made stale. One load runs at a time: a start while one
    runs cancels it and waits for it to end, so a burst of starts costs one more load.
    Each load closes its thread's database connection. ``busy`` until the newest outcome
    has been delivered. Make it a child of the screen: nothing arrives once it is deleted.
    ``on_loaded`` and ``on_failed`` are connected to the two signals when given.
    """

    loaded = Signal(object)
    failed = Signal(object)       # the exception

    def __init__(self, parent: QObject, on_loaded: Callable[[Any], object] | None = None,
                 on_failed: Callable[[Exception], object] | None = None):
        super().__init__(parent)
        if on_loaded is not None:
            self.loaded.connect(on_loaded)
        if on_failed is not None:
            self.failed.connect(on_failed)
        self.token = 0            # of the newest start
        self.delivered = 0        # of the newest outcome delivered
        self.job: Job | None = None
        self._waiting: tuple | None = None    # the start to run when the job ends

    @property
    def busy(self) -> bool:
        return self.delivered != self.token

    def start(self, fn: Callable[..., Any], *args, **kwargs) -> None:
        self.token += 1
        call = (self.token, fn, args, kwargs)
        if self.job is None:
            self._run(call)
        else:
            self.job.cancel()
            self._waiting = call

    def _run(self, call: tuple) -> None:
        self.job = run_in_thread(_load, *call, on_result=self._arrived,
                                 on_finished=self._ended)

    def _arrived(self, outcome: tuple) -> None:
        token, value, exc = outcome
        if token != self.token:
            return                # stale: a newer load is on its way
        self.delivered = token
        if exc is None:
            self.loaded.emit(value)
        else:
            self.failed.emit(exc)

    def _ended(self) -> None:
        self.job = None
        if self._waiting is not None:
            call, self._waiting = self._waiting, None
            self._run(call)


class BackgroundSave(QObject):
    """A form's Save off the UI thread: the write waits for the database's write lock
    (another desk's save, a purge batch) on a pool thread of its own while the window
    keeps drawing.

    ``start(fn, *args, **kwargs)`` returns False when a save is still running; ``saved``
    (the value) or ``failed`` (the exception) follow on the UI thread. ``running`` until
    then. ``wait()`` blocks until the running save has ended and delivers its outcome at
    once: for a window that must close now, so that no save is lost or arrives later.
    The pool is the object's child: deleting it waits for the save too.
    """

    saved = Signal(object)
    failed = Signal(object)       # the exception

    def __init__(self, parent: QObject, pool: QThreadPool | None = None):
        super().__init__(parent)
        if pool is None:           # given: another BackgroundSave's, so theirs run in turn
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self.pool = pool
        self._box: dict | None = None     # the running save's outcome, once it has one

    @property
    def running(self) -> bool:
        return self._box is not None

    def start(self, fn: Callable[..., Any], *args, **kwargs) -> bool:
        if self._box is not None:
            return False
        box: dict = {}
        self._box = box

        def call():
            try:
                box["outcome"] = (fn(*args, **kwargs), None)
            except Exception as exc:
                log.info("background save failed: %r", exc)
                box["outcome"] = (None, exc)
            return box

        run_in_thread(call, on_result=self._arrived, pool=self.pool)
        return True

    def wait(self) -> None:
        if self._box is not None:
            self.pool.waitForDone()
            self._arrived(self._box)

    def _arrived(self, box: dict) -> None:
        if box is not self._box:
            return                # delivered already by wait()
        self._box = None
        value, exc = box["outcome"]
        if exc is None:
            self.saved.emit(value)
        else:
            self.failed.emit(exc)
