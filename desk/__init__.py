"""Desk: the complaint desk of a hotel or shopping mall."""

__version__ = "0.1.0"
APP_NAME = "Desk"


def _peewee_without_server_driver() -> None:
    """Import peewee without psycopg, the PostgreSQL driver it imports when installed
    (a tenth of a second of every start, for a database most desks never open);
    ``desk.store.server.pg`` gives it to peewee when a server is opened."""
    import sys

    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None     # peewee's "import psycopg" fails: no driver yet
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


_peewee_without_server_driver()
