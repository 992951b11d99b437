"""Live screens: a background thread listens to the database's change feed and turns what
it hears into the program's notices (``desk.ui.kit.events``): another desk's change
reaches the case list, Today, the daily review and every open case window as
``cases_changed``; a database that cannot be reached, and its return, as
``reachable_changed``. The screens listen to the notices only."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desk.services.system.live import LiveFeed, live_feed, reconnect
from desk.ui.kit.events import case_events

log = logging.getLogger("desk.ui")


class LiveUpdates(QThread):
    """Polls ``feed`` until ``stop``; what it hears is told on the UI thread."""

    heard = Signal(bool, bool, bool)      # changed, reachable, back again

    def __init__(self, feed: LiveFeed, parent: QObject | None = None):
        super().__init__(parent)
        self.feed = feed
        self.heard.connect(self._tell)     # queued: this object lives on the UI thread

    def run(self) -> None:
        try:
            while not self.isInterruptionRequested():
                heard = self.feed.next()
                if self.isInterruptionRequested():
                    break
                if heard.changed or heard.back or not heard.reachable:
                    self.heard.emit(heard.changed, heard.reachable, heard.back)
        except Exception:      # never take the program down; the screens keep Refresh
            log.exception("the change watcher stopped")
        finally:
            self.feed.release()

    def _tell(self, changed: bool, reachable: bool, back: bool) -> None:
        events = case_events()
        if back:
            reconnect()      # this (the UI) thread's connection, before anyone reads again
        if not reachable or back:
            events.reachable_changed.emit(reachable)
        if changed:
            events.cases_changed.emit()

    def stop(self) -> None:
        self.requestInterruption()
        self.feed.stop()
        self.wait()


def start_live_updates(parent: QObject, url: str | None,
                       interval: float | None = None) -> LiveUpdates | None:
    """Begin listening to the database at ``url``; ``None`` when it cannot be watched.
    Call ``stop()`` before ``parent`` goes."""
    feed = live_feed(url) if interval is None else live_feed(url, interval)
    if feed is None:
        return None
    thread = LiveUpdates(feed, parent)
    app = QCoreApplication.instance()
    if app is not None:     # a quit without closing the window first
        app.aboutToQuit.connect(thread.stop)
    thread.start()
    return thread
