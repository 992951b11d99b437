"""PostgreSQL through the store: the URL, the sentences for a server that is away, refuses
the login or has no such database, an empty database only with ``create``, and what
``desk check`` says. The tests that need a server run with ``DESK_TEST_DB`` (.ci/run)."""
from __future__ import annotations

import pytest

from desk import i18n
from desk.services.system.startup import open_store
from desk.store import schema
from desk.store.db import close_database, database, engine_facts, open_database
from desk.store.errors import (
    MissingDatabaseError,
    ServerLoginError,
    ServerUnreachableError,
    StoreError,
    store_error_for,
)
from desk.store.server import pg
from tests.pgtest import with_database

needs_server = pytest.mark.usefixtures("server_only")


@pytest.fixture
def server_only(on_postgresql):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")


def test_the_url_gives_libpq_its_keywords():
    name, params = pg.connect_params(
        "postgresql://desk:s%40cret@db.example.com:6432/desk?sslmode=require&connect_timeout=3")
    assert name == "desk"
    assert params["user"] == "desk" and params["password"] == "s@cret"
    assert params["host"] == "db.example.com" and params["port"] == 6432
    assert params["sslmode"] == "require" and params["connect_timeout"] == "3"
    name, params = pg.connect_params("postgresql://postgres@/desk_test?host=/run/pg sock")
    assert (name, params["host"], params["user"]) == ("desk_test", "/run/pg sock", "postgres")
    assert params["connect_timeout"] == pg.CONNECT_TIMEOUT
    _name, params = pg.connect_params("postgresql://u@h/d", password="from-keyring")
    assert params["password"] == "from-keyring"


def test_a_password_never_shows():
    assert pg.printable("postgresql://desk:secret@db/desk") == "postgresql://desk:***@db/desk"
    assert pg.printable("postgresql://desk@db/desk") == "postgresql://desk@db/desk"


def test_a_url_without_a_database_name_says_so():
    with pytest.raises(StoreError) as info:
        open_database("postgresql://desk@db.example.com")
    assert "names no database" in str(info.value)


@pytest.mark.parametrize("lang, words", [("en", "cannot reach the database server"),
                                         ("zh_CN", "数据库服务器"), ("zh_TW", "資料庫伺服器")])
def test_a_server_that_is_not_there(tmp_path, lang, words):
    i18n.set_language(lang)
    url = f"postgresql://desk@/desk?host={tmp_path / 'no-server'}"
    with pytest.raises(ServerUnreachableError) as info:
        open_store(url)
    message = str(info.value)
    assert words in message and "no-server" in message and "\n" not in message
    assert database.obj is None


@needs_server
def test_no_such_database_and_no_such_user(pg_server):
    missing = with_database(pg_server.url, "desk_no_such_database")
    with pytest.raises(MissingDatabaseError) as info:
        open_database(missing)
    assert "desk_no_such_database" in str(info.value)
    stranger = pg_server.url.replace("postgres@", "nobody_here@", 1)
    with pytest.raises(ServerLoginError) as info:
        open_database(stranger)
    assert "nobody_here" in str(info.value)


@needs_server
def test_an_empty_database_needs_create(db_path, clock):
    with pytest.raises(MissingDatabaseError) as info:
        open_store(db_path, create=False)
    assert "check --create" in str(info.value)
    opened = open_store(db_path, create=True, clock=clock)
    assert opened.path is None and opened.migration.from_version == 0
    assert schema.current_version() == schema.SCHEMA_VERSION
    close_database()
    again = open_store(db_path, create=False, clock=clock)   # now it has the tables
    assert again.migration.from_version == schema.SCHEMA_VERSION


@needs_server
def test_check_facts_of_a_server(store):
    facts = engine_facts()
    assert facts["engine"] == "PostgreSQL"
    assert facts["server_version"][:2].isdigit()
    assert facts["pg_trgm"] != "missing" and facts["tls"] == "off"   # a socket: no TLS


@needs_server
def test_a_connection_lost_mid_session_reads_as_one_sentence(store, pg_server):
    import peewee

    from desk.store.models.cases import Complaint

    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    pg_server.conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(peewee.DatabaseError) as info:   # inside a save: it fails whole
        with database.atomic():
            Complaint.select().count()
    mapped = store_error_for(info.value)
    assert isinstance(mapped, ServerUnreachableError), info.value
    close_database()
