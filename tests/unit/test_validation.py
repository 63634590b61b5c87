import datetime as dt

import pytest

from etsoft_desk.domain.customer import AgeCheck, Address, SourceKind
from etsoft_desk.domain.errors import FieldError, UserError, ValidationFailed
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


# --- card numbers and BSNs, however written, in every free-text field ---------------------------------------
CARD_GROUPS, BSN_GROUPS = ("4111", "1111", "1111", "1111"), ("111", "222", "333")
SEPARATORS = {"space": " ", "two spaces": "  ", "three spaces": "   ", "NBSP": "\u00a0", "narrow NBSP": "\u202f",
              "tab": "\t", "ideographic space": "\u3000", "dot": ".", "dash": "-", "en dash": "\u2013",
              "non-breaking hyphen": "\u2011", "minus sign": "\u2212", "slash": "/", "backslash": "\\",
              "underscore": "_", "spaced dash": " - ", "zero-width space": "\u200b", "none": ""}
DIGITS = {"ascii": 0x30, "full-width": 0xFF10, "arabic-indic": 0x0660, "devanagari": 0x0966,
          "mathematical bold": 0x1D7CE}
# Where the number is typed on the card: the field that reports it, and how the card gets it.
CARD_FIELDS = {
    "first_name": ("first_name", lambda n: card(first_name=f"Jan {n}")),
    "infix": ("infix", lambda n: card(infix=f"van {n}")),
    "last_name": ("last_name", lambda n: card(last_name=f"Berg {n}")),
    "street": ("street", lambda n: card(address=Address(street=f"Steenstraat {n}", city="Hulst"))),
    "house_number_addition": ("house_number", lambda n: card(address=Address(house_number=12, house_number_addition=n,
                                                                               city="Hulst"))),
    "city": ("city", lambda n: card(address=Address(city=f"Hulst {n}"))),
    "notes": ("notes", lambda n: card(notes=f"Betaalt met {n}, vaste klant.")),
    "email local part": ("email", lambda n: card(emails=[f"{n}@example.com"])),
    "email local part with a name": ("email", lambda n: card(emails=[f"jan.{n}@example.com"])),
    "source_name": ("source_name", lambda n: card(source_kind=SourceKind.THIRD_PARTY, source_name=f"Collega {n}")),
    "source_how": ("source_how", lambda n: card(source_kind=SourceKind.THIRD_PARTY, source_name="Collega",
                                                source_how=f"gebeld, {n}")),
}
NUMBERS = {"card": (CARD_GROUPS, Msg.PAYMENT_CARD_IN_TEXT), "bsn": (BSN_GROUPS, Msg.BSN_IN_TEXT)}


def written(groups, separator=" ", digits="ascii"):
    base = DIGITS[digits]
    return separator.join("".join(chr(base + int(d)) for d in group) for group in groups)


def refused_field(text_card) -> FieldError:
    with pytest.raises(ValidationFailed) as err:
        validate_card(text_card, today=TODAY)
    assert len(err.value.errors) == 1, [str(e) for e in err.value.errors]
    return err.value.errors[0]


@pytest.mark.parametrize("field_kind", CARD_FIELDS)
@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("number", NUMBERS)
def test_a_card_number_or_bsn_with_any_separator_is_refused_in_every_field_of_the_card(number, separator, field_kind):
    groups, template = NUMBERS[number]
    field, make = CARD_FIELDS[field_kind]
    typed = written(groups, SEPARATORS[separator])
    error = refused_field(make(typed))
    assert (error.field, error.template) == (field, template)
    assert typed not in str(error) and groups[-1] not in str(error)  # one sentence that never echoes the number


@pytest.mark.parametrize("field_kind", CARD_FIELDS)
@pytest.mark.parametrize("digits", DIGITS)
@pytest.mark.parametrize("number", NUMBERS)
def test_a_card_number_or_bsn_in_any_unicode_digits_is_refused_in_every_field_of_the_card(number, digits, field_kind):
    groups, template = NUMBERS[number]
    field, make = CARD_FIELDS[field_kind]
    error = refused_field(make(written(groups, "\u00a0", digits)))
    assert (error.field, error.template) == (field, template)


@pytest.mark.parametrize("typed", ["5500 0000 0000 0004", "3782 822463 10005", "4111-1111-1111-1111-003",
                                   "6011111111111117", "1112.22.333", "111 222 333", "BSN: 111222333."])
def test_other_card_layouts_and_ways_of_writing_a_bsn_are_refused(typed):
    with pytest.raises(FieldError):
        check_free_text(f"klant gaf {typed} op", "notes")


def _history_fields():
    from etsoft_desk.domain.customer import JobKind, ServiceJob, Visit
    from etsoft_desk.services.sensitive import SensitiveCategory
    from etsoft_desk.domain.referral import NameShown

    def job(**kw):
        return lambda r, cid: r.customers.add_service_job(cid, ServiceJob(TODAY, JobKind.REPAIR, **kw))
    return {
        "visit purpose": lambda n: lambda r, cid: r.customers.add_visit(cid, Visit(TODAY, f"Kwam langs, {n}")),
        "job device": lambda n: job(device=f"Laptop {n}"),
        "job serial number": lambda n: job(serial_number=n),
        "job description": lambda n: job(description=f"Scherm kapot, {n}"),
        "paper in an erasure": lambda n: lambda r, cid: r.erasure.erase(cid, paper=[("paper", f"Formulier {n}",
                                                                                         "shredded")]),
        "special-category note": lambda n: lambda r, cid: r.sensitive.add(
            cid, list(SensitiveCategory)[0], f"Slechtziend, {n}", explicit_consent=True, consent_method="counter"),
        "referral text": lambda n: lambda r, cid: r.referrals.request(cid, f"Top service! {n}", list(NameShown)[0]),
        "referral approval evidence": lambda n: lambda r, cid: r.referrals.approve(
            r.referrals.request(cid, "Top service!", list(NameShown)[0]), f"getekend, {n}", "counter"),
    }


@pytest.mark.parametrize("field_kind", ["visit purpose", "job device", "job serial number", "job description",
                                        "paper in an erasure", "special-category note", "referral text",
                                        "referral approval evidence"])
def test_every_free_text_field_of_the_history_refuses_them_too(register, field_kind):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card())
    add = _history_fields()[field_kind]
    forms = [written(g, s, d) for g, _ in NUMBERS.values() for s in ("\u00a0", "/", "_", "  ", "\u2013")
             for d in ("ascii", "full-width")]
    if field_kind == "job serial number":  # a serial is a code: 9 digits there are not taken for a BSN (see below)
        forms = [f for f in forms if sum(c.isdigit() for c in f) == 16]
    for form in forms:
        with pytest.raises(UserError) as err:
            add(form)(register, cid)
        errors = err.value.errors if isinstance(err.value, ValidationFailed) else [err.value]
        assert [e.template for e in errors] in ([Msg.PAYMENT_CARD_IN_TEXT], [Msg.BSN_IN_TEXT]), (field_kind, form)
        assert form not in str(err.value)
    assert register.customers.count() == 1 and not register.customers.open(cid).visits


@pytest.mark.parametrize("text", [
    "Afspraak 12-03-2024 14.30, bellen 06-12345678",  # date, time and phone side by side never add up to a card
    "Belt via +31 612345683 of 0031 612345683",  # 612345683 passes the 11-check: a phone number, not a BSN
    "Bestelling 123456782 is binnen",  # a 9-digit order number that passes the 11-check by chance
    "Factuur nr. 123456782, ordernummer: 123.456.782",
    "Serienummer SN123456782",  # glued to letters: a code
    "Serienummer 4111 1111 1111 1112",  # many digits, but fails Luhn
    "IMEI 356938035643809",  # a phone's serial: 15 digits with a Luhn check digit, no card issuer
    "Referentie 9999 9999 9999 9995",  # passes Luhn, but no card issuer starts with 9
    "Postcode 4561 ZH, huisnummer 12, tel 06 12345678 of 06 87654321",
    "Bedrag € 1.234,50 en € 99,95 op 01-02-2025 t/m 31-12-2025",
    "Maat 42 43 44 45 46 47 48",  # short groups are no card number
    "Factuur 2025-00007",
])
def test_ordinary_numbers_at_the_counter_are_kept(text):
    assert check_free_text(text, "notes") == text


def test_a_serial_number_field_keeps_a_nine_digit_serial_but_not_a_card_number():
    assert check_free_text("123456782", "serial_number") == "123456782"
    with pytest.raises(FieldError):
        check_free_text("4111 1111 1111 1111", "serial_number")


def test_an_ordinary_card_with_digits_in_its_fields_is_kept():
    out = validate_card(card(emails=["jan1970@example.com", "06-12345678@example.com"],
                             address=Address(street="Steenstraat", house_number=12, house_number_addition="bis",
                                             postcode="4561zh", city="Hulst")), today=TODAY)
    assert out.emails == ["jan1970@example.com", "06-12345678@example.com"]
    assert out.address.house_number_addition == "BIS"


def test_masking_keeps_the_text_and_hides_every_digit_of_the_number():
    from etsoft_desk.domain.card_numbers import mask_card_numbers_and_bsns

    assert mask_card_numbers_and_bsns("kaart 4111\u00a01111\u00a01111\u00a01111, bsn 111/222/333, tel 0612345678") == \
        "kaart XXXX XXXX XXXX XXXX, bsn XXX/XXX/XXX, tel 0612345678"
    assert mask_card_numbers_and_bsns("Vaste klant") == "Vaste klant"


def _record_fields():
    """The texts the shop types about requests, rights, staff and itself: none may hold a card number or BSN."""
    from etsoft_desk.domain.requests import RequestChannel, RequestKind
    from etsoft_desk.domain.rights import ObjectionDecision, RestrictionReason
    from etsoft_desk.domain.consent import ConsentMethod

    def request(r, cid):
        return r.requests.add(cid, RequestKind.ACCESS, TODAY, RequestChannel.COUNTER)

    def decide(n):
        def act(r, cid):
            oid = r.rights.object_to_processing(cid, "reclame op papier", ConsentMethod.COUNTER)
            r.rights.decide(cid, oid, ObjectionDecision.UPHELD, f"klant gelijk, {n}")
        return act

    def lift(n):
        def act(r, cid):
            r.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
            r.rights.lift(cid, told_how=f"per brief, {n}")
        return act
    return {
        "refusal reasons": lambda n: lambda r, cid: r.requests.refuse(request(r, cid), f"geen reden, {n}"),
        "extension reasons": lambda n: lambda r, cid: r.requests.extend(request(r, cid), 1, f"drukte, {n}"),
        "objection decision": decide,
        "how a lift was told": lift,
        "staff name": lambda n: lambda r, cid: r.staff.add("XY", f"Piet {n}"),
        "shop name": lambda n: lambda r, cid: r.settings.set_value("shop_name", f"ETSoft {n}"),
        "why a notice could not be sent": lambda n: lambda r, cid: r.notices.mark_not_sent(
            _waiting_notice(r, cid), "impossible", f"adres onbekend, {n}"),
    }


def _waiting_notice(register, cid) -> int:
    from etsoft_desk.domain.rights import RestrictionReason
    from etsoft_desk.domain.sharing import RecipientRole

    partner = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True)
    register.sharing.disclose(cid, partner, "facturen 2026")
    register.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    return register.notices.listing()[-1].id


@pytest.mark.parametrize("field_kind", list(_record_fields()))
@pytest.mark.parametrize("form", ["4111 1111 1111 1111", "4111\n1111\n1111\n1111", "111,222,333", "111 222 333"])
def test_the_shops_own_records_refuse_them_too(register, field_kind, form):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card())
    with pytest.raises(UserError) as err:
        _record_fields()[field_kind](form)(register, cid)
    assert err.value.template in (Msg.PAYMENT_CARD_IN_TEXT, Msg.BSN_IN_TEXT), (field_kind, form)
    assert form not in str(err.value)
