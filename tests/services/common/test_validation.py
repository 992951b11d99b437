"""Validation of what a clerk types: phone numbers, lengths, odd characters, languages."""
from __future__ import annotations

import pytest

from desk import i18n
from desk.services.cases.complaints import create_complaint, get_complaint, validate
from desk.services.common.validation import (
    LIMITS,
    ValidationError,
    is_valid_phone,
    phone_digits,
)
from desk.text import clean_text

VALID_PHONES = [
    "13812345678",            # mainland mobile
    "138 1234 5678",
    "138-1234-5678",
    "+86 138 1234 5678",
    "+8613812345678",
    "0086 138 1234 5678",
    "021-12345678",           # mainland landline, Shanghai
    "0755-1234567",           # Shenzhen, 7-digit number
    "(021) 1234 5678",
    "9123 4567",              # Hong Kong mobile
    "+852 9123 4567",
    "2345 6789",              # Hong Kong landline
    "0912345678",             # Taiwan mobile
    "0912-345-678",
    "+886 912 345 678",
    "02-2345-6789",           # Taipei landline
    "+886 2 2345 6789",
    "+44 20 7946 0958",       # international
    "+1 212 555 0100",
    "400-820-8820",           # service number
]

INVALID_PHONES = ["12345", "abc", "138123456789012345", "+", "1381234567a", "电话",
                  "12345678901", "--", "+0 123 4567"]


@pytest.mark.parametrize("phone", VALID_PHONES)
def test_valid_phone_formats(phone):
    assert is_valid_phone(phone)


@pytest.mark.parametrize("phone", INVALID_PHONES)
def test_invalid_phone_formats(phone):
    assert not is_valid_phone(phone)


@pytest.mark.parametrize("phone", ["138 1234 5678", "+86 138-1234-5678", "0086 13812345678",
                                   "8613812345678", "(138)12345678"])
def test_phone_digits_of_a_mainland_mobile_drop_the_country_code(phone):
    assert phone_digits(phone) == "13812345678"


def test_phone_digits_keep_other_numbers():
    assert phone_digits("021-12345678") == "02112345678"
    assert phone_digits("+852 9123 4567") == "85291234567"
    assert phone_digits("") == ""


@pytest.mark.parametrize("phone", ["12345", "abc"])
def test_bad_phone_is_refused_with_a_message(store, make_input, phone):
    with pytest.raises(ValidationError) as info:
        create_complaint(make_input(phone=phone))
    assert "phone" in info.value.errors
    assert phone in info.value.errors["phone"]
    assert "13812345678" in info.value.errors["phone"]  # shows an example of what works


@pytest.mark.parametrize("phone", ["+44 20 7946 0958", "02-2345-6789", "+852 9123 4567",
                                   "0755-1234567"])
def test_good_phone_is_saved_as_typed(store, make_input, clock, phone):
    record = create_complaint(make_input(phone=phone), clock=clock)
    assert get_complaint(record.id).phone == phone


def test_emoji_are_kept(store, make_input, clock):
    text = "顾客很生气😡，孩子哭了👶🏻，家庭👨‍👩‍👧 emoji 🇨🇳"
    record = create_complaint(make_input(description=text, complainant_name="李😀"),
                              clock=clock)
    saved = get_complaint(record.id)
    assert saved.description == text
    assert saved.complainant_name == "李😀"


def test_description_of_20000_characters_is_accepted(store, make_input, clock):
    assert LIMITS["description"] == 20000
    text = ("投诉内容" * 5000)[:20000]
    record = create_complaint(make_input(description=text), clock=clock)
    assert get_complaint(record.id).description == text


def test_description_of_20001_characters_is_refused_clearly(store, make_input):
    with pytest.raises(ValidationError) as info:
        validate(make_input(description="字" * 20001))
    message = info.value.errors["description"]
    assert "20001" in message and "20000" in message
    assert "too long" in message


def test_limits_apply_after_cleaning(store, make_input, clock):
    """Control characters do not count towards the limit: they are removed first."""
    text = "字" * 20000 + "\x00\x07"
    record = create_complaint(make_input(description=text), clock=clock)
    assert len(get_complaint(record.id).description) == 20000


def test_name_too_long(store, make_input):
    with pytest.raises(ValidationError) as info:
        validate(make_input(complainant_name="王" * 51))
    assert "51" in info.value.errors["complainant_name"]


def test_control_characters_are_stripped(store, make_input, clock):
    record = create_complaint(make_input(
        complainant_name="张\x00伟\x1b", description="第一行\r\n第二行\x07\x0c\u2028结束\ufeff",
        address="上海市\t浦东新区\n世纪大道"), clock=clock)
    saved = get_complaint(record.id)
    assert saved.complainant_name == "张伟"
    assert saved.description == "第一行\n第二行结束"
    assert saved.address == "上海市 浦东新区 世纪大道"


def test_clean_text_edge_cases():
    assert clean_text(None) == ""
    assert clean_text("  \t ") == ""
    assert clean_text(12) == "12"
    assert clean_text("a\tb", multiline=True) == "a\tb"
    assert clean_text("e\u0301") == "\u00e9"  # NFC
    assert clean_text("\x85next line") == "next line"


def test_lone_surrogate_is_stored_without_crash(store, make_input, clock):
    record = create_complaint(make_input(description="坏字符\ud800在这里",
                                         complainant_name="\udfff张伟"), clock=clock)
    saved = get_complaint(record.id)
    assert "\ud800" not in saved.description
    assert saved.description.startswith("坏字符") and saved.description.endswith("在这里")
    assert "\ufffd" in saved.description
    saved.description.encode("utf-8")  # a string that can be written anywhere


def test_surrogate_pair_becomes_the_real_character():
    assert clean_text("笑\ud83d\ude00") == "笑😀"


def test_anonymous_allowed_for_the_suggestion_box(store, make_input, org, clock):
    record = create_complaint(make_input(channel_id=org["channel_box"], anonymous=True,
                                         complainant_name="", phone=""), clock=clock)
    assert get_complaint(record.id).anonymous


def test_anonymous_refused_for_the_phone_channel(store, make_input, org):
    with pytest.raises(ValidationError) as info:
        validate(make_input(channel_id=org["channel_phone"], anonymous=True,
                            complainant_name="", phone=""))
    assert set(info.value.errors) == {"anonymous"}


def test_a_named_complaint_needs_a_way_to_answer(store, make_input):
    with pytest.raises(ValidationError) as info:
        validate(make_input(phone="", address=""))
    assert "phone" in info.value.errors
    validate(make_input(phone="", address="上海市浦东新区世纪大道1号"))


def test_missing_fields_are_all_reported_at_once(store, make_input):
    with pytest.raises(ValidationError) as info:
        validate(make_input(channel_id=None, category_id=None, complainant_name="",
                            description="  ", severity="bogus", demands=["bribe"]))
    assert {"channel", "category", "complainant_name", "description", "severity",
            "demand"} <= set(info.value.errors)
    assert all(info.value.errors.values())


def test_object_needs_its_pick(store, make_input, org):
    with pytest.raises(ValidationError) as info:
        validate(make_input(object_type="tenant"))
    assert "tenant" in info.value.errors
    validate(make_input(object_type="tenant", tenant_id=org["tenant"]))


def test_unknown_references_are_refused(store, make_input):
    with pytest.raises(ValidationError) as info:
        validate(make_input(channel_id=99999, object_type="staff", staff_id=99999))
    assert {"channel", "staff"} <= set(info.value.errors)


def test_validation_error_message_joins_all_fields():
    error = ValidationError({"a": "First.", "b": "Second."})
    assert str(error) == "First.; Second."
    assert error.errors == {"a": "First.", "b": "Second."}


@pytest.mark.skipif(not i18n.catalogue("zh_CN"),
                    reason="the zh_CN catalogue has no translations yet")
def test_messages_follow_the_chosen_language(store, make_input):
    source = "Describe what happened."
    assert i18n.catalogue("zh_CN").get((i18n.CODE_CONTEXT, source)), \
        "the catalogue should translate a message of the intake form"
    with pytest.raises(ValidationError) as english:
        validate(make_input(description=""))
    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as chinese:
        validate(make_input(description=""))
    assert english.value.errors["description"] == source
    assert chinese.value.errors["description"] != source
    assert chinese.value.errors["description"] == i18n.translate(source, "zh_CN")
