"""`desk slip|record|receipt|letter|verify|today|escalate` through the real CLI entry point."""
import re

import pytest
from pdfread import pdf_fonts, pdf_text

from desk.cli.main import main
from desk.store.db import close_database


@pytest.fixture
def case_no(slip_case, db_path):
    case = slip_case(complainant_name="林志玲")
    close_database()
    return case.case_no


@pytest.mark.parametrize("kind", ["slip", "record", "receipt", "letter"])
def test_documents_written(kind, case_no, db_path, tmp_path, capsys):
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", str(db_path), kind, case_no, "--out", str(out)]) == 0
    text = pdf_text(out)
    assert case_no in text and "林志玲" in text
    fonts = pdf_fonts(out)
    assert fonts and all(font.embedded and font.subset for font in fonts)


def test_bilingual_slip_and_verify(case_no, db_path, tmp_path, capsys):
    out = tmp_path / "slip.pdf"
    assert main(["--db", str(db_path), "slip", case_no, "--out", str(out),
                 "--lang", "bilingual"]) == 0
    text = pdf_text(out)
    assert "Complaint handling slip" in text and "客户投诉处理单" in text
    code = re.search(r"Verification code\s+([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})",
                     text).group(1)
    capsys.readouterr()
    assert main(["--db", str(db_path), "verify", case_no, code.lower()]) == 0
    out = capsys.readouterr().out
    assert "Genuine" in out and "As stored:" in out and "林志玲" in out
    assert main(["--db", str(db_path), "verify", case_no, "AAAAA-AAAAA"]) == 1
    out = capsys.readouterr().out
    assert "NOT genuine" in out and "林志玲" in out   # the stored facts, to compare


def test_unknown_case_is_one_line_error(store, db_path, tmp_path, capsys):
    close_database()
    assert main(["--db", str(db_path), "slip", "20990101-0001", "--out",
                 str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "20990101-0001" in err and "Traceback" not in err


def test_today_and_escalate(case_no, db_path, capsys):
    assert main(["--db", str(db_path), "today", "--json"]) == 0
    assert main(["--db", str(db_path), "escalate"]) == 0
