"""The portability export's file (Art. 20): JSON, or a ZIP with that JSON and one CSV per table."""

from __future__ import annotations

import csv
import io
import json
import zipfile


def packed(data: dict, tables: dict[str, tuple[list[str], list[dict]]], form: str = "zip") -> bytes:
    """``form`` "json": the JSON alone; "zip": gegevens.json and a CSV (semicolons, UTF-8 with BOM) per table."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if form == "json":
        return text.encode("utf-8")
    buffer_zip = io.BytesIO()
    with zipfile.ZipFile(buffer_zip, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("gegevens.json", text)
        for name, (columns, rows) in tables.items():
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=";")
            writer.writerow(columns)
            writer.writerows([[_csv_cell(row[c]) for c in columns] for row in rows])
            archive.writestr(f"{name}.csv", "\ufeff" + buffer.getvalue())
    return buffer_zip.getvalue()


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
