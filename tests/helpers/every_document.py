"""Every document the program prints, made on a small demo register: {name: PDF bytes}.

Used by the test that reads every document back for English and internal words (tests/unit/test_wording.py).
"""

from __future__ import annotations

import datetime as dt
import io

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import Invoice, JobKind, JobStatus, ServiceJob
from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.services import demo


def every_document(register, tmp_path) -> dict[str, bytes]:
    from decimal import Decimal

    docs: dict[str, bytes] = {}
    ids = demo.fill(register, count=14)
    today = register.clock().date()
    cid = ids[0]
    # a consent under the first statement, then a new statement
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    register.statements.load("ETSoft Privacyverklaring, versie 2", today - dt.timedelta(days=1))
    path = tmp_path / "receipt.pdf"
    register.receipts.consent_receipt(cid, path)
    docs["consent receipt"] = path.read_bytes()
    done = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=3), RequestChannel.LETTER,
                                 identity=IdentityCheck.ID_SHOWN)
    docs["access report"] = register.access.render(cid, request_id=done)[1]
    register.access.issued(cid, "IZ-TEST", "letter")
    register.requests.complete(done, "")
    from etsoft_desk.services.todo import TodoKind

    due = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=27), RequestChannel.EMAIL,
                                identity=IdentityCheck.REGISTERED_EMAIL)
    register.access.render(cid, request_id=due)
    register.todo.mark_done(TodoKind.REQUEST_DUE, cid, "letter")  # answered from the to-do bar
    assert not register.requests.get(due).open
    docs["access report, later"] = register.access.render(cid)[1]
    docs["access report, none"] = register.access.render_none("Iemand Onbekend")[1]
    docs["record of processing"] = register.documents.render_processing_record()[1]
    later = register.requests.add(ids[1], RequestKind.ACCESS, today - dt.timedelta(days=5), RequestChannel.EMAIL,
                                  identity=IdentityCheck.REGISTERED_EMAIL)
    register.requests.extend(later, 2, "Wij wachten op gegevens van onze boekhouder.")
    docs["extension letter"] = register.documents.render_letter(later)[1]
    refused = register.requests.add(ids[2], RequestKind.ERASURE, today - dt.timedelta(days=5), RequestChannel.COUNTER,
                                    identity=IdentityCheck.ID_SHOWN)
    register.requests.refuse(refused, "Het verzoek is kennelijk ongegrond.")
    docs["refusal letter"] = register.documents.render_letter(refused)[1]
    # an erasure with a device still in the shop and invoices shared with the accountant
    erased = ids[3]
    register.customers.add_service_job(erased, ServiceJob(date=today - dt.timedelta(days=2), kind=JobKind.REPAIR,
                                                          device="Laptop HP", serial_number="5CD123",
                                                          description="Scherm vervangen", status=JobStatus.OPEN))
    register.customers.add_invoice(erased, Invoice(number="2026-99999", date=today - dt.timedelta(days=40),
                                                   amount=Decimal("49.95")))
    accountant = register.sharing.recipients()[0]
    register.sharing.disclose(erased, accountant.id, "factuur 2026-99999")
    asked = register.requests.add(erased, RequestKind.ERASURE, today - dt.timedelta(days=1), RequestChannel.EMAIL,
                                  identity=IdentityCheck.REGISTERED_EMAIL)
    result = register.erasure.erase(erased, request_id=asked,
                                    paper=[("device", "Laptop HP van de klant", "gewist en teruggegeven")])
    docs["shred confirmation"] = result.confirmation
    docs["art. 19 letters (erasure)"] = result.notices or b""
    docs["destruction"] = register.retention.record_destruction("paper", "werkbonnen 2018", "versnipperd")[1]
    restricted = ids[4]
    register.rights.restrict(restricted, RestrictionReason.ACCURACY_CONTESTED, fields=["address"])
    docs["lift letter"] = register.rights.lift(restricted)[1]
    record = register.customers.open(ids[5], log_view=False)
    job_ids = [j.id for j in record.service_jobs if getattr(j, "id", None)]
    if job_ids:
        docs["intake slip"] = register.intake.render(job_ids[0])[1]
    bid = register.breaches.add(register.breaches.concerned(customers=[ids[6]]), aware=f"{today} 08:00",
                                what="Werkbon op de toonbank laten liggen", kind="confidentiality")
    register.breaches.decide(bid, report="no", tell="yes", reason="de klant moet het weten")
    docs["breach summary"] = register.breaches.summary(bid)[1]
    docs["breach letters"] = register.breaches.letters(bid)[1]
    # a correction of an invoice the accountant received (Art. 19 letter)
    from etsoft_desk.domain.corrections import RowKind

    corrected = ids[8]
    register.customers.add_invoice(corrected, Invoice(number="2026-88888", date=today - dt.timedelta(days=10),
                                                      amount=Decimal("10.00")))
    register.sharing.disclose(corrected, accountant.id, "factuur 2026-88888")
    invoice_id = next(i.id for i in register.customers.open(corrected, log_view=False).invoices
                      if i.number == "2026-88888")
    fixed = register.corrections.correct(RowKind.INVOICE, invoice_id, {"amount": "12,50"})
    docs["art. 19 letters (correction)"] = register.corrections.letters(fixed.ids)[1]
    sheet = io.BytesIO()
    from etsoft_desk.services.recovery import write_sheet

    from etsoft_desk.domain.recovery_key import format_recovery_key

    write_sheet(sheet, recovery_key=format_recovery_key(bytes(range(32))), register_id=register.register_id, shop_name="ETSoft",
                created=today, in_keyring=True)
    docs["recovery sheet"] = sheet.getvalue()
    to_do = tmp_path / "todo.pdf"
    register.todo.print_list(TodoKind.REQUEST_DUE, to_do, "Verzoeken met een termijn die bijna verloopt",
                             "Deze klanten wachten op een antwoord.")
    docs["to-do list"] = to_do.read_bytes()
    docs["retention run"] = register.retention.run(today + dt.timedelta(days=365 * 12))[1]  # last: it erases the customers
    return {name: pdf for name, pdf in docs.items() if pdf}


def text_of(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
