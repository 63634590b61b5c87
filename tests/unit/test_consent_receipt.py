import datetime as dt

from pypdf import PdfReader

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.referral import NameShown
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card


def test_consent_receipt_says_what_was_agreed_under_which_statement_and_how_to_withdraw(register, tmp_path):
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    register.consent.record(cid, Channel.PHONE, ConsentState.REFUSED, ConsentMethod.COUNTER)
    partner = register.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    register.sharing.approve(cid, partner, data="naam en adres", purpose="offerte", method="counter")
    rid = register.referrals.request(cid, "Top service!", NameShown.INITIALS)
    register.referrals.approve(rid, "getekend", "counter")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    path = chosen / "bewijs.pdf"
    doc_id = register.receipts.consent_receipt(cid, path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    for expected in ("Bevestiging van uw keuzes", "Zebulonia Quaxelbrink", f"klantnummer {cid}",
                     "versie 1, geldig vanaf 10-04-2018", "E-mail ja (opt-in) 25-11-2026 aan de balie",
                     "Telefoon nee", "Post niet gevraagd", "Glasvezel Hulst: naam en adres, voor offerte",
                     "“Top service!” (goedgekeurd", "intrekken", "info@etsoft.nl", "Spoorwaterstraat 13",
                     "Autoriteit Persoonsgegevens", doc_id, "pagina 1 van 1", "vastgelegd door JV"):
        assert expected in flat, expected
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.subject, entry.detail) == ("report.issue", audit_store.pseudonym(cid),
                                                           f"consent receipt {doc_id} by JV")
    assert list(chosen.iterdir()) == [path]  # written only where asked
