import csv
import datetime as dt

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services.importer import ImportRejected, import_csv
from etsoft_desk.store.models import Customer, CustomerPhone

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 0)

GOOD_NL = ("voornaam;tussenvoegsel;achternaam;e-mail;telefoon;straat;huisnummer;postcode;woonplaats;land;"
           "geboortedatum;notities\r\n"
           "José;van der;Berg;jose@example.com;06-12345678;Steenstraat;12a;4561zh;Hulst;Nederland;01-02-1970;Vaste klant\r\n"
           "Marieke;;Claeys;marieke@example.be;0470 12 34 56;Grote Markt;3;9000;Gent;België;;\r\n")


def run(register, path, **kw):
    return import_csv(path, audit=register.audit, today=TODAY, now=NOW, **kw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_excel_csv_in_any_of_its_encodings(register, tmp_path, encoding):
    path = tmp_path / "klanten.csv"
    path.write_bytes(GOOD_NL.encode(encoding))
    result = run(register, path)
    assert result.imported == 2
    names = sorted(c.first_name for c in Customer.select())
    assert names == ["José", "Marieke"]
    jose = Customer.get(Customer.first_name == "José")
    assert (jose.postcode, jose.house_number, jose.house_number_addition, jose.country) == ("4561 ZH", 12, "A", "NL")
    assert jose.age_check == "birth_date"
    marieke = Customer.get(Customer.first_name == "Marieke")
    assert marieke.country == "BE" and not marieke.age_confirmed
    assert CustomerPhone.get(CustomerPhone.customer == marieke.id).number == "+32470123456"
    assert [r.id for r in register.customers.search("0612345678")] == [jose.id]


def test_english_headers_with_commas(register, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text("first_name,last_name,email,phone,postcode,city,birth_date\n"
                    "Ann,Smith,ann@example.com,+31612345678,4561 ZH,Hulst,1980-05-01\n", encoding="utf-8")
    assert run(register, path).imported == 1
    assert register.customers.search("Smith")[0].email == "ann@example.com"


BAD = GOOD_NL + ("Kees;;Kind;kees@example;0612;x;1;4561ZH;Hulst;;01-01-2015;\r\n"
                 "Piet;;Pas;piet@example.com;;;;;;;;kaart 4111 1111 1111 1111\r\n")


def test_one_bad_row_imports_nothing_and_every_bad_row_is_listed(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        run(register, path)
    problems = err.value.problems
    assert [p.line for p in problems] == [4, 5]
    assert any("email" in r for r in problems[0].reasons) and any("under 18" in r for r in problems[0].reasons)
    assert "card number" in problems[1].reasons[0]
    assert Customer.select().count() == 0
    assert not (tmp_path / "klanten.rejects.csv").exists()


def test_skip_invalid_imports_the_good_rows_and_writes_the_bad_ones_beside_the_input(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text(BAD, encoding="utf-8")
    result = run(register, path, skip_invalid=True)
    assert result.imported == 2 and len(result.problems) == 2
    with open(result.rejects_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][-1] == "reden" and [r[0] for r in rows[1:]] == ["Kees", "Piet"]
    assert Customer.select().count() == 2


def test_an_interrupted_import_leaves_the_register_as_it_was(register, tmp_path, monkeypatch):
    from etsoft_desk.store import customers as store

    path = tmp_path / "klanten.csv"
    path.write_text(GOOD_NL, encoding="utf-8")
    original = store.insert_many

    def crash_halfway(cards, now):
        original(list(cards)[:1], now)
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "insert_many", crash_halfway)
    with pytest.raises(KeyboardInterrupt):
        run(register, path)
    assert Customer.select().count() == 0
    assert register.audit.verify().entries == 1


@pytest.mark.parametrize("content,template", [
    ("", Msg.IMPORT_NOT_CSV),
    ("kleur;maat\nrood;L\n", Msg.IMPORT_NO_NAME_COLUMN),
])
def test_files_that_are_not_customer_lists_are_told(register, tmp_path, content, template):
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as err:
        run(register, path)
    assert err.value.template == template


def test_missing_file(register, tmp_path):
    with pytest.raises(UserError) as err:
        run(register, tmp_path / "nope.csv")
    assert err.value.template == Msg.IMPORT_FILE_MISSING
