"""Sample documents' data: for tools/render_samples.py, the benchmark and the tests.

Realistic content for a mall desk, with the awkward parts a real case brings: Chinese
and English mixed, markup-like characters typed by the customer, a date change and two
compensation lines. ``long=True`` makes the description 20,000 characters.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from desk.documents.data.cases import CaseSummary, Company, LetterData, SlipData

LONG_TEXT = ("顾客称在二楼餐厅用餐后出现腹痛，要求商户出示食材进货凭证并赔偿医药费。"
             "The customer says the staff were rude & refused a refund <b>twice</b>. ")


def sample_case(long: bool = False) -> CaseSummary:
    description = (
        "2026年11月25日晚7点左右，顾客在1F-101星巴克购买一杯拿铁，饮用时发现杯中有异物（疑似塑料片）。"
        "顾客当场向店员反映，店员态度冷淡，只同意更换饮品，拒绝退款。\n"
        "顾客要求：退款、书面道歉，并希望商场督促商户加强食品安全管理。"
        "Customer note: \"I want a <b>refund</b> & an apology\" <img src=\"/etc/passwd\"/>")
    if long:
        description = (LONG_TEXT * (20000 // len(LONG_TEXT) + 1))[:20000]
    return CaseSummary(
        case_no="TS-20261126-0007", received_at=dt.datetime(2026, 11, 26, 10, 5),
        channel="现场 In person", category="商品质量", severity="一般",
        complainant="王小红 (Wong Siu-hung)", phone="138 0013 8000",
        address="上海市浦东新区世纪大道100号 8栋 1203室", room_no="", member_no="VIP-00981",
        customer_class="重点客户", incident_at=dt.datetime(2026, 11, 25, 19, 0),
        incident_place="1F-101 星巴克", object_label="商户：星巴克 1F-101",
        description=description, demands=["退款", "道歉"],
        demand_text="希望商户书面道歉。", recorded_by="王小明",
        reply_due_at=dt.datetime(2026, 11, 28, 18, 0),
        intake_reply_due_at=dt.datetime(2026, 11, 27, 18, 0))


def sample_company(logo: Path | None = None) -> Company:
    return Company(name="星河广场 Galaxy Plaza", logo_path=logo,
                   address="上海市浦东新区世纪大道 100 号", phone="021-5888 8888")


def sample_slip(long: bool = False) -> SlipData:
    return SlipData(
        case=sample_case(long), verification_code="K7Q2-9XMA",
        qr_payload="DESK1|TS-20261126-0007|K7Q2-9XMA", route_label="协商解决",
        department="营运部 / 1F-101 星巴克", responsible="李经理", agreed_reply_at=dt.datetime(2026, 11, 28, 18, 0),
        date_changes=[(dt.datetime(2026, 11, 27, 18, 0), dt.datetime(2026, 11, 28, 18, 0),
                       "商户需向供应商核实。", True)],
        result="商户已向顾客当面道歉，全额退款 38 元，并赠送饮品券一张。商场营运部已要求商户整改出品流程。",
        compensation=[("退款", Decimal("38.00"), "原路退回"), ("代金券", Decimal("50"), "饮品券 1 张")],
        customer_opinion="满意", opinion_text="处理及时，谢谢。",
        handled_at=dt.datetime(2026, 11, 27, 15, 30), level="handler")


#: The slip in the states the desk prints it in (for render_samples and the tests).
SLIP_STATES = ("blank", "resolved", "escalated", "tenant", "compensation")


def sample_slip_in(state: str, long: bool = False) -> SlipData:
    """The sample slip as printed ``state``: blank (just issued), resolved, escalated to
    the GM after the refused third date change, a tenant's, with compensation."""
    import dataclasses

    full = sample_slip(long)
    base = dataclasses.replace(full, department="营运部", date_changes=[], compensation=[],
                               result="", customer_opinion="", opinion_text="",
                               handled_at=None, agreed_reply_at=full.case.reply_due_at)
    if state == "blank":
        return base
    resolved = dataclasses.replace(base, result=full.result, customer_opinion="满意",
                                   opinion_text=full.opinion_text, handled_at=full.handled_at)
    if state == "resolved":
        return resolved
    if state == "tenant":
        return dataclasses.replace(resolved, route_label="商户", department="",
                                   tenant="星巴克 (1F-101)", floor_supervisor="陈楼管")
    if state == "escalated":
        return dataclasses.replace(
            base, level="gm", level_label="店总", agreed_reply_at=dt.datetime(2026, 12, 2, 18),
            date_changes=[*full.date_changes,
                          (dt.datetime(2026, 11, 28, 18), dt.datetime(2026, 11, 30, 18),
                           "等待供应商检测报告。", True),
                          (dt.datetime(2026, 11, 30, 18), dt.datetime(2026, 12, 2, 18),
                           "检测报告仍未出具，顾客不同意再次延期，转店总处理。", False)])
    return full


def sample_letter(long: bool = False) -> LetterData:
    return LetterData(
        case=sample_case(long), company=sample_company(), date=dt.date(2026, 11, 28),
        recipient="尊敬的王小红女士：",
        body_paragraphs=[
            "感谢您于2026年11月26日来信反映在本商场1F-101星巴克购买饮品时发现异物一事。",
            "我们收到您的投诉后立即会同商户调查。经核实，该饮品在制作过程中混入了包装碎片，"
            "商户已向您当面致歉并全额退款，同时赠送饮品券一张。商场营运部已要求商户整改出品流程，"
            "并将在下月进行复查。",
            "如您对处理结果仍有疑问，欢迎随时致电服务台。再次感谢您对本商场的支持与监督。"],
        signatory="赵经理（营运部）")


def sample_logo(path: Path) -> Path:
    """A small made-up logo (PNG) for trying the letterhead."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 240, 240), radius=48, fill=(24, 62, 120, 255))
    draw.ellipse((60, 60, 180, 180), outline=(255, 255, 255, 255), width=18)
    draw.ellipse((104, 104, 136, 136), fill=(240, 180, 40, 255))
    draw.rectangle((260, 70, 360, 100), fill=(24, 62, 120, 255))
    draw.rectangle((260, 140, 330, 170), fill=(240, 180, 40, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def sample_capa(long: bool = False):
    """A corrective-action record signed off, with two complaint records attached."""
    import dataclasses

    from desk.documents.data.capa import AttachedCase, CapaActionLine, CapaRecordData

    case = dataclasses.replace(sample_case(long), phone="138****8000", address="")
    second = dataclasses.replace(case, case_no="TS-20261128-0002", complainant="𠮷野䶮堃",
                                 received_at=dt.datetime(2026, 11, 28, 14, 20))
    return CapaRecordData(
        number="CA-2026-0003", status="已关闭", opened_at=dt.datetime(2026, 11, 29, 9, 30),
        opened_by="王小明", source="同一商户反复投诉", criteria="商户：星巴克 1F-101，类别：商品质量，30 天内",
        problem="星巴克 1F-101 在一周内两次被投诉饮品中有异物。" + ("顾客称 <b>再次</b> 发现异物。" * 300
                                                       if long else ""),
        root_cause_category="流程", root_cause="出品前未检查杯盖包装；新员工未经培训上岗。",
        actions=[CapaActionLine("纠正", "全体员工出品流程培训", "李经理",
                                dt.date(2026, 12, 5), dt.date(2026, 12, 4)),
                 CapaActionLine("预防", "每月抽查出品流程并记录", "营运部 陈楼管",
                                dt.date(2026, 12, 31))],
        ops_signed_by="赵经理", ops_signed_at=dt.datetime(2026, 12, 5, 16, 0),
        gm_signed_by="钱总", gm_signed_at=dt.datetime(2026, 12, 6, 10, 0),
        verify_days=30, verify_from=dt.date(2026, 12, 6), verify_until=dt.date(2027, 1, 5),
        baseline_count=2, verification_count=0, result="有效：同类投诉未再发生",
        cases=[AttachedCase(case, "已结案", "商户已道歉并退款。"),
               AttachedCase(second, "已结案", "商户已道歉并赠送饮品券。")])


def sample_revisits(count: int = 264):
    """A month of revisits: most done, some unreachable, the rest still to call."""
    from desk.documents.data.revisits import RevisitLogData, RevisitLogRow

    words = ("处理很及时，谢谢。", "还可以", "=cmd|' /C calc'!A0", "希望以后不要再发生 😀",
             "", "店员态度有改善，但等待时间仍然太长，希望商场继续督促商户。")
    rows = []
    for n in range(1, count + 1):
        state = "done" if n % 5 else ("unreachable" if n % 10 else "due")
        done = state == "done"
        rows.append(RevisitLogRow(
            no=n, due_date=dt.date(2026, 11, 1 + n % 28),
            done_at=dt.datetime(2026, 11, 1 + n % 28, 15, 10) if done else None,
            customer="𠮷野䶮堃" if n == 3 else f"顾客{n:03d}",
            phone=f"1380013{n:04d}" if state == "due" else f"138****{n:04d}",
            case_nos=[f"TS-202610{1 + n % 28:02d}-{n:04d}"] + (["TS-20261002-0001"] if n % 7 == 0
                                                               else []),
            categories="服务态度" if n % 2 else "商品质量", kind="投诉回访",
            attempts="电话 ×1" if done else "电话 ×2、短信 ×1",
            satisfaction=(n % 5) + 1 if done else None, reasons="处理及时" if done else "",
            words=words[n % len(words)] if done else "",
            outcome="已回访" if done else "", status={"done": "已完成", "due": "待回访",
                                                   "unreachable": "无法联系"}[state],
            by="王小明" if done else ""))
    return RevisitLogData(dt.date(2026, 11, 1), rows, count,
                          sum(r.done_at is not None for r in rows),
                          sum(r.status == "无法联系" for r in rows), 3.4)
