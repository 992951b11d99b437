"""Demo data: two years of a mall/hotel complaint desk, in Chinese, reproducible by seed."""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from desk import paths
from desk.services.common import vocab
from desk.services.common.clock import system_clock
from desk.services.common.validation import phone_digits
from desk.services.org import organisation
from desk.store import search
from desk.store.db import bulk_insert, transaction, url_for_path
from desk.store.models.cases import (
    CaseCounter,
    Category,
    Channel,
    Complaint,
    Department,
    Site,
    Staff,
    Tenant,
)

CHUNK = 5000

DEPARTMENTS = ["客服部", "营运部", "保安部", "工程部", "保洁部", "停车场管理处", "餐饮部",
               "前厅部", "客房部", "市场部"]
SHOPS = ["优衣库", "星巴克", "屈臣氏", "海底捞", "周大福", "华为体验店", "小米之家", "名创优品",
         "永辉超市", "万达影城", "喜茶", "肯德基", "麦当劳", "ZARA", "H&M", "苏宁易购",
         "李宁", "安踏", "太平鸟", "森马", "绫致", "西西弗书店", "孩子王", "屈臣氏药房",
         "老凤祥", "必胜客", "西贝莜面村", "外婆家", "奈雪的茶", "蜜雪冰城"]
PLACES = ["一楼中庭", "二楼扶梯口", "B1停车场", "三楼美食广场", "前台大堂", "客房走廊",
          "西门入口", "卫生间", "儿童游乐区", "电梯厅", "收银台", "试衣间"]
# category code -> complaint texts
TEXTS = {
    "product_quality": ["买的衣服洗了一次就开线了，要求退货。", "手机刚买三天屏幕出现亮线。",
                        "食品过了保质期还在货架上销售。", "鞋子穿了一周鞋底开胶。"],
    "price": ["标价与收银价格不一致，多收了二十元。", "促销活动说满减，结账时不认。",
              "会员价没有打折，要求退还差价。"],
    "service_attitude": ["店员态度恶劣，不理睬顾客询问。", "服务员上菜时把汤洒在顾客身上，没有道歉。",
                         "前台办理入住等了四十分钟，员工还很不耐烦。", "保安说话粗鲁。"],
    "environment": ["卫生间没有纸巾而且很脏。", "空调温度太低，多次反映无人处理。",
                    "停车场照明不足，找不到车位。", "客房隔音太差，整夜听到噪音。"],
    "delivery": ["网上订购的商品超过约定时间五天仍未送到。", "送货上门时包装破损，商品摔坏。"],
    "after_sales": ["维修一个月了还没有修好。", "办理退货被一再推托，要求给个说法。",
                    "保修期内收取维修费用。"],
    "false_advertising": ["宣传单上写全场五折，实际只有少数商品打折。", "广告说赠送礼品，到店后说送完了。"],
    "safety": ["扶梯突然停止，孩子摔倒受伤。", "地面湿滑没有警示牌，顾客滑倒。",
               "消防通道被货物堵塞。"],
    "other": ["储物柜丢失物品。", "希望增加母婴室。", "广播音量太大。"],
}
CATEGORY_WEIGHTS = {"product_quality": 22, "price": 14, "service_attitude": 24,
                    "environment": 12, "delivery": 5, "after_sales": 10,
                    "false_advertising": 4, "safety": 3, "other": 6}
CHANNEL_WEIGHTS = {"phone": 20, "in_person": 35, "hotline": 12, "suggestion_box": 5,
                   "letter": 2, "email": 4, "web": 8, "social_media": 9, "transferred": 5}
MONTH_FACTOR = [1.4, 1.5, 0.9, 0.9, 1.1, 1.0, 1.2, 1.2, 0.9, 1.4, 1.1, 1.3]


def demo_url() -> str:
    return url_for_path(paths.data_dir() / "desk-demo.sqlite")


def _organisation(rng: random.Random, fake) -> dict:
    if not Site.select().exists():
        organisation.set_setting("company_name", "星河广场购物中心")
        site = Site.create(name="星河广场")
        depts = [Department.create(name=n, site=site) for n in DEPARTMENTS]
        for i, shop in enumerate(SHOPS):
            Tenant.create(name=shop, unit_no=f"{1 + i % 4}F-{100 + i:03d}", site=site,
                          manager=fake.name(), phone=fake.phone_number())
        roles = (["clerk"] * 6 + ["floor_supervisor"] * 4 + ["department_manager"] * 5
                 + ["operations_manager", "deputy_gm", "gm"])
        for role in roles:
            Staff.create(name=fake.name(), role=role, phone=fake.phone_number(),
                         department=rng.choice(depts))
    return {
        "categories": {c.code: c.id for c in Category.select() if c.code},
        "channels": {c.code: c.id for c in Channel.select() if c.code},
        "tenants": [t.id for t in Tenant.select()],
        "departments": [d.id for d in Department.select()],
        "clerks": [s.id for s in Staff.select().where(Staff.role == "clerk")],
        "site": Site.select().first().id,
    }


def _timestamps(rng: random.Random, count: int, end: dt.datetime,
                years: int = 2) -> list[dt.datetime]:
    start = end - dt.timedelta(days=365 * years)
    days = [(start + dt.timedelta(days=i)).date() for i in range(365 * years + 1)]
    weights = [MONTH_FACTOR[d.month - 1] * (1.4 if d.weekday() >= 5 else 1.0) for d in days]
    picked = rng.choices(days, weights=weights, k=count)
    stamps = [dt.datetime.combine(d, dt.time(rng.randint(9, 21), rng.randint(0, 59),
                                             rng.randint(0, 59))) for d in picked]
    stamps.sort()
    return [min(s, end) for s in stamps]


def fill_demo(count: int, seed: int = 1, clock=system_clock,
              progress: Callable[[int, int], None] | None = None, years: int = 2) -> int:
    """Add ``count`` demo cases over the last ``years`` years (in time order, so case
    numbers follow the dates)."""
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    now = clock.now()
    with transaction():
        org = _organisation(rng, fake)
    people = [(fake.name(), fake.phone_number(), fake.address()) for _ in range(
        min(max(count // 3, 50), 50000))]
    reply = organisation.reply_hours()
    counters: dict[str, int] = {c.day: c.last for c in CaseCounter.select()}
    cats, cat_w = list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    chans, chan_w = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
    stamps = _timestamps(rng, count, now, years)
    search.drop_triggers()
    try:
        for start in range(0, count, CHUNK):
            rows = [_row(rng, stamp, org, people, reply, counters, cats, cat_w, chans, chan_w,
                         now) for stamp in stamps[start:start + CHUNK]]
            with transaction():
                bulk_insert(Complaint, rows)
            if progress:
                progress(min(start + CHUNK, count), count)
        with transaction():
            for day, last in counters.items():
                (CaseCounter.insert(day=day, last=last)
                 .on_conflict(conflict_target=[CaseCounter.day],
                              update={CaseCounter.last: last}).execute())
            search.reindex_all()
    finally:
        search.create_index()
    return count


def _row(rng, stamp, org, people, reply, counters, cats, cat_w, chans, chan_w, now) -> dict:
    day = stamp.strftime("%Y%m%d")
    counters[day] = counters.get(day, 0) + 1
    category = rng.choices(cats, cat_w)[0]
    channel = rng.choices(chans, chan_w)[0]
    severity = "urgent" if category == "safety" and rng.random() < 0.6 else rng.choices(
        ["ordinary", "serious", "urgent"], [80, 17, 3])[0]
    anonymous = channel == "suggestion_box" and rng.random() < 0.5
    name, phone, address = rng.choice(people) if not anonymous else ("", "", "")
    due = stamp + dt.timedelta(hours=reply.get(severity, 72))
    age_days = (now - stamp).days
    if age_days > 20 or rng.random() < (age_days / 25):
        status = "closed"
    else:
        status = rng.choice(["new", "awaiting_approval", "in_progress", "awaiting_signature",
                             "resolved"])
    obj = rng.random()
    tenant = rng.choice(org["tenants"]) if obj < 0.55 else None
    department = rng.choice(org["departments"]) if 0.55 <= obj < 0.85 else None
    place = rng.choice(PLACES)
    text = rng.choice(TEXTS[category])
    description = f"{stamp:%m月%d日}在{place}，{text}"
    demand = rng.choice(list(vocab.DEMANDS))
    return {
        "case_no": f"{day}-{counters[day]:04d}", "status": status, "received_at": stamp,
        "recorded_by": rng.choice(org["clerks"]), "site": org["site"],
        "anonymous": anonymous, "complainant_name": name, "phone": phone,
        "phone_digits": phone_digits(phone), "address": address if rng.random() < 0.3 else "",
        "room_no": "", "member_no": "", "customer_class": rng.choices(
            ["ordinary", "potential", "key", "core"], [70, 15, 10, 5])[0],
        "channel": org["channels"][channel], "incident_at": stamp - dt.timedelta(
            minutes=rng.randint(5, 600)), "incident_place": place,
        "object_type": "tenant" if tenant else ("department" if department else "service"),
        "tenant": tenant, "department": department, "staff": None, "object_text": "",
        "category": org["categories"][category], "severity": severity,
        "description": description, "demands": demand, "demand_text": "",
        "reply_due_at": due, "closed_at": (min(due, now) if status == "closed" else None),
        "voided": False, "void_reason": "", "created_at": stamp, "updated_at": stamp,
    }
