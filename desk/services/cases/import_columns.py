"""The columns of an old complaint register (Excel or CSV kept before Desk) and the
reading of its cells: header names in English and Chinese (Simplified and Traditional),
values as codes or as display names in any of the three languages.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desk.i18n import LANGUAGES, N_, translate
from desk.services.common import vocab


@dataclass(frozen=True)
class Column:
    key: str              # the field, also the English header of the template
    label: str            # N_(): the column's name on screens and in messages
    zh: tuple[str, ...]   # Chinese header names (the first is the template's)
    required: bool = False


COLUMNS = (
    Column("received_at", N_("Received"), ("投诉时间", "受理时间", "投訴時間", "受理時間",
                                           "日期", "时间"), True),
    Column("complainant", N_("Complainant"), ("投诉人", "姓名", "投訴人", "顾客姓名", "客户姓名")),
    Column("phone", N_("Phone"), ("电话", "联系电话", "電話", "聯絡電話", "手机")),
    Column("channel", N_("Channel"), ("渠道", "投诉渠道", "管道", "投訴渠道", "来源"), True),
    Column("category", N_("Category"), ("类别", "投诉类别", "類別", "投訴類別", "类型"), True),
    Column("severity", N_("Severity"), ("严重程度", "嚴重程度", "级别")),
    Column("description", N_("What happened"), ("投诉内容", "投诉经过", "投訴內容", "投訴經過",
                                               "内容"), True),
    Column("address", N_("Address"), ("地址", "联系地址", "聯絡地址")),
    Column("room_no", N_("Room no."), ("房号", "房號")),
    Column("member_no", N_("Member no."), ("会员号", "會員號", "会员卡号")),
    Column("customer_class", N_("Customer class"), ("客户类别", "客戶類別")),
    Column("anonymous", N_("Anonymous"), ("匿名",)),
    Column("incident_at", N_("Incident time"), ("事发时间", "事發時間")),
    Column("incident_place", N_("Place"), ("地点", "事发地点", "地點", "事發地點")),
    Column("tenant", N_("Tenant / shop"), ("商户", "商戶", "店铺", "店鋪")),
    Column("department", N_("Department"), ("部门", "部門", "责任部门", "責任部門")),
    Column("object_text", N_("Product or service"), ("投诉对象", "投訴對象", "商品或服务")),
    Column("demands", N_("Demands"), ("诉求", "訴求", "顾客诉求")),
    Column("demand_text", N_("Demand in the customer's words"), ("诉求说明", "訴求說明")),
    Column("status", N_("Status"), ("状态", "狀態", "处理状态")),
    Column("closed_at", N_("Closed"), ("结案时间", "結案時間", "关闭时间")),
)
BY_KEY = {column.key: column for column in COLUMNS}
_ALIASES = {"complainant_name": "complainant", "name": "complainant", "received": "received_at",
            "date": "received_at", "place": "incident_place", "text": "description"}
IMPORT_STATUSES = ("new", "closed")   # an imported case is either still to handle or done


def fold(text: object) -> str:
    """A header or value spelled loosely: no spaces or punctuation, any case."""
    return re.sub(r"[\s_\-/:：()（）*]+", "", str(text or "")).casefold()


def header_map() -> dict[str, str]:
    """Folded header name -> column key: the key, its English label, the Chinese names and
    the label as translated in every language."""
    found: dict[str, str] = {fold(alias): key for alias, key in _ALIASES.items()}
    for column in COLUMNS:
        names = [column.key, column.label, *column.zh,
                 *(translate(column.label, lang) for lang in LANGUAGES)]
        for name in names:
            found.setdefault(fold(name), column.key)
    return found


def match_headers(cells: list) -> tuple[dict[int, str], list[str]]:
    """Column index -> key for the header row, and the headers not understood."""
    names = header_map()
    used: dict[int, str] = {}
    unknown = []
    for index, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        key = names.get(fold(cell))
        if key is None or key in used.values():
            unknown.append(str(cell).strip())
        else:
            used[index] = key
    return used, unknown


def value_map(pairs) -> dict[str, object]:
    """Folded spelling -> value, for (value, code, name) triples: the code, the name as
    stored, and the name translated into every language all find the value."""
    found: dict[str, object] = {}
    for value, code, name in pairs:
        for spelling in (code, name, *(translate(name, lang) for lang in LANGUAGES)):
            if spelling:
                found.setdefault(fold(spelling), value)
    return found


def code_map(table: dict[str, str]) -> dict[str, object]:
    return value_map((code, code, label) for code, label in table.items())


def lookup(table: dict[str, object], text: str):
    return table.get(fold(text))


def split_list(text: str) -> list[str]:
    return [part for part in re.split(r"[,，、;；/]+", text) if part.strip()]


TRUE_WORDS = {fold(w) for w in ("1", "yes", "y", "true", "是", "匿名", "x", "√")}
FALSE_WORDS = {fold(w) for w in ("", "0", "no", "n", "false", "否")}

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
                   r"(?:[ T]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?分?)?$")


def parse_moment(value) -> dt.datetime | None:
    """A cell as a moment: an Excel date, or text like 2025-03-08 14:30, 2025/3/8,
    2025年3月8日 14:30. None when it is not one."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    match = _DATE.match(str(value or "").strip())
    if not match:
        return None
    parts = [int(p) if p else 0 for p in match.groups()]
    try:
        return dt.datetime(*parts)
    except ValueError:
        return None


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)   # a phone number Excel stored as a number
    return str(value)


def clean_cell(value) -> str:
    return cell_text(value).strip()


def is_formula(value) -> bool:
    return isinstance(value, str) and value.startswith("=") and len(value) > 1


class UnreadableFile(ValueError):
    """The file is not a workbook or CSV we can read."""


def read_table(path: Path) -> list[list]:
    """Every row of the first sheet (xlsx) or of the CSV file, as lists of raw values;
    formulas stay as their text (``=1+1``) so they can be refused, never computed."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UnreadableFile(path.name)
        return [row for row in csv.reader(text.splitlines())]
    if suffix in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=False)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise UnreadableFile(path.name) from exc
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    raise UnreadableFile(path.name)


def template_headers(lang: str) -> list[str]:
    """The template's header row: the keys in English, the first Chinese name otherwise
    (Traditional for zh_TW where it differs)."""
    if lang == "en":
        return [column.key for column in COLUMNS]
    heads = []
    for column in COLUMNS:
        name = column.zh[0]
        if lang == "zh_TW":
            name = next((z for z in column.zh if z != name and _tw_of(name) == z), name)
        heads.append(name)
    return heads


def _tw_of(simplified: str) -> str:
    table = {"诉": "訴", "电": "電", "话": "話", "类": "類", "别": "別", "严": "嚴",
             "经": "經", "过": "過", "内": "內", "户": "戶", "门": "門", "号": "號",
             "会": "會", "员": "員", "发": "發", "间": "間", "点": "點", "对": "對",
             "说": "說", "态": "態", "结": "結", "时": "時", "联": "聯", "络": "絡", "铺": "鋪",
             "址": "址", "渠": "渠", "道": "道"}
    return "".join(table.get(ch, ch) for ch in simplified)


SEVERITY_VALUES = code_map(vocab.SEVERITIES)
CLASS_VALUES = code_map(vocab.CUSTOMER_CLASSES)
DEMAND_VALUES = code_map(vocab.DEMANDS)
STATUS_VALUES = code_map({code: vocab.STATUSES[code] for code in IMPORT_STATUSES})
