import csv
import datetime as dt

import pytest

from etsoft_desk.domain.customer import Address
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
    return import_csv(path, db=register.db, audit=register.audit, today=TODAY, now=NOW, **kw)


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


# --- the rejects file keeps nothing it must not -------------------------------------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def read_rejects(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_the_rejects_file_masks_card_numbers_and_bsns_and_has_no_formula_cell(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text(
        "voornaam;achternaam;e-mail;telefoon;toevoeging;notities\r\n"
        "Piet;Pas;piet@example.com;;;kaart 4111\u00a01111\u00a01111\u00a01111\r\n"
        "Bea;Bos;4111_1111_1111_1111@example.com;;;\r\n"
        "Carl;Cijfer;carl@example.com;4111/1111/1111/1111;;\r\n"  # a phone column: its error echoes the value
        "Dirk;Dop;dirk@example.com;;111 222 333;\r\n"
        "=HYPERLINK(\"http://x\");@SUM(A1);+31 6;-1;\tTAB;\"\rCR\"\r\n"
        "Goed;Mens;goed@example.com;+31 6 12345678;;Vaste klant\r\n", encoding="utf-8")
    result = run(register, path, skip_invalid=True)
    assert result.imported == 1 and len(result.problems) == 5
    text = result.rejects_path.read_text(encoding="utf-8-sig")
    for digits in ("4111", "1111", "111 222 333", "222"):
        assert digits not in text
    rows = read_rejects(result.rejects_path)
    assert rows[0] == ["voornaam", "achternaam", "e-mail", "telefoon", "toevoeging", "notities", "regel", "reden"]
    assert [r[0] for r in rows[1:]] == ["Piet", "Bea", "Carl", "Dirk", "'=HYPERLINK(\"http://x\")"]
    assert rows[1][5] == "kaart XXXX XXXX XXXX XXXX" and rows[2][2] == "XXXX_XXXX_XXXX_XXXX@example.com"
    assert rows[3][3] == "XXXX/XXXX/XXXX/XXXX" and rows[4][4] == "XXX XXX XXX"
    assert rows[3][-1] == "telefoon: “XXXX/XXXX/XXXX/XXXX” is not a valid phone number."
    assert rows[1][-1].startswith("notities: This text contains what looks like a payment card number.")
    assert [r[-2] for r in rows[1:]] == ["2", "3", "4", "5", "6"]
    assert rows[5][:6] == ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'+31 6", "'-1", "'\tTAB", "'\rCR"]
    for row in rows:
        for cell in row:
            assert not cell.lstrip(" ").startswith(FORMULA_START), cell
    for problem in result.problems:  # what the command line prints and the window lists: the same sentences
        assert not any(d in r for r in problem.reasons for d in ("4111", "1111", "222"))


def test_a_corrected_rejects_file_imports_again_without_the_apostrophes(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;telefoon;geboortedatum\r\nKees;Kind;+31 6 12345678;01-01-2015\r\n",
                    encoding="utf-8")
    result = run(register, path, skip_invalid=True)
    rows = read_rejects(result.rejects_path)
    assert rows[1][:4] == ["Kees", "Kind", "'+31 6 12345678", "01-01-2015"]
    rows[1][3] = "01-01-1970"  # the owner corrects the date of birth and imports the rejects file
    fixed = tmp_path / "verbeterd.csv"
    with open(fixed, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    assert run(register, fixed).imported == 1
    assert CustomerPhone.get().number == "+31612345678"


def test_a_huge_value_is_not_echoed_whole(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;telefoon\r\nHuub;Groot;" + "9" * 130_000 + "\r\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        run(register, path)
    (reason,) = err.value.problems[0].reasons
    assert len(reason) < 120 and reason.startswith("telefoon: “99999") and "…”" in reason
    result = run(register, path, skip_invalid=True)
    assert len(read_rejects(result.rejects_path)[1][-1]) < 120


def test_the_row_of_an_erased_person_is_not_copied_only_named(register, tmp_path):
    from tests.helpers.cards import card

    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart", emails=["anna@example.com"],
                                         address=Address(postcode="4561 ZH", city="Hulst")))
    register.erasure.erase(cid)
    path = tmp_path / "klanten.csv"
    path.write_text(
        "voornaam;achternaam;e-mail;telefoon;postcode;woonplaats;geboortedatum;notities\r\n"
        "Anna;Zwart;ANNA@example.com;0612345678;4561ZH;Hulst;03-04-1971;Heupoperatie gehad\r\n"  # would import
        "Anna;Zwart;;0612;4561 zh;Hulst;31-02-1971;Rolstoel\r\n"  # invalid too, known by name and postcode
        "Anna;Zwart;anna@example.com;;;;01-01-2015;kaart 4111 1111 1111 1111\r\n"  # invalid, known by email
        "Bert;Aalst;bert@example.com;0612;;;;\r\n"
        "Cor;Goed;cor@example.com;;;;;\r\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        register.import_csv(path)
    erased = "This person asked to be erased on 25-11-2026: not imported."
    assert [(p.line, p.reasons) for p in err.value.problems] == [
        (2, [erased]), (3, [erased]), (4, [erased]), (5, ["telefoon: “0612” is not a valid phone number."])]
    result = register.import_csv(path, skip_invalid=True)
    assert result.imported == 1
    rows = read_rejects(result.rejects_path)
    assert rows[1:] == [["", "", "", "", "", "", "", "", "2", erased], ["", "", "", "", "", "", "", "", "3", erased],
                        ["", "", "", "", "", "", "", "", "4", erased],
                        ["Bert", "Aalst", "bert@example.com", "0612", "", "", "", "", "5",
                         "telefoon: “0612” is not a valid phone number."]]
    text = result.rejects_path.read_text(encoding="utf-8-sig")
    for value in ("Anna", "Zwart", "anna@", "1971", "Heup", "Rolstoel", "2015", "4561"):
        assert value not in text


@pytest.mark.parametrize("obstacle", ["name too long", "a folder"])
def test_a_rejects_file_that_cannot_be_written_imports_nothing_and_says_so(register, tmp_path, obstacle):
    # A name the file system takes for the input, but not with ".rejects" added; or a folder in its place.
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / (("k" * 248 if obstacle == "name too long" else "klanten") + ".csv")
    path.write_text(BAD, encoding="utf-8")
    if obstacle == "a folder":
        (folder / "klanten.rejects.csv").mkdir()
    with pytest.raises(UserError) as err:
        run(register, path, skip_invalid=True)
    assert err.value.template == (Msg.OUTPUT_NAME_TOO_LONG if obstacle == "name too long" else Msg.OUTPUT_IS_FOLDER)
    assert Customer.select().count() == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([path.name] + (["klanten.rejects.csv"]
                                                                                 if obstacle == "a folder" else []))
