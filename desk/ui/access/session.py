"""Who is signed in at this PC. Every screen acts as this person: widgets read
``acting_id()`` (or have an ``operator_id = ActingUser()`` attribute) when they call a
service, and follow ``case_events().user_changed`` to grey out what the new person may
not do. Before a sign-in (and in ``desk gui --quit-after-show``) nobody is signed in:
the screens then change nothing."""
from __future__ import annotations

from desk.services.org import permissions
from desk.services.org.accounts import Account
from desk.ui.kit.events import case_events

_account: Account | None = None


def current() -> Account | None:
    return _account


def acting_id() -> int | None:
    return _account.id if _account is not None else None


def sign_in(account: Account | None) -> None:
    """Make ``account`` the signed-in person (``None``: nobody) and tell every screen."""
    global _account
    changed = (_account.id if _account else None) != (account.id if account else None)
    _account = account
    if changed:
        case_events().user_changed.emit()


def sign_out() -> None:
    sign_in(None)


def can(action: str) -> bool:
    return permissions.holds(acting_id(), action)


def why_not(action: str) -> str:
    """"" when the signed-in person may do ``action``, else who may (a tooltip); with
    nobody signed in, that a sign-in is needed."""
    from desk.i18n import _

    if _account is None:
        return _("Sign in to do this.")
    return permissions.why_not(_account.id, action)


def allow(widget, action: str, now: bool = True) -> None:
    """Enable ``widget`` when the signed-in person may do ``action`` (and ``now`` the case
    allows it); a person who may not sees it greyed out, the tooltip saying who may."""
    reason = why_not(action)
    widget.setEnabled(now and not reason)
    widget.setToolTip(reason)


class ActingUser:
    """A class attribute that reads as the signed-in person's id."""

    def __get__(self, obj, owner=None) -> int | None:
        return acting_id()

    def __set__(self, obj, value) -> None:
        raise AttributeError("the acting user is whoever is signed in; use session.sign_in")
