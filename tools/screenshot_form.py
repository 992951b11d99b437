"""Render the complaint record (new, with errors, edit, history, attachments, void) to PNG.

    python tools/screenshot_form.py [FOLDER]          # default /tmp/shots, 100 % and 150 %

Writes form_<lang>.png (new record at 100 %), form_<lang>_<view>.png and, at 150 %,
form_<lang>_<view>@150.png, for zh_CN, zh_TW and en. Uses a throw-away data folder.
Each scale runs in its own process (Qt reads QT_SCALE_FACTOR once).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
LANGS = ("zh_CN", "zh_TW", "en")
SCALES = {"100": "1", "150": "1.5"}
# The room a 1920x1080 screen leaves under the taskbar, in physical pixels.
SCREEN = (1920, 1040)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/shots")
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--scale", choices=sorted(SCALES), help="render one scale, here")
    args = parser.parse_args(argv)
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    if args.scale is None:
        code = 0
        for scale, factor in SCALES.items():
            env = dict(os.environ, QT_SCALE_FACTOR=factor)
            code |= subprocess.call([sys.executable, __file__, str(out), "--langs", args.langs,
                                     "--scale", scale], env=env)
        return code
    with tempfile.TemporaryDirectory(prefix="desk-form-shots-") as tmp:
        os.environ["DESK_DATA_DIR"] = tmp
        return render(out, args.langs.split(","), args.scale, Path(tmp))


def _setup_language(app, lang: str) -> None:
    try:
        from desk.ui.shell.app import start_language
    except ImportError:   # the main-window module is not there yet: do it by hand
        from PySide6.QtCore import QTranslator
        from PySide6.QtGui import QFontDatabase

        from desk import i18n
        from desk.paths import resource_path

        i18n.set_language(lang)
        QFontDatabase.addApplicationFont(str(resource_path("fonts",
                                                           "DroidSansFallbackFull.ttf")))
        translator = QTranslator(app)
        if translator.load(str(i18n.qm_path(lang))):
            app.installTranslator(translator)
        return
    start_language(app, lang)


def _sample(tmp: Path, clock):
    """An organisation, an earlier case of the same customer, and the case to show."""
    from PySide6.QtGui import QColor, QImage

    from desk.services.cases import attachments, complaints
    from desk.services.org import organisation as o

    site = o.save_site("星河广场")
    o.save_department("保安部", site)
    tenant = o.save_tenant("星巴克", "1F-101", "李经理", "13800138000", site)
    clerk = o.save_staff("王小明", "clerk")
    manager = o.save_staff("赵经理", "operations_manager")
    channel = next(c.id for c in o.channels() if c.code == "in_person")
    box = next(c.id for c in o.channels() if c.code == "suggestion_box")
    category = next(c.id for c in o.categories() if c.code == "service_attitude")
    base = dict(channel_id=channel, category_id=category, complainant_name="张伟",
                phone="138 1234 5678", recorded_by_id=clerk, demands=["apology", "refund"],
                description="店员态度恶劣，不理睬顾客询问。")
    complaints.create_complaint(complaints.ComplaintInput(**base), clock=clock)
    data = complaints.ComplaintInput(
        **{**base, "object_type": "tenant", "tenant_id": tenant, "incident_place": "一楼中庭",
           "incident_at": dt.datetime(2026, 11, 26, 9, 15), "address": "上海市浦东新区世纪大道100号",
           "demand_text": "要求店长当面道歉并退还咖啡钱。",
           "description": "顾客在星巴克点单时，店员态度冷淡，多次询问无人理睬；"
                          "咖啡做错后拒绝重做。\n顾客要求店长出面处理。"})
    record = complaints.create_complaint(data, clock=clock)
    data.severity, data.customer_class = "serious", "key"
    complaints.update_complaint(record.id, data, by_id=clerk, clock=clock)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a90d9"))
    photo = tmp / "现场照片.png"
    image.save(str(photo))
    attachments.attach(record.id, photo, clerk, clock=clock)
    voided = complaints.create_complaint(complaints.ComplaintInput(
        **{**base, "channel_id": box, "anonymous": True, "complainant_name": "", "phone": ""}),
        clock=clock)
    complaints.void_complaint(voided.id, "重复录入（与 20261126-0002 相同）", manager, clock=clock)
    return clerk, record.id, voided.id


def render(out: Path, langs: list[str], scale: str, tmp: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desk.i18n import _
    from desk.services.cases import complaints
    from desk.services.common.clock import FixedClock
    from desk.services.org import accounts
    from desk.services.system.startup import open_store
    from desk.store.db import close_database
    from desk.ui.access import session
    from desk.ui.cases.complaint_form import ComplaintFormDialog
    from desk.ui.cases.complaint_widgets import new_case_html

    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FixedClock(dt.datetime(2026, 11, 26, 10, 0))
    open_store(str(tmp / "shots.sqlite"), backups=False, clock=clock)
    suffix = "" if scale == "100" else f"@{scale}"
    written = []

    factor = float(SCALES[scale])
    room = (int(SCREEN[0] / factor * 0.95), int(SCREEN[1] / factor * 0.92))

    def shoot(dialog, name: str, resize: bool = True) -> None:
        # The offscreen screen is 800x600; size the form as on a real 1080p monitor.
        if resize:
            dialog.resize(min(1040, room[0]), min(780, room[1]))
        dialog.show()
        for _round in range(3):
            QApplication.processEvents()
        path = out / f"form_{lang}_{name}{suffix}.png"
        dialog.grab().save(str(path))
        written.append(path)

    try:
        clerk, case_id, void_id = _sample(tmp, clock)
        session.sign_in(accounts.account(clerk))   # the form acts as who is signed in
        for lang in langs:
            _setup_language(app, lang)
            new = ComplaintFormDialog(None, clock=clock)
            shoot(new, "new")
            if scale == "100":
                new.grab().save(str(out / f"form_{lang}.png"))
            new.ui.contactPhone.setText("13812345678")
            new.customer.refresh()
            new.ui.saveButton.click()
            shoot(new, "errors")
            new.discard_draft()
            new.done(0)
            edit = ComplaintFormDialog(None, complaint_id=case_id, clock=clock)
            shoot(edit, "edit")
            for tab in ("historyTab", "attachmentsTab"):
                edit.ui.tabs.setCurrentWidget(getattr(edit.ui, tab))
                shoot(edit, tab.removesuffix("Tab"))
            edit.done(0)
            void = ComplaintFormDialog(None, complaint_id=void_id, clock=clock)
            shoot(void, "void")
            void.done(0)
            record = complaints.get_complaint(case_id)
            box = QMessageBox(QMessageBox.Icon.Information, _("Complaint recorded"),
                              new_case_html(record.case_no, record.reply_due_at, []))
            shoot(box, "saved", resize=False)
            box.done(0)
    finally:
        close_database()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
