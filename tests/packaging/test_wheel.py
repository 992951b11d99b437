"""The wheel and sdist from `python -m build`: what they hold, and the wheel installed into a
fresh venv runs Desk from there (no checkout beside it), so a missing package-data line
fails here and not on a customer's PC."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from pdfread import pdf_fonts, pdf_text

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if sys.platform == "win32" else "bin"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """sdist, then the wheel built from that sdist (so the sdist must be complete)."""
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, found
    return found[0]


def test_wheel_holds_every_module_and_resource(dist):
    names = set(zipfile.ZipFile(_one(dist, "desk-*.whl")).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "desk").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules - names == set(), "modules missing from the wheel"
    assert {m for m in modules if Path(m).name.startswith("ui_")}, "compiled forms"
    resources = {"desk/resources/" + p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts}
    assert resources - names == set(), "resources missing from the wheel"
    for needed in ("desk/resources/fonts/DroidSansFallbackFull.ttf",
                   "desk/resources/i18n/desk_zh_CN.qm", "desk/resources/i18n/desk_zh_TW.qm",
                   "desk/resources/i18n/desk_zh_CN.ts", "desk/resources/icons/desk.ico"):
        assert needed in names
    assert not [n for n in names if n.startswith(("tests/", "resources/", "forms/"))]


def test_sdist_holds_forms_resources_and_tests(dist):
    with tarfile.open(_one(dist, "desk-*.tar.gz")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for path in (ROOT / "forms").glob("*.ui"):
        assert f"forms/{path.name}" in names
    for needed in ("resources/fonts/DroidSansFallbackFull.ttf", "resources/i18n/desk_zh_CN.qm",
                   "resources/i18n/desk_zh_TW.ts", "tests/conftest.py",
                   "tests/packaging/test_wheel.py", "build.spec", "tools/i18n.py",
                   "pyproject.toml", "README.md"):
        assert needed in names, needed


@pytest.fixture(scope="module")
def venv(dist, tmp_path_factory) -> Path:
    """A fresh venv with our wheel in it that sees the running environment's PySide6 and
    friends. The running environment is often a venv itself, whose packages a
    `--system-site-packages` venv would not see (it sees the base interpreter's), so the new
    venv gets a .pth naming the running environment's site folders instead. Those come after
    the venv's own, and .pth files inside them are not read, so an editable install of the
    checkout stays out and the wheel's copy is the one imported."""
    folder = tmp_path_factory.mktemp("venv") / "desk venv"
    base = getattr(sys, "_base_executable", None) or sys.executable
    subprocess.run([base, "-m", "venv", str(folder)],
                   check=True, capture_output=True, timeout=300)
    python = folder / BIN / "python"
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                         check=True, capture_output=True, text=True).stdout.strip()
    sites = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")
             and Path(p).is_dir()]
    (Path(own) / "running-environment.pth").write_text("\n".join(sites) + "\n", encoding="utf-8")
    run = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index",
                          "--disable-pip-version-check", str(_one(dist, "desk-*.whl"))],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return folder


@pytest.fixture
def outside(tmp_path) -> dict:
    """Where the installed program runs: a folder far from the checkout, its own data."""
    work = tmp_path / "工作 目录"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DESK_DB")}
    env.update(DESK_DATA_DIR=str(tmp_path / "用户 数据"), DESK_EXPORTS_DIR=str(work),
               QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    (tmp_path / "数据 文件夹").mkdir()   # Desk makes no database in a folder that is not there
    return {"cwd": work, "env": env, "db": str(tmp_path / "数据 文件夹" / "desk.sqlite")}


def _run(args, outside, timeout=300) -> str:
    run = subprocess.run([str(a) for a in args], cwd=outside["cwd"], env=outside["env"],
                         capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert run.returncode == 0, f"{args}: {run.stdout[-2000:]} {run.stderr[-2000:]}"
    return run.stdout


def test_installed_copy_is_the_one_used(venv, outside):
    out = _run([venv / BIN / "python", "-c",
                "import desk, desk.paths; print(desk.__file__); "
                "print(desk.paths.resource_path('fonts')); "
                "print(desk.paths.resource_path('i18n', 'desk_zh_CN.qm').is_file())"], outside)
    module, fonts, qm = out.strip().splitlines()
    assert Path(module).resolve().is_relative_to(venv.resolve())
    assert Path(fonts).resolve().is_relative_to(venv.resolve())
    assert (Path(fonts) / "DroidSansFallbackFull.ttf").is_file()
    assert qm == "True"
    assert not Path(module).resolve().is_relative_to(ROOT)


def test_installed_commands_run(venv, outside):
    desk = venv / BIN / "desk"
    db = outside["db"]
    assert "50" in _run([desk, "demo", "--count", "50", "--no-gui", "--db", db], outside)
    assert "integrity: ok" in _run([desk, "check", "--db", db], outside)
    case_no = _run([desk, "cases", "--limit", "1", "--db", db], outside).split("\t")[0]
    assert case_no
    pdf = outside["cwd"] / "x.pdf"
    _run([desk, "slip", case_no, "--out", pdf, "--db", db], outside)
    assert case_no in pdf_text(pdf)
    # the bundled font, from the installed wheel
    assert any(font.name.startswith("DroidSansFallback") for font in pdf_fonts(pdf))


def test_installed_gui_starts_with_its_translations(venv, outside):
    data = Path(outside["env"]["DESK_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "desk-settings.ini").write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    # a --db that names no database is refused (no new database from a typing mistake)
    _run([venv / BIN / "desk", "demo", "--count", "5", "--no-gui", "--db", outside["db"]],
         outside)
    _run([venv / BIN / "desk", "gui", "--quit-after-show", "--db", outside["db"]], outside)
    log = (data / "logs" / "desk.log").read_text(encoding="utf-8")
    started = [line for line in log.splitlines() if "started on" in line][-1]
    assert "desk_zh_CN.qm" in started and str(venv.resolve()) in started
