"""Persistence: models, the database connection, schema migrations and backups."""
from desk.store.db import close_database, database, open_database, transaction  # noqa: F401
from desk.store.errors import NetworkShareError, SchemaTooNewError, StoreError  # noqa: F401
