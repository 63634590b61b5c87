import datetime as dt
import re

from pypdf import PdfReader

from etsoft_desk.domain.recovery_key import format_recovery_key, parse_key
from etsoft_desk.reports.recovery_sheet import write_recovery_sheet


def test_recovery_sheet_carries_the_key_in_groups_the_date_and_instructions(tmp_path):
    key = bytes(range(32))
    text_key = format_recovery_key(key)
    path = write_recovery_sheet(tmp_path / "sheet.pdf", recovery_key=text_key, register_id="ab" * 16,
                                shop_name="ETSoft", created=dt.date(2026, 11, 25))
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
