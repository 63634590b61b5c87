"""Issue 12 item 6: every issued document that goes to a person is kept in the register, found by id or customer,
and printed again; none of them keeps an erased value."""

import datetime as dt
import io
import json

from pypdf import PdfReader

from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.domain.rights import RestrictionReason
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from etsoft_desk.store import documents as documents_store
from tests.helpers.cards import DISTINCTIVE_VALUES
from tests.helpers.full_customer import fill_every_category
from tests.helpers.sqlcipher_pages import decrypted_pages
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)

PERSON = ["Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "Xylofoonsteeg", "Wolfertsdijk"]


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def kept_texts(register) -> dict[str, str]:
    """Every kept document's text, read back from the decrypted table itself."""
    rows = register._db.execute_sql("SELECT document_id, pdf FROM issued_document").fetchall()
    return {doc_id: text_of(bytes(pdf)) for doc_id, pdf in rows}


def holding(texts: dict[str, str], values) -> dict[str, set[str]]:
    return {doc: found for doc, text in texts.items() if (found := {v for v in values if v in text})}


def test_a_reprinted_shred_confirmation_is_the_first_one_byte_for_byte(keyed, tmp_path):
    data, key = keyed
    with reg.open_with_key(reg.register_path(data), parse_key(key)) as register:
        register.settings.staff_initials = "JV"
        result = register.erasure.erase(2)
        first = result.confirmation
    out = tmp_path / "again.pdf"
    run = etsoft("document", result.erasure_id, "-o", str(out), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == first
    assert text_of(out.read_bytes()) == text_of(first)
    assert "Verklaring van vernietiging" in text_of(first) and f"document {result.erasure_id}" in text_of(first)


def test_a_consent_receipt_and_a_letter_are_kept_and_found_by_customer(keyed, tmp_path):
    data, key = keyed
    with reg.open_with_key(reg.register_path(data), parse_key(key)) as register:
        register.settings.staff_initials = "JV"
        receipt = register.receipts.consent_receipt(1, tmp_path / "receipt.pdf")
        request = register.requests.add(1, RequestKind.ACCESS, dt.date.today(), RequestChannel.COUNTER)
        register.requests.extend(request, 1, "veel verzoeken tegelijk")
        letter, _ = register.documents.render_letter(request)
        register.receipts.consent_receipt(2, tmp_path / "bert.pdf")
    listed = etsoft("documents", "--customer", "1", "--json", data_dir=data, key=key)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["kind"]) for r in rows] == [(receipt, "consent_receipt"), (letter, "extension_letter")]
    out = tmp_path / "again.pdf"
    assert etsoft("document", receipt, "-o", str(out), data_dir=data, key=key).returncode == 0
    assert out.read_bytes() == (tmp_path / "receipt.pdf").read_bytes()
    assert "Anna Zwart" in text_of(out.read_bytes()) and receipt in text_of(out.read_bytes())
    everything = json.loads(etsoft("documents", "--json", data_dir=data, key=key).stdout)
    assert len(everything) == 3
    unknown = etsoft("documents", "--customer", "99", data_dir=data, key=key)
    assert unknown.returncode == 1 and "99" in unknown.stderr and "Traceback" not in unknown.stderr


def test_after_erasure_none_of_the_customers_personal_documents_remains(register, new_register, register_path,
                                                                        tmp_path):
    cid, _ = fill_every_category(register, invoices=False)  # a lift letter and a correction notice among them
    register.receipts.consent_receipt(cid, tmp_path / "receipt.pdf")
    request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    register.requests.extend(request, 1, "apparaat nog in de winkel")
    register.documents.render_letter(request)
    before = holding(kept_texts(register), PERSON)
    assert {kind for _, kind, _ in documents_store.listing(cid)} >= {"consent_receipt", "extension_letter",
                                                                      "lift_letter", "art19_notice"}
    assert len(before) == len(documents_store.listing(cid))  # the check sees the name where it is

    result = register.erasure.erase(cid, request_id=request)
    assert documents_store.listing(cid) == []
    copies = f"Kopieën van brieven en bewijzen die wij u stuurden {len(before)} vernietigd"
    assert copies in text_of(result.confirmation)  # the shred confirmation counts them
    # What is left names the person only in the erasure's own notice, while it waits to go out (Art. 19).
    [notice] = register.notices.listing()
    assert (notice.cause, notice.state, notice.recipient_name) == ("erasure", "waiting", "Pelikaanlijst Installaties")
    assert set(holding(kept_texts(register), PERSON)) == {notice.document_id}
    register.notices.mark_sent(notice.id, "post", dt.datetime(2026, 11, 26, 9, 0))
    texts = kept_texts(register)
    assert holding(texts, PERSON) == {}
    assert set(texts) == {result.erasure_id, notice.document_id}
    assert "Verstuurd op 26-11-2026 per post" in texts[notice.document_id]
    assert f"Onze referentie: {result.erasure_id}" in texts[notice.document_id]
    raw = b"".join(decrypted_pages(register_path, new_register.key))
    assert [v for v in DISTINCTIVE_VALUES if v.encode() in raw] == []
    register.close()
    raw = b"".join(decrypted_pages(register_path, new_register.key))
    assert [v for v in DISTINCTIVE_VALUES if v.encode() in raw] == []


def test_what_names_nobody_stays_and_no_longer_points_to_the_erased_customer(register):
    cid, _ = fill_every_category(register)
    doc_id, _ = register.retention.record_destruction("paper", "werkbon 2026-113", "versnipperd")
    register._db.execute_sql("UPDATE issued_document SET customer_id = ? WHERE document_id = ?", (cid, doc_id))
    register.erasure.erase(cid)
    assert documents_store.pdf(doc_id) is not None
    assert register._db.execute_sql("SELECT count(*) FROM issued_document WHERE customer_id IS NOT NULL"
                                    ).fetchone()[0] == 0


def test_a_restriction_tells_each_recipient_in_its_own_notice(register):
    cid, _ = fill_every_category(register)
    accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True,
                                                contact="boekhouder@example.nl", address="Markt 1, 4561 AA Hulst")
    register.sharing.disclose(cid, accountant, "facturen 2026")
    waiting = len(register.notices.listing())
    restriction = register.rights.restrict(cid, RestrictionReason.LEGAL_CLAIM)
    made = register.notices.listing()[waiting:]
    assert [(n.cause, n.reference, n.state) for n in made] == [("restriction", f"beperking {restriction}",
                                                                 "waiting")] * 2
    first, second = (text_of(register.notices.pdf(n.id)) for n in made)
    assert "Boekhouder Ooms Markt 1 4561 AA Hulst" in first and "boekhouder@example.nl" not in first
    assert "Pelikaanlijst" not in first and "Boekhouder" not in second
    for text, n in ((first, made[0]), (second, made[1])):
        assert "Zebulonia Quaxelbrink" in text and "AVG art. 18" in text and "AVG art. 19" in text
        assert f"document {n.document_id}" in text


def test_a_register_of_schema_19_keeps_its_confirmations_reprintable_after_migration_21(tmp_path, monkeypatch):
    from etsoft_desk.store import migrations
    from tests.conftest import fixed_clock

    path = tmp_path / "old.db"
    key = bytes(range(32))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 19])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 19)
    old = reg.create(path, key, clock=fixed_clock).register
    old._db.execute_sql("INSERT INTO issued_document (document_id, kind, created_at, pdf) VALUES (?, ?, ?, ?)",
                        ("VV-0000ABCD", "shred_confirmation", "2026-11-20T10:00:00", b"%PDF-1.4 oud"))
    old.close()
    monkeypatch.undo()
    with reg.open_with_key(path, key, clock=fixed_clock) as register:
        assert migrations.schema_version(register._db) == migrations.LATEST_VERSION
        assert documents_store.listing() == [("VV-0000ABCD", "shred_confirmation", "2026-11-20T10:00:00")]
        assert documents_store.pdf("VV-0000ABCD") == b"%PDF-1.4 oud"
        assert register._db.execute_sql("SELECT customer_id, personal FROM issued_document").fetchall() == [(None, 0)]
        assert register.notices.listing() == []
