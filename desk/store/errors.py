"""Errors the store raises; each carries a message fit for a person."""


class StoreError(Exception):
    """A database problem a user can act on."""


class NetworkShareError(StoreError):
    """The database file lies on a network share."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer Desk."""
