"""Issue 13's leftovers: two rows of one file that are the same person, Outlook's vCard 2.1, and rows whose
country cannot be told."""

import datetime as dt

import pytest

from etsoft_desk.domain.customer import Address
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services.importer import ImportRejected, import_file
from etsoft_desk.store.models import Customer
from tests.unit.test_cli import keyed  # noqa: F401 (the fixture)
from tests.unit.test_import_formats import FIXTURES, cards

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 0)
HEADER = "Voornaam;Achternaam;E-mail;Telefoon;Straat;Postcode;Plaats;Opmerkingen\n"


def run(register, path, **kw):
    return import_file(path, db=register.db, audit=register.audit, today=TODAY, now=NOW, **kw)


def write(tmp_path, *rows, name="klanten.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def twice(tmp_path):
    return write(tmp_path,
                 "Anna;de Vries;anna@example.nl;0612345678;Kerkstraat 1;4561 AB;Hulst;Eerste",
                 "Bert;Smit;bert@example.nl;;Markt 2;4561 CD;Hulst;",
                 "Anna;de Vries;ANNA@example.nl;0114123456;;;;Tweede",  # the same email
                 "Anna;de Vries;;;Kerkstraat 1;4561 AB;Hulst;",  # the same name, postcode and number
                 "Anna;de Vries;anna2@example.nl;;Kerkstraat 9;4561 AB;Hulst;")  # a namesake at another number


def test_two_rows_of_one_file_that_are_the_same_person_are_refused_unless_the_owner_chooses(register, tmp_path):
    with pytest.raises(ImportRejected) as err:
        run(register, twice(tmp_path))
    assert [(p.line, p.errors[0].template, p.errors[0].params) for p in err.value.problems] == [
        (4, Msg.IMPORT_DUPLICATE_IN_FILE, {"line": 2}), (5, Msg.IMPORT_DUPLICATE_IN_FILE, {"line": 2})]
    assert Customer.select().count() == 0


def test_skip_keeps_the_first_and_names_the_skipped_rows(register, tmp_path):
    result = run(register, twice(tmp_path), duplicates="skip")
    assert (result.imported, result.skipped, result.skipped_rows) == (3, 2, [(4, 2, None), (5, 2, None)])
    assert [(c[0], c[1], c[2], c[5]) for c in cards(register)] == [
        (("Anna", "de", "Vries"), ["anna@example.nl"], ["+31612345678"], "Eerste"),
        (("Bert", "", "Smit"), ["bert@example.nl"], [], ""),
        (("Anna", "de", "Vries"), ["anna2@example.nl"], [], "")]


def test_merge_makes_one_card_of_them_even_across_batches(register, tmp_path, monkeypatch):
    for batch in (500, 2):  # in the same batch, and after the first row went into the register
        monkeypatch.setattr("etsoft_desk.services.importer.BATCH", batch)
        Customer.delete().execute()
        result = run(register, twice(tmp_path), duplicates="merge")
        assert (result.imported, result.merged) == (3, 2), batch
        anna = cards(register)[0]
        assert anna[1] == ["anna@example.nl"] and anna[2] == ["+31612345678", "+31114123456"], batch
        assert anna[3] == Address("Kerkstraat", 1, "", "4561 AB", "Hulst", "NL") and anna[5] == "Eerste\nTweede"


def test_add_adds_both(register, tmp_path):
    assert run(register, twice(tmp_path), duplicates="add").imported == 5


def test_a_duplicate_of_the_register_is_still_named_by_its_customer(register, tmp_path):
    run(register, write(tmp_path, "Anna;de Vries;anna@example.nl;;;;;", name="eerst.csv"))
    with pytest.raises(ImportRejected) as err:
        run(register, twice(tmp_path))
    assert [(p.line, p.errors[0].template) for p in err.value.problems] == [
        (2, Msg.IMPORT_DUPLICATE), (4, Msg.IMPORT_DUPLICATE), (5, Msg.IMPORT_DUPLICATE_IN_FILE)]
    result = run(register, twice(tmp_path), duplicates="merge")  # all three into the register's Anna
    assert (result.imported, result.merged) == (2, 3)
    assert cards(register)[0][2] == ["+31612345678", "+31114123456"]


def test_outlooks_vcard_21_quoted_printable_in_its_character_sets(register):
    result = run(register, FIXTURES / "outlook21.vcf", notes=["ORG"])
    assert result.imported == 2 and not result.problems and result.layout == "vcard"
    assert cards(register) == [
        (("René", "van", "Hoogé"), ["rene.hooge@example.nl"], ["+31612345677", "+31114654321"],
         Address("Crèvecoeurstraat", 7, "BIS", "4561 AB", "Hulst", "NL"), False,
         "Laptop gekocht in 2019, wil één keer per jaar een onderhoudsbeurt (€ 49,95)\nORG: Café De Zwân"),
        (("Noëlle", "", "Maës"), ["noelle@example.be"], ["+3237751235"], Address(country="BE"), False, "")]


def nowhere(tmp_path):
    return write(tmp_path,
                 "Mila;Smit;mila@example.nl;;;;;",  # nothing tells the country
                 "Jef;Peeters;jef@example.be;;;9130;Kieldrecht;",  # a Belgian postcode
                 "Sem;Bos;sem@example.nl;;;;;", name="zonder_land.csv")


def countries(register):
    return [(c[0][0], c[3].country) for c in cards(register)]


def test_a_row_without_a_country_gets_nl_or_the_owners_choice(register, tmp_path):
    run(register, nowhere(tmp_path))
    assert countries(register) == [("Mila", "NL"), ("Jef", "BE"), ("Sem", "NL")]
    Customer.delete().execute()
    run(register, nowhere(tmp_path), country_unknown="DE")
    assert countries(register) == [("Mila", "DE"), ("Jef", "BE"), ("Sem", "DE")]
    Customer.delete().execute()
    run(register, nowhere(tmp_path), countries={2: "be", 4: "LU"})  # the window's choice per row
    assert countries(register) == [("Mila", "BE"), ("Jef", "BE"), ("Sem", "LU")]


def test_ask_puts_those_rows_in_the_rejects_file_with_a_sentence(register, tmp_path):
    import csv

    path = nowhere(tmp_path)
    with pytest.raises(ImportRejected) as err:
        run(register, path, country_unknown="ask")
    assert [(p.line, p.errors[0].template) for p in err.value.problems] == [
        (2, Msg.IMPORT_COUNTRY_UNKNOWN), (4, Msg.IMPORT_COUNTRY_UNKNOWN)]
    result = run(register, path, country_unknown="ask", skip_invalid=True)
    assert result.imported == 1 and countries(register) == [("Jef", "BE")]
    with open(result.rejects_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [(r[0], r[-2]) for r in rows[1:]] == [("Mila", "2"), ("Sem", "4")]
    assert rows[1][-1].startswith("The country of this contact cannot be told from its postcode, place or phone")


def test_an_unknown_choice_for_the_country_is_told(register, tmp_path):
    from etsoft_desk.domain.errors import UserError

    with pytest.raises(UserError) as err:
        run(register, nowhere(tmp_path), country_unknown="Narnia")
    assert err.value.template == Msg.IMPORT_COUNTRY_CHOICE_INVALID and Customer.select().count() == 0


def test_the_preview_lists_the_rows_whose_country_cannot_be_told(register, tmp_path):
    from etsoft_desk.services.importer import preview

    found = preview(nowhere(tmp_path))
    assert found.unknown_countries == [(2, "Mila Smit"), (4, "Sem Bos")] and found.unknown_count == 2


def test_the_command_line_names_skipped_rows_and_asks_about_countries(keyed, tmp_path):
    from tests.unit.test_cli import etsoft

    data, key = keyed
    path = twice(tmp_path)
    run = etsoft("import", str(path), data_dir=data, key=key)
    assert run.returncode == 1 and "line 4: This contact is the same person as line 2 of the file" in run.stderr
    run = etsoft("import", str(path), "--duplicates", "skip", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert "Imported 3 customers." in run.stdout and "2 duplicates skipped" in run.stdout
    assert "line 4: skipped, the same person as line 2 of the file." in run.stdout
    assert "line 5: skipped, the same person as line 2 of the file." in run.stdout
    path = nowhere(tmp_path)
    run = etsoft("import", str(path), "--country-unknown", "ask", "--skip-invalid", data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert "Imported 1 customers." in run.stdout and "2 rows were not imported" in run.stdout
    assert "The country of this contact cannot be told" in (tmp_path / "zonder_land.rejects.csv").read_text("utf-8-sig")
    run = etsoft("import", str(path), "--country-unknown", "XYZ", data_dir=data, key=key)
    assert run.returncode != 0 and "is not a country for contacts without one" in run.stderr


@pytest.mark.parametrize("batch", [500, 2])  # all in one batch; the first two in the register before the last
def test_a_row_merged_into_an_earlier_one_is_found_again_by_its_own_email(register, tmp_path, monkeypatch, batch):
    monkeypatch.setattr("etsoft_desk.services.importer.BATCH", batch)
    path = write(tmp_path,
                 "Anna;de Vries;anna@example.nl;;Kerkstraat 1;4561 AB;Hulst;",
                 "Anna;de Vries;werk@example.nl;;Kerkstraat 1;4561 AB;Hulst;",  # the same name and address
                 "Bert;Smit;bert@example.nl;;;;;",
                 "A.;de Vries;werk@example.nl;0612345678;;;;")  # only the second one's email
    result = run(register, path, duplicates="merge")
    assert (result.imported, result.merged) == (2, 2)
    assert cards(register)[0][1:3] == (["anna@example.nl", "werk@example.nl"], ["+31612345678"])


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_vcard_21_with_8_bit_values_in_the_charset_it_names(register, tmp_path, encoding):
    charset = "Windows-1252" if encoding == "cp1252" else "UTF-8"
    path = tmp_path / "telefoon.vcf"
    path.write_bytes((f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET={charset}:Maës;Noëlle\r\n"
                      "TEL;CELL:+32 3 775 12 35\r\nNOTE;CHARSET={charset}:Koffie, thee\\\\melk\r\n"
                      "END:VCARD\r\n").replace("{charset}", charset).encode(encoding))
    assert run(register, path).imported == 1
    assert [(c[0], c[5]) for c in cards(register)] == [(("Noëlle", "", "Maës"), "Koffie, thee\\\\melk")]
