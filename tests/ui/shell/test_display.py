"""Before the window opens on Linux: a missing xcb library or an absent display is one
sentence naming what to install or do, never Qt's abort (rc 134)."""
from __future__ import annotations

import sys

import pytest

from desk.ui.shell.display import (
    XCB_LIBRARIES,
    display_problem,
    missing_packages,
    plugin_missing,
    unloadable_library,
    uses_xcb,
)
from tests.cli.test_cli import assert_one_line_error, run

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux start-up only")


@linux
def test_missing_libraries_name_their_packages():
    assert missing_packages([("libc.so.6", "libc6"),
                             ("libdesk-not-there.so.9", "libdesk-not-there9"),
                             ("libdesk-not-there.so.9", "libdesk-not-there9")]) == [
        "libdesk-not-there9"]
    packages = [package for _, package in XCB_LIBRARIES]
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
            "libxkbcommon-x11-0"} <= set(packages)


@linux
def test_the_plugin_itself_names_a_library_the_list_lacks(tmp_path):
    """A library Qt's plugin needs that the list does not know is still named (the loader's
    own message), and one the list knows is given as its package."""
    message = "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
    assert unloadable_library(message) == "libxcb-icccm.so.4"
    assert unloadable_library("libqxcb.so: invalid ELF header") is None
    assert plugin_missing(tmp_path / "libqxcb-not-there.so") == []
    with_missing = tmp_path / "needs-a-missing-library.so"
    with_missing.write_bytes(b"not an ELF file")
    assert plugin_missing(with_missing) == []          # not a "cannot open" message
    if missing_packages():                             # this machine lacks some: same answer
        assert set(plugin_missing()) <= {package for _, package in XCB_LIBRARIES}


@linux
def test_only_the_xcb_platform_is_checked():
    assert uses_xcb({})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "minimal"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@linux
def test_no_display_is_one_sentence():
    problem = display_problem({"QT_QPA_PLATFORM": "xcb"})
    assert problem and "DISPLAY" in problem


def _headless(**extra) -> dict:
    return {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": "", **extra}


@linux
def test_demo_without_a_display_fills_the_database_and_says_so(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = run(["--db", str(db), "demo", "--count", "20"], tmp_path / "data",
                 extra_env=_headless())
    assert result.returncode == 0, result.stderr
    assert "20" in result.stdout and "window is not opened" in result.stdout
    assert "DISPLAY" in result.stdout


@linux
def test_gui_that_cannot_open_is_one_line(tmp_path):
    # either a library is missing here or nothing answers on display :77; both are one line
    result = run(["--db", str(tmp_path / "d.sqlite"), "gui"], tmp_path / "data",
                 extra_env=_headless(QT_QPA_PLATFORM="xcb", DISPLAY=":77"))
    assert result.returncode == 1
    line = assert_one_line_error(result)
    assert "sudo apt install" in line or ":77" in line
