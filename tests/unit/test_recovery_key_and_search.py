import os

import pytest

from etsoft_desk.domain import search
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key, parse_key
from etsoft_desk.domain.redact import redact


def test_recovery_key_round_trips_in_any_case_and_spacing():
    key = os.urandom(32)
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_key(text) == key
    assert parse_key(text.lower().replace("-", " ")) == key
    assert parse_key(key.hex()) == key
    assert parse_key(key.hex().upper()) == key


def test_every_single_character_typo_is_caught():
    key = bytes(range(32))
    text = format_recovery_key(key).replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for pos in range(len(text)):
        for ch in alphabet:
            if ch == text[pos]:
                continue
            typo = text[:pos] + ch + text[pos + 1:]
            try:
                assert parse_key(typo) != key
            except UserError as exc:
                assert exc.template in (Msg.KEY_TYPO,)


def test_confusable_letters_read_as_digits():
    key = bytes(32)
    text = format_recovery_key(key)
    assert "0" in text
    assert parse_key(text.replace("0", "O")) == key


@pytest.mark.parametrize("bad", ["", "1234", "U" * 56, "G" * 64])
def test_malformed_keys_are_refused(bad):
    with pytest.raises(UserError) as err:
        parse_key(bad)
    assert err.value.template == Msg.KEY_MALFORMED


@pytest.mark.parametrize("typed,expected", [
    ("06-1234", '"061234"*'),
    ("+31 6 1234 5678", '"31612345678"*'),
    ("0031612345678", '"31612345678"*'),
    ("4561", '"4561"*'),
    ("Jansen hulst", '"jansen"* AND "hulst"*'),
    ("Müller", '"muller"*'),
    ('"; DROP', '"drop"*'),
    ("   ", None),
])
def test_typed_text_becomes_a_safe_prefix_query(typed, expected):
    assert search.match_expression(typed) == expected


def test_index_text_holds_both_phone_forms_and_both_postcode_forms():
    text = search.index_text(names=["Jan"], emails=["a@b.nl"], phones=["+31612345678"], postcode="4561 ZH", city="Hulst")
    for token in ("31612345678", "0612345678", "4561 ZH", "4561ZH", "Hulst"):
        assert token in text


def test_redact_removes_emails_numbers_and_quoted_values():
    text = redact("ValueError: 'Jan Berg' jan@example.com +31 6 1234 5678 at line 12")
    assert "jan@example.com" not in text and "1234 5678" not in text and "Jan Berg" not in text
    assert "line 12" in text
