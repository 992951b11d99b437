"""``desk repeats`` and ``desk capa`` run as real processes."""
from __future__ import annotations

from tests.cli.test_cli import assert_one_line_error, run


def test_unknown_record_is_one_line(filled, tmp_path):
    line = assert_one_line_error(run(["--db", str(filled["db"]), "capa", "pdf", "999",
                                      "--out", "x.pdf"], tmp_path / "data"))
    assert "999" in line


def test_repeats_and_capa_pdf(filled, tmp_path):
    result = run(["--db", str(filled["db"]), "repeats", "--json"], tmp_path / "data")
    assert result.returncode == 0, result.stderr      # October is long past: no repeats now
    out = tmp_path / "capa.pdf"
    result = run(["--db", str(filled["db"]), "capa", "pdf", str(filled["capa"]), "--out",
                  str(out)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run(["--db", str(filled["db"]), "capa", "verify"], tmp_path / "data")
    assert result.returncode == 0, result.stderr
