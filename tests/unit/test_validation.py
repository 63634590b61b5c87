import datetime as dt

import pytest

from etsoft_desk.domain.customer import AgeCheck, Address, SourceKind
from etsoft_desk.domain.errors import FieldError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.validation import (bsn_valid, check_free_text, format_phone, luhn_valid, normalise_email,
                                           normalise_phone, normalise_postcode, parse_amount, parse_date,
                                           parse_house_number, validate_card)
from tests.helpers.cards import card

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("typed", ["06-12345678", "+31 6 1234 5678", "0031612345678", "06 1234 5678", "(06) 12345678"])
def test_every_way_of_writing_a_dutch_mobile_gives_the_same_number(typed):
    assert normalise_phone(typed) == "+31612345678"


def test_belgian_number_with_country_be_and_display_formats():
    assert normalise_phone("0470 12 34 56", "BE") == "+32470123456"
    assert format_phone("+31612345678") == "06 12345678"
    assert format_phone("+32470123456") == "+32 470 12 34 56"


@pytest.mark.parametrize("bad", ["0612", "12345", "phone", "06-1234567890123"])
def test_invalid_phone_numbers_are_refused_with_the_value_in_the_message(bad):
    with pytest.raises(FieldError) as err:
        normalise_phone(bad)
    assert err.value.template == Msg.PHONE_INVALID and bad in str(err.value)


@pytest.mark.parametrize("typed,expected", [("4561zh", "4561 ZH"), ("4561 ZH", "4561 ZH"), (" 4561  zh ", "4561 ZH")])
def test_dutch_postcodes_are_normalised(typed, expected):
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize("bad", ["0561 ZH", "4561", "45612 ZH", "ZH 4561"])
def test_invalid_dutch_postcodes_are_refused(bad):
    with pytest.raises(FieldError, match="postcode"):
        normalise_postcode(bad)


def test_belgian_postcode_is_four_digits():
    assert normalise_postcode("9000", "BE") == "9000"


@pytest.mark.parametrize("bad", ["jan", "jan@", "jan@example", "jan @example.com", "@example.com", "a@b.c"])
def test_invalid_email_addresses_are_refused(bad):
    with pytest.raises(FieldError):
        normalise_email(bad)


def test_email_domain_is_lowercased_local_part_kept():
    assert normalise_email(" Jan.Berg@Example.COM ") == "Jan.Berg@example.com"


def test_luhn_and_bsn_checks():
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert bsn_valid("111222333") and not bsn_valid("111222334")


@pytest.mark.parametrize("text,template", [
    ("Betaalt met kaart 4111 1111 1111 1111", Msg.PAYMENT_CARD_IN_TEXT),
    ("kaart 4111-1111-1111-1111", Msg.PAYMENT_CARD_IN_TEXT),
    ("BSN 111222333", Msg.BSN_IN_TEXT),
    ("bsn 111.222.333", Msg.BSN_IN_TEXT),
    ("bsn 111 222 333", Msg.BSN_IN_TEXT),
    ("bsn 1112.22.333", Msg.BSN_IN_TEXT),
])
def test_free_text_refuses_card_numbers_and_bsns(text, template):
    with pytest.raises(FieldError) as err:
        check_free_text(text, "notes")
    assert err.value.template == template


@pytest.mark.parametrize("text", ["Belt na 17:00 op 06-12345678", "Serienummer 4111111111111112", "Factuur 2024-00017",
                                  "factuur 2025-00007"])  # 202500007 passes the 11-check, but is no written BSN
def test_free_text_keeps_ordinary_numbers(text):
    assert check_free_text(text, "notes") == text


def test_house_number_with_addition_and_dates_and_amounts():
    assert parse_house_number("12a") == (12, "A")
    assert parse_house_number("12-bis") == (12, "BIS")
    with pytest.raises(FieldError):
        parse_house_number("twaalf")
    assert parse_date("01-02-1970", "x") == dt.date(1970, 2, 1)
    assert parse_date("1970-02-01", "x") == dt.date(1970, 2, 1)
    with pytest.raises(FieldError):
        parse_date("31-02-1970", "x")
    assert str(parse_amount("1.234,50")) == "1234.50"
    assert str(parse_amount("€ 49,95")) == "49.95"
    with pytest.raises(FieldError):
        parse_amount("veel")


def test_valid_card_is_normalised():
    out = validate_card(card(), today=TODAY)
    assert out.phones == ["+31612345678"]
    assert out.address.postcode == "4561 ZH"
    assert out.age_confirmed and out.age_check == AgeCheck.ID_SHOWN and out.age_checked_on == TODAY


def test_every_bad_field_is_reported_at_once():
    bad = card(first_name="", last_name="", emails=["nope"], phones=["123"],
               address=Address(postcode="99", city="Hulst"), age_confirmed=False, age_check=None)
    with pytest.raises(ValidationFailed) as err:
        validate_card(bad, today=TODAY)
    fields = {e.field for e in err.value.errors}
    assert fields == {"first_name", "email", "phone", "postcode", "age"}


def test_under_18_is_refused_with_a_sentence_to_read_out():
    with pytest.raises(ValidationFailed) as err:
        validate_card(card(), today=TODAY, birth_date=dt.date(2009, 11, 26))
    assert err.value.for_field("age").template == Msg.UNDER_18
    assert "under 18" in str(err.value)


def test_eighteenth_birthday_today_is_allowed_and_recorded_as_birth_date_check():
    out = validate_card(card(age_confirmed=False, age_check=None), today=TODAY, birth_date=dt.date(2008, 11, 25))
    assert out.age_check == AgeCheck.BIRTH_DATE


def test_third_party_source_needs_a_name():
    with pytest.raises(ValidationFailed) as err:
        validate_card(card(source_kind=SourceKind.THIRD_PARTY, source_name=" "), today=TODAY)
    assert err.value.for_field("source_name").template == Msg.SOURCE_NAME_REQUIRED


def _library_only(raw: str, country: str) -> str | None:
    import phonenumbers

    text = raw.strip()
    text = "+" + text[2:] if text.startswith("00") else text
    try:
        number = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_fast_path_for_dutch_mobiles_agrees_with_the_full_library_parse():
    import random

    rng = random.Random(7)
    prefixes = ["06", "+316", "00316", "+31 6 ", "06-", "(06) ", "06 ", "+31-6-", "0031 6 "]
    checked = 0
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 8, 8, 9])))
        for raw in (rng.choice(prefixes) + digits, rng.choice(prefixes)[:-1] + "9" + digits[:7]):
            for country in ("NL", "BE", "DE"):
                expected = _library_only(raw, country)
                try:
                    got = normalise_phone(raw, country)
                except FieldError:
                    got = None
                assert got == expected, (raw, country)
                checked += 1
    assert checked == 18000


def test_display_of_dutch_mobiles_matches_the_library():
    import phonenumbers

    for digits in ("12345678", "00000000", "99999999", "40506070"):
        for e164 in (f"+316{digits}",):
            expected = phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)
            assert format_phone(e164) == expected
    assert format_phone("+31201234567") == "020 123 4567"  # landlines still go through the library
