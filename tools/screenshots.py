"""Render the main window and the organisation setup to PNG in every language.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [FOLDER]   # default /tmp/shots

Uses a throw-away demo database of about 300 cases in a temporary data folder.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1600, 900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/shots")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--langs", default="zh_CN,zh_TW,en")
    args = parser.parse_args(argv)
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="desk-shots-") as tmp:
        os.environ["DESK_DATA_DIR"] = tmp
        return render(out, args.count, args.langs.split(","), Path(tmp))


def render(out: Path, count: int, langs: list[str], tmp: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from desk.services.org import accounts
    from desk.services.system.demo import fill_demo
    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from desk.ui.access import session
    from desk.ui.org.org_setup import OrgSetupDialog
    from desk.ui.shell.app import make_application, start_language
    from desk.ui.shell.main_window import MainWindow

    app = make_application()
    store = open_store(str(tmp / "shots.sqlite"), backups=False)
    try:
        fill_demo(count, seed=7)
        session.sign_in(accounts.account(accounts.find("admin").id))   # sees every menu
        written = []
        for lang in langs:
            start_language(app, lang)
            window = MainWindow(store)
            window.resize(*SIZE)
            window.show()
            _wait_for_rows(window.cases.view.model())   # pages are read on a worker
            written.append(_save(window.grab(), out / f"main_window_{lang}.png"))
            tabs = window.workspace
            for index in range(1, tabs.count()):   # each later tab, once it has its rows
                tabs.setCurrentIndex(index)
                _settle(seconds=float(os.environ.get("SHOTS_SETTLE", "1.5")))
                written.append(_save(window.grab(), out / f"tab_{index}_{lang}.png"))
            tabs.setCurrentIndex(0)
            dialog = OrgSetupDialog(window)
            dialog.resize(960, 600)
            for index in (0, 3, 4):   # company, tenants, staff
                dialog.ui.tabs.setCurrentIndex(index)
                dialog.show()
                QApplication.processEvents()
                written.append(_save(dialog.grab(), out / f"org_setup_{index}_{lang}.png"))
            dialog.close()
            settings = window.open_settings()
            QApplication.processEvents()
            written.append(_save(settings.grab(), out / f"settings_{lang}.png"))
            settings.reject()
            window.close()
            window.deleteLater()
            dialog.deleteLater()
            QApplication.processEvents()
        for path in written:
            print(path)
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60000)   # loads still running, as app.py
        close_database()
    return 0


def _wait_for_rows(model, seconds: float = 10) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while model.rowCount() == 0 and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def _settle(seconds: float) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _save(pixmap, path: Path) -> Path:
    if not pixmap.save(str(path)):
        raise SystemExit(f"cannot write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
