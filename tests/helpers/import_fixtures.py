"""Writes the sample contact files in tests/fixtures/import/ (fictitious people), one per format and layout,
as each program's documented export lays them out: `python -m tests.helpers.import_fixtures`."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "import"

GOOGLE_NEW = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
              "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
              "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
              "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label",
              "Phone 1 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
              "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
              "Address 1 - Country", "Address 1 - Extended Address"]
GOOGLE_OLD = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
              "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
              "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information",
              "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes",
              "Language", "Photo", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
              "Phone 1 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
              "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
              "Address 1 - Country", "Address 1 - Extended Address"]
OUTLOOK_EN = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business City", "Business State", "Business Postal Code",
              "Business Country/Region", "Home Street", "Home City", "Home State", "Home Postal Code",
              "Home Country/Region", "Business Phone", "Home Phone", "Mobile Phone", "E-mail Address",
              "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Birthday", "Gender", "Initials", "Notes",
              "Priority", "Private", "Sensitivity"]
OUTLOOK_NL = ["Titel", "Voornaam", "Middelste naam", "Achternaam", "Achtervoegsel", "Bedrijf", "Afdeling",
              "Functie", "Werkadres, straat", "Werkadres, plaats", "Werkadres, postcode", "Land/regio (werk)",
              "Huisadres, straat", "Huisadres, plaats", "Huisadres, provincie", "Huisadres, postcode",
              "Land/regio (thuis)", "Telefoon op werk", "Telefoon thuis", "Mobiele telefoon", "E-mailadres",
              "E-mailtype", "Weergavenaam voor e-mail", "E-mailadres 2", "Verjaardag", "Geslacht", "Initialen",
              "Notities", "Prioriteit", "Priv", "Gevoeligheid"]


def rows(header: list[str], people: list[dict]) -> list[list[str]]:
    return [header] + [[p.get(h, "") for h in header] for p in people]


def csv_text(table: list[list[str]], delimiter: str = ",", line: str = "\r\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=line).writerows(table)
    return buffer.getvalue()


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    google = [
        {"First Name": "Sanne", "Last Name": "van der Berg", "Birthday": "1975-03-14", "Notes": "Vaste klant",
         "Labels": "* myContacts", "E-mail 1 - Label": "* Home", "E-mail 1 - Value": "sanne@example.nl",
         "E-mail 2 - Label": "Work", "E-mail 2 - Value": "sanne.werk@example.nl", "Phone 1 - Label": "Mobile",
         "Phone 1 - Value": "+31 6 12345678", "Address 1 - Label": "Home",
         "Address 1 - Formatted": "Steenstraat 12a\n4561 ZH Hulst\nNederland", "Address 1 - Street": "Steenstraat 12a",
         "Address 1 - City": "Hulst", "Address 1 - Postal Code": "4561 ZH", "Address 1 - Country": "Nederland"},
        {"First Name": "Pieter", "Last Name": "Van Damme", "Labels": "* myContacts ::: * starred",
         "E-mail 1 - Value": "pieter@example.be", "Phone 1 - Value": "03 775 12 34",
         "Address 1 - Street": "Dorpsstraat 5 bus 2", "Address 1 - City": "Kieldrecht",
         "Address 1 - Postal Code": "9130"},
    ]
    (HERE / "google_contacts.csv").write_text(csv_text(rows(GOOGLE_NEW, google)), encoding="utf-8")
    old = [{"Name": "Tim van den Broek", "Given Name": "Tim", "Family Name": "van den Broek",
            "Group Membership": "* myContacts", "E-mail 1 - Type": "* Home", "E-mail 1 - Value": "tim@example.nl",
            "Phone 1 - Type": "Mobile", "Phone 1 - Value": "06-12345670", "Address 1 - Street": "Kerkstraat 3",
            "Address 1 - City": "Axel", "Address 1 - Postal Code": "4571AB", "Notes": "Printer"}]
    (HERE / "google_old.csv").write_text(csv_text(rows(GOOGLE_OLD, old)), encoding="utf-8")
    outlook_en = [{"First Name": "René", "Middle Name": "van", "Last Name": "Dijk", "Home Street": "Kerkstraat 5",
                   "Home City": "Hulst", "Home Postal Code": "4561AB", "Home Country/Region": "Netherlands",
                   "Business Street": "Industrieweg 1", "Business City": "Terneuzen",
                   "Business Postal Code": "4538 AA", "Home Phone": "0114-123456", "Mobile Phone": "06-11223344",
                   "E-mail Address": "rene@example.nl", "E-mail Type": "SMTP",
                   "E-mail Display Name": "René van Dijk (rene@example.nl)", "E-mail 2 Address": "rene.werk@example.nl",
                   "Birthday": "0/0/00", "Gender": "Unspecified", "Initials": "R.v.D.", "Priority": "Normal",
                   "Private": "False", "Sensitivity": "Normal", "Notes": "Wil een nieuwe laptop"}]
    (HERE / "outlook_english.csv").write_bytes(csv_text(rows(OUTLOOK_EN, outlook_en)).encode("cp1252"))
    outlook_nl = [{"Voornaam": "Els", "Achternaam": "Bakker", "Bedrijf": "Bakkerij Bakker",
                   "Huisadres, straat": "Molenstraat 7 B", "Huisadres, plaats": "Hulst",
                   "Huisadres, postcode": "4561 CD", "Land/regio (thuis)": "Nederland",
                   "Telefoon thuis": "0114 654321", "Mobiele telefoon": "06 12345673",
                   "E-mailadres": "els@example.nl", "E-mailtype": "SMTP", "Weergavenaam voor e-mail": "Els Bakker",
                   "E-mailadres 2": "info@bakkerij.example.nl", "Verjaardag": "3-4-1968",
                   "Geslacht": "Niet-gespecificeerd", "Prioriteit": "Normaal", "Priv": "Onwaar",
                   "Gevoeligheid": "Normaal"},
                  {"Voornaam": "Kees", "Middelste naam": "ter", "Achternaam": "Horst", "Verjaardag": "0-0-00",
                   "E-mailadres": "kees@example.nl", "Huisadres, straat": "Stationsplein 1",
                   "Huisadres, postcode": "4561 EF", "Huisadres, plaats": "Hulst", "Geslacht": "Niet-gespecificeerd",
                   "Prioriteit": "Normaal", "Priv": "Onwaar", "Gevoeligheid": "Normaal"}]
    (HERE / "outlook_dutch.csv").write_bytes(csv_text(rows(OUTLOOK_NL, outlook_nl), ";").encode("cp1252"))
    unicode_text = csv_text([["Voornaam", "Achternaam", "Telefoon", "E-mail", "Postcode", "Plaats"],
                             ["Zoë", "Jansen", "06 12345674", "zoe@example.nl", "4561 GH", "Hulst"]], "\t")
    (HERE / "excel_unicode.txt").write_bytes(unicode_text.encode("utf-16"))  # with its BOM, as Excel saves it
    (HERE / "naam_adres.csv").write_text(csv_text([
        ["Naam", "Adres", "Telefoon", "E-mail"],
        ["Piet de Vries", "Dorpsstraat 14 A, 4561 CD Hulst", "0612345672", "piet@example.nl"],
        ["Lieve Maes", "Kerkplein 2 bus 3, 9130 Kieldrecht", "+32 3 775 12 34", "lieve@example.be"]], ";"),
        encoding="utf-8-sig")
    (HERE / "pipes.csv").write_text("voornaam|achternaam|e-mail|woonplaats\nMila|Smit|mila@example.nl|Hulst\n",
                                    encoding="utf-8")
    (HERE / "vcard3.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\nN:Berg;Sanne;van der;;\r\n"
        "FN:Sanne van der Berg\r\nEMAIL;TYPE=INTERNET,HOME:sanne@example.nl\r\nTEL;TYPE=CELL:+31 6 12345678\r\n"
        "ADR;TYPE=HOME:;;Steenstraat 12a;Hulst;;4561 ZH;Nederland\r\nBDAY:1975-03-14\r\nNOTE:Vaste klant\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:van den Broek;Tim;;;\r\nFN:Tim van den Broek\r\n"
        "TEL;TYPE=CELL:06-12345670\r\nTEL;TYPE=HOME:0114-123456\r\nEMAIL:tim@example.nl\r\nEND:VCARD\r\n",
        encoding="utf-8")
    (HERE / "vcard4.vcf").write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Noor Visser\r\nN:Visser;Noor;;;\r\n"
        "TEL;VALUE=uri;TYPE=\"cell\":tel:+31-6-12345671\r\nEMAIL;TYPE=home:noor@example.nl\r\n"
        "ADR;TYPE=home:;;Lange Nieuwstraat 8;Hulst;;4561 BB;Nederland\r\nBDAY:19900505\r\n"
        "NOTE:Komt voor\\, reparatie\r\nEND:VCARD\r\n", encoding="utf-8")
    mixed = (b"voornaam;achternaam;plaats\r\n" + "José;Goed;Hulst\r\n".encode()
             + "René;Fout;Hulst\r\n".encode("cp1252") + "Ã©ric;Verkeerd;Hulst\r\n".encode()
             + b"Anna;Goed;Axel\r\n")
    (HERE / "mixed_encoding.csv").write_bytes(mixed)
    write_xlsx(HERE / "excel.xlsx")


def write_xlsx(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Telefoon", "Straat", "Huisnummer",
                  "Postcode", "Plaats", "Geboortedatum"])
    sheet.append(["Fleur", None, "De Wit", "fleur@example.nl", 612345675, "Markt", 4, "4561 EA", "Hulst",
                  dt.datetime(1982, 7, 9)])
    sheet.append(["Bram", "van", "Leeuwen", "bram@example.nl", "+31 6 12345676", "Noordstraat", "10a", "4561 EB",
                  "Hulst", None])
    book.save(path)


if __name__ == "__main__":
    main()
