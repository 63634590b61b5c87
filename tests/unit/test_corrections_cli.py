"""Correcting the history from the command line (real processes): correct, the history as text and JSON, the
Art. 19 letters written only where asked, and every refusal one sentence with exit 1."""

import datetime as dt
import json
from decimal import Decimal

from pypdf import PdfReader

from etsoft_desk.domain.customer import Invoice, JobKind, ServiceJob, Visit
from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)


def history_rows(data, key):
    """Anna (customer 1) gets a visit, a service job and an invoice; the accountant received her invoices."""
    with reg.open_with_key(reg.register_path(data), parse_key(key)) as register:
        visit = register.customers.add_visit(1, Visit(dt.date(2026, 11, 2), "printer laten zien"))
        job = register.customers.add_service_job(1, ServiceJob(dt.date(2026, 11, 3), JobKind.REPAIR,
                                                               device="Laptop", serial_number="SN-WRONG"))
        invoice = register.customers.add_invoice(1, Invoice("F-2026-001", dt.date(2026, 11, 4), Decimal("49.95")))
        accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR,
                                                    processor_agreement=True, contact="Markt 1, 4561 AA Hulst")
        register.sharing.disclose(1, accountant, "facturen november 2026", by="JV")
    return visit, job, invoice


def test_correct_rows_list_the_history_and_write_the_letters(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    visit, job, invoice = history_rows(data, key)
    assert run("request", "add", "1", "rectification", "--received", dt.date.today().strftime("%d-%m-%Y"),
               "--channel", "counter", "--by", "JV").returncode == 0
    assert run("request", "done", "1", "--by", "JV").returncode == 1  # nothing carried out yet

    fixed = run("correct", "job", str(job), "--field", "serial_number", "--value", "SN-RIGHT", "--request", "1",
                "--by", "JV")
    assert fixed.returncode == 0, fixed.stderr
    assert "Corrected service job 1 of customer 1: service_job.serial_number (correction 1)" in fixed.stdout
    assert "request done 1" in fixed.stdout and "correct letter 1 --notices FILE.pdf" in fixed.stdout
    assert run("request", "done", "1", "--by", "JV").returncode == 0

    letters = tmp_path / "kennisgeving.pdf"
    dated = run("correct", "invoice", str(invoice), "--field", "amount", "--value", "59,95", "--notices",
                str(letters), "--by", "JV")
    assert dated.returncode == 0, dated.stderr
    assert "Tell these recipients (Art. 19): Boekhouder Ooms; letters KG-" in dated.stdout
    [page] = [" ".join(p.extract_text().split()) for p in PdfReader(str(letters)).pages]
    assert "Boekhouder Ooms Markt 1" in page and "Anna Zwart" in page and "Factuur: bedrag" in page
    assert "€ 59,95" in page and "49,95" not in page
    assert run("correct", "invoice", str(invoice), "--field", "date", "--value", "05-11-2026", "--notices",
               str(letters), "--by", "JV").returncode == 1  # the file exists: --overwrite
    again = tmp_path / "opnieuw.pdf"
    written = run("correct", "letter", "1,2", "--notices", str(again), "--by", "JV")
    assert written.returncode == 0, written.stderr
    assert len(PdfReader(str(again)).pages) == 1 and "Servicebeurt: serienummer" in PdfReader(str(again)) \
        .pages[0].extract_text()

    listed = json.loads(run("correct", "1", "--json").stdout)
    assert [(c["id"], c["row"], c["row_id"], c["field"], c["old_value"], c["new_value"], c["by"], c["request_id"])
            for c in listed] == [(1, "service_job", job, "service_job.serial_number", "SN-WRONG", "SN-RIGHT", "JV", 1),
                                 (2, "invoice", invoice, "invoice.amount", "€ 49,95", "€ 59,95", "JV", None)]
    assert [n["recipient"] for n in listed[1]["notices"]] == ["Boekhouder Ooms", "Boekhouder Ooms"]
    text = run("correct", "1", "--list").stdout
    assert "SN-WRONG -> SN-RIGHT  request 1" in text and "2 correction(s)." in text
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["service_jobs"][0]["serial_number"] == "SN-RIGHT" and shown["invoices"][0]["amount"] == "59.95"
    assert run("audit", "verify").returncode == 0


def test_refusals_are_one_sentence_and_bad_usage_exits_2(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    visit, job, invoice = history_rows(data, key)
    assert run("restrict", "1", "--reason", "accuracy_contested", "--fields", "service_job.serial_number",
               "--by", "JV").returncode == 0
    for args, words in ((("visit", "99", "--field", "purpose", "--value", "x"), "no visit with number 99"),
                        (("visit", str(visit), "--field", "purpose", "--value", "scanner"), "only servicebeurt"),
                        (("invoice", str(invoice), "--field", "number", "--value", "F-9"), "credit note"),
                        (("job", str(job), "--field", "serial_number", "--value", "4111 1111 1111 1111"), "card"),
                        (("job", str(job), "--field", "colour", "--value", "red"), "cannot be corrected"),
                        (("letter", "7", "--notices", str(tmp_path / "x.pdf")), "no correction with number 7"),
                        (("5", "--list"), "no customer with number 5")):
        refused = run("correct", *args, "--by", "JV")
        assert refused.returncode == 1, (args, refused.stdout)
        assert words in refused.stderr, (args, refused.stderr)
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
    for args in (("job",), ("job", str(job), "--field", "device"), ("letter", "1"), ("1",), ("x", "--list")):
        assert run("correct", *args).returncode == 2, args
    assert run("correct", "job", str(job), "--field", "serial_number", "--value", "SN-RIGHT", "--by", "JV"
               ).returncode == 0  # what the restriction is about
    assert json.loads(run("correct", "1", "--json").stdout)[0]["new_value"] == "SN-RIGHT"
