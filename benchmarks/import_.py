"""The import's time and peak memory (issue 13), each beside a bare import measured in the same run.

    python benchmarks/import_.py [--customers 100000] [--memory 1000000] [--skip-xlsx]

  csv / xlsx   our import of N contacts (read lazily, validate, insert in batches with the search index, audit,
               one transaction) vs a bare one: the same file read with csv / openpyxl, the same phones parsed
               with phonenumbers, the same rows inserted with their FTS5 index through raw sqlcipher3 in one
               transaction; ours looks for duplicates within the file too (--duplicates skip: the
               random demo names give a couple of namesakes at one address)    target <= 2x
  memory       peak RSS (resource.getrusage, each run in a process of its own) of our import of the
               --memory count from CSV                                          target < 400 MB
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = ["voornaam", "tussenvoegsel", "achternaam", "e-mail", "telefoon", "straat", "huisnummer", "postcode",
          "plaats", "geboortedatum", "notities"]

OURS = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from etsoft_desk.services import register as reg
    new = reg.create(Path({db!r}))
    start = time.perf_counter()
    result = new.register.import_csv(Path({src!r}), duplicates="skip")  # random names: a few namesakes
    took = time.perf_counter() - start
    assert result.imported + result.skipped == {count}, result.imported
    new.register.close()
    print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")

BARE = textwrap.dedent("""
    import csv, resource, secrets, sys, time
    sys.path.insert(0, {root!r})
    import phonenumbers, sqlcipher3
    from etsoft_desk.domain import search
    from etsoft_desk.store.migrations import _v1_initial
    conn = sqlcipher3.connect({db!r}, isolation_level=None)
    conn.execute("PRAGMA key = \\"x'" + secrets.token_bytes(32).hex() + "'\\"")
    conn.execute("PRAGMA journal_mode = wal")
    class Shim:
        def execute_sql(self, sql, params=()):
            return conn.execute(sql, params)
    _v1_initial(Shim())
    def rows():
        if {src!r}.endswith(".xlsx"):
            import openpyxl
            book = openpyxl.load_workbook({src!r}, read_only=True)
            it = book.worksheets[0].iter_rows(values_only=True)
            next(it)
            for r in it:
                yield ["" if v is None else str(v) for v in r]
        else:
            with open({src!r}, newline="", encoding="utf-8") as fh:
                it = csv.reader(fh, delimiter=";")
                next(it)
                yield from it
    start = time.perf_counter()
    conn.execute("BEGIN")
    cur = conn.cursor()
    now = "2026-11-25 10:00:00"
    for first, infix, last, email, phone, street, number, postcode, city, born, notes in rows():
        p = phonenumbers.format_number(phonenumbers.parse(phone, "NL"), phonenumbers.PhoneNumberFormat.E164)
        cur.execute("INSERT INTO customer (first_name, infix, last_name, sort_key, street, house_number, postcode, "
                    "city, country, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NL', ?, ?, ?)",
                    (first, infix, last, last.lower(), street, int(number.rstrip("AB") or 0), postcode, city, notes,
                     now, now))
        cid = cur.lastrowid
        cur.execute("INSERT INTO customer_email (customer_id, address, position) VALUES (?, ?, 0)", (cid, email))
        cur.execute("INSERT INTO customer_phone (customer_id, number, position) VALUES (?, ?, 0)", (cid, p))
        cur.execute("INSERT INTO customer_search (rowid, body) VALUES (?, ?)", (cid, search.index_text(
            names=[first, infix, last], emails=[email], phones=[p], postcode=postcode, city=city)))
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
""")


def contacts(count: int):
    from etsoft_desk.services import demo

    for c in demo.demo_cards(count):
        a = c.address
        yield [c.first_name, c.infix, c.last_name, c.emails[0], c.phones[0], a.street,
               f"{a.house_number}{a.house_number_addition}", a.postcode, a.city, "01-01-1980", c.notes]


def write_csv(path: Path, count: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(contacts(count))


def write_xlsx(path: Path, count: int) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in contacts(count):
        sheet.append(row)
    book.save(path)


def measure(script: str, **kw) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", script.format(root=str(ROOT), **kw)], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024  # seconds, MB (ru_maxrss is in KB on Linux)


def compare(name: str, work: Path, src: Path, count: int) -> None:
    ours, ours_mb = measure(OURS, db=str(work / f"ours-{name}" / "register.db"), src=str(src), count=count)
    bare, bare_mb = measure(BARE, db=str(work / f"bare-{name}.db"), src=str(src))
    ratio = ours / bare
    print(f"import {count:,} from {name:<5} ours {ours:7.1f} s  bare {bare:7.1f} s  ratio {ratio:4.2f}  "
          f"(target <= 2x: {'ok' if ratio <= 2 else 'OVER TARGET'});  peak RSS ours {ours_mb:6.0f} MB, "
          f"bare {bare_mb:6.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--memory", type=int, default=1_000_000, help="contacts for the peak-memory run (0: none)")
    parser.add_argument("--skip-xlsx", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for d in ("ours-csv", "ours-xlsx", "ours-memory"):
            (work / d).mkdir()
        write_csv(work / "contacts.csv", args.customers)
        compare("csv", work, work / "contacts.csv", args.customers)
        if not args.skip_xlsx:
            write_xlsx(work / "contacts.xlsx", args.customers)
            compare("xlsx", work, work / "contacts.xlsx", args.customers)
        if args.memory:
            write_csv(work / "many.csv", args.memory)
            took, mb = measure(OURS, db=str(work / "ours-memory" / "register.db"), src=str(work / "many.csv"),
                               count=args.memory)
            print(f"import {args.memory:,} from CSV: {took:.1f} s, peak RSS {mb:.0f} MB "
                  f"(target < 400 MB: {'ok' if mb < 400 else 'OVER TARGET'})", flush=True)


if __name__ == "__main__":
    main()
