"""Odd arguments read as one sentence that says what is wrong, never "Unexpected error"."""
from __future__ import annotations

import pytest

from desk.cli.main import main
from desk.store.db import close_database


@pytest.fixture
def case_no(slip_case):
    case = slip_case(complainant_name="林志玲")
    close_database()
    return case.case_no


def one_sentence(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("desk: ") and "Unexpected error" not in err, err
    return err


def test_verify_with_characters_beyond_ascii(case_no, db_path, capsys):
    assert main(["--db", str(db_path), "verify", case_no, "ÄÖÜ"]) == 1
    out = capsys.readouterr()
    assert "NOT genuine" in out.out and "Unexpected" not in out.err


@pytest.mark.parametrize("args", [["weekly", "--week", "9999-W52"],
                                  ["weekly", "--week", "0001-W01"],
                                  ["monthly", "--month", "9999-12"]])
def test_report_for_a_year_out_of_range(store, db_path, tmp_path, capsys, args):
    close_database()
    assert main(["--db", str(db_path), "report", *args, "--out",
                 str(tmp_path / "r.xlsx")]) == 1
    assert str(int(args[2][:4])) in one_sentence(capsys)
    assert not (tmp_path / "r.xlsx").exists()


def test_capa_number_beyond_any_stored_one(store, db_path, tmp_path, capsys):
    close_database()
    assert main(["--db", str(db_path), "capa", "pdf", "99999999999999999999",
                 "--out", str(tmp_path / "c.pdf")]) == 1
    assert "There is no corrective action 99999999999999999999" in one_sentence(capsys)


@pytest.mark.parametrize("command", ["report", "slip"])
def test_out_naming_an_existing_folder(case_no, db_path, tmp_path, capsys, command):
    folder = tmp_path / "报表"
    folder.mkdir()
    args = ["report", "weekly"] if command == "report" else ["slip", case_no]
    assert main(["--db", str(db_path), *args, "--out", str(folder)]) == 1
    assert f"{folder} is a folder" in one_sentence(capsys)
    assert list(tmp_path.glob("报表*")) == [folder] and not list(folder.iterdir())


def test_database_server_without_its_driver(tmp_path, capsys):
    assert main(["--db", "postgresql://desk:secret@127.0.0.1:9/desk", "cases"]) == 1
    err = one_sentence(capsys)
    assert "secret" not in err and "127.0.0.1" in err
