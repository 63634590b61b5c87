"""Every sample contact file (tests/fixtures/import/, fictitious people) imported and every value read back
from the card; the columns nobody said what to do with refused; nothing stored wrongly."""

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from etsoft_desk.domain.customer import Address
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services.importer import ImportRejected, import_file
from etsoft_desk.store.models import Customer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 10, 0)


def run(register, path, **kw):
    return import_file(path, db=register.db, audit=register.audit, today=TODAY, now=NOW, **kw)


def cards(register):
    out = []
    for c in Customer.select().order_by(Customer.id):
        card = register.customers.open(c.id, log_view=False).card
        out.append(((card.first_name, card.infix, card.last_name), card.emails, card.phones, card.address,
                    card.age_confirmed, card.notes))
    return out


SANNE = (("Sanne", "van der", "Berg"), ["sanne@example.nl"], ["+31612345678"],
         Address("Steenstraat", 12, "A", "4561 ZH", "Hulst", "NL"), True, "Vaste klant")
EXPECTED = {
    "google_contacts.csv": ("google", [
        (SANNE[0], ["sanne@example.nl", "sanne.werk@example.nl"], *SANNE[2:]),
        (("Pieter", "", "Van Damme"), ["pieter@example.be"], ["+3237751234"],  # a Belgian prefix stays
         Address("Dorpsstraat", 5, "BUS2", "9130", "Kieldrecht", "BE"), False, "")]),
    "google_old.csv": ("google_old", [
        (("Tim", "van den", "Broek"), ["tim@example.nl"], ["+31612345670"],
         Address("Kerkstraat", 3, "", "4571 AB", "Axel", "NL"), False, "Printer")]),
    "outlook_english.csv": ("outlook_en", [
        (("René", "van", "Dijk"), ["rene@example.nl", "rene.werk@example.nl"], ["+31114123456", "+31611223344"],
         Address("Kerkstraat", 5, "", "4561 AB", "Hulst", "NL"), False,
         "Wil een nieuwe laptop\nAnder adres: Industrieweg 1, 4538 AA Terneuzen")]),
    "excel_unicode.txt": ("plain", [
        (("Zoë", "", "Jansen"), ["zoe@example.nl"], ["+31612345674"], Address("", None, "", "4561 GH", "Hulst", "NL"),
         False, "")]),
    "naam_adres.csv": ("plain", [
        (("Piet", "de", "Vries"), ["piet@example.nl"], ["+31612345672"],
         Address("Dorpsstraat", 14, "A", "4561 CD", "Hulst", "NL"), False, ""),
        (("Lieve", "", "Maes"), ["lieve@example.be"], ["+3237751234"],
         Address("Kerkplein", 2, "BUS3", "9130", "Kieldrecht", "BE"), False, "")]),
    "pipes.csv": ("plain", [
        (("Mila", "", "Smit"), ["mila@example.nl"], [], Address("", None, "", "", "Hulst", "NL"), False, "")]),
    "vcard3.vcf": ("vcard", [
        SANNE,
        (("Tim", "van den", "Broek"), ["tim@example.nl"], ["+31612345670", "+31114123456"], Address(), False, "")]),
    "vcard4.vcf": ("vcard", [
        (("Noor", "", "Visser"), ["noor@example.nl"], ["+31612345671"],
         Address("Lange Nieuwstraat", 8, "", "4561 BB", "Hulst", "NL"), True, "Komt voor, reparatie")]),
    "excel.xlsx": ("plain", [  # a tussenvoegsel column: "De Wit" is left as the file has it
        (("Fleur", "", "De Wit"), ["fleur@example.nl"], ["+31612345675"],  # the number Excel took for a number
         Address("Markt", 4, "", "4561 EA", "Hulst", "NL"), True, ""),
        (("Bram", "van", "Leeuwen"), ["bram@example.nl"], ["+31612345676"],
         Address("Noordstraat", 10, "A", "4561 EB", "Hulst", "NL"), False, "")]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_format_and_layout_imports_every_value(register, name):
    layout, expected = EXPECTED[name]
    result = run(register, FIXTURES / name)
    assert result.layout == layout
    assert result.imported == len(expected) and not result.problems
    assert cards(register) == expected


def test_a_column_that_fits_no_field_is_refused_until_the_owner_says_what_to_do(register, tmp_path):
    path = FIXTURES / "outlook_dutch.csv"  # Windows-1252, semicolons, Dutch Outlook headers, a "Bedrijf"
    with pytest.raises(UserError) as err:
        run(register, path)
    assert err.value.template == Msg.IMPORT_COLUMNS_LEFT_OUT and "“Bedrijf”" in str(err.value)
    assert Customer.select().count() == 0
    result = run(register, path, notes=["Bedrijf"])
    assert result.layout == "outlook_nl" and result.imported == 2
    assert cards(register) == [
        (("Els", "", "Bakker"), ["els@example.nl", "info@bakkerij.example.nl"], ["+31114654321", "+31612345673"],
         Address("Molenstraat", 7, "B", "4561 CD", "Hulst", "NL"), True, "Bedrijf: Bakkerij Bakker"),
        (("Kees", "ter", "Horst"), ["kees@example.nl"], [], Address("Stationsplein", 1, "", "4561 EF", "Hulst", "NL"),
         False, "")]
    assert "Bedrijf" not in result.left_out and "Geslacht" in result.left_out


def test_leaving_a_column_out_or_a_mapping_file_also_tells(register, tmp_path):
    path = FIXTURES / "outlook_dutch.csv"
    assert run(register, path, ignore=["bedrijf"]).imported == 2
    assert "Bakkerij" not in " ".join(c[5] for c in cards(register))
    mapping = tmp_path / "kolommen.json"
    mapping.write_text('{"Bedrijf": "skip", "Notities": "notes"}', encoding="utf-8")
    from etsoft_desk.services.import_layouts import read_mapping

    assert read_mapping(mapping) == {"Bedrijf": "skip", "Notities": "notes"}
    with pytest.raises(UserError) as err:
        run(register, path, mapping={"Bedrijf": "bedrijfsnaam"})
    assert err.value.template == Msg.IMPORT_FIELD_UNKNOWN
    with pytest.raises(UserError) as err:
        run(register, path, ignore=["Faxnummer"])
    assert err.value.template == Msg.IMPORT_COLUMN_UNKNOWN


def test_a_file_mixing_utf8_and_windows_1252_names_the_bad_rows_and_stores_no_mojibake(register):
    with pytest.raises(ImportRejected) as err:
        run(register, FIXTURES / "mixed_encoding.csv")
    assert [(p.line, p.errors[0].template) for p in err.value.problems] == [
        (3, Msg.IMPORT_MIXED_ENCODING), (4, Msg.IMPORT_UNREADABLE_TEXT)]
    assert Customer.select().count() == 0


@pytest.mark.parametrize("row,template", [
    ("Nul;Byte\x00s;Hulst;;", Msg.IMPORT_NUL_CHARACTER),
    ("Lang;Adres;Hulst;12;" + "A" * 130_000, Msg.ADDITION_TOO_LONG),
])
def test_nul_bytes_and_fields_over_the_cards_limits_are_named_bad_rows(register, tmp_path, row, template):
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;plaats;huisnummer;toevoeging\r\nGoed;Mens;Hulst;;\r\n" + row + "\r\n",
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        run(register, path)
    (problem,) = err.value.problems
    assert problem.line == 3 and problem.errors[0].template == template
    assert len(" ".join(problem.reasons)) < 200
    assert Customer.select().count() == 0


def test_two_columns_with_the_same_header_keep_both_values_or_name_the_clash(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;e-mail;e-mail;plaats;plaats\r\n"
                    "Ann;Aal;ann@example.nl;ann@werk.example.nl;Hulst;Hulst\r\n"
                    "Bob;Bos;bob@example.nl;;Hulst;Axel\r\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        run(register, path)
    (problem,) = err.value.problems
    assert problem.line == 3 and problem.errors[0].template == Msg.IMPORT_COLUMNS_DISAGREE
    result = run(register, path, skip_invalid=True)
    assert result.imported == 1
    assert cards(register)[0][1] == ["ann@example.nl", "ann@werk.example.nl"]


def test_a_belgian_customer_without_a_country_column(register, tmp_path):
    path = tmp_path / "klanten.csv"
    path.write_text("voornaam;achternaam;postcode;woonplaats;telefoon\r\n"
                    "Jef;Van Acker;9130;Kieldrecht;03 775 12 34\r\n"
                    "Hans;Schmidt;;Aachen;\r\n"
                    "Wim;de Bruin;;;+32 470 12 34 56\r\n", encoding="utf-8")
    run(register, path)
    assert [(c[0], c[3].country) for c in cards(register)] == [
        (("Jef", "", "Van Acker"), "BE"), (("Hans", "", "Schmidt"), "DE"), (("Wim", "", "de Bruin"), "BE")]


def test_duplicates_are_refused_skipped_added_or_merged_as_the_owner_chooses(register, tmp_path):
    from tests.helpers.cards import card

    cid = register.customers.create(card(first_name="Sanne", infix="van der", last_name="Berg",
                                         emails=["sanne@example.nl"], phones=[], notes=""))
    path = FIXTURES / "vcard3.vcf"
    with pytest.raises(ImportRejected) as err:
        run(register, path)
    assert [(p.line, p.errors[0].template, p.errors[0].params) for p in err.value.problems] == [
        (1, Msg.IMPORT_DUPLICATE, {"value": cid})]
    result = run(register, path, duplicates="skip")
    assert (result.imported, result.skipped) == (1, 1)
    assert Customer.select().count() == 2
    result = run(register, path, duplicates="merge")
    assert (result.imported, result.merged) == (0, 2)  # Tim of the run before is now in the register too
    sanne = register.customers.open(cid, log_view=False).card
    assert sanne.phones == ["+31612345678"] and sanne.address.postcode == "4561 ZH" and sanne.notes == "Vaste klant"
    assert run(register, path, duplicates="add").imported == 2
    assert Customer.select().count() == 4


def test_the_rejects_file_is_not_overwritten_unasked(register, tmp_path):
    path = tmp_path / "klanten.csv"
    shutil.copy(FIXTURES / "mixed_encoding.csv", path)
    result = run(register, path, skip_invalid=True)
    with open(result.rejects_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [r[-2] for r in rows[1:]] == ["3", "4"]
    before = Customer.select().count()
    with pytest.raises(UserError) as err:
        run(register, path, skip_invalid=True)
    assert err.value.template == Msg.OUTPUT_EXISTS
    assert Customer.select().count() == before  # refused: nothing of the second run went in
    assert run(register, path, skip_invalid=True, overwrite=True, duplicates="add").imported == 2


def test_files_that_are_not_contact_files_are_told(register, tmp_path):
    (tmp_path / "kapot.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (tmp_path / "oud.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (tmp_path / "leeg.vcf").write_text("hallo", encoding="utf-8")
    for name, template in (("kapot.xlsx", Msg.IMPORT_NOT_READABLE), ("oud.xls", Msg.IMPORT_OLD_EXCEL),
                           ("leeg.vcf", Msg.IMPORT_NOT_READABLE)):
        with pytest.raises(UserError) as err:
            run(register, tmp_path / name)
        assert err.value.template == template, name


def test_rows_are_read_and_inserted_in_batches_and_a_cancel_halfway_leaves_the_register_as_it_was(
        register, tmp_path, monkeypatch):
    from etsoft_desk.services import importer
    from etsoft_desk.store import customers as store

    path = tmp_path / "veel.csv"
    path.write_text("voornaam;achternaam;telefoon\r\n" + "".join(
        f"Klant;Nummer{i};06{20000000 + i}\r\n" for i in range(1200)), encoding="utf-8")
    sizes = []
    original = store.insert_many
    monkeypatch.setattr(store, "insert_many", lambda cards, now: (sizes.append(len(cards)), original(cards, now))[1])

    class Cancelled(Exception):
        pass

    def cancel_after_the_first_batch(done, total):
        if sizes:
            raise Cancelled

    with pytest.raises(Cancelled):
        run(register, path, progress=cancel_after_the_first_batch)
    assert sizes == [importer.BATCH] and Customer.select().count() == 0
    sizes.clear()
    assert run(register, path).imported == 1200
    assert max(sizes) <= importer.BATCH and sum(sizes) == 1200
