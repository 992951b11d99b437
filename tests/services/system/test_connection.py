"""This PC's choice of database: kept without the password, which goes to the credential
store (keyring, configured here through keyring's own API: a memory backend, and its
"fail" backend for a PC without one), and followed by every command."""
from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desk import paths
from desk.services.common.validation import ValidationError
from desk.services.system import connection
from desk.services.system.startup import resolve_url
from desk.store.errors import StoreError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


CHOICE = connection.ServerChoice("deskdb.example.local", 5432, "desk", "desk", True)


def test_the_choice_is_kept_without_the_password(memory_keyring):
    assert connection.saved_choice() is None
    assert resolve_url(None).startswith("sqlite:///")
    connection.save_choice(CHOICE)
    connection.save_password(CHOICE, "s3cret!")
    text = (paths.data_dir() / connection.CHOICE_FILE).read_text(encoding="utf-8")
    assert "s3cret" not in text and json.loads(text)["host"] == "deskdb.example.local"
    assert connection.saved_choice() == CHOICE
    assert resolve_url(None) == "postgresql://desk@deskdb.example.local:5432/desk?sslmode=require"
    assert connection.password_for(resolve_url(None)) == "s3cret!"
    assert connection.password_for("postgresql://other@h/d") is None
    assert memory_keyring.kept == {(connection.KEYRING_SERVICE, CHOICE.key()): "s3cret!"}
    connection.save_password(CHOICE, "")
    assert memory_keyring.kept == {}
    connection.save_choice(None)
    assert connection.saved_choice() is None and resolve_url(None).startswith("sqlite:///")


def test_tls_off_and_odd_names_make_a_proper_url():
    odd = connection.ServerChoice("fe80::1", 6543, "客服 库", "张 三", False)
    assert odd.url() == ("postgresql://%E5%BC%A0%20%E4%B8%89@[fe80::1]:6543/"
                         "%E5%AE%A2%E6%9C%8D%20%E5%BA%93?sslmode=disable")


def test_a_pc_without_a_credential_store_is_told_so(no_keyring):
    with pytest.raises(StoreError) as info:
        connection.save_password(CHOICE, "s3cret!")
    assert "credential store" in str(info.value)
    assert connection.load_password(CHOICE) is None


@pytest.mark.parametrize("field, choice", [
    ("host", connection.ServerChoice("")),
    ("host", connection.ServerChoice("my server")),
    ("port", connection.ServerChoice("db", 0)),
    ("database", connection.ServerChoice("db", 5432, "x" * 64)),
    ("user", connection.ServerChoice("db", 5432, "desk", "\x00")),
])
def test_bad_fields_are_named(field, choice):
    with pytest.raises(ValidationError) as info:
        connection.check_choice(choice)
    assert field in info.value.errors


def test_a_damaged_choice_file_means_this_pcs_file():
    (paths.data_dir() / connection.CHOICE_FILE).write_text("{not json", encoding="utf-8")
    assert connection.saved_choice() is None


def test_testing_a_server_that_is_away_is_one_sentence(tmp_path):
    away = connection.ServerChoice(str(tmp_path / "no-server"), 5432, "desk", "desk", False)
    with pytest.raises(StoreError) as info:
        connection.test_connection(away, None)
    assert "cannot reach" in str(info.value)


def test_testing_the_test_server(on_postgresql, db_path, pg_server):
    if not on_postgresql:
        pytest.skip("needs a PostgreSQL server: DESK_TEST_DB=postgresql://... (.ci/run)")
    from tests.pgtest import _connect_args

    args = _connect_args(db_path)
    choice = connection.ServerChoice(args["host"], 5432, args["dbname"], args["user"], False)
    assert "is empty" in connection.test_connection(choice, None)
