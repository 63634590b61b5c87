import datetime as dt
import re

from pypdf import PdfReader

from etsoft_desk.domain.recovery_key import format_recovery_key, parse_key
from etsoft_desk.reports.recovery_sheet import write_recovery_sheet


def test_recovery_sheet_carries_the_key_in_groups_the_date_and_instructions(tmp_path):
    key = bytes(range(32))
    text_key = format_recovery_key(key)
    path = write_recovery_sheet(tmp_path / "sheet.pdf", recovery_key=text_key, register_id="ab" * 16,
                                shop_name="ETSoft", created=dt.date(2026, 11, 25), in_keyring=True)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    groups = re.findall(r"\b[0-9A-Z]{4}\b", text)
    typed_back = "-".join(g for g in groups if g in text_key.split("-"))
    assert parse_key(typed_back) == key
    assert "25-11-2026" in text
    assert "Herstelsleutel" in text and "veilige plek" in text and "ETSOFT_DESK_KEY" in text
    assert reader.metadata.title == "Herstelsleutel ETSoft Desk"
    images_or_paths = reader.pages[0].get_contents().get_data()
    assert images_or_paths.count(b" re") > 100  # the QR code's modules are drawn as rectangles


def test_the_sheet_says_where_the_key_is_and_its_two_lines_open_the_register_in_sqlcipher(tmp_path):
    import sqlcipher3

    from etsoft_desk.services import register as reg

    new = reg.create(tmp_path / "data" / "register.db")
    new.register.close()
    kept = write_recovery_sheet(tmp_path / "kept.pdf", recovery_key=new.recovery_key, register_id="ab" * 16,
                                shop_name="ETSoft", created=dt.date(2026, 11, 25), in_keyring=True)
    nowhere = write_recovery_sheet(tmp_path / "nowhere.pdf", recovery_key=new.recovery_key, register_id="ab" * 16,
                                   shop_name="ETSoft", created=dt.date(2026, 11, 25), in_keyring=False)
    kept_text = " ".join(PdfReader(kept).pages[0].extract_text().split())
    nowhere_text = " ".join(PdfReader(nowhere).pages[0].extract_text().split())
    assert len(PdfReader(nowhere).pages) == 1
    assert "staat ook in de sleutelbos" in kept_text and "nergens op deze computer" not in kept_text
    assert "nergens op deze computer, alleen op dit blad" in nowhere_text and "staat ook in de sleutelbos" not in nowhere_text
    assert "SQLCipher 4 of nieuwer" in nowhere_text and "sqlcipher3-binary" in nowhere_text
    pragma = re.search(r"PRAGMA key = \"x'([0-9a-f ]+)'\";", nowhere_text)
    assert pragma, nowhere_text
    hex_key = pragma.group(1).replace(" ", "")
    assert bytes.fromhex(hex_key) == new.key
    db = sqlcipher3.connect(str(tmp_path / "data" / "register.db"))  # a plain SQLCipher 4, not ETSoft Desk
    try:
        db.execute(f"PRAGMA key = \"x'{hex_key}'\";")
        assert db.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    finally:
        db.close()
