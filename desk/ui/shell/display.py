"""Can a window open here? Asked on Linux before the QApplication is made, because Qt
aborts the process (rc 134) when its xcb platform plugin cannot load or reach the X
server, and its message names one library (often the wrong one). No Qt import here.

``display_problem()`` returns one sentence saying what is wrong and what to do, or
``None`` when the window can open (Windows, macOS, Wayland, offscreen and other platforms
are not checked).
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

from desk.i18n import _

#: What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6) loads, and the
#: Debian/Ubuntu package that has it. README.md ("Install on Linux") lists the same.
XCB_LIBRARIES = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def uses_xcb(env=None) -> bool:
    """True when Qt will use its xcb (X11) platform plugin on this Linux machine."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if platform:
        return platform == "xcb"
    return not env.get("WAYLAND_DISPLAY")   # a Wayland session: Qt's wayland plugin


def missing_packages(libraries=XCB_LIBRARIES) -> list[str]:
    """The packages whose library cannot be loaded, in the order given."""
    missing = []
    for soname, package in libraries:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return list(dict.fromkeys(missing))


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin in the installed PySide6 (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"
    plugin /= "libqxcb.so"
    return plugin if plugin.is_file() else None


def unloadable_library(loader_message: str) -> str | None:
    """The library the dynamic loader could not find, from its message."""
    found = re.match(r"\s*([^\s:]+\.so[.\d]*): cannot open shared object file", loader_message)
    return found.group(1) if found else None


def plugin_missing(plugin: Path | None = None) -> list[str]:
    """What loading the plugin itself says is missing (a library the list above lacks):
    its package when the list knows it, else the library's own name."""
    plugin = plugin or xcb_plugin()
    if plugin is None or not plugin.is_file():
        return []
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        library = unloadable_library(str(exc))
        if library is None or library == str(plugin):
            return []
        return [dict(XCB_LIBRARIES).get(library, library)]
    return []


def _can_connect(display: str) -> bool:
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return False
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def display_problem(env=None) -> str | None:
    env = os.environ if env is None else env
    if not uses_xcb(env):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return _("There is no display here (DISPLAY is not set): start Desk on a desktop, "
                 "or use its commands (desk --help).")
    missing = missing_packages() or plugin_missing()
    if missing:
        return _("The window cannot open: this Linux system lacks libraries Qt needs. "
                 "Install them with: sudo apt install {packages}").format(
            packages=" ".join(missing))
    if not _can_connect(display):
        return _("The display {display} cannot be reached: start Desk on a desktop, or use "
                 "its commands (desk --help).").format(display=display)
    return None
