"""Live screens: what other desks change reaches this one without Refresh.

``LiveFeed`` is asked from a background thread, again and again, what happened in the
last moment: whether another program changed the database (the screens then read again)
and whether the database can be reached (a lost server, a locked or vanished file: the
screens say so, and say when it is back). The store's change watcher does the asking;
nothing here knows the engine.
"""
from __future__ import annotations

from dataclasses import dataclass

from desk.services.cases.caserows import forget_setup_names
from desk.store.db import forget_lost_connection
from desk.store.watch import ChangeWatcher, watcher_for

POLL_SECONDS = 1.5


@dataclass
class Heard:
    changed: bool
    reachable: bool
    back: bool           # reachable again after it was not


class LiveFeed:
    def __init__(self, watcher: ChangeWatcher, interval: float = POLL_SECONDS):
        self.watcher, self.interval = watcher, interval
        self.reachable = True

    def next(self) -> Heard:
        """Wait one interval and say what was heard (call from the background thread)."""
        poll = self.watcher.poll(self.interval)
        back = poll.reachable and not self.reachable
        self.reachable = poll.reachable
        if poll.changed or back:   # another desk may have renamed a category, a tenant...
            forget_setup_names()
        return Heard(poll.changed or back, poll.reachable, back)

    def stop(self) -> None:
        """From any thread: the next ``next`` returns at once."""
        self.watcher.close()

    def release(self) -> None:
        self.watcher.release()


def reconnect() -> None:
    """The database answers again after it was away: this thread's next query opens a
    fresh connection instead of failing on the one the outage broke."""
    forget_lost_connection(surely=True)


def live_feed(url: str | None, interval: float = POLL_SECONDS) -> LiveFeed | None:
    """The feed for the open database at ``url``; ``None`` when it cannot be watched."""
    if not url:
        return None
    watcher = watcher_for(url)
    return LiveFeed(watcher, interval) if watcher is not None else None
