"""Performance figures of issue "Data-subject requests, the access report, portability and printing".

    python benchmarks/reports.py [--jobs 200] [--runs 15]

Prints:
  access report   the access report (registry-driven collection, Dutch formatting, layout with wrapping cells,
                  audit entry committed with fsync) for a customer with data in every category and --jobs
                  service jobs, warm, median; beside it reportlab building a bare document of the same tables
                  the report prints (plain string cells that do not wrap, in the report's font, one Table per table, repeated header
                  row; no headings, no text between them) in the same run              target <= 2x
  first report    a fresh process that opens the register and then makes its first access report: the time
                  from the click to the PDF bytes, including every import that first report needs
                                                                                   target <= 400 ms
  export          the portability export (JSON) of the same customer, for reading only
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etsoft_desk.services import register as reg  # noqa: E402


def report(name: str, ours: float, bare: float, unit: str, target: float) -> None:
    ratio = ours / bare if bare else float("inf")
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"{name:<28} ours {ours:9.1f} {unit:<4} bare {bare:9.1f} {unit:<4} ratio {ratio:5.2f}  "
          f"(target <= {target}x: {verdict})", flush=True)


def fictitious_customer(register, jobs: int) -> int:
    from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
    from etsoft_desk.domain.customer import Address, AgeCheck, CustomerCard, Invoice, JobKind, ServiceJob, Visit
    from etsoft_desk.domain.referral import NameShown
    from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind
    from etsoft_desk.domain.sharing import RecipientRole
    from etsoft_desk.services.sensitive import SensitiveCategory

    register.settings.staff_initials = "BM"
    register.statements.load("Privacyverklaring (benchmark)", dt.date(2018, 4, 10))
    cid = register.customers.create(CustomerCard(
        first_name="Marieke", infix="van", last_name="Dijk", emails=["marieke@example.com"], phones=["0612345678"],
        address=Address("Steenstraat", 12, "", "4561 AB", "Hulst"), age_confirmed=True, age_check=AgeCheck.ID_SHOWN,
        notes="Komt meestal op zaterdag."))
    for n in range(jobs):
        register.customers.add_service_job(cid, ServiceJob(dt.date(2019, 1, 1) + dt.timedelta(days=7 * n),
                                                           JobKind.REPAIR, device=f"Laptop model {n % 9}",
                                                           serial_number=f"SN{n:08d}",
                                                           description="Scherm vervangen en software bijgewerkt"))
        if n % 10 == 0:
            register.customers.add_visit(cid, Visit(dt.date(2019, 1, 1) + dt.timedelta(days=7 * n), "Reparatie"))
            register.customers.add_invoice(cid, Invoice(f"F-{n:05d}", dt.date(2019, 1, 1) + dt.timedelta(days=7 * n),
                                                        Decimal("89.95")))
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    partner = register.sharing.add_recipient("Partner (benchmark)", RecipientRole.PARTNER)
    register.sharing.approve(cid, partner, data="naam en adres", purpose="offerte", method="counter")
    register.sharing.disclose(cid, partner, "naam en adres")
    register.referrals.request(cid, "Prima geholpen.", NameShown.INITIALS)
    register.sensitive.add(cid, SensitiveCategory.HEALTH, "Slechthorend", explicit_consent=True,
                           consent_method="counter")
    register.requests.add(cid, RequestKind.ACCESS, register.clock().date(), RequestChannel.COUNTER,
                          identity=IdentityCheck.ID_SHOWN)
    return cid


def report_tables(data) -> list[list[list[str]]]:
    """Every table the access report prints, as plain rows of strings (label/value blocks as two columns)."""
    from etsoft_desk.reports.access_report import RIGHTS

    tables = [[["Van", data.shop["shop_name"]], ["Voor", data.customer_name], ["Datum", f"{data.issued_at:%d-%m-%Y}"]]]
    for section in data.sections:
        for t in section.tables:
            if t.layout == "columns":
                tables.append([t.columns] + t.rows)
            else:
                tables += [[[c, v] for c, v in zip(t.columns, row) if v != "—"] for row in t.rows]
    tables.append([["Soort gegevens", "Welke gegevens", "Doel", "Grondslag", "Bewaartermijn"]]
                  + [[s.title, s.what, s.purpose, s.basis, s.retention] for s in data.sections])
    tables.append([["Ontvanger", "Soort", "Welke gegevens", "Wanneer", "Grond"]]
                  + [[r.name, r.role, r.what, r.when, r.ground] for r in data.recipients])
    tables.append([list(r) for r in data.in_force])  # issue 11 item 6: what is in force, who consulted the data
    if data.consultations:
        tables.append([["Wanneer", "Wat", "Door"]] + data.consultations)
    tables.append([list(r) for r in RIGHTS])
    return tables


def bare_document(tables: list[list[list[str]]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from etsoft_desk.reports.common import FONT, register_fonts

    register_fonts()  # the same font as the report: one that has every letter of the customers' names
    font = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8)])
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(rows, repeatRows=1, style=font) for rows in tables])
    return buffer.getvalue()


def bench_access_report(register, cid: int, runs: int) -> None:
    from pypdf import PdfReader

    register.access.render(cid)  # warm: imports, fonts, caches
    tables = report_tables(register.access.report_data(cid))
    rows = sum(len(t) - 1 for t in tables)
    bare_document(tables)
    ours, bare = [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        start = time.perf_counter()
        _, pdf = register.access.render(cid)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        bare_pdf = bare_document(tables)
        bare.append((time.perf_counter() - start) * 1000)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare_pdf)).pages)
    print(f"access report: {rows} table rows; ours {pages} pages, bare {bare_pages} pages")
    report("access report, warm, median", statistics.median(ours), statistics.median(bare), "ms", 2)


FIRST = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from etsoft_desk.services import register as reg
    r = reg.open_with_key(__import__("pathlib").Path({path!r}), bytes.fromhex({key!r}))
    start = time.perf_counter()
    doc_id, pdf = r.access.render({cid})
    print((time.perf_counter() - start) * 1000)
    r.close()
""")


def bench_first_report(path: Path, key: bytes, cid: int, runs: int) -> None:
    script = FIRST.format(root=str(ROOT), path=str(path), key=key.hex(), cid=cid)
    times = []
    for _ in range(runs):
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        times.append(float(run.stdout.strip()))
    median = statistics.median(times)
    print(f"{'first report after start':<28} ours {median:9.1f} ms   (min {min(times):.1f}, max {max(times):.1f}; "
          f"target <= 400 ms: {'ok' if median <= 400 else 'OVER TARGET'})", flush=True)


def bench_export(register, cid: int, work: Path, runs: int) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        register.access.export(cid, work / "export.json", overwrite=True)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{'portability export (JSON)':<28} ours {statistics.median(times):9.1f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="etsoft-bench-") as tmp:
        work = Path(tmp)
        new = reg.create(work / "register.db")
        register, key = new.register, new.key
        print(f"ETSoft Desk report benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
        cid = fictitious_customer(register, args.jobs)
        bench_access_report(register, cid, args.runs)
        bench_export(register, cid, work, args.runs)
        register.close()
        bench_first_report(work / "register.db", key, cid, max(5, args.runs // 2))


if __name__ == "__main__":
    main()
